import { hubData } from '../../astro/hub-store.ts';
import { robotsTxt } from '../../lib/robots.ts';
import { ROUTES } from '../../lib/routes.ts';

export function GET() {
  return new Response(robotsTxt(new URL(ROUTES.sitemap, `${hubData().province.hub.baseUrl}/`).href), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
