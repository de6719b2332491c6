/**
 * Assembling a site built in parts (`npm run build -- --part k/n`, src/lib/parts.ts): every part's
 * files are linked into one folder (less the original photos a whole build deletes), and the
 * sitemap is written over the pages of all parts. Each search index was built whole by one part,
 * so no indexing is left to do. A file that two parts both wrote (the pages every build renders,
 * such as the home page, and the code and style files) must be byte-identical, or the parts were
 * built from different content or code.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PART_IMAGES_FILE } from '../astro/integration.ts';
import { portalSitemap } from '../astro/sitemap.ts';
import { runSitemapHooks } from '../internals.ts';
import { fileLinker } from './link.ts';

/** The sitemap files @astrojs/sitemap writes at the root of a site. */
const SITEMAP_FILE = /^sitemap-(index|\d+)\.xml$/;

export interface AssembleStats {
  files: number;
  /** Files written by more than one part (checked identical). */
  shared: number;
  /** Pages in the sitemap. */
  pages: number;
}

/** The pages (paths without the leading slash) listed in a part's sitemap files. */
function sitemapPages(dir: string): string[] {
  const pages: string[] = [];
  for (const name of readdirSync(dir)) {
    if (!/^sitemap-\d+\.xml$/.test(name)) continue;
    for (const [, loc] of readFileSync(join(dir, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
      pages.push(new URL(loc!).pathname.slice(1));
    }
  }
  return pages;
}

/**
 * The original photos a whole build would not have: Astro deletes an original after resizing it
 * unless some page shows it as is. Each part recorded what it deleted and what its pages showed
 * (src/astro/integration.ts); a part that did neither kept the copy its bundle wrote.
 */
function deletedOriginals(parts: string[]): Set<string> {
  const records = parts.map((part) => {
    const file = join(part, PART_IMAGES_FILE);
    if (!existsSync(file)) throw new Error(`${part} không phải là một phần đã dựng (thiếu ${PART_IMAGES_FILE}: dựng bằng --part K/N)`);
    return JSON.parse(readFileSync(file, 'utf8')) as { deleted: { path: string; src: string }[]; shown: string[] };
  });
  const shown = new Set(records.flatMap((r) => r.shown));
  return new Set(records.flatMap((r) => r.deleted.filter((d) => !shown.has(d.src)).map((d) => d.path.replace(/^\//, ''))));
}

export async function assembleParts(parts: string[], target: string, site: string): Promise<AssembleStats> {
  const owner = new Map<string, string>();
  let shared = 0;
  const pages = new Set<string>();
  const deleted = deletedOriginals(parts);
  const linkFile = fileLinker();
  for (const part of parts) {
    for (const page of sitemapPages(part)) pages.add(page);
    for (const e of readdirSync(part, { recursive: true, withFileTypes: true })) {
      if (!e.isFile()) continue;
      const from = join(e.parentPath, e.name);
      const rel = relative(part, from);
      if (SITEMAP_FILE.test(rel) || rel === PART_IMAGES_FILE || deleted.has(rel.split(sep).join('/'))) continue;
      const first = owner.get(rel);
      if (first === undefined) {
        owner.set(rel, part);
        linkFile(from, join(target, rel));
        continue;
      }
      shared++;
      const a = join(first, rel);
      if (statSync(a).size !== statSync(from).size || !readFileSync(a).equals(readFileSync(from))) {
        throw new Error(`${rel} khác nhau giữa ${first} và ${part}: các phần phải được dựng từ cùng nội dung và cùng mã nguồn`);
      }
    }
  }
  await runSitemapHooks(portalSitemap(), { site, dir: target, pages: [...pages] });
  return { files: owner.size, shared, pages: pages.size };
}
