/**
 * The sitemap: @astrojs/sitemap over every page but the editing UI and the editors' report. Used by the Astro build and by
 * the assembly of a site built in parts (src/publish/assemble.ts), which runs the same
 * integration over the pages of all parts, so both write the same files. A build that renders
 * only the changed pages (src/astro/page-record.ts) lists the pages it left to the previous site too.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { sitemapOrder } from '../internals.ts';
import { ROUTES } from '../lib/routes.ts';
import { skippedPages } from './page-record.ts';

export function portalSitemap(): AstroIntegration {
  // The editing UI and the editors' conformance report are not pages for readers.
  const integration = sitemap({
    filter: (page) => ![ROUTES.admin, ROUTES.conformance].some((path) => new URL(page).pathname.startsWith(path)),
  });
  // The integration sorts every URL with localeCompare, which builds a collator per comparison:
  // 1.7 s for 12.6k pages. Handed the pages already in that order, its sort has little left to
  // do; it still sorts, so the files are the same.
  const done = integration.hooks['astro:build:done']!;
  integration.hooks['astro:build:done'] = (args) => {
    const pages = [...args.pages, ...skippedPages().map((pathname) => ({ pathname }))];
    return done({ ...args, pages: pages.sort((a, b) => sitemapOrder.compare(a.pathname, b.pathname)) });
  };
  return integration;
}
