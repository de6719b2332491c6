/**
 * Publishing a build atomically: the new site is written into a fresh directory next to the
 * target and swapped in only when complete, so a failed build leaves the previous one as it was.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * The sibling directory a build of `target` is written to. Its name is the same every build: the
 * output directory is part of the code Astro compiles (its image pipeline), and a name that changed
 * each build made every page that shows a photo a "changed" page to the incremental build.
 */
export function stagingDir(target: string, tag = 'next'): string {
  return join(dirname(target), `.${basename(target)}-build-${tag}`);
}

/**
 * Replace `target` with `staged` (two renames). The old site is removed after the swap by a
 * detached process: deleting tens of thousands of files took 2–12 s at 10k pages, and the new
 * site is already in place.
 */
export function swapIn(staged: string, target: string): void {
  if (!existsSync(target)) {
    renameSync(staged, target);
    return;
  }
  // Unique: the previous build's old copy may still be being deleted in the background.
  const old = `${staged}-old-${process.pid}-${Date.now()}`;
  renameSync(target, old);
  renameSync(staged, target);
  const code = `require('node:fs').rmSync(${JSON.stringify(old)}, { recursive: true, force: true })`;
  spawn(process.execPath, ['-e', code], { detached: true, stdio: 'ignore' }).unref();
}

/** Remove a staging directory after a failure. */
export function discard(staged: string): void {
  rmSync(staged, { recursive: true, force: true });
}
