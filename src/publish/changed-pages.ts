/**
 * Publishing an edit by rendering only the pages it changes (the plan's `changed-pages` mode,
 * src/lib/publish-plan.ts, which says when that gives what a full build gives). A title changed
 * or an article added changes tens of pages (the article, its neighbours, listings, unit and
 * document pages) out of thousands. Astro is told which site it updates (the build context's `changedSince`: src/source/build-context.ts,
 * src/astro/page-record.ts): it renders the keyed pages whose key changed and the few pages
 * without a key (home page, RSS, data files…); the others are linked here from the previous site
 * afterwards, with its photo files. tests/site/builds.test.ts compares this path with clean builds.
 */
import { existsSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { isPhotoFile } from '../lib/photos.ts';
import { ASSETS_DIR, pageFile, pageUrl, ROUTES } from '../lib/routes.ts';
import { fileLinker, filesUnder } from './link.ts';

/**
 * Completes `staged`, where Astro rendered the changed pages, from the previous site `out`: the
 * keyed pages whose key is unchanged (`before` and `after`: URL → key), and its photo files.
 * The photo files are exactly the previous site's: Astro leaves in `staged` the originals of
 * photos it resized for pages it did not render (a full build deletes them), and writes the
 * resized photos of the pages it rendered only.
 */
export function completeFromPrevious(
  out: string,
  staged: string,
  before: Record<string, string>,
  after: Record<string, string>,
): { linked: number; rendered: string[]; differing: string[] } {
  // What Astro wrote: every file in `staged` before the others are linked in.
  const written = filesUnder(staged);
  const rendered = written
    .filter((rel) => rel.endsWith('.html'))
    .map(pageUrl)
    .sort();
  let linked = 0;
  const fromPrevious = new Set<string>();
  const linkFile = fileLinker();
  const link = (rel: string) => {
    linkFile(join(out, rel), join(staged, rel));
    fromPrevious.add(rel);
    linked++;
  };
  for (const [url, key] of Object.entries(after)) {
    if (before[url] !== key) continue;
    const rel = pageFile(url);
    if (existsSync(join(staged, rel))) continue;
    if (!existsSync(join(out, rel))) throw new Error(`${join(out, rel)} không còn: dựng lại toàn bộ bằng npm run build -- --force`);
    link(rel);
  }
  const photoFiles = (dir: string) => new Set(filesUnder(join(dir, ASSETS_DIR)).filter(isPhotoFile));
  const previousPhotos = photoFiles(out);
  const stagedPhotos = photoFiles(staged);
  for (const rel of stagedPhotos) if (!previousPhotos.has(rel)) rmSync(join(staged, ASSETS_DIR, rel));
  for (const rel of previousPhotos) if (!stagedPhotos.has(rel)) link(join(ASSETS_DIR, rel));
  // The files the new site and the previous one may differ in (src/publish/atomic.ts keeps the
  // previous one to start the next publish from): what Astro wrote, and what it no longer has.
  // (The search indexes are built again into every staging copy.)
  const kept = new Set([...written, ...fromPrevious]);
  const search = `${ROUTES.searchIndex.replace(/^\/|\/$/g, '')}${sep}`;
  const removed = filesUnder(out).filter((rel) => !kept.has(rel) && !rel.startsWith(search));
  return { linked, rendered, differing: [...written, ...removed] };
}
