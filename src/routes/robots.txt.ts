import { sitePages } from '../astro/site-routes.ts';
import { siteSettings } from '../astro/model-store.ts';
import { absoluteUrl } from '../lib/json-ld.ts';
import { robotsTxt } from '../lib/robots.ts';
import { ROUTES } from '../lib/routes.ts';

export const getStaticPaths = sitePages;

export function GET() {
  return new Response(robotsTxt(absoluteUrl(siteSettings(), ROUTES.sitemap)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
