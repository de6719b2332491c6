/**
 * `npm run bench:photos`: what photos cost, on a copy of the real content (never content/ itself).
 * Builds it cold without photos, then cold with two 4000×3000 phone-sized JPEGs (a cover and a
 * captioned photo in the seed article), then again without --force, and prints: the build time
 * each photo adds, whether the rebuild reused the processed photos, the article page's HTML + CSS,
 * and the bytes of each format a reader is sent at 1280 px wide.
 *   node scripts/bench/photos.ts [--repeat 2]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { buildCacheDir } from '../../src/source/paths.ts';

const { values } = parseArgs({ options: { repeat: { type: 'string', default: '2' } } });
const SEED = 'huyen-cho-don-cong-nhan-32-don-vi-dat-tieu-chuan-an-toan-ve-antt-xep-loai-ve-phong-trao-toan-dan-bao-ve-antq-nam-2021';
const dir = mkdtempSync(join(tmpdir(), 'portal-photos-'));
const log = (s: string) => console.error(`[photos] ${s}`);

/** A photo-like 4000×3000 JPEG (smoothed noise over a gradient, with fine grain), as a phone saves it. */
async function phonePhoto(path: string, seed: number): Promise<void> {
  const [w, h] = [4000, 3000];
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const [sw, sh] = [w / 20, h / 20];
  const small = Buffer.alloc(sw * sh * 3);
  for (let i = 0; i < small.length; i++) small[i] = 60 + rand() * 150;
  const base = await sharp(small, { raw: { width: sw, height: sh, channels: 3 } })
    .resize(w, h, { kernel: 'cubic' })
    .raw()
    .toBuffer();
  for (let i = 0; i < base.length; i++) base[i] = Math.max(0, Math.min(255, base[i]! + (rand() - 0.5) * 24));
  await sharp(base, { raw: { width: w, height: h, channels: 3 } })
    .jpeg({ quality: 88 })
    .toFile(path);
}

function build(content: string, out: string, force: boolean): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out, ...(force ? ['--force'] : [])], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stdout + r.stderr);
  return (performance.now() - t0) / 1000;
}

const plain = join(dir, 'plain');
const withPhotos = join(dir, 'photos');
// Both copies are the archive site alone (its folder with the province's units beside it) and
// have the seed article as .md (photos in an .mdx body go through MDX instead).
for (const copy of [plain, withPhotos]) {
  cpSync(join('content', 'sites', 'huyen-cho-don'), copy, { recursive: true });
  cpSync(join('content', 'units.json'), join(copy, 'units.json'));
  const seed = join(copy, 'articles', '2021', SEED);
  renameSync(`${seed}.mdx`, `${seed}.md`);
}
const articles = join(withPhotos, 'articles', '2021');
const anh = join(articles, 'anh');
mkdirSync(anh, { recursive: true });
await phonePhoto(join(anh, 'bia.jpg'), 1);
await phonePhoto(join(anh, 'hoi-nghi.jpg'), 2);
const file = join(articles, `${SEED}.md`);
const text = readFileSync(file, 'utf8');
writeFileSync(
  file,
  text
    .replace(
      /^author: Hoàng Lan$/m,
      'author: Hoàng Lan\ncover:\n  src: anh/bia.jpg\n  alt: Ảnh thử nghiệm 4000×3000 (không phải ảnh thật của bài)',
    )
    .replace(
      /\n\nXã Bằng Lãng được công nhận/,
      '\n\n![Ảnh thử nghiệm 4000×3000](anh/hoi-nghi.jpg "Ảnh thử nghiệm, không phải ảnh thật của bài")\n\nXã Bằng Lãng được công nhận',
    ),
);
log(`photos: ${statSync(join(anh, 'bia.jpg')).size} and ${statSync(join(anh, 'hoi-nghi.jpg')).size} bytes (4000×3000 JPEG)`);

const rows: { plain_s: number; photos_s: number; rebuild_s: number }[] = [];
for (let i = 0; i < Number(values.repeat); i++) {
  const plainS = build(plain, join(dir, 'out-plain'), true);
  const photosS = build(withPhotos, join(dir, 'out-photos'), true);
  const rebuildS = build(withPhotos, join(dir, 'out-photos'), false);
  rows.push({ plain_s: plainS, photos_s: photosS, rebuild_s: rebuildS });
  log(`run ${i + 1}: without photos ${plainS.toFixed(1)} s, with two photos ${photosS.toFixed(1)} s, rebuild ${rebuildS.toFixed(1)} s`);
}

const site = join(dir, 'out-photos');
const html = readFileSync(join(site, 'tin-tuc', SEED, 'index.html'), 'utf8');
const pageKb = (statSync(join(site, 'tin-tuc', SEED, 'index.html')).size + statSync(join(site, 'style.css')).size) / 1024;
const at1280 = [...html.matchAll(/(\/_astro\/[^\s"]+\.(avif|webp|jpg)) 1280w/g)].map((m) => ({
  format: m[2],
  kb: statSync(join(site, m[1]!)).size / 1024,
}));
const perPhoto = rows.map((r) => (r.photos_s - r.plain_s) / 2);
const result = {
  article_html_css_kb: Math.round(pageKb * 10) / 10,
  served_at_1280_kb: Object.fromEntries(at1280.map((r) => [r.format, Math.round(r.kb * 10) / 10])),
  build_s_added_per_photo: { min: Math.min(...perPhoto).toFixed(1), max: Math.max(...perPhoto).toFixed(1) },
  rebuild_s: rows.map((r) => r.rebuild_s.toFixed(1)),
  cold_with_photos_s: rows.map((r) => r.photos_s.toFixed(1)),
};
console.log(JSON.stringify(result));
for (const c of [plain, withPhotos]) rmSync(buildCacheDir(c), { recursive: true, force: true });
rmSync(dir, { recursive: true, force: true });
