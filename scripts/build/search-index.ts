/**
 * Building the Pagefind indexes of a built site. Each page that marks `<article data-pagefind-body>`
 * (articles, decisions, units) is reduced to that element, đ-encoded (search-text.ts), and written
 * to a scratch copy; the Pagefind CLI then indexes each group of pages in its own run: the main
 * index `<siteDir>/pagefind/` (units, decisions, newest articles), and each older article shard
 * (the page's `data-search-shard`, see search-shards.ts) into `<siteDir>/pagefind/tin-tuc/<shard>/`.
 * Runs go two at a time. The site's own HTML is not touched. With a cache, an index whose pages
 * are unchanged is linked from it, and a page file unchanged since the last indexing is not read.
 *
 * Measured on the 10k corpus: one Node-API call per full page took 54 s; reduced pages through
 * the CLI as one index took 41 s (10 s of it writing the scratch copy) and 2.6 GB.
 */
import { spawn } from 'node:child_process';
import { createHash, type Hash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { pagefindCli, pagefindIndexed } from '../../src/internals.ts';
import { ROUTES } from '../../src/lib/routes.ts';
import { encodeForIndex } from '../../src/lib/search-text.ts';
import { linkTree } from './link.ts';

export interface IndexStats {
  /** HTML files read. */
  files: number;
  /** Pages indexed, over all indexes. */
  pages: number;
  /** Indexes copied from the cache instead of built. */
  reused: number;
}

const OPEN = '<article data-pagefind-body';
const CLOSE = '</article>';
const SHARD = /^[^>]*?\sdata-search-shard="([a-z0-9-]+)"/;
const MAIN = '_main';
/** Part of every cache hash: change it when what goes into an index changes (e.g. the đ encoding). */
const INDEX_FORMAT = 'pagefind-1.6.0 vi encode-v1 raw-element-digest';
/** What each page gave the last indexing, in the search cache: see `PageStamp`. */
const PAGES_FILE = 'page-stamps.json';

/**
 * A page as the last indexing read it: its file (inode, size, time) and what it gave (its index
 * group and the digest of its indexed element; no group: nothing indexed). Pages linked from the
 * previous site (scripts/build/changed-pages.ts, quick-publish.ts) are the same files, so they are
 * not read again; a page written anew is a new file with a new time.
 */
interface PageStamp {
  ino: number;
  size: number;
  mtimeMs: number;
  group?: string;
  digest?: string;
}

/** The element of a page Pagefind reads (the whole page if it is not closed); undefined if none. */
function indexedElement(html: string): string | undefined {
  const start = html.indexOf(OPEN);
  if (start < 0) return undefined;
  const end = html.indexOf(CLOSE, start);
  return end < 0 ? html : html.slice(start, end + CLOSE.length);
}

/** The part of a page Pagefind reads, as a small document of its own; undefined if none. */
export function indexableDocument(html: string): string | undefined {
  const element = indexedElement(html);
  if (element === undefined) return undefined;
  return element === html ? encodeForIndex(html) : `<!doctype html><html lang="vi"><body>${encodeForIndex(element)}</body></html>`;
}

/** The shard a page's indexable article belongs to, or undefined for the main index. */
export function shardOfPage(html: string): string | undefined {
  const start = html.indexOf(OPEN);
  return start < 0 ? undefined : SHARD.exec(html.slice(start + OPEN.length, start + OPEN.length + 200))?.[1];
}

function pagefind(site: string, output: string): Promise<number> {
  const cli = pagefindCli();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, '--site', site, '--output-path', output, '--force-language', 'vi'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const indexed = pagefindIndexed(out);
      if (code === 0 && indexed !== undefined) resolve(indexed);
      else reject(new Error(`pagefind (${relative(dirname(site), site)}): ${out.trim().split('\n').slice(-3).join(' ')}`));
    });
  });
}

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
}

