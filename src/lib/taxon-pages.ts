/** Static paths for paginated category and tag listings (page 1 at the taxon's root URL). */
import { paginate } from './order.ts';
import type { Taxon } from './portal.ts';
import { TAXON_PAGE_SIZE } from './routes.ts';

export interface TaxonPage {
  taxon: Taxon;
  page: number;
  pages: number;
}

export function taxonPages(taxa: readonly Taxon[], which: 'first' | 'rest'): { params: Record<string, string>; props: TaxonPage }[] {
  return taxa.flatMap((taxon) =>
    paginate(taxon.articles, TAXON_PAGE_SIZE)
      .filter((pg) => (which === 'first' ? pg.page === 1 : pg.page > 1))
      .map((pg) => ({
        params: (which === 'first' ? { slug: taxon.slug } : { slug: taxon.slug, page: String(pg.page) }) as Record<string, string>,
        props: { taxon, page: pg.page, pages: pg.pages },
      })),
  );
}

export function taxonSlice(t: TaxonPage) {
  return t.taxon.articles.slice((t.page - 1) * TAXON_PAGE_SIZE, t.page * TAXON_PAGE_SIZE);
}
