/** The URL scheme (design.md): stable addresses that search engines index. */

/** Articles per archive page. */
export const ARCHIVE_PAGE_SIZE = 20;

export const ROUTES = {
  article: (id: string) => `/tin-tuc/${id}/`,
  archive: (page: number) => (page <= 1 ? '/tin-tuc/' : `/tin-tuc/trang/${page}/`),
  category: (slug: string) => `/tin-tuc/chuyen-muc/${slug}/`,
  tag: (slug: string) => `/tin-tuc/the/${slug}/`,
  decision: (id: string) => `/quyet-dinh/${id}/`,
  decisions: '/quyet-dinh/',
  unit: (slug: string) => `/don-vi/${slug}/`,
  units: '/don-vi/',
  matrix: '/cong-nhan/',
  search: '/tim-kiem/',
  data: '/du-lieu/',
} as const;
