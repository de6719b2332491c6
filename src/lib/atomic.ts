/**
 * Publishing a build atomically: the new site is written into a fresh directory next to the
 * target and swapped in only when complete, so a failed build leaves the previous one as it was.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A fresh sibling directory name for building `target`. */
export function stagingDir(target: string, tag = String(process.pid)): string {
  return join(dirname(target), `.${basename(target)}-build-${tag}`);
}

/** Replace `target` with `staged` (two renames; the old site is removed only after the swap). */
export function swapIn(staged: string, target: string): void {
  const old = `${staged}-old`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(staged, target);
  rmSync(old, { recursive: true, force: true });
}

/** Remove a staging directory after a failure. */
export function discard(staged: string): void {
  rmSync(staged, { recursive: true, force: true });
}
