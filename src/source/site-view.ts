/** A site's view of its province (src/lib/province.ts), as the province build left it in the site's build cache. */
import { existsSync, readFileSync } from 'node:fs';
import type { SiteView } from '../lib/province.ts';
import { buildCache } from './build-cache.ts';
import { contentRoot } from './paths.ts';

/**
 * Where the province build leaves the view of the site at `root`: the whole site's build cache,
 * whichever part of it a build makes (a part's own cache holds only what the part built).
 */
export function siteViewFile(root: string): string {
  return buildCache(root, '').path('view');
}

/** The view of the site at `root`, or undefined for a site built alone (no province). */
export function readSiteView(root = contentRoot()): SiteView | undefined {
  const file = siteViewFile(root);
  if (!existsSync(file)) return undefined;
  const view = JSON.parse(readFileSync(file, 'utf8')) as SiteView;
  if (view.version !== 1) throw new Error(`${file}: phiên bản không đúng; dựng lại bằng npm run build -- --force`);
  return view;
}
