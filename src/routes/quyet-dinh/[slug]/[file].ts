/** A file stored with a document (content/decisions/tep/…), served beside the document's page. */
import { forSite } from '../../../astro/site-routes.ts';
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { buildsOtherPages, getModel } from '../../../astro/model-store.ts';
import { documentFilePath } from '../../../source/paths.ts';
import { contentType } from '../../../lib/file-types.ts';

export const getStaticPaths = forSite(async () => {
  if (!buildsOtherPages()) return [];
  return (await getModel()).decisions.flatMap((d) =>
    (d.files ?? []).flatMap((f) => (f.file ? [{ params: { slug: d.id, file: f.file.split('/').pop()! }, props: { path: f.file } }] : [])),
  );
});

export const GET: APIRoute = ({ props, params }) =>
  new Response(new Uint8Array(readFileSync(documentFilePath((props as { path: string }).path))), {
    headers: { 'Content-Type': contentType(String(params.file)) },
  });
