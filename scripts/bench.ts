/**
 * `npm run bench`: generate a corpus, build the portal and a minimal Astro baseline over it, and
 * print a table and one JSON line (see docs/performance.md).
 *
 *   npm run bench -- [--articles 10000] [--decisions 1000] [--units 500] [--seed N]
 *                    [--no-baseline] [--no-search] [--no-rebuild]
 * Everything is written under .bench/ (git-ignored); content/ is never touched.
 */
import { appendFileSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable, toRow, type BenchRow } from './bench/report.ts';
import { measureSearch } from './bench/search-cost.ts';
import { runMeasured } from './bench/measure.ts';
import { ASTRO_BIN, astroEnv } from './build/astro-cli.ts';
import { launchChromium } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { fold } from '../src/lib/vi.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    decisions: { type: 'string', default: '1000' },
    units: { type: 'string', default: '500' },
    seed: { type: 'string', default: '20211129' },
    'no-baseline': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    'no-rebuild': { type: 'boolean', default: false },
  },
});
const n = Number(values.articles);
const bench = resolve('.bench');
const corpus = join(bench, `corpus-${n}`);
const dist = join(bench, `dist-${n}`);
const baseDist = join(bench, `baseline-${n}`);
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

function must(r: { code: number; output: string }, what: string) {
  if (r.code !== 0) {
    console.error(r.output.slice(-4000));
    throw new Error(`${what} failed (exit ${r.code})`);
  }
}

log(`corpus: ${n} articles, ${values.decisions} decisions, ${values.units} units → ${corpus}`);
must(
  await runMeasured(node, ['scripts/gen-corpus.ts', '--out', corpus, '--articles', String(n), '--decisions', values.decisions!, '--units', values.units!, '--seed', values.seed!]),
  'corpus generation',
);

log('portal build (cold)…');
const portal = await runMeasured(node, ['scripts/build.ts', '--content', corpus, '--out', dist, '--force']);
writeFileSync(join(bench, `portal-${n}.log`), portal.output);
must(portal, 'portal build');
const stats = JSON.parse(/BUILD_STATS (.*)/.exec(portal.output)![1]!) as { check_s: number; pagefind_s: number };
log(`portal: ${portal.wall_s.toFixed(1)} s, peak ${portal.peak_rss_mb} MB; ${JSON.stringify(stats)}`);

const htmlPages = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html') && !e.parentPath.includes('pagefind')).length;
const articleDir = join(dist, 'tin-tuc');
const articleSizes = readdirSync(articleDir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && !['trang', 'chuyen-muc', 'the'].includes(e.name))
  .map((e) => statSync(join(articleDir, e.name, 'index.html')).size)
  .sort((a, b) => a - b);
const css = statSync(join(dist, 'style.css')).size;

let firstSearch: number | null = null;
if (!values['no-search']) {
  log('search in Chromium…');
  const units = JSON.parse((await import('node:fs')).readFileSync(join(corpus, 'units.json'), 'utf8')) as { name: string }[];
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

let rebuild: number | null = null;
if (!values['no-rebuild']) {
  log('rebuild after editing one article…');
  const year = readdirSync(join(corpus, 'articles')).sort()[0]!;
  const file = readdirSync(join(corpus, 'articles', year)).find((f) => f.endsWith('.md'))!;
  appendFileSync(join(corpus, 'articles', year, file), '\nMột câu được biên tập viên thêm vào.\n');
  const again = await runMeasured(node, ['scripts/build.ts', '--content', corpus, '--out', dist]);
  must(again, 'rebuild');
  rebuild = again.wall_s;
  log(`rebuild: ${rebuild.toFixed(1)} s, peak ${again.peak_rss_mb} MB; ${/BUILD_STATS (.*)/.exec(again.output)?.[1] ?? ''}`);
}

let baseline: { wall_s: number; peak_rss_mb: number } | null = null;
if (!values['no-baseline']) {
  log('baseline build (minimal Astro project, same articles)…');
  const b = await runMeasured(node, [ASTRO_BIN, 'build', '--root', 'scripts/bench/baseline-astro', '--outDir', baseDist, '--force'], {
    // The same environment as the portal build gets (scripts/build/astro-cli.ts).
    env: astroEnv({ PORTAL_CONTENT: corpus }),
  });
  writeFileSync(join(bench, `baseline-${n}.log`), b.output);
  // A baseline that fails (plain Astro at 100k) is a result too: report where, keep the portal's row.
  if (b.code === 0) baseline = { wall_s: b.wall_s, peak_rss_mb: b.peak_rss_mb };
  else log(`baseline FAILED after ${b.wall_s.toFixed(1)} s at ${b.peak_rss_mb} MB (exit ${b.code}); log: .bench/baseline-${n}.log`);
}

const row: BenchRow = toRow({
  articles: n,
  decisions: Number(values.decisions),
  units: Number(values.units),
  pages: htmlPages,
  wall_s: portal.wall_s,
  pages_per_s: htmlPages / portal.wall_s,
  peak_rss_mb: portal.peak_rss_mb,
  check_s: stats.check_s,
  pagefind_s: stats.pagefind_s,
  index_mb: du(join(dist, 'pagefind')) / 1048576,
  dist_mb: du(dist) / 1048576,
  article_page_kb: (articleSizes[Math.floor(articleSizes.length / 2)]! + css) / 1024,
  first_search_kb: firstSearch,
  rebuild_one_edit_s: rebuild,
  baseline_wall_s: baseline?.wall_s ?? null,
  baseline_peak_rss_mb: baseline?.peak_rss_mb ?? null,
  ratio: baseline ? portal.wall_s / baseline.wall_s : null,
});
console.log(formatTable(row));
console.log(JSON.stringify(row));
