/**
 * `npm run bench`: generate a corpus, build the portal and two baselines over it (a minimal Astro
 * project and Eleventy 3, the same articles with no layout), and print a table and one JSON line
 * (see docs/performance.md).
 *
 *   npm run bench -- [--articles 10000] [--decisions 1000] [--units 500] [--seed N] [--mdx-share 0.1] [--repeat 2]
 *                    [--no-baseline] [--no-search] [--no-rebuild] [--parts N] [--province SxA | --no-province]
 * Machines here are noisy: each cold build runs `--repeat` times, portal and baselines alternating,
 * and the row gives the minimum and the spread (max − min) of each. Then edits are published with
 * `npm run build` and timed: a sentence added to an article's text and its title corrected (each
 * three times over, the fastest and the spread), the same title written anew without the unit it
 * named, a new article; after builds with nothing changed: two made to run `astro build` (units.json
 * written with other spacing and back: no page with a key changes, the least any publish through
 * Astro costs), one as a user gets it (the output kept); each build measured, cold or not, starts
 * once what the previous one deletes in the background is gone; the corpus is put back as it was
 * afterwards. `--parts N` also builds the site in N parts one after the other (`--part k/N`, as N
 * machines would), assembles them, and compares the result with the whole build file by file.
 * `--province 20x500` (the default; `--no-province` skips it) generates a province of 20 sites of
 * 500 articles with shared units, builds it cold (`npm run build`, two sites at a time on 2
 * cores), then publishes a sentence added and a title changed in one site (three times each), and
 * prints its ratios beside the one-site figures.
 * `--province-code 19 [--per-site 100] [--province-sites N]` instead measures the province the
 * national list gives (scripts/bench/real-province.ts): empty and with --per-site articles per
 * site, against plain Astro on the same articles, the hub's first search, a sentence, a unit
 * renamed (its `province_*` fields).
 * Everything is written under .bench/ (git-ignored); content/ is never touched.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { addSentence, eachTime, firstArticle, htmlPageCount, must, retitle } from './bench/edits.ts';
import { formatTable, toRow, type BenchRow } from './bench/report.ts';
import { measureSearch } from './bench/search-cost.ts';
import { listedFields, realProvinceScenario } from './bench/real-province.ts';
import { runMeasured, type Measured } from './bench/measure.ts';
import { ASTRO_BIN, astroEnv } from '../src/publish/astro-cli.ts';
import { launchChromium } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';
import { snapshot } from './support/snapshot.ts';
import { fold } from '../src/lib/vi.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    decisions: { type: 'string', default: '1000' },
    units: { type: 'string', default: '500' },
    seed: { type: 'string', default: '20211129' },
    'mdx-share': { type: 'string', default: '0.1' },
    repeat: { type: 'string', default: '2' },
    'no-baseline': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    'no-rebuild': { type: 'boolean', default: false },
    parts: { type: 'string', default: '0' },
    province: { type: 'string', default: '20x500' },
    'no-province': { type: 'boolean', default: false },
    'province-code': { type: 'string' },
    'per-site': { type: 'string', default: '100' },
    'province-sites': { type: 'string' },
  },
});
const n = Number(values.articles);
const repeat = Math.max(1, Number(values.repeat));
const bench = resolve('.bench');
const corpus = join(bench, `corpus-${n}`);
const dist = join(bench, `dist-${n}`);
const node = process.execPath;
const log = (s: string) => console.error(`[bench] ${s}`);

function du(path: string): number {
  if (!existsSync(path)) return 0;
  let total = 0;
  for (const e of readdirSync(path, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) total += statSync(join(e.parentPath, e.name)).size;
  }
  return total;
}

const rewriteTitle = (file: string) =>
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "Tiêu đề đã được biên tập viên viết lại"'));

log(`corpus: ${n} articles, ${values.decisions} decisions, ${values.units} units → ${corpus}`);
must(
  await runMeasured(node, [
    'scripts/gen-corpus.ts',
    '--out',
    corpus,
    '--articles',
    String(n),
    '--decisions',
    values.decisions!,
    '--units',
    values.units!,
    '--seed',
    values.seed!,
    '--mdx-share',
    values['mdx-share']!,
  ]),
  'corpus generation',
);

/** The cold builds compared, each run as its own process tree. */
const builds: Record<string, () => Promise<Measured>> = {
  portal: () => runMeasured(node, ['scripts/build.ts', '--content', corpus, '--out', dist, '--force']),
  ...(values['no-baseline']
    ? {}
    : {
        astro: () =>
          runMeasured(
            node,
            [ASTRO_BIN, 'build', '--root', 'scripts/bench/baseline-astro', '--outDir', join(bench, `baseline-astro-${n}`), '--force'],
            {
              // The same environment as the portal build gets (src/publish/astro-cli.ts).
              env: astroEnv({ PORTAL_CONTENT: corpus }),
            },
          ),
        eleventy: () => {
          const out = join(bench, `baseline-eleventy-${n}`);
          rmSync(out, { recursive: true, force: true });
          return runMeasured(node, [
            'node_modules/@11ty/eleventy/cmd.cjs',
            '--config=scripts/bench/baseline-eleventy/eleventy.config.mjs',
            `--input=${join(corpus, 'articles')}`,
            `--output=${out}`,
            '--quiet',
          ]);
        },
      }),
};
/** Whether what a build deletes in the background (the site it replaced, its search documents: src/publish/atomic.ts) is still being deleted. */
const oldSiteLeft = () => readdirSync(bench).some((name) => name.startsWith(`.dist-${n}-build-next-old-`));
/** Wait until nothing a build left is still being deleted: the next build measured must not share the machine with it. */
async function settled(): Promise<void> {
  for (let waited = 0; oldSiteLeft() && waited < 60_000; waited += 250) await new Promise((r) => setTimeout(r, 250));
}

