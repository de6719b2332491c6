/**
 * Building the Pagefind indexes of a built site. Each page that marks `<article data-pagefind-body>`
 * (articles, decisions, units) is reduced to that element, đ-encoded (search-text.ts), and written
 * to a scratch copy; Pagefind then indexes each group of pages in its own run: the main
 * index `<siteDir>/pagefind/` (units, decisions, newest articles), and each older article shard
 * (the page's `data-search-shard`, see search-shards.ts) into `<siteDir>/pagefind/tin-tuc/<shard>/`.
 * Runs go two at a time. The site's own HTML is not touched. With a cache, an index whose pages
 * are unchanged is linked from it, and a page file unchanged since the last indexing is not read.
 *
 * A full build's pages are copied while Astro renders them (src/astro/search-tee.ts): their
 * documents are already written and their groups known, so they are not read again, and each
 * older-article shard whose pages are all rendered is indexed then (`indexWhileRendering`).
 *
 * Measured on the 10k corpus: one Node-API call per full page took 54 s; reduced pages through
 * the CLI as one index took 41 s (10 s of it writing the scratch copy) and 2.6 GB.
 */
import { elementDigest } from '../source/build-cache.ts';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pagefindCli, pagefindIndexed, pagefindOneThread } from '../internals.ts';
import { ROUTES } from '../lib/routes.ts';
import { indexableDocument, indexedPart, MAIN_INDEX } from '../lib/search-pages.ts';
import { readyFile, SEARCH_PAGES_FILE, type SearchPages } from '../astro/search-tee.ts';
import { removeLater } from './atomic.ts';
import { linkTree } from './link.ts';
import { close as closePagefind, createIndex } from 'pagefind';

/** The HTML pages of a built site (site-relative, `/` separated), less its search indexes; none if it is not there. */
export function builtPages(siteDir: string): string[] {
  if (!existsSync(siteDir)) return [];
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(siteDir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((rel) => !rel.startsWith('pagefind/'));
}

export interface IndexStats {
  /** HTML files read. */
  files: number;
  /** Pages indexed, over all indexes. */
  pages: number;
  /** Indexes copied from the cache instead of built. */
  reused: number;
  /** The shards indexed while Astro rendered (`indexWhileRendering`). */
  early: string[];
}

/** Part of every cache hash: change it when what goes into an index changes (e.g. the đ encoding). */
const INDEX_FORMAT = 'pagefind-1.6.0 vi encode-v1 labels-v1 raw-element-digest sorted';
/** What each page gave the last indexing, in the search cache: see `PageStamp`. */
const PAGES_FILE = 'page-stamps.json';

/**
 * A page as the last indexing read it: its file (inode, size, time) and what it gave (its index
 * group and the digest of its indexed element; no group: nothing indexed). Pages linked from the
 * previous site (src/publish/changed-pages.ts, quick-publish.ts) are the same files, so they are
 * not read again; a page written anew is a new file with a new time.
 */
interface PageStamp {
  ino: number;
  size: number;
  mtimeMs: number;
  group?: string;
  digest?: string;
}

const READY = readyFile('');

/** The cache key of an index: what goes into it, page by page (site path and digest), in path order. */
function indexHash(pages: Iterable<readonly [rel: string, digest: string]>): string {
  const hash = createHash('sha1').update(INDEX_FORMAT);
  for (const [rel, digest] of [...pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) hash.update(`${rel}\0${digest}\0`);
  return hash.digest('hex');
}

/**
 * Run Pagefind over `site` (the files `glob` matches, when given) into `output`; the pages it
 * indexed. On one core (`oneThread`, beside Astro's rendering) through its CLI, a process a run;
 * otherwise through its Node API, whose one indexing process serves every index of the publish:
 * 92 sites' indexes took 23–26 s that way against 39–41 s as a CLI run each, with the same files
 * (docs/performance.md).
 */
export async function runPagefind(
  site: string,
  output: string,
  { oneThread = false, glob }: { oneThread?: boolean; glob?: string } = {},
): Promise<number> {
  if (oneThread) return runPagefindCli(site, output, glob);
  const where = pagefindRun(site);
  const { index, errors } = await createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`${where}: ${errors.join(' ')}`);
  try {
    const added = await index.addDirectory({ path: site, ...(glob ? { glob } : {}) });
    const written = await index.writeFiles({ outputPath: output });
    const failed = [...added.errors, ...written.errors];
    if (failed.length) throw new Error(`${where}: ${failed.join(' ')}`);
    return added.page_count;
  } finally {
    await index.deleteIndex();
  }
}

/** How an error names a run of Pagefind over `site`. */
const pagefindRun = (site: string) => `pagefind (${relative(dirname(site), site)})`;

/** Pagefind's CLI over `site` into `output`, on one thread. */
function runPagefindCli(site: string, output: string, glob: string | undefined): Promise<number> {
  const cli = pagefindCli();
  return new Promise((resolve, reject) => {
    const args = [cli, '--site', site, '--output-path', output, '--force-language', 'vi', ...(glob ? ['--glob', glob] : [])];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...pagefindOneThread } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const indexed = pagefindIndexed(out);
      if (code === 0 && indexed !== undefined) resolve(indexed);
      else reject(new Error(`${pagefindRun(site)}: ${out.trim().split('\n').slice(-3).join(' ')}`));
    });
  });
}

