/**
 * Every internal address of the site, once. These are stable: search engines index them, so a
 * change here is a change of published URLs (README, "Content" and "Search").
 */

/** Articles per archive page. */
export const ARCHIVE_PAGE_SIZE = 20;
/** Articles per category or tag page. */
export const TAXON_PAGE_SIZE = 50;
/** Articles listed on a unit page (the newest); the rest are a search away. */
export const UNIT_ARTICLES_SHOWN = 200;

const SEARCH_SHARDS = '/pagefind/tin-tuc/';

/**
 * The `[...page]` parameter of page `n` of a listing: nothing for page 1 (the listing's own
 * address), `trang/<n>` after it.
 */
export function pageParam(page: number): string | undefined {
  return page <= 1 ? undefined : `trang/${page}`;
}

/**
 * Page `n` of a listing of articles at `base`, counted from the oldest (src/lib/listings.ts
 * `newestFirstPages`): `base`trang/<n>/; the front page (0) is `base`.
 */
export const numberedPage = (base: string, n: number): string => (n === 0 ? base : `${base}trang/${n}/`);

/** Page `n` of the listing whose first page is at `base`. */
const paged = (base: string, page: number) => {
  const param = pageParam(page);
  return param ? `${base}${param}/` : base;
};

export const ROUTES = {
  home: '/',
  article: (id: string) => `/tin-tuc/${id}/`,
  /** The archive, a category, a tag: their front pages (numbered pages: `numberedPage`). */
  archive: () => '/tin-tuc/',
  category: (slug: string) => `/tin-tuc/chuyen-muc/${slug}/`,
  tag: (slug: string) => `/tin-tuc/the/${slug}/`,
  decision: (id: string) => `/quyet-dinh/${id}/`,
  /** A file stored with a document, served beside its page. */
  decisionFile: (id: string, name: string) => `/quyet-dinh/${id}/${name}`,
  /** The document registry, then its filtered listings (/van-ban/loai/ke-hoach/). */
  registry: (page = 1) => paged('/van-ban/', page),
  registryFilter: (key: string, slug: string, page = 1) => paged(`/van-ban/${key}/${slug}/`, page),
  decisions: '/quyet-dinh/',
  unit: (slug: string) => `/don-vi/${slug}/`,
  units: '/don-vi/',
  matrix: '/cong-nhan/',
  /** The matrix grouped by the units of today. */
  matrixToday: '/cong-nhan/theo-don-vi-hien-nay/',
  search: '/tim-kiem/',
  /** The search page with a query filled in. */
  searchFor: (query: string) => `/tim-kiem/?q=${encodeURIComponent(query)}`,
  data: '/du-lieu/',
  /** Open-data files under /du-lieu/. */
  dataFile: (
    name:
      | 'cong-nhan.csv'
      | 'cong-nhan.json'
      | 'quyet-dinh.json'
      | 'van-ban.csv'
      | 'lich-cong-tac.json'
      | 'thu-tuc.json'
      | 'cong-khai.json'
      | 'lanh-dao.json',
  ) => `/du-lieu/${name}`,
  /** What a commune site carries besides news and documents (src/lib/commune.ts). */
  introduction: '/gioi-thieu/',
  intro: (kind: string) => `/gioi-thieu/${kind}/`,
  /** A map or file of a page of "Giới thiệu" (content gioi-thieu/tep/). */
  introFile: (name: string) => `/gioi-thieu/tep/${name}`,
  leaders: '/gioi-thieu/lanh-dao/',
  contact: '/lien-he/',
  disclosure: '/cong-khai/',
  disclosureGroup: (group: string) => `/cong-khai/${group}/`,
  schedule: '/lich-cong-tac/',
  scheduleWeek: (week: string) => `/lich-cong-tac/${week}/`,
  procedures: '/thu-tuc-hanh-chinh/',
  infoAccess: '/tiep-can-thong-tin/',
  english: '/en/',
  accessibility: '/tuyen-bo-tiep-can/',
  /** The conformance report, for editors: not indexed, not in the sitemap. */
  conformance: '/bien-tap/tuan-thu/',
  /** The page a server shows for an address it does not have (`404.html`). */
  notFound: '/404',
  rss: '/rss.xml',
  /** The editing UI (not a reading page). */
  admin: '/admin/',
  sitemap: '/sitemap-index.xml',
  stylesheet: '/style.css',
  /** Astro's bundle: the site's code, styles and photos (names that change with their content). */
  assets: '/_astro/',
  favicon: '/favicon.svg',
  /** Pagefind's main index (units, decisions, newest articles) with its runtime. */
  searchIndex: '/pagefind/',
  /** Part n (from 2) of the hub's search index, beside its first part at `searchIndex` (src/lib/province.ts). */
  hubSearchPart: (n: number) => `/pagefind/phan-${n}/`,
  /** The older articles' indexes, one folder per shard (search-shards.ts), inside the main one's. */
  searchShards: SEARCH_SHARDS,
  searchShard: (name: string) => `${SEARCH_SHARDS}${name}/`,
} as const;

/** Astro's asset folder, as a folder of a built site (`_astro`). */
export const ASSETS_DIR = ROUTES.assets.slice(1, -1);

/**
 * The file a page of a built site is in, relative to the site's folder, `/` separated (the
 * build's `directory` format): `/tin-tuc/x/` → `tin-tuc/x/index.html`, `/404` → `404.html`,
 * `/rss.xml` → `rss.xml`. `pageUrl`'s inverse for pages.
 */
export function pageFile(url: string): string {
  const path = decodeURI(url).replace(/^\/+/, '');
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return /\.[a-z0-9]+$/i.test(path) ? path : `${path}.html`;
}

/** The address of the page in `file` (relative to the site's folder, directory format). */
export const pageUrl = (file: string) => `/${encodeURI(file.split('\\').join('/')).replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * The address pattern of a route file under src/routes/ (its path there, `/` separated), as
 * Astro's file routing would give it, under `prefix` (`/[site]` when one build renders several
 * sites): `tin-tuc/[slug].astro` → `/tin-tuc/[slug]`, `index.astro` → `/`, `rss.xml.ts` →
 * `/rss.xml`; undefined for what is not a route (a name starting with `_`, another kind of file).
 */
export function routePattern(file: string, prefix = ''): string | undefined {
  const parts = file.split('/');
  const last = /^(.+)\.(astro|ts)$/.exec(parts.pop() ?? '');
  if (!last || parts.some((p) => p.startsWith('_')) || last[1]!.startsWith('_')) return undefined;
  if (last[1] !== 'index') parts.push(last[1]!);
  return parts.length ? `${prefix}/${parts.join('/')}` : prefix || '/';
}