export async function indexSite(siteDir: string, { searchCache, force = false, main = true }: IndexOptions = {}): Promise<IndexStats> {
  const scratch = mkdtempSync(join(tmpdir(), 'pagefind-src-'));
  // Without a cache every index is built: write the scratch copy while reading. With one, only
  // the pages of changed indexes are written, in a second pass.
  const buildsAll = force || !searchCache || !existsSync(searchCache);
  const writeDoc = (group: string, rel: string, doc: string) => {
    const target = join(scratch, group, rel);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, doc);
  };
  try {
    const pagesOf = new Map<string, string[]>();
    const hashes = new Map<string, Hash>();
    const known = buildsAll ? {} : readStamps(searchCache!);
    const stamps: Record<string, PageStamp> = {};
    let files = 0;
    for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
      const path = join(entry.parentPath, entry.name);
      const rel = relative(siteDir, path);
      if (rel.startsWith(`pagefind${sep}`)) continue;
      files++;
      const { ino, size, mtimeMs } = statSync(path);
      let stamp = known[rel];
      if (!stamp || stamp.ino !== ino || stamp.size !== size || stamp.mtimeMs !== mtimeMs) {
        const html = readFileSync(path, 'utf8');
        // An index is identified by the elements it reads, as written: encoding them (for the
        // scratch copy) is left to the indexes that are built.
        const element = indexedElement(html);
        stamp = { ino, size, mtimeMs };
        if (element !== undefined) {
          stamp.group = shardOfPage(html) ?? MAIN;
          stamp.digest = createHash('sha1').update(element).digest('hex');
          if (buildsAll) writeDoc(stamp.group, rel, indexableDocument(html)!);
        }
      }
      stamps[rel] = stamp;
      const { group, digest } = stamp;
      // A part other than the first indexes its article shards only: the pages of the main index
      // it renders too (pages without parameters, such as /lien-he/) are the first part's.
      if (group === undefined || (!main && group === MAIN)) continue;
      let list = pagesOf.get(group);
      if (!list) {
        pagesOf.set(group, (list = []));
        hashes.set(group, createHash('sha1').update(INDEX_FORMAT));
      }
      list.push(rel);
      hashes.get(group)!.update(`${rel}\0${digest}\0`);
    }
    if (main && !pagesOf.has(MAIN)) throw new Error('chỉ mục tìm kiếm chính cần ít nhất một trang đơn vị, quyết định hoặc tin tức');

    const outputOf = (group: string) => join(siteDir, group === MAIN ? ROUTES.searchIndex : ROUTES.searchShard(group));
    const cached = new Map([...hashes].map(([g, h]) => [g, searchCache && join(searchCache, g, h.digest('hex'))]));
    if (searchCache && existsSync(searchCache)) {
      for (const old of readdirSync(searchCache)) {
        if (!pagesOf.has(old) && old !== PAGES_FILE) rmSync(join(searchCache, old), { recursive: true, force: true });
      }
    }

    // Reuse the indexes whose pages are unchanged and build the others, two at a time, the main
    // index (the largest) first. Pagefind leaves other files in its output directory alone, so
    // shards can be written inside the main index's directory while it is being built.
    let pages = 0;
    let reused = 0;
    const todo: string[] = [];
    for (const [group, rels] of pagesOf) {
      const copy = cached.get(group);
      if (!force && copy && existsSync(copy)) {
        linkTree(copy, outputOf(group));
        pages += rels.length;
        reused++;
        continue;
      }
      todo.push(group);
      if (!buildsAll) for (const rel of rels) writeDoc(group, rel, indexableDocument(readFileSync(join(siteDir, rel), 'utf8'))!);
    }
    const run = async (group: string) => {
      const indexed = await pagefind(join(scratch, group), outputOf(group));
      pages += indexed;
      const copy = cached.get(group);
      if (copy) {
        rmSync(dirname(copy), { recursive: true, force: true });
        // The main index's directory also holds the shards: those are cached on their own.
        linkTree(outputOf(group), copy, group === MAIN ? join(siteDir, ROUTES.searchShards).replace(/[\\/]+$/, '') : undefined);
      }
    };
    todo.sort((a, b) => Number(b === MAIN) - Number(a === MAIN));
    const worker = async () => {
      for (let g = todo.shift(); g !== undefined; g = todo.shift()) await run(g);
    };
    await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, worker));
    if (searchCache) {
      mkdirSync(searchCache, { recursive: true });
      writeFileSync(join(searchCache, PAGES_FILE), JSON.stringify(stamps));
    }
    return { files, pages, reused };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
