/**
 * A build of several sites (src/astro/site-routes.ts): each page is rendered for the site its
 * address is under, and read whole before the scope ends (Astro renders a page as its body is
 * read). Added by the integration only to such a build.
 */
import { defineMiddleware } from 'astro:middleware';
import { inSite } from '../source/site-scope.ts';
import { siteOfPath } from './site-routes.ts';

export const onRequest = defineMiddleware((context, next) => {
  const site = siteOfPath(context.url.pathname);
  if (site === undefined) return next();
  return inSite(site, async () => {
    const response = await next();
    const body = await response.arrayBuffer();
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  });
});
