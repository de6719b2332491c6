/**
 * Write a deterministic benchmark corpus (never into content/):
 *   node scripts/gen-corpus.ts --out .bench/corpus-10000 [--articles 10000] [--decisions 1000] [--units 500] [--seed N] [--mdx-share 0.1]
 *   node scripts/gen-corpus.ts --out .bench/province-20x500 --sites 20 --articles 500 [--units 500]   (a province)
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, generateProvince } from './bench/corpus.ts';

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
const { files, units } =
  sites > 0
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
  `Đã ghi ${files.length} tệp (${sites > 0 ? `${sites} trang × ${values.articles} bài` : `${values.articles} bài, ${values.decisions} quyết định`}, ${units.length} đơn vị) vào ${out} trong ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
