/**
 * Building the Pagefind index of a built site with Pagefind's Node API. Only pages that mark a
 * `data-pagefind-body` (articles, decisions, units) are indexed, each in the đ-folding encoding of
 * search-text.ts; the HTML files themselves are left as built.
 */
import * as pagefind from 'pagefind';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { encodeForIndex } from './search-text.ts';

export interface IndexStats {
  /** HTML files read. */
  files: number;
  /** Pages indexed. */
  pages: number;
}

/** `a/b/index.html` → `/a/b/`; `404.html` → `/404.html`. */
export function urlOf(relPath: string): string {
  const p = relPath.split(sep).join('/');
  return '/' + (p.endsWith('index.html') ? p.slice(0, -'index.html'.length) : p);
}

export async function indexSite(siteDir: string): Promise<IndexStats> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    let files = 0;
    let pages = 0;
    for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
      const path = join(entry.parentPath, entry.name);
      const rel = relative(siteDir, path);
      if (rel.startsWith(`pagefind${sep}`)) continue;
      files++;
      const html = readFileSync(path, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({ url: urlOf(rel), content: encodeForIndex(html) });
      if (added.errors.length) throw new Error(`pagefind: ${rel}: ${added.errors.join('; ')}`);
      pages++;
    }
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    return { files, pages };
  } finally {
    await pagefind.close();
  }
}
