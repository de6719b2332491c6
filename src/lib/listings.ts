/**
 * Paginated listings: which items each page shows, where it is and what its pager links. Built
 * once by the model; a `[...page]` route renders one page each.
 *
 * Articles (the archive, each category and tag) are numbered from the oldest (`newestFirstPages`):
 * page 1 holds the oldest articles, and a page, once full, keeps its articles as new ones are
 * published; the listing's own address shows the newest. A new article then changes the front
 * page and the newest numbered page only, instead of shifting every page (at 10k articles, 500
 * archive pages rendered again for each new article). The document registry keeps pages counted
 * from its first (`listingPages`): documents are added rarely and sorted by other keys.
 */
import { numberedPage, pageParam } from './routes.ts';

export interface ListingPage<T> {
  /** Counted from 1 (`listingPages`: from the first page; `newestFirstPages`: from the oldest items, 0 the front page). */
  page: number;
  pages: number;
  /** The route's `[...page]` parameter (undefined on the listing's own address). */
  param: string | undefined;
  items: T[];
  /** URL of page `n` of the same listing. */
  href: (page: number) => string;
  /** The page before in reading order (newer articles) and after it, when there is one. */
  prev?: number | undefined;
  next?: number | undefined;
  /** What the title adds on a page other than the front ("trang 2/3", "trang 2"); undefined on it. */
  label?: string | undefined;
  /** What the pager says: of this page, and on its links. */
  words: { here: string; prev: string; next: string };
}

/** Split a list into pages of `size`; page numbers start at 1. Always at least one page. */
export function paginate<T>(items: readonly T[], size: number): { page: number; pages: number; items: T[] }[] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, i) => ({ page: i + 1, pages, items: items.slice(i * size, (i + 1) * size) }));
}

/** The pages of one listing whose page `n` is at `href(n)`, counted from its first. */
export function listingPages<T>(items: readonly T[], size: number, href: (page: number) => string): ListingPage<T>[] {
  return paginate(items, size).map((p) => ({
    ...p,
    param: pageParam(p.page),
    href,
    prev: p.page > 1 ? p.page - 1 : undefined,
    next: p.page < p.pages ? p.page + 1 : undefined,
    label: p.page > 1 ? `trang ${p.page}/${p.pages}` : undefined,
    words: { here: `Trang ${p.page}/${p.pages}`, prev: '← Trang trước', next: 'Trang sau →' },
  }));
}

/**
 * The pages of a listing of `items` (newest first) at `base`: the front page (0, at `base`) with
 * the newest `size`, then, when there are more, pages numbered from the oldest (`base`trang/<n>/):
 * page n holds the (n−1)·size+1-th to the n·size-th oldest, newest first, the last page the rest
 * (also on the front). The front links the page before the last (the newest it does not hold
 * whole); each page links the newer and the older one.
 */
export function newestFirstPages<T>(items: readonly T[], size: number, base: string): ListingPage<T>[] {
  const count = items.length > size ? Math.ceil(items.length / size) : 0;
  const href = (page: number) => numberedPage(base, page);
  const words = (here: string) => ({ here, prev: '← Mới hơn', next: 'Cũ hơn →' });
  const oldestFirst = [...items].reverse();
  const front: ListingPage<T> = {
    page: 0,
    pages: count,
    param: undefined,
    items: items.slice(0, size),
    href,
    next: count >= 2 ? count - 1 : undefined,
    words: words('Mới nhất'),
  };
  const numbered = Array.from({ length: count }, (_, i): ListingPage<T> => {
    const page = i + 1;
    return {
      page,
      pages: count,
      param: href(page).slice(base.length, -1),
      items: oldestFirst.slice(i * size, page * size).reverse(),
      href,
      prev: page < count ? page + 1 : 0,
      next: page > 1 ? page - 1 : undefined,
      label: `trang ${page}`,
      words: words(`Trang ${page}`),
    };
  });
  return [front, ...numbered];
}

/**
 * Route parameters, props, address and cache key (`key(taxon, listing)`) of every page of every
 * listing in `taxa` (a category or tag route).
 */
export function taxonListingPaths<T extends { slug: string; pages: readonly ListingPage<unknown>[] }>(
  taxa: readonly T[],
  key: (taxon: T, listing: T['pages'][number]) => string,
) {
  // (typed by the taxon's own pages, so a route's props keep their item type)
  return taxa.flatMap((taxon) =>
    (taxon.pages as readonly T['pages'][number][]).map((listing) => ({
      params: { slug: taxon.slug, page: listing.param },
      props: { taxon, listing },
      url: listing.href(listing.page),
      cacheKey: key(taxon, listing),
    })),
  );
}