/** Let Pagefind's indexing process end (a publish's end; it would end with this process anyway). */
export const closeIndexer = (): Promise<unknown> => closePagefind();

function readStamps(searchCache: string): Record<string, PageStamp> {
  try {
    return JSON.parse(readFileSync(join(searchCache, PAGES_FILE), 'utf8')) as Record<string, PageStamp>;
  } catch {
    return {};
  }
}

export interface IndexOptions {
  /**
   * Where each index's output is kept, by a hash of its input pages (the build cache's `search`
   * folder, src/source/build-cache.ts): an index whose pages are unchanged since the last build is
   * copied from there instead of being built again.
   */
  searchCache?: string;
  /** Build every index even when a cached copy matches (still refreshes the cache). */
  force?: boolean;
  /**
   * Whether the site must have a main index (units, documents, newest articles). Parts of a site
   * after the first hold older articles only (src/lib/parts.ts).
   */
  main?: boolean;
  /** What was indexed while Astro rendered (`indexWhileRendering`): its copy of the pages and the shards done. */
  early?: EarlyIndexing;
}

const outputIn = (siteDir: string, group: string) => join(siteDir, group === MAIN_INDEX ? ROUTES.searchIndex : ROUTES.searchShard(group));

/**
 * Put index `group` (its pages' documents in `docs`) in place in the site: linked from the cache
 * when an index of the same pages is there, else built by Pagefind and then cached. The number of
 * pages it holds, and whether it came from the cache.
 */
async function buildIndex(
  siteDir: string,
  group: string,
  docs: string,
  pages: number,
  hash: string,
  { searchCache, force = false, oneThread = false }: IndexOptions & { oneThread?: boolean },
): Promise<{ pages: number; reused: boolean }> {
  const output = outputIn(siteDir, group);
  const copy = searchCache && join(searchCache, group, hash);
  if (!force && copy && existsSync(copy)) {
    linkTree(copy, output);
    return { pages, reused: true };
  }
  const indexed = await runPagefind(docs, output, { oneThread });
  // The main index's directory also holds the shards: those are cached on their own.
  if (copy) cacheIndex(output, copy, group === MAIN_INDEX ? join(siteDir, ROUTES.searchShards).replace(/[\\/]+$/, '') : undefined);
  return { pages: indexed, reused: false };
}

/**
 * Keep the index just built at `output` as the cache's `copy` (`<cache>/<index>/<hash of its
 * pages>`, less the folder `skip`), in place of the copy of other pages it had: that one is
 * deleted in the background (thousands of files for an index of thousands of pages).
 */
export function cacheIndex(output: string, copy: string, skip?: string): void {
  // (set aside beside the cache's folder, not in it: the cache's listing would delete it at once)
  removeLater(dirname(copy), dirname(dirname(copy)));
  linkTree(output, copy, skip);
}

/** A folder for the documents Pagefind reads, beside the site's (on its disk, and named like it). */
function scratchBeside(siteDir: string): string {
  const site = resolve(siteDir);
  // (a first build makes the site's folder after this)
  mkdirSync(dirname(site), { recursive: true });
  return mkdtempSync(`${site}-search-`);
}

/** A shard indexed while Astro rendered: the hash of its pages, what it gave. */
interface EarlyShard {
  hash: string;
  built: { pages: number; reused: boolean };
}

export interface EarlyIndexing {
  /** The folder Astro's copy of the pages goes to (the build context's `searchScratch`: src/source/build-context.ts, src/astro/search-tee.ts). */
  scratch: string;
  /**
   * Astro has ended: start no more shards. The shards started, each done or under way (a shard
   * announced but not started is left to `indexSite`, which builds two at a time on every core).
   */
  finish(): Map<string, Promise<EarlyShard>>;
  /** Stop, and remove the copy once no shard under way reads it (a failed build). */
  discard(): Promise<void>;
}

/**
 * Index, one at a time while Astro renders a full build, each older-article shard whose pages the
 * tee says are all rendered (src/astro/search-tee.ts), Pagefind on one thread beside Astro's
 * rendering; `indexSite` then builds only the rest. On 2 cores Astro's build keeps one core and a
 * half busy, so the shards that wait when Astro ends are left to `indexSite` (measured:
 * docs/performance.md). The site's folder must be the one Astro writes into; Pagefind writes
 * under its `pagefind/`, which Astro does not touch.
 */
