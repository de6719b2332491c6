/**
 * The hub's search index, built over every site's pages: what each site's main index holds
 * (units, decisions, newest articles), less the copies of pages another site owns
 * (src/lib/search-pages.ts `hubDocument`), each page with a filter naming its site. The hub's
 * search page loads it as a site loads its own, instead of merging every site's index in the
 * browser (92 sites: 2,957 kB in 319 requests before). It is in parts of consecutive sites
 * (`hubIndexParts`, src/lib/province.ts: /pagefind/, /pagefind/phan-2/ …), merged by the page, so
 * that a publish indexes again only the part whose pages changed.
 *
 * The documents are kept in the hub's build cache (`hub-search/docs/<site id>/<page file>`), so
 * that Pagefind can index a part again while only the pages that changed are read: a page whose
 * file (inode, size, time) is as the last build saw it is not read (pages an incremental publish
 * did not render are links to the same files). A part is linked from the cache when its
 * documents are unchanged.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { hubIndexParts } from '../lib/province.ts';
import { hubDocument } from '../lib/search-pages.ts';
import { linkTree } from './link.ts';
import { builtPages, cacheIndex, runPagefind } from './search-index.ts';

/**
 * What the documents are made with: change it when what goes into them changes (src/lib/search-pages.ts
 * `hubDocument`). Part of each part's cache key, and of the stamps: documents made another way
 * are all made again.
 */
const HUB_INDEX_FORMAT = 'hub-2 leads pagefind-1.6.0 vi';

/** A page as the last build read it: its file, and its document's digest (none: not in the hub's index). */
interface HubStamp {
  ino: number;
  size: number;
  mtimeMs: number;
  digest?: string;
}

function readStamps(file: string): Record<string, HubStamp> | undefined {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { format?: string; pages?: Record<string, HubStamp> };
    return saved.format === HUB_INDEX_FORMAT ? saved.pages : undefined;
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
    for (const rel of builtPages(join(out, id))) {
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

/** The HTML documents of the sites `ids` under the documents' folder (site ids are [a-z0-9-]: src/lib/schemas.ts). */
export const sitesGlob = (ids: readonly string[]): string => `${ids.length === 1 ? ids[0] : `{${ids.join(',')}}`}/**/*.html`;

/** A part's cache key: its sites' documents, each by site, page and digest, in order. */
function indexHash(stamps: Record<string, HubStamp>, sites: readonly string[]): string {
  const hash = createHash('sha1').update(HUB_INDEX_FORMAT);
  const keys = Object.keys(stamps).filter((key) => sites.includes(key.slice(0, key.indexOf('/'))));
  for (const key of keys.sort()) if (stamps[key]!.digest) hash.update(`${key}\0${stamps[key]!.digest}\0`);
  return hash.digest('hex');
}

/**
 * Build the hub's index of the sites `siteIds` (built in `out/<id>/`) into the staged hub
 * `staged`, keeping its documents and each part's last index in `cacheDir`; `perPart`: sites in
 * a part at most (`hubIndexParts`; the hub's page splits them with the same default). Returns
 * the pages it holds and how many parts came from the cache.
 */
export async function buildHubIndex(
  out: string,
  siteIds: readonly string[],
  staged: string,
  cacheDir: string,
  perPart?: number,
): Promise<{ pages: number; reused: number }> {
  const docs = join(cacheDir, 'docs');
  const stampsFile = join(cacheDir, 'stamps.json');
  mkdirSync(cacheDir, { recursive: true });
  const known = readStamps(stampsFile);
  // Without stamps the documents are not trusted: they are all written again.
  if (!known) rmSync(docs, { recursive: true, force: true });
  const stamps = refreshDocuments(out, siteIds, docs, known ?? {});
  writeFileSync(stampsFile, JSON.stringify({ format: HUB_INDEX_FORMAT, pages: stamps }));
  const pages = Object.values(stamps).filter((s) => s.digest).length;
  let reused = 0;
  const parts = hubIndexParts(siteIds, perPart).filter((part) => part.sites.some((id) => existsSync(join(docs, id))));
  // (the cache of parts the province no longer has)
  for (const name of existsSync(join(cacheDir, 'index')) ? readdirSync(join(cacheDir, 'index')) : [])
    if (Number(name) >= parts.length) rmSync(join(cacheDir, 'index', name), { recursive: true, force: true });
  for (const [i, part] of parts.entries()) {
    const cached = join(cacheDir, 'index', String(i), indexHash(stamps, part.sites));
    const target = join(staged, part.path);
    if (existsSync(cached)) {
      linkTree(cached, target);
      reused++;
      continue;
    }
    // Pagefind reads the part's sites' documents where they are (each site's in its folder: its pages at /<id>/…).
    await runPagefind(docs, target, { glob: sitesGlob(part.sites.filter((id) => existsSync(join(docs, id)))) });
    cacheIndex(target, cached);
  }
  return { pages, reused };
}
