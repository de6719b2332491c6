/** The editing UI's files under /admin/ (src/astro/cms-files.ts). */
import { forSite } from '../../astro/site-routes.ts';
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { cmsFiles } from '../../astro/cms-files.ts';
import { contentType } from '../../lib/file-types.ts';

export const getStaticPaths = forSite(() => {
  return cmsFiles().map(({ path, file }) => ({ params: { asset: path }, props: { file } }));
});

export const GET: APIRoute = ({ props, params }) =>
  new Response(new Uint8Array(readFileSync((props as { file: string }).file)), {
    headers: { 'Content-Type': contentType(String(params.asset)) },
  });
