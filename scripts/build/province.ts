/**
 * Before a province's sites are built: each site's view of the others (src/lib/province.ts), into
 * the site's build cache, where its build reads it (src/source/site-view.ts). A view is rewritten
 * only when it changed, so a site whose content and view are unchanged keeps its output.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { siteRoot } from '../../src/source/paths.ts';
import { provinceViews } from '../../src/source/province.ts';
import { siteViewFile } from '../../src/source/site-view.ts';

export function writeSiteViews(root: string): void {
  for (const [id, view] of provinceViews(root)) {
    const file = siteViewFile(siteRoot(root, id));
    const text = `${JSON.stringify(view)}\n`;
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
