import { sitePages } from '../../astro/site-routes.ts';
import { getModel } from '../../astro/model-store.ts';
import { RECOGNITION_COLUMNS, recognitionRows, toCsv } from '../../lib/open-data.ts';

export const getStaticPaths = sitePages;

export async function GET() {
  const rows = recognitionRows(await getModel());
  const csv = toCsv(
    RECOGNITION_COLUMNS.map(([c]) => c),
    rows as unknown as Record<string, string | number | null>[],
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
