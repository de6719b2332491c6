/**
 * The sitemap: @astrojs/sitemap over every page but the editing UI. Used by the Astro build and by
 * the assembly of a site built in parts (scripts/build/assemble.ts), which runs the same
 * integration over the pages of all parts, so both write the same files.
 */
import sitemap from '@astrojs/sitemap';
import { ROUTES } from '../lib/routes.ts';

export function portalSitemap() {
  return sitemap({ filter: (page) => !new URL(page).pathname.startsWith(ROUTES.admin) });
}
