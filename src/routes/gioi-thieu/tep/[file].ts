/** A map, photo or PDF of a page of "Giới thiệu" (content gioi-thieu/tep/), served beside the pages. */
import { forSite } from '../../../astro/site-routes.ts';
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildsOtherPages, getCommune } from '../../../astro/model-store.ts';
import { contentRoot, LAYOUT } from '../../../source/paths.ts';
import { contentType } from '../../../lib/file-types.ts';

export const getStaticPaths = forSite(async () => {
  if (!buildsOtherPages()) return [];
  const { commune } = await getCommune();
  return [...commune.intro, ...(commune.english ? [{ page: commune.english }] : [])].flatMap((p) =>
    p.page?.data.file ? [{ params: { file: p.page.data.file.src.slice('tep/'.length) } }] : [],
  );
});

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(readFileSync(join(contentRoot(), LAYOUT.introFiles, String(params.file)))), {
    headers: { 'Content-Type': contentType(String(params.file)) },
  });
