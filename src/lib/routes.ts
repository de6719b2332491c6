/** The URL scheme (design.md): stable addresses that search engines index. */

/** Articles per archive page. */
export const ARCHIVE_PAGE_SIZE = 20;
/** Articles per category or tag page. */
export const TAXON_PAGE_SIZE = 50;
/** Articles listed on a unit page (the newest); the rest are a search away. */
export const UNIT_ARTICLES_SHOWN = 200;

const SEARCH_SHARDS = '/pagefind/tin-tuc/';

const paged = (base: string, page: number) => (page <= 1 ? base : `${base}trang/${page}/`);

export const ROUTES = {
  article: (id: string) => `/tin-tuc/${id}/`,
  archive: (page = 1) => paged('/tin-tuc/', page),
  category: (slug: string, page = 1) => paged(`/tin-tuc/chuyen-muc/${slug}/`, page),
  tag: (slug: string, page = 1) => paged(`/tin-tuc/the/${slug}/`, page),
  decision: (id: string) => `/quyet-dinh/${id}/`,
  decisions: '/quyet-dinh/',
  unit: (slug: string) => `/don-vi/${slug}/`,
  units: '/don-vi/',
  matrix: '/cong-nhan/',
  search: '/tim-kiem/',
  data: '/du-lieu/',
  /** Pagefind's main index (units, decisions, newest articles) with its runtime. */
  searchIndex: '/pagefind/',
  /** The older articles' indexes, one folder per shard (search-shards.ts), inside the main one's. */
  searchShards: SEARCH_SHARDS,
  searchShard: (name: string) => `${SEARCH_SHARDS}${name}/`,
} as const;
