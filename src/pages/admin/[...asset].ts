/** The editing UI's files under /admin/ (src/astro/cms-files.ts). */
import type { APIRoute } from 'astro';
import { cmsFiles, readCmsFile } from '../../astro/cms-files.ts';

export function getStaticPaths() {
  return cmsFiles().map(({ path, file }) => ({ params: { asset: path }, props: { file } }));
}

const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', json: 'application/json; charset=utf-8', woff2: 'font/woff2' };

export const GET: APIRoute = ({ props, params }) =>
  new Response(new Uint8Array(readCmsFile((props as { file: string }).file)), {
    headers: { 'Content-Type': TYPES[String(params.asset).split('.').pop()!] ?? 'application/octet-stream' },
  });