export function indexWhileRendering(siteDir: string, options: IndexOptions): EarlyIndexing {
  const scratch = scratchBeside(siteDir);
  const started = new Map<string, Promise<EarlyShard>>();
  const seen = new Set<string>();
  let stopped = false;
  // One shard at a time, in the order they are announced; none started once Astro has ended.
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (group: string, pages: Record<string, string>) => {
    queue = queue.then(() => {
      if (stopped) return;
      const hash = indexHash(Object.entries(pages));
      const made = buildIndex(siteDir, group, join(scratch, group), Object.keys(pages).length, hash, {
        ...options,
        oneThread: true,
      }).then((built) => ({ hash, built }));
      started.set(group, made);
      // (a failure is the caller's, through `started`)
      return made.catch(() => undefined);
    });
  };
  const look = () => {
    let names: string[];
    try {
      names = readdirSync(scratch);
    } catch {
      return;
    }
    for (const name of names) {
      const group = name.endsWith(READY) ? name.slice(0, -READY.length) : undefined;
      if (!group || seen.has(group)) continue;
      seen.add(group);
      const { pages } = JSON.parse(readFileSync(join(scratch, name), 'utf8')) as { pages: Record<string, string> };
      enqueue(group, pages);
    }
  };
  // (the tee writes a shard's file whole, by a rename: a file seen is complete)
  const timer = setInterval(look, 100);
  const stop = () => {
    clearInterval(timer);
    stopped = true;
  };
  return {
    scratch,
    finish() {
      stop();
      return started;
    },
    async discard() {
      stop();
      await queue;
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** One indexing of a site under way: where its documents go, and what it knows of its pages. */
interface Indexing {
  siteDir: string;
  scratch: string;
  /** Every index is built: no cache to reuse (its documents are written while the pages are read). */
  buildsAll: boolean;
  /** The pages whose documents Astro's copy already wrote (src/astro/search-tee.ts). */
  copied: SearchPages;
}

/** Write a page's search document into the scratch copy. */
function writeDoc(ix: Indexing, group: string, rel: string, doc: string): void {
  const target = join(ix.scratch, group, rel);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, doc);
}

/** The pages Astro's copy holds; none without a copy, or when the copy failed (every page is then read from its file). */
function copiedPages(early: EarlyIndexing | undefined, scratch: string): SearchPages {
  if (!early) return {};
  try {
    return JSON.parse(readFileSync(join(scratch, SEARCH_PAGES_FILE), 'utf8')) as SearchPages;
  } catch {
    return {};
  }
}

/** A page's stamp: the last one when its file is the same, else read (from Astro's copy, or its file). */
function pageStamp(ix: Indexing, rel: string, known: PageStamp | undefined): PageStamp {
  const path = join(ix.siteDir, rel);
  const { ino, size, mtimeMs } = statSync(path);
  if (known && known.ino === ino && known.size === size && known.mtimeMs === mtimeMs) return known;
  const stamp: PageStamp = { ino, size, mtimeMs };
  const copy = ix.copied[rel];
  if (copy) {
    if (copy.group !== undefined) Object.assign(stamp, { group: copy.group, digest: copy.digest });
    return stamp;
  }
  const html = readFileSync(path, 'utf8');
  // An index is identified by the elements it reads, as written: encoding them (for the scratch
  // copy) is left to the indexes that are built.
  const part = indexedPart(html);
  if (part !== undefined) {
    stamp.group = part.group;
    stamp.digest = elementDigest(part.element);
    if (ix.buildsAll) writeDoc(ix, part.group, rel, indexableDocument(html, part.element)!);
  }
  return stamp;
}

/** Every built page's stamp, and the pages (with their digests) of each index. */
function readPages(ix: Indexing, known: Record<string, PageStamp>, main: boolean) {
  const pagesOf = new Map<string, [rel: string, digest: string][]>();
  const stamps: Record<string, PageStamp> = {};
  let files = 0;
  for (const rel of builtPages(ix.siteDir)) {
    files++;
    const { group, digest } = (stamps[rel] = pageStamp(ix, rel, known[rel]));
    // A part other than the first indexes its article shards only: the pages of the main index
    // it renders too (pages without parameters, such as /lien-he/) are the first part's.
    if (group === undefined || (!main && group === MAIN_INDEX)) continue;
    let list = pagesOf.get(group);
    if (!list) pagesOf.set(group, (list = []));
    list.push([rel, digest!]);
  }
  if (main && !pagesOf.has(MAIN_INDEX)) throw new Error('chỉ mục tìm kiếm chính cần ít nhất một trang đơn vị, quyết định hoặc tin tức');
  return { pagesOf, stamps, files };
}

/** Index every group of `pagesOf`: kept from the cache, taken from what was made early, or built (two at a time). */
async function indexGroups(
  ix: Indexing,
  pagesOf: Map<string, [rel: string, digest: string][]>,
  earlyStarted: Map<string, Promise<EarlyShard>>,
  { searchCache, force = false }: IndexOptions,
) {
  const { siteDir, scratch } = ix;
  const hashes = new Map([...pagesOf].map(([g, pages]) => [g, indexHash(pages)]));
  if (searchCache && existsSync(searchCache)) {
    for (const old of readdirSync(searchCache)) {
      if (!pagesOf.has(old) && old !== PAGES_FILE) rmSync(join(searchCache, old), { recursive: true, force: true });
    }
  }
  const done = { pages: 0, reused: 0, early: [] as string[] };
  /** Write the documents of `group` from the site's files (those not written yet, or all of them again). */
  const writeDocsOf = (group: string, all: boolean) => {
    if (all) rmSync(join(scratch, group), { recursive: true, force: true });
    for (const [rel] of pagesOf.get(group)!) {
      if (all || (!ix.buildsAll && !ix.copied[rel])) writeDoc(ix, group, rel, indexableDocument(readFileSync(join(siteDir, rel), 'utf8'))!);
    }
  };
  const build = async (group: string) => {
    const built = await buildIndex(siteDir, group, join(scratch, group), pagesOf.get(group)!.length, hashes.get(group)!, {
      searchCache,
      force: true,
    });
    done.pages += built.pages;
  };
  // A shard started while Astro rendered is kept when it holds the pages the site has; one made
  // from other pages (which the tee's count rules out) is made again, one the site no longer has
  // is removed. It may still be under way: the other indexes do not wait for it.
  const earlyWork = [...earlyStarted].map(async ([group, made]) => {
    const shard = await made;
    if (shard.hash === hashes.get(group)) {
      done.pages += shard.built.pages;
      done.reused += Number(shard.built.reused);
      done.early.push(group);
      return;
    }
    rmSync(outputIn(siteDir, group), { recursive: true, force: true });
    if (!pagesOf.has(group)) return;
    writeDocsOf(group, true);
    await build(group);
  });
  // Reuse the indexes whose pages are unchanged and build the others, two at a time, the main
  // index (the largest) first. Pagefind leaves other files in its output directory alone, so
  // shards can be written inside the main index's directory while it is being built.
  const todo: string[] = [];
  for (const [group, list] of pagesOf) {
    if (earlyStarted.has(group)) continue;
    const copy = searchCache && join(searchCache, group, hashes.get(group)!);
    if (!force && copy && existsSync(copy)) {
      linkTree(copy, outputIn(siteDir, group));
      done.pages += list.length;
      done.reused++;
      continue;
    }
    todo.push(group);
    // The documents not written yet: with a cache, those of pages read for their stamps only.
    writeDocsOf(group, false);
  }
  todo.sort((a, b) => Number(b === MAIN_INDEX) - Number(a === MAIN_INDEX));
  const worker = async () => {
    for (let g = todo.shift(); g !== undefined; g = todo.shift()) await build(g);
  };
  const results = await Promise.allSettled([...earlyWork, ...Array.from({ length: Math.min(2, availableParallelism()) }, worker)]);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  return done;
}

/**
 * Index the built site in `siteDir`: its pages read (or their stamps kept), then each index whose
 * pages are those of the cached one linked from the cache, the shards made while Astro rendered
 * kept, and the rest built by Pagefind.
 */
export async function indexSite(siteDir: string, options: IndexOptions = {}): Promise<IndexStats> {
  const { searchCache, force = false, main = true, early } = options;
  const scratch = early?.scratch ?? scratchBeside(siteDir);
  // Without a cache every index is built: write the scratch copy while reading. With one, only
  // the pages of changed indexes are written, in a second pass.
  const buildsAll = force || !searchCache || !existsSync(searchCache);
  const earlyStarted = early ? early.finish() : new Map<string, Promise<EarlyShard>>();
  try {
    const ix: Indexing = { siteDir, scratch, buildsAll, copied: copiedPages(early, scratch) };
    const { pagesOf, stamps, files } = readPages(ix, buildsAll ? {} : readStamps(searchCache!), main);
    const done = await indexGroups(ix, pagesOf, earlyStarted, options);
    if (searchCache) {
      mkdirSync(searchCache, { recursive: true });
      writeFileSync(join(searchCache, PAGES_FILE), JSON.stringify(stamps));
    }
    // (shards made early end in the order they started)
    return { files, ...done };
  } finally {
    // (no Pagefind run started early may still be reading the copy; a full build's copy, one
    // document per page, is deleted in the background: 2 s at 10k)
    await Promise.allSettled(earlyStarted.values());
    if (early) removeLater(scratch, siteDir);
    else rmSync(scratch, { recursive: true, force: true });
  }
}
