/** A site's view of its province (src/lib/province.ts), as the province build left it in the site's build cache. */
import { existsSync, readFileSync } from 'node:fs';
import type { SiteView } from '../lib/province.ts';
import { buildCache } from './build-cache.ts';
import { contentRoot } from './paths.ts';

/** The view of the site at `root`, or undefined for a site built alone (no province). */
export function readSiteView(root = contentRoot()): SiteView | undefined {
  const file = buildCache(root).path('view');
  if (!existsSync(file)) return undefined;
  const view = JSON.parse(readFileSync(file, 'utf8')) as SiteView;
  if (view.version !== 1) throw new Error(`${file}: phiên bản không đúng; dựng lại bằng npm run build -- --force`);
  return view;
}
