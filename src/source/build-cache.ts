/**
 * The build cache of one site (node_modules/.astro/<site>/, `buildCacheDir`): every record and
 * cache file a build keeps for the next, named once, and their life across a build. A build
 * `begin`s (nothing a failed or earlier build left half-written is trusted; a clean build also
 * drops the caches), then either `commit`s once its site is swapped in (its record of pages and
 * what it was made from become the published site's) or `discard`s (the previous site stays, and
 * the next build starts from nothing it cannot vouch for).
 *
 * Files:
 * - last-build.json: what the published site was made from (code, every input's stamp:
 *   src/publish/inputs.ts), which decides what the next publish does (src/lib/publish-plan.ts);
 * - pages.json: the published site's keyed pages (URL → key: src/astro/page-record.ts), and
 *   pages.next.json, the one the running build writes;
 * - article-bodies.json: what each article body gives the model (src/astro/body-cache.ts);
 * - site-view.json: the site's view of its province (src/publish/province.ts, src/lib/province.ts);
 * - unit-names.json (a province's): the units each text file of its sites names (src/publish/province.ts);
 * - search/: the search indexes and the stamps of the pages they were made from
 *   (src/publish/search-index.ts);
 * - Astro's own content store (data-store.json, under Astro's `cacheDir`), and its working folder
 *   (.astro/builds/<site>/: its generated files and prerender bundle, one per site);
 * - astro-dev/: Astro's cache for its commands run in the project folder (`npm run dev`,
 *   `typecheck`), apart from the builds' (`astroCacheDir`, src/source/paths.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BuildState } from '../lib/publish-plan.ts';
import { buildCacheDir, projectDir } from './paths.ts';

export const CACHE_FILES = {
  state: 'last-build.json',
  pages: 'pages.json',
  nextPages: 'pages.next.json',
  bodies: 'article-bodies.json',
  view: 'site-view.json',
  search: 'search',
  /** A build that began and did not finish: `{ "started": ISO time }` (removed when one commits). */
  unfinished: 'unfinished-build.json',
  /** The hub's search documents and index (src/publish/hub-index.ts). */
  hubSearch: 'hub-search',
  /** The units each text file of a province's sites names (src/publish/province.ts). */
  names: 'unit-names.json',
} as const;

/** The version of last-build.json's format; another version is not read. */
export const STATE_VERSION = 5;

/** Files earlier versions kept and no build reads (Astro's own page cache: 220 MB at 10k). */
const UNUSED = ['incremental-build.json', 'dist'];

/** What identifies an indexed element in a search index's cache key (the same for the copy made while Astro renders and the build's reading). */
export const elementDigest = (element: string): string => createHash('sha1').update(element).digest('hex');

/** A record of pages (pages.json): every keyed page's URL with its cache key. */
interface PageRecord {
  version: 1;
  pages: Record<string, string>;
}

/** The pages of a record file. */
export function readPageRecord(file: string): Record<string, string> {
  const record = JSON.parse(readFileSync(file, 'utf8')) as PageRecord;
  if (record.version !== 1) throw new Error(`${file}: phiên bản bản ghi trang không đúng`);
  return record.pages;
}

/** Write a record file. */
export function savePageRecord(file: string, pages: Record<string, string>): void {
  writeFileSync(file, JSON.stringify({ version: 1, pages } satisfies PageRecord));
}

/** The build cache of the site at `root` (or of part K/N of it). */
export function buildCache(root: string, part?: string) {
  const dir = buildCacheDir(root, projectDir(), part);
  const path = (name: keyof typeof CACHE_FILES) => join(dir, CACHE_FILES[name]);
  const remove = (...names: (keyof typeof CACHE_FILES)[]) => {
    for (const name of names) rmSync(path(name), { recursive: true, force: true });
  };
  return {
    dir,
    path,
    /** Astro's root and working folder for this site's builds (src/publish/astro-cli.ts). */
    astroWorkDir: join(projectDir(), '.astro', 'builds', basename(dir)),
    /** What the published site was made from, when a build recorded it in this format. */
    readState(): BuildState | undefined {
      try {
        const state = JSON.parse(readFileSync(path('state'), 'utf8')) as BuildState;
        return state.version === STATE_VERSION ? state : undefined;
      } catch {
        return undefined;
      }
    },
    /** Whether the published site's pages are recorded. */
    hasPageRecord: () => existsSync(path('pages')),
    /**
     * When the last build began and did not finish (it failed or was stopped): the reason the next
     * builds in full, since that build forgot the published site's state.
     */
    readUnfinished(): string | undefined {
      try {
        return (JSON.parse(readFileSync(path('unfinished'), 'utf8')) as { started: string }).started;
      } catch {
        return undefined;
      }
    },
    /** Before a build writes anything: a clean build (`clean`) trusts no cache of the portal's. */
    begin({ clean = false }: { clean?: boolean } = {}): void {
      remove('nextPages', 'state');
      if (clean) remove('bodies');
      for (const name of UNUSED) rmSync(join(dir, name), { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      writeFileSync(path('unfinished'), JSON.stringify({ started: new Date().toISOString() }));
    },
    /** After the site is swapped in: this build's record of pages (none if it wrote none) and its inputs. */
    commit(state: BuildState): void {
      if (existsSync(path('nextPages'))) renameSync(path('nextPages'), path('pages'));
      else remove('pages');
      mkdirSync(dir, { recursive: true });
      writeFileSync(path('state'), JSON.stringify(state));
      remove('unfinished');
    },
    /**
     * After a text-only publish is swapped in: its inputs are the published site's, and the pages
     * it patched (`files`, site-relative) are forgotten in the record, so the next build renders them.
     */
    commitPatch(state: BuildState, files: readonly string[]): void {
      if (files.length > 0 && existsSync(path('pages'))) {
        const pages = readPageRecord(path('pages'));
        for (const rel of files) delete pages[`/${rel.replace(/index\.html$/, '')}`];
        savePageRecord(path('pages'), pages);
      }
      mkdirSync(dir, { recursive: true });
      writeFileSync(path('state'), JSON.stringify(state));
      remove('unfinished');
    },
    /** A build that failed: nothing it wrote is kept, and the next build does not trust the last state. */
    discard(): void {
      remove('nextPages', 'state');
    },
  };
}

export type BuildCache = ReturnType<typeof buildCache>;
