import { sitePages } from '../../astro/site-routes.ts';
import { getModel } from '../../astro/model-store.ts';
import { decisionRecords } from '../../lib/open-data.ts';

export const getStaticPaths = sitePages;

export async function GET() {
  return new Response(JSON.stringify(decisionRecords(await getModel()), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
