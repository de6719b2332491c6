/**
 * Placing built files without copying them: hard links (a file system that refuses them gets a
 * copy). Build outputs are written once and never changed in place (a new build writes new
 * files), so the site, the caches and the parts of a site can share them.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Every file under `dir`, by its path relative to it (none when `dir` does not exist). */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** Link `from` at `to`, in a folder that exists. */
function linkInto(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to); // another file system
  }
}

/** Link `from` at `to`, creating `to`'s folder. */
export function linkFile(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  linkInto(from, to);
}

/** `linkFile` for many files: each folder is made once (a `mkdir` per file costs more than the link). */
export function fileLinker(): (from: string, to: string) => void {
  const made = new Set<string>();
  return (from, to) => {
    const dir = dirname(to);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    linkInto(from, to);
  };
}

/**
 * Recreate the tree `src` at `dst` with links, leaving out the folder `skip`. Each folder is made
 * once, before its files (a `mkdir` per file was most of a text edit's publish at 1k articles).
 */
export function linkTree(src: string, dst: string, skip?: string): void {
  mkdirSync(dst, { recursive: true });
  for (const e of readdirSync(src, { withFileTypes: true })) {
    const from = join(src, e.name);
    if (from === skip) continue;
    if (e.isDirectory()) linkTree(from, join(dst, e.name), skip);
    else linkInto(from, join(dst, e.name));
  }
}

/** The site `out` linked into `staged`, less its search indexes (linked or built again by the caller). */
export function linkSiteButSearch(out: string, staged: string, searchIndex: string): void {
  linkTree(out, staged, join(out, searchIndex).replace(/[\\/]+$/, ''));
}
