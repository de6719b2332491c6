/**
 * Building the Pagefind index of a built site with Pagefind's Node API. Only pages that mark a
 * `data-pagefind-body` (articles, decisions, units) are indexed, each in the đ-folding encoding of
 * search-text.ts; the HTML files themselves are left as built.
 */
import * as pagefind from 'pagefind';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { encodeForIndex } from './search-text.ts';

export interface IndexStats {
  /** HTML files read. */
  files: number;
  /** Pages indexed. */
  pages: number;
}

/**
 * Index a built site. Pages with `data-pagefind-body` are copied, đ-encoded, into a scratch
 * directory that Pagefind reads in one pass (much faster than one service call per page); the
 * index is written to `<siteDir>/pagefind/`. The site's own HTML is not touched.
 */
export async function indexSite(siteDir: string): Promise<IndexStats> {
  const scratch = mkdtempSync(join(tmpdir(), 'pagefind-src-'));
  let files = 0;
  let pages = 0;
  try {
    for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
      const path = join(entry.parentPath, entry.name);
      const rel = relative(siteDir, path);
      if (rel.startsWith(`pagefind${sep}`)) continue;
      files++;
      const html = readFileSync(path, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const target = join(scratch, rel);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, encodeForIndex(html));
      pages++;
    }
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: scratch });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    return { files, pages: added.page_count };
  } finally {
    await pagefind.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
