/** The commune's open data (/du-lieu/lich-cong-tac.json, thu-tuc.json, cong-khai.json, lanh-dao.json). */
import { forSite } from '../../astro/site-routes.ts';
import type { APIRoute } from 'astro';
import { buildsOtherPages, getCommune, siteSettings } from '../../astro/model-store.ts';
import { absoluteUrl } from '../../lib/json-ld.ts';
import { COMMUNE_DATASETS, communeRecords, type CommuneDataset } from '../../lib/open-data.ts';

export const getStaticPaths = forSite(() => {
  if (!buildsOtherPages()) return [];
  return Object.keys(COMMUNE_DATASETS).map((dataset) => ({ params: { dataset } }));
});

export const GET: APIRoute = async ({ params }) => {
  const { commune } = await getCommune();
  const records = communeRecords(commune, params.dataset as CommuneDataset, (path) => absoluteUrl(siteSettings(), path));
  return new Response(JSON.stringify(records, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
