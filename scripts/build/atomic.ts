/**
 * Publishing a build atomically: the new site is written into a fresh directory next to the
 * target and swapped in only when complete, so a failed build leaves the previous one as it was.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A fresh sibling directory name for building `target`. */
export function stagingDir(target: string, tag = String(process.pid)): string {
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
  const old = `${staged}-old`;
  renameSync(target, old);
  renameSync(staged, target);
  const code = `require('node:fs').rmSync(${JSON.stringify(old)}, { recursive: true, force: true })`;
  spawn(process.execPath, ['-e', code], { detached: true, stdio: 'ignore' }).unref();
}

/** Remove a staging directory after a failure. */
export function discard(staged: string): void {
  rmSync(staged, { recursive: true, force: true });
}
