import { site } from '../astro/model-store.ts';
import { absoluteUrl } from '../lib/json-ld.ts';
import { ROUTES } from '../lib/routes.ts';

export function GET() {
  return new Response(`User-agent: *\nAllow: /\nDisallow: ${ROUTES.admin}\n\nSitemap: ${absoluteUrl(site, ROUTES.sitemap)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