const runs: Record<string, Measured[]> = Object.fromEntries(Object.keys(builds).map((k) => [k, []]));
for (let r = 0; r < repeat; r++) {
  // Alternate the order, so that no build always runs on a machine warmed (or tired) by the same one.
  const order = r % 2 === 0 ? Object.keys(builds) : Object.keys(builds).reverse();
  for (const name of order) {
    await settled();
    log(`${name} build (cold), run ${r + 1}/${repeat}…`);
    const m = await builds[name]!();
    writeFileSync(join(bench, `${name}-${n}-${r + 1}.log`), m.output);
    // A baseline that fails (plain Astro at 100k) is a result too: say where, keep the others.
    if (m.code !== 0 && name !== 'portal')
      log(`${name} FAILED after ${m.wall_s.toFixed(1)} s at ${m.peak_rss_mb} MB (exit ${m.code}); log: .bench/${name}-${n}-${r + 1}.log`);
    else must(m, `${name} build`);
    if (m.code === 0) runs[name]!.push(m);
    log(`${name}: ${m.wall_s.toFixed(1)} s, peak ${m.peak_rss_mb} MB`);
  }
}
const min = (name: string) => (runs[name]?.length ? Math.min(...runs[name]!.map((m) => m.wall_s)) : null);
const spread = (name: string) => (runs[name]?.length ? Math.max(...runs[name]!.map((m) => m.wall_s)) - min(name)! : null);
const portal = runs.portal!.reduce((best, m) => (m.wall_s < best.wall_s ? m : best));
const stats = JSON.parse(/BUILD_STATS (.*)/.exec(portal.output)![1]!) as { check_s: number; pagefind_s: number };

// The portal's output of the last cold run is in dist/: measure it, then publish edits over it.
const htmlPages = htmlPageCount(dist);
const articleDir = join(dist, 'tin-tuc');
const articleSizes = readdirSync(articleDir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && !['trang', 'chuyen-muc', 'the'].includes(e.name))
  .map((e) => statSync(join(articleDir, e.name, 'index.html')).size)
  .sort((a, b) => a - b);
const css = statSync(join(dist, 'style.css')).size;

/** The site built in `--parts` parts and assembled: each part's cost, the assembly's, and the files that differ from dist/. */
const partsRun: {
  parts: { wall_s: number; peak_rss_mb: number; pages: number }[];
  assemble_s: number;
  files: number;
  differing: string[];
} | null = Number(values.parts) > 0 ? await buildInParts(Number(values.parts)) : null;

async function buildInParts(count: number) {
  const outs = Array.from({ length: count }, (_, i) => join(bench, `dist-${n}-part-${i + 1}-of-${count}`));
  const parts = [];
  for (const [i, out] of outs.entries()) {
    log(`part ${i + 1}/${count} (cold)…`);
    const m = await runMeasured(node, ['scripts/build.ts', '--content', corpus, '--out', out, '--force', '--part', `${i + 1}/${count}`]);
    writeFileSync(join(bench, `portal-${n}-part-${i + 1}-of-${count}.log`), m.output);
    must(m, `part ${i + 1}/${count}`);
    const pages = htmlPageCount(out);
    parts.push({ wall_s: m.wall_s, peak_rss_mb: m.peak_rss_mb, pages });
    log(`part ${i + 1}/${count}: ${m.wall_s.toFixed(1)} s, peak ${m.peak_rss_mb} MB, ${pages} pages`);
  }
  const assembled = join(bench, `dist-${n}-assembled`);
  const a = await runMeasured(node, ['scripts/build.ts', '--content', corpus, '--out', assembled, '--assemble', ...outs]);
  must(a, 'assembly');
  log(`assembly: ${a.wall_s.toFixed(1)} s; comparing with the whole build…`);
  const whole = snapshot(dist);
  const together = snapshot(assembled);
  const differing = [...new Set([...Object.keys(whole), ...Object.keys(together)])].filter((f) => whole[f] !== together[f]);
  log(
    `parts: ${differing.length} of ${Object.keys(whole).length} files differ from the whole build${differing.length ? `: ${differing.slice(0, 10).join(', ')}` : ''}`,
  );
  for (const out of outs) rmSync(out, { recursive: true, force: true });
  rmSync(assembled, { recursive: true, force: true });
  return { parts, assemble_s: a.wall_s, files: Object.keys(together).length, differing };
}

