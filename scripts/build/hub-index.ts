/**
 * The hub's one search index (`<hub>/pagefind/`), built over every site's pages: what each site's
 * main index holds (units, decisions, newest articles), less the copies of pages another site owns
 * (src/lib/search-pages.ts `hubDocument`), each page with a filter naming its site. The hub's
 * search page loads this one index, as a site loads its own, instead of merging every site's in
 * the browser (92 sites: 2,957 kB in 319 requests before).
 *
 * The documents are kept in the hub's build cache (`hub-search/docs/<site id>/<page file>`), so
 * that Pagefind can index them all again while only the pages that changed are read: a page
 * whose file (inode, size, time) is as the last build saw it is not read (pages an incremental
 * publish did not render are links to the same files). The index is linked from the cache when
 * its documents are unchanged.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { hubDocument } from '../../src/lib/search-pages.ts';
import { linkTree } from './link.ts';
import { runPagefind } from './search-index.ts';

/** Part of the index's cache key: change it when what goes into the hub's documents changes. */
const HUB_INDEX_FORMAT = 'hub-1 pagefind-1.6.0 vi';

/** A page as the last build read it: its file, and its document's digest (none: not in the hub's index). */
interface HubStamp {
  ino: number;
  size: number;
  mtimeMs: number;
  digest?: string;
}

/** The HTML pages of a built site, site-relative, less its search indexes. */
function htmlPages(siteDir: string): string[] {
  if (!existsSync(siteDir)) return [];
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(siteDir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((rel) => !rel.startsWith('pagefind/'));
}

function readStamps(file: string): Record<string, HubStamp> | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, HubStamp>;
  } catch {
    return undefined;
  }
}

/**
 * Bring the documents in `docs` up to date with the built sites in `out`; the stamps of every
 * page read or kept. Documents of pages gone or no longer in the hub's index are removed.
 */
function refreshDocuments(
  out: string,
  siteIds: readonly string[],
  docs: string,
  known: Record<string, HubStamp>,
): Record<string, HubStamp> {
  const stamps: Record<string, HubStamp> = {};
  for (const id of siteIds) {
    for (const rel of htmlPages(join(out, id))) {
      const key = `${id}/${rel}`;
      const { ino, size, mtimeMs } = statSync(join(out, id, rel));
      const old = known[key];
      if (old && old.ino === ino && old.size === size && old.mtimeMs === mtimeMs) {
        stamps[key] = old;
        continue;
      }
      const doc = hubDocument(readFileSync(join(out, id, rel), 'utf8'), id);
      stamps[key] = { ino, size, mtimeMs, ...(doc === undefined ? {} : { digest: createHash('sha1').update(doc).digest('hex') }) };
      if (doc === undefined) {
        rmSync(join(docs, key), { force: true });
      } else if (old?.digest !== stamps[key].digest) {
        mkdirSync(dirname(join(docs, key)), { recursive: true });
        writeFileSync(join(docs, key), doc);
      }
    }
  }
  for (const key of Object.keys(known)) if (!(key in stamps)) rmSync(join(docs, key), { force: true });
  return stamps;
}

/** The index's cache key: its documents, each by site, page and digest, in order. */
function indexHash(stamps: Record<string, HubStamp>): string {
  const hash = createHash('sha1').update(HUB_INDEX_FORMAT);
  for (const key of Object.keys(stamps).sort()) if (stamps[key]!.digest) hash.update(`${key}\0${stamps[key]!.digest}\0`);
  return hash.digest('hex');
}

/**
 * Build the hub's index of the sites `siteIds` (built in `out/<id>/`) into `target` (the staged
 * hub's `pagefind/`), keeping its documents and last index in `cacheDir`. Returns the pages it
 * holds and whether the index came from the cache.
 */
export async function buildHubIndex(
  out: string,
  siteIds: readonly string[],
  target: string,
  cacheDir: string,
): Promise<{ pages: number; reused: boolean }> {
  const docs = join(cacheDir, 'docs');
  const stampsFile = join(cacheDir, 'stamps.json');
  mkdirSync(cacheDir, { recursive: true });
  const known = readStamps(stampsFile);
  // Without stamps the documents are not trusted: they are all written again.
  if (!known) rmSync(docs, { recursive: true, force: true });
  const stamps = refreshDocuments(out, siteIds, docs, known ?? {});
  writeFileSync(stampsFile, JSON.stringify(stamps));
  const pages = Object.values(stamps).filter((s) => s.digest).length;
  if (pages === 0) return { pages, reused: false };
  const hash = indexHash(stamps);
  const cached = join(cacheDir, 'index', hash);
  if (existsSync(cached)) {
    linkTree(cached, target);
    return { pages, reused: true };
  }
  await runPagefind(docs, target);
  rmSync(join(cacheDir, 'index'), { recursive: true, force: true });
  linkTree(target, cached);
  return { pages, reused: false };
}
