/**
 * Publishing a build atomically: the new site is written into a fresh directory next to the
 * target and swapped in only when complete, so a failed build leaves the previous one as it was.
 *
 * The site a swap replaces is kept beside the target as its standby when the build knows which
 * files the two differ in (a text edit's pages, a changed-pages build's rendered and removed
 * files): the next publish starts its staging copy from it, linking in those files only, instead
 * of linking the whole site again (a folder made per page: most of a text edit's publish at 1k
 * articles, and the noisiest part). Otherwise the replaced site is deleted in the background.
 * This module is the only one that reads or writes the standby and its record.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import { fileLinker, linkTree } from './link.ts';

/**
 * The sibling directory a build of `target` is written to. Its name is the same every build: the
 * output directory is part of the code Astro compiles (its image pipeline), and a name that changed
 * each build made every page that shows a photo a "changed" page to the incremental build.
 */
export function stagingDir(target: string, tag = 'next'): string {
  return join(dirname(target), `.${basename(target)}-build-${tag}`);
}

/** The previous site kept beside `target`, and the record of how it differs from `target`. */
const standbyOf = (target: string) => join(dirname(target), `.${basename(target)}-standby`);
const recordOf = (target: string) => `${standbyOf(target)}.json`;

/**
 * What the standby is: the folders it pairs and the files, site-relative with `/`, that may differ
 * between them. A folder is named by its device, inode and change time: a restored or copied
 * folder may get a freed inode again, never the time (a swap's renames set it; nothing is written
 * into a published folder's top level after).
 */
interface StandbyRecord {
  target: string;
  standby: string;
  files: string[];
}
const identity = (dir: string) => {
  const { dev, ino, ctimeNs } = statSync(dir, { bigint: true });
  return `${dev}:${ino}:${ctimeNs}`;
};

/**
 * Delete `dir` after renaming it aside beside `near`, without waiting for it (deleting tens of
 * thousands of files took 2–12 s at 10k pages): in the background of this process, and what is
 * left of it when the command exits in a detached process. The `-old-` name is what a wait for it
 * looks for. A process started for each folder took a province's publish 9.8 s of its own thread
 * at 92 sites, in `spawn` alone (docs/performance.md).
 */
export function removeLater(dir: string, near: string): void {
  if (!existsSync(dir)) return;
  // Unique: an earlier one may still be being deleted. The `-old-` names are what waits look for.
  const old = `${near}-old-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  renameSync(dir, old);
  if (removing.size === 0) process.once('exit', handOverRemovals);
  removing.add(old);
  void rm(old, { recursive: true, force: true })
    .catch(() => undefined)
    .then(() => {
      removing.delete(old);
      if (removing.size === 0) process.off('exit', handOverRemovals);
    });
}

/** The folders being deleted in the background. */
const removing = new Set<string>();

/** At exit: the folders not yet deleted, to a detached process. */
function handOverRemovals(): void {
  if (removing.size === 0) return;
  const code = `for (const dir of ${JSON.stringify([...removing])}) require('node:fs').rmSync(dir, { recursive: true, force: true })`;
  spawn(process.execPath, ['-e', code], { detached: true, stdio: 'ignore' }).unref();
}

/** The standby's record when it still pairs `target` with its standby; the record is used up either way. */
function takeRecord(target: string): StandbyRecord | undefined {
  const file = recordOf(target);
  if (!existsSync(file)) return undefined;
  let record: StandbyRecord | undefined;
  try {
    record = JSON.parse(readFileSync(file, 'utf8')) as StandbyRecord;
    if (!Array.isArray(record.files) || identity(target) !== record.target || identity(standbyOf(target)) !== record.standby) {
      record = undefined;
    }
  } catch {
    record = undefined;
  }
  rmSync(file, { force: true });
  return record;
}

/** Remove `file` and the folders it leaves empty, up to `root`. */
function removeFile(root: string, file: string): void {
  rmSync(join(root, file), { force: true });
  for (let dir = dirname(file); dir !== '.' && dir !== ''; dir = dirname(dir)) {
    const path = join(root, dir);
    if (!existsSync(path) || readdirSync(path).length > 0) break;
    rmdirSync(path);
  }
}

/**
 * Fill `staged` (absent) with the site `target` less its folder `skip` (site-relative), as links.
 * From the standby when its record pairs it with `target`: the files the record names are linked
 * from `target` (or removed, when `target` has none), and its `skip` folder is put aside; else by
 * linking the whole tree. Says which it did.
 */
export function stageCopy(target: string, staged: string, skip: string): 'standby' | 'linked' {
  const standby = standbyOf(target);
  const record = takeRecord(target);
  const skipped = skip.replace(/^[\\/]+|[\\/]+$/g, '');
  if (!record) {
    removeLater(standby, staged);
    linkTree(target, staged, join(target, skipped));
    return 'linked';
  }
  renameSync(standby, staged);
  removeLater(join(staged, skipped), staged);
  const link = fileLinker();
  const inSkipped = (file: string) => file === skipped || file.startsWith(`${skipped}/`);
  for (const file of record.files) {
    if (inSkipped(file)) continue;
    removeFile(staged, file);
    const from = join(target, file);
    if (existsSync(from)) link(from, join(staged, file));
  }
  return 'standby';
}

/**
 * Replace `target` with `staged` (two renames). `differing`: the files (site-relative, `/`) the
 * two may differ in, when the build knows them: the replaced site becomes the standby. Without
 * it the replaced site (and any standby) is removed by a detached process: the new site is
 * already in place.
 */
export function swapIn(staged: string, target: string, differing?: readonly string[]): void {
  const standby = standbyOf(target);
  rmSync(recordOf(target), { force: true });
  removeLater(standby, staged);
  if (!existsSync(target)) {
    renameSync(staged, target);
    return;
  }
  if (!differing) {
    removeLater(target, staged);
    renameSync(staged, target);
    return;
  }
  renameSync(target, standby);
  renameSync(staged, target);
  const record: StandbyRecord = {
    target: identity(target),
    standby: identity(standby),
    files: differing.map((f) => f.split(sep).join('/')),
  };
  const temp = `${recordOf(target)}.tmp`;
  writeFileSync(temp, JSON.stringify(record));
  renameSync(temp, recordOf(target));
}

/** Remove a staging directory after a failure. */
export function discard(staged: string): void {
  rmSync(staged, { recursive: true, force: true });
}
