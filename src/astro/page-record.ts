/**
 * The record of a build's keyed pages (URL → cache key, src/astro/page-keys.ts), and what lets a
 * publish render only the pages whose key changed (src/publish/changed-pages.ts).
 *
 * Every route with a cache key hands its paths to `keyedPaths` with each page's URL. The build
 * script gives two files:
 * - the build context's `pageRecord` (src/source/build-context.ts): at the end of the build the integration writes every keyed page
 *   of this build there (the build script keeps it once the site is published);
 * - its `changedSince`: the record of the site being updated; a keyed page whose key is
 *   the same there is not rendered (the build script links it from that site), and the sitemap
 *   still lists it.
 * The pages and the integration run in one process but in different module graphs, so the record
 * is kept once per process (src/internals.ts, 7), as src/astro/mentions.ts keeps the matcher.
 */
import { readPageRecord, savePageRecord } from '../source/build-cache.ts';
import { buildContext } from '../source/build-context.ts';
import { siteShared } from '../source/site-scope.ts';

interface Shared {
  /** This build's keyed pages. */
  pages: Map<string, string>;
  /** Keyed pages left to the previous site (URLs). */
  skipped: Set<string>;
  previous?: Record<string, string>;
}

function shared(): Shared {
  return siteShared<Shared>('page-record', () => {
    const since = buildContext().changedSince;
    return { pages: new Map(), skipped: new Set(), previous: since ? readPageRecord(since) : undefined };
  });
}

/**
 * A route's paths, recorded, less those whose page the previous site already has with the same
 * key (only when the build's context names the published site's record: `changedSince`). `url` is the page's address (ROUTES).
 */
export function keyedPaths<P extends { cacheKey: string; url: string }>(paths: P[]): Omit<P, 'url'>[] {
  const { pages, skipped, previous } = shared();
  const rendered: Omit<P, 'url'>[] = [];
  for (const { url, ...path } of paths) {
    pages.set(url, path.cacheKey);
    if (previous?.[url] === path.cacheKey) skipped.add(url);
    else rendered.push(path);
  }
  return rendered;
}

/** The pages (site paths without the leading slash, as Astro gives them to integrations) left to the previous site. */
export function skippedPages(): string[] {
  return [...shared().skipped].filter((url) => url.endsWith('/')).map((url) => url.slice(1));
}

/** Write this build's record where the build's context says (src/source/build-context.ts; nothing when it names none). */
export function writePageRecord(file = buildContext().pageRecord): void {
  if (file) savePageRecord(file, Object.fromEntries(shared().pages));
}