let firstSearch: number | null = null;
if (!values['no-search']) {
  log('search in Chromium…');
  const units = JSON.parse(readFileSync(join(corpus, 'units.json'), 'utf8')) as { name: string }[];
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const cost = await measureSearch(browser, server.url, fold(units[0]!.name), fold(units[1]!.name));
    firstSearch = cost.first_search_kb;
    log(`search: ${JSON.stringify(cost)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Publish one edit with `npm run build` (incremental) and time it, once the last publish's old site is gone. */
async function publish(what: string): Promise<number> {
  await settled();
  const m = await runMeasured(node, ['scripts/build.ts', '--content', corpus, '--out', dist]);
  must(m, `publish (${what})`);
  log(`publish, ${what}: ${m.wall_s.toFixed(1)} s, peak ${m.peak_rss_mb} MB; ${/BUILD_STATS (.*)/.exec(m.output)?.[1] ?? ''}`);
  return m.wall_s;
}
const published: Record<'astro' | 'none' | 'body' | 'bodySpread' | 'title' | 'titleSpread' | 'rewritten' | 'new', number | null> = {
  astro: null,
  none: null,
  body: null,
  bodySpread: null,
  title: null,
  titleSpread: null,
  rewritten: null,
  new: null,
};
if (!values['no-rebuild']) {
  const file = firstArticle(join(corpus, 'articles'));
  // A new article is the day's news: the newest of all (in the newest year, after every other).
  const newestYear = readdirSync(join(corpus, 'articles')).sort().at(-1)!;
  const added = join(corpus, 'articles', newestYear, 'bai-moi-cua-bien-tap-vien.md');
  const original = readFileSync(file, 'utf8');
  const units = join(corpus, 'units.json');
  const unitsText = readFileSync(units, 'utf8');
  try {
    // units.json written again with other spacing changes no page, but it is not an article's
    // text: the publish goes through Astro and renders no page with a key (home page, RSS and
    // the like only). The least a publish through `astro build` costs.
    writeFileSync(units, `${JSON.stringify(JSON.parse(unitsText), null, 1)}\n`);
    published.astro = await publish('nothing changed, through astro build (units.json written again with other spacing)');
    writeFileSync(units, unitsText);
    published.astro = Math.min(published.astro, await publish('the same, back'));
    published.none = await publish('nothing changed');
    const body = await eachTime(() => addSentence(file), publish, 'a sentence added to one article');
    [published.body, published.bodySpread] = [body.min, body.spread];
    const title = await eachTime(() => retitle(file), publish, "one article's title corrected");
    [published.title, published.titleSpread] = [title.min, title.spread];
    rewriteTitle(file);
    published.rewritten = await publish("one article's title written anew, naming no unit");
    writeFileSync(added, `---\ntitle: "Bài mới của biên tập viên"\ndate: ${newestYear}-12-31\n---\n\nNội dung bài mới.\n`);
    published.new = await publish('a new article');
  } finally {
    writeFileSync(file, original);
    writeFileSync(units, unitsText);
    rmSync(added, { force: true });
  }
}

/** The province scenario: a cold build of S sites of A articles, then two edits in its first site. */
async function provinceScenario(spec: string) {
  const m = /^(\d+)x(\d+)$/.exec(spec);
  if (!m) throw new Error(`--province ${spec}: cần dạng <số trang>x<số bài mỗi trang>, ví dụ 20x500`);
  const [sites, articles] = [m[1]!, m[2]!];
  const root = join(bench, `province-${sites}x${articles}`);
  const out = join(bench, `province-dist-${sites}x${articles}`);
  log(`province: ${sites} sites × ${articles} articles, ${values.units} units → ${root}`);
  must(
    await runMeasured(node, [
      'scripts/gen-corpus.ts',
      '--out',
      root,
      '--sites',
      sites,
      '--articles',
      articles,
      '--units',
      values.units!,
      '--seed',
      values.seed!,
    ]),
    'province corpus',
  );
  log('province build (cold)…');
  const cold = await runMeasured(node, ['scripts/build.ts', '--content', root, '--out', out, '--force']);
  must(cold, 'province build');
  log(`province: ${cold.wall_s.toFixed(1)} s, peak ${cold.peak_rss_mb} MB; ${/PROVINCE_STATS (.*)/.exec(cold.output)?.[1] ?? ''}`);
  const file = firstArticle(join(root, 'sites/site-01/articles'));
  const original = readFileSync(file, 'utf8');
  const edit = async (what: string) => {
    const r = await runMeasured(node, ['scripts/build.ts', '--content', root, '--out', out]);
    must(r, `province publish (${what})`);
    log(`province publish, ${what}: ${r.wall_s.toFixed(1)} s; ${/PROVINCE_STATS (.*)/.exec(r.output)?.[1] ?? ''}`);
    return r.wall_s;
  };
  try {
    const text = await eachTime(() => addSentence(file), edit, 'a sentence added to one article of site-01');
    const title = await eachTime(() => retitle(file), edit, "one article's title corrected in site-01");
    return {
      spec,
      cold: cold.wall_s,
      peak: cold.peak_rss_mb,
      text: text.min,
      textSpread: text.spread,
      title: title.min,
      titleSpread: title.spread,
    };
  } finally {
    writeFileSync(file, original);
  }
}
const province = values['no-province'] || values['province-code'] ? undefined : await provinceScenario(values.province!);
const listed = values['province-code']
  ? await realProvinceScenario({
      code: values['province-code'],
      perSite: Number(values['per-site']),
      sites: values['province-sites'] ? Number(values['province-sites']) : undefined,
      seed: values.seed!,
      repeat,
      bench,
      log,
    })
  : undefined;

const portalMin = min('portal')!;
const row: BenchRow = toRow({
  articles: n,
  mdx_share: Number(values['mdx-share']),
  decisions: Number(values.decisions),
  units: Number(values.units),
  pages: htmlPages,
  runs: repeat,
  wall_s: portalMin,
  wall_spread_s: spread('portal')!,
  pages_per_s: htmlPages / portalMin,
  peak_rss_mb: Math.max(...runs.portal!.map((m) => m.peak_rss_mb)),
  check_s: stats.check_s,
  pagefind_s: stats.pagefind_s,
  index_mb: du(join(dist, 'pagefind')) / 1048576,
  dist_mb: du(dist) / 1048576,
  article_page_kb: (articleSizes[Math.floor(articleSizes.length / 2)]! + css) / 1024,
  first_search_kb: firstSearch,
  publish_nothing_changed_astro_s: published.astro,
  publish_nothing_changed_s: published.none,
  publish_body_edit_s: published.body,
  publish_body_edit_spread_s: published.bodySpread,
  publish_title_edit_s: published.title,
  publish_title_edit_spread_s: published.titleSpread,
  publish_title_rewritten_s: published.rewritten,
  publish_new_article_s: published.new,
  astro_wall_s: min('astro'),
  astro_spread_s: spread('astro'),
  astro_peak_rss_mb: runs.astro?.length ? Math.max(...runs.astro.map((m) => m.peak_rss_mb)) : null,
  eleventy_wall_s: min('eleventy'),
  eleventy_spread_s: spread('eleventy'),
  ratio_portal_astro: min('astro') ? portalMin / min('astro')! : null,
  ratio_publish_eleventy: min('eleventy') && published.body !== null ? published.body / min('eleventy')! : null,
  ratio_title_eleventy: min('eleventy') && published.title !== null ? published.title / min('eleventy')! : null,
  ratio_title_rewritten_eleventy: min('eleventy') && published.rewritten !== null ? published.rewritten / min('eleventy')! : null,
  ratio_new_article_eleventy: min('eleventy') && published.new !== null ? published.new / min('eleventy')! : null,
  province: province?.spec ?? (listed ? `mã ${values['province-code']} × ${values['per-site']}` : null),
  province_cold_s: province?.cold ?? listed?.province_cold_s ?? null,
  province_peak_rss_mb: province?.peak ?? listed?.province_peak_rss_mb ?? null,
  province_text_edit_s: province?.text ?? null,
  province_text_edit_spread_s: province?.textSpread ?? null,
  province_title_edit_s: province?.title ?? null,
  province_title_edit_spread_s: province?.titleSpread ?? null,
  ratio_province_cold_portal: province ? province.cold / portalMin : null,
  ratio_province_text_eleventy: province && min('eleventy') ? province.text / min('eleventy')! : null,
  ratio_province_title_eleventy: province && min('eleventy') ? province.title / min('eleventy')! : null,
  ...listedFields(listed),
});
console.log(formatTable(row));
if (partsRun) console.log(`PARTS ${JSON.stringify(partsRun)}`);
console.log(JSON.stringify(row));
