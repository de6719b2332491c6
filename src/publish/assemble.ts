/**
 * Assembling a site built in parts (`npm run build -- --part k/n`, src/lib/parts.ts): every part's
 * files are linked into one folder (less the original photos a whole build deletes), and the
 * sitemap is written over the pages of all parts. Each search index was built whole by one part,
 * so no indexing is left to do. A file that two parts both wrote (the pages every build renders,
 * such as the home page, and the code and style files) must be byte-identical, or the parts were
 * built from different content or code.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { PART_FILE } from '../astro/integration.ts';
import { isPhotoFile } from '../lib/photos.ts';
import { assetsNamed, mayNameAssets, photosToLeaveOut, type PartPhotos } from '../lib/parts.ts';
import { portalSitemap } from '../astro/sitemap.ts';
import { runSitemapHooks } from '../internals.ts';
import { fileLinker, filesUnder } from './link.ts';
import { ASSETS_DIR } from '../lib/routes.ts';

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
 * The photos a whole build would not have (src/lib/parts.ts, `photosToLeaveOut`), from what each
 * part holds in Astro's asset folder and what its files name (`files`: each part's files, `/` separated).
 */
function photosLeftOut(parts: string[], files: string[][]): Set<string> {
  const seen = parts.map((part, i): PartPhotos => {
    const photos = new Set<string>();
    const named = new Set<string>();
    for (const rel of files[i]!) {
      if (rel.startsWith(`${ASSETS_DIR}/`) && isPhotoFile(rel)) photos.add(rel.slice(ASSETS_DIR.length + 1));
      else if (mayNameAssets(rel)) for (const name of assetsNamed(readFileSync(join(part, rel), 'utf8'))) named.add(name);
    }
    return { files: photos, named };
  });
  return new Set([...photosToLeaveOut(seen)].map((f) => `${ASSETS_DIR}/${f}`));
}

export async function assembleParts(parts: string[], target: string, site: string): Promise<AssembleStats> {
  for (const part of parts)
    if (!existsSync(join(part, PART_FILE)))
      throw new Error(`${part} không phải là một phần đã dựng (thiếu ${PART_FILE}: dựng bằng --part K/N)`);
  const files = parts.map((part) => filesUnder(part).map((rel) => rel.split(sep).join('/')));
  const deleted = photosLeftOut(parts, files);
  const owner = new Map<string, string>();
  let shared = 0;
  const pages = new Set<string>();
  const linkFile = fileLinker();
  parts.forEach((part, i) => {
    for (const page of sitemapPages(part)) pages.add(page);
    for (const rel of files[i]!) {
      if (SITEMAP_FILE.test(rel) || rel === PART_FILE || deleted.has(rel)) continue;
      const from = join(part, rel);
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
  });
  await runSitemapHooks(portalSitemap(), { site, dir: target, pages: [...pages] });
  return { files: owner.size, shared, pages: pages.size };
}
