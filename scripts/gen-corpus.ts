/**
 * Write a deterministic benchmark corpus (never into content/):
 *   node scripts/gen-corpus.ts --out .bench/corpus-10000 [--articles 10000] [--decisions 1000] [--units 500] [--seed N] [--mdx-share 0.1]
 *   node scripts/gen-corpus.ts --out .bench/province-20x500 --sites 20 --articles 500 [--units 500]   (a province)
 *   node scripts/gen-corpus.ts --out .bench/province-19x100 --province-code 19 --per-site 100 [--province-sites N]
 *     (a province from the national list, as `npm run new -- province 19` makes it, each site with
 *     --per-site articles naming its own unit and those it was formed from; --province-sites keeps
 *     the first N sites, for a quick try)
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, generateProvince, provinceSiteContent, type CorpusFile, type ListedUnit } from './bench/corpus.ts';
import { createProvince } from '../src/source/onboard.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    articles: { type: 'string', default: '10000' },
    decisions: { type: 'string', default: '1000' },
    units: { type: 'string', default: '500' },
    seed: { type: 'string', default: '20211129' },
    /** A province of N sites of --articles each (and the units shared), instead of one site. */
    sites: { type: 'string', default: '0' },
    /** The share of articles written as .mdx with a component (the editing UI writes .md). */
    'mdx-share': { type: 'string', default: '0.1' },
    'province-code': { type: 'string' },
    'per-site': { type: 'string', default: '100' },
    'province-sites': { type: 'string' },
  },
});
const mdxShare = Number(values['mdx-share']);
if (!(mdxShare >= 0 && mdxShare <= 1)) {
  console.error(`--mdx-share ${values['mdx-share']}: cần một số từ 0 đến 1`);
  process.exit(2);
}
if (!values.out) {
  console.error('Cần --out <thư mục>');
  process.exit(2);
}
const out = resolve(values.out);
const content = resolve('content');
if (out === content || out.startsWith(content + '/')) {
  console.error(`Từ chối: không bao giờ ghi dữ liệu sinh tự động vào ${content}`);
  process.exit(2);
}
const MARKER = '.generated-corpus';
const sites = Number(values.sites);
const params = JSON.stringify({
  articles: values.articles,
  decisions: values.decisions,
  units: values.units,
  seed: values.seed,
  sites,
  mdxShare,
  ...(values['province-code']
    ? { provinceCode: values['province-code'], perSite: values['per-site'], provinceSites: values['province-sites'] }
    : {}),
});
if (existsSync(join(out, MARKER)) && readFileSync(join(out, MARKER), 'utf8').includes(params)) {
  console.log(`${out} đã có đúng bộ dữ liệu này (${params}); dùng lại.`);
  process.exit(0);
}
if (existsSync(out)) {
  if (!existsSync(join(out, MARKER))) {
    console.error(`Từ chối: ${out} đã có và không phải một bộ dữ liệu sinh tự động`);
    process.exit(2);
  }
  rmSync(out, { recursive: true, force: true });
}
const component = resolve('src/components/Callout.astro');
const started = performance.now();
const importFrom = (articlePath: string) => relative(dirname(join(out, articlePath)), component);
/** A province from the national list, written into `out` (onboarding), and its sites' articles. */
function listedProvince(code: string): { files: CorpusFile[]; units: unknown[] } {
  createProvince(code, out);
  const province = JSON.parse(readFileSync(join(out, 'province.json'), 'utf8')) as { sites: string[] };
  const keep = values['province-sites'] ? province.sites.slice(0, Number(values['province-sites'])) : province.sites;
  for (const id of province.sites.filter((s) => !keep.includes(s))) rmSync(join(out, 'sites', id), { recursive: true });
  writeFileSync(join(out, 'province.json'), JSON.stringify({ ...province, sites: keep }, null, 2) + '\n');
  const units = JSON.parse(readFileSync(join(out, 'units.json'), 'utf8')) as ListedUnit[];
  const sitesOwned = keep.map((id) => ({
    id,
    owner: (JSON.parse(readFileSync(join(out, 'sites', id, 'site.json'), 'utf8')) as { owner?: string }).owner,
  }));
  return {
    files: provinceSiteContent(units, sitesOwned, { perSite: Number(values['per-site']), seed: Number(values.seed) }, importFrom),
    units,
  };
}
const { files, units } = values['province-code']
  ? listedProvince(values['province-code'])
  : sites > 0
    ? generateProvince({ sites, articles: Number(values.articles), units: Number(values.units), seed: Number(values.seed) }, importFrom)
    : generateCorpus(
        {
          articles: Number(values.articles),
          decisions: Number(values.decisions),
          units: Number(values.units),
          seed: Number(values.seed),
          mdxShare,
        },
        importFrom,
      );
const dirs = new Set(files.map((f) => dirname(join(out, f.path))));
for (const d of dirs) mkdirSync(d, { recursive: true });
for (const f of files) writeFileSync(join(out, f.path), f.content);
writeFileSync(join(out, MARKER), `Sinh bởi scripts/gen-corpus.ts; có thể xoá.\n${params}\n`);
console.log(
  `Đã ghi ${files.length} tệp (${values['province-code'] ? `tỉnh mã ${values['province-code']}, ${values['per-site']} bài mỗi trang` : sites > 0 ? `${sites} trang × ${values.articles} bài` : `${values.articles} bài, ${values.decisions} quyết định`}, ${units.length} đơn vị) vào ${out} trong ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
