/**
 * Paginated listings (the archive, each category and tag): which articles each page shows and
 * where it is. Built once by the model; a `[...page]` route renders one page each.
 */
import { pageParam } from './routes.ts';

export interface ListingPage<T> {
  /** 1-based. */
  page: number;
  pages: number;
  /** The route's `[...page]` parameter (undefined on page 1). */
  param: string | undefined;
  items: T[];
  /** URL of page `n` of the same listing. */
  href: (page: number) => string;
}

/** Split a list into pages of `size`; page numbers start at 1. Always at least one page. */
export function paginate<T>(items: readonly T[], size: number): { page: number; pages: number; items: T[] }[] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, i) => ({ page: i + 1, pages, items: items.slice(i * size, (i + 1) * size) }));
}

/** The pages of one listing whose page `n` is at `href(n)`. */
export function listingPages<T>(items: readonly T[], size: number, href: (page: number) => string): ListingPage<T>[] {
  return paginate(items, size).map((p) => ({ ...p, param: pageParam(p.page), href }));
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
