/**
 * Publishing an edit by rendering only the pages it changes. A title changed or an article added
 * changes tens of pages (the article, its neighbours, listings, unit and document pages) out of
 * thousands; a full `astro build`, even with Astro's own cache, copies every other page from that
 * cache one by one (about 5 s at 10k articles, docs/performance.md). Here Astro is told which site
 * it updates (`PORTAL_CHANGED_SINCE`, src/astro/page-record.ts): it renders the keyed pages whose
 * key changed and the few pages without a key (home page, RSS, data files…); the others are
 * linked from the previous site afterwards. Taken only when the result is what a full build gives:
 *
 * - the last build wrote the same output folder from the same code, and recorded its pages;
 * - the site's photo files stay the ones it has: photos are shown on their article's page only,
 *   so that holds when every changed, added or removed article shows the same photos as before
 *   (cover, photos in the text) and is published as before (a draft or not) — or shows none —
 *   and no other file changed than articles and the JSON files.
 *
 * Anything else: a full build. tests/site/builds.test.ts compares this path with clean builds.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { extname, join, posix, relative } from 'node:path';
import { readPageRecord, savePageRecord } from '../../src/astro/page-record.ts';
import { isPhotoFile } from '../../src/lib/photos.ts';
import { LAYOUT, SITE_VIEW_FILE } from '../../src/source/paths.ts';
import { linkFile } from './link.ts';
import { isArticle, type BuildState, type FileStamp } from './quick-publish.ts';

/** The record of the published site's keyed pages, and the one a build writes (kept once it is published). */
export const PAGE_RECORD_FILE = 'pages.json';
export const NEXT_PAGE_RECORD_FILE = 'pages.next.json';

/** Where Astro writes the site's code, styles and photos. */
const ASSETS = '_astro';

/**
 * The records of pages in a build cache: the published site's, and the one the running build
 * writes (`PORTAL_PAGE_RECORD`), which becomes the published site's once the site is swapped in.
 */
export function pageRecords(cacheDir: string) {
  const published = join(cacheDir, PAGE_RECORD_FILE);
  const next = join(cacheDir, NEXT_PAGE_RECORD_FILE);
  return {
    published,
    next,
    /** Before a build: nothing a failed build wrote is kept. */
    start: () => rmSync(next, { force: true }),
    /** After the swap: the build's record is the published site's (or none, if it wrote none). */
    keep: () => (existsSync(next) ? renameSync(next, published) : rmSync(published, { force: true })),
    /** Pages changed without Astro (`files`, site-relative): the next build renders them. */
    forget(files: string[]) {
      if (files.length === 0 || !existsSync(published)) return;
      const pages = readPageRecord(published);
      for (const rel of files) delete pages[`/${rel.replace(/index\.html$/, '')}`];
      savePageRecord(published, pages);
    },
  };
}

/** Whether a content file is one whose change never touches photos (articles are checked apart). */
const isData = (rel: string) => rel === LAYOUT.units || rel === LAYOUT.site || rel === SITE_VIEW_FILE || (posix.dirname(rel) === LAYOUT.decisions && extname(rel) === '.json');

/** The record of the previous site to render the changes since, or why a full build is needed. */
export function changedPagesPlan(out: string, previous: BuildState, state: BuildState, cacheDir: string): { since: string } | { why: string } {
  if (previous.out !== out || !existsSync(out)) return { why: `lần dựng trước không ghi vào ${out}` };
  if (previous.code !== state.code) return { why: 'mã nguồn đã đổi' };
  const since = pageRecords(cacheDir).published;
  if (!existsSync(since)) return { why: 'chưa có bản ghi các trang của lần dựng trước' };
  // The photos an article shows, and whether its page exists, decide which photo files the site
  // has: an edit that leaves them as they were leaves those files as they were.
  const photos = (stamp: FileStamp | undefined) => (stamp?.photos?.length ? JSON.stringify([stamp.photos, stamp.draft]) : '');
  for (const rel of new Set([...Object.keys(previous.files), ...Object.keys(state.files)])) {
    const before = previous.files[rel];
    const after = state.files[rel];
    if (before?.sha1 === after?.sha1) continue;
    if (isArticle(rel)) {
      if (photos(before) !== photos(after)) return { why: `${rel}: ảnh của bài đã đổi` };
    } else if (!isData(rel)) {
      return { why: `${rel} đã đổi (ảnh hoặc tệp đính kèm)` };
    }
  }
  return { since };
}

/** The file of a page at `url` (directory format). */
const pageFile = (url: string) => decodeURI(url.endsWith('/') ? `${url}index.html` : url).replace(/^\//, '');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

/**
 * Completes `staged`, where Astro rendered the changed pages, from the previous site `out`: the
 * keyed pages whose key is unchanged (`before` and `after`: URL → key), and its photo files.
 * The photo files are exactly the previous site's: Astro leaves in `staged` the originals of
 * photos it resized for pages it did not render (a full build deletes them), and writes the
 * resized photos of the pages it rendered only.
 */
export function completeFromPrevious(out: string, staged: string, before: Record<string, string>, after: Record<string, string>): { linked: number } {
  let linked = 0;
  const link = (rel: string) => {
    linkFile(join(out, rel), join(staged, rel));
    linked++;
  };
  for (const [url, key] of Object.entries(after)) {
    if (before[url] !== key) continue;
    const rel = pageFile(url);
    if (existsSync(join(staged, rel))) continue;
    if (!existsSync(join(out, rel))) throw new Error(`${join(out, rel)} không còn: dựng lại toàn bộ bằng npm run build -- --force`);
    link(rel);
  }
  const photoFiles = (dir: string) => new Set(filesUnder(join(dir, ASSETS)).filter(isPhotoFile));
  const previousPhotos = photoFiles(out);
  const stagedPhotos = photoFiles(staged);
  for (const rel of stagedPhotos) if (!previousPhotos.has(rel)) rmSync(join(staged, ASSETS, rel));
  for (const rel of previousPhotos) if (!stagedPhotos.has(rel)) link(join(ASSETS, rel));
  return { linked };
}
