import { sitePages } from '../../astro/site-routes.ts';
import { getModel } from '../../astro/model-store.ts';
import { DOCUMENT_COLUMNS, documentRows, toCsv } from '../../lib/open-data.ts';

export const getStaticPaths = sitePages;

export async function GET() {
  const csv = toCsv(
    DOCUMENT_COLUMNS.map(([c]) => c),
    documentRows(await getModel()),
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
