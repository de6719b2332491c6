/**
 * The benchmark's province from the national list (`npm run bench -- --province-code 19 --per-site
 * 100`): the province as `npm run new -- province` makes it, built cold with no articles, then
 * with `--per-site` articles per site (scripts/gen-corpus.ts), alternating with plain Astro over
 * the same articles; the hub's first search in Chromium; a sentence added to one article; one
 * unit renamed in units.json (with the pages each publish rendered). Written under .bench/.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addSentence, eachTime, firstArticle, htmlPageCount, must } from './edits.ts';
import { runMeasured, type Measured } from './measure.ts';
import { measureSearch } from './search-cost.ts';
import { ASTRO_BIN, astroEnv } from '../../src/publish/astro-cli.ts';
import { launchChromium } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

export interface RealProvinceOptions {
  code: string;
  perSite: number;
  /** Keep the first N sites only (a quick try); all by default. */
  sites?: number | undefined;
  seed: string;
  repeat: number;
  bench: string;
  log: (line: string) => void;
}

export interface RealProvinceResult {
  province_sites: number;
  province_cold_s: number;
  province_cold_spread_s: number;
  province_astro_same_articles_s: number;
  province_astro_same_articles_spread_s: number;
  province_empty_cold_s: number;
  province_unit_rename_s: number;
  province_unit_rename_rendered: number;
  province_sentence_s: number;
  province_sentence_spread_s: number;
  province_hub_first_search_kb: number;
  province_hub_first_search_requests: number;
  province_peak_rss_mb: number;
}

const node = process.execPath;

/** The pages a province publish rendered or wrote, from each site's BUILD_STATS line (a full build: every page of the site). */
export function pagesWritten(output: string): number {
  let pages = 0;
  for (const [, json] of output.matchAll(/^BUILD_STATS (.*)$/gm)) {
    const s = JSON.parse(json!) as { out: string; mode: string; rendered?: string[]; pages_written?: number };
    if (s.mode === 'full') pages += htmlPageCount(s.out);
    else if (s.mode === 'changed-pages') pages += s.rendered?.length ?? 0;
    else if (s.mode === 'text-only') pages += s.pages_written ?? 0;
  }
  return pages;
}

async function generate(o: RealProvinceOptions, root: string, perSite: number): Promise<void> {
  const args = ['scripts/gen-corpus.ts', '--out', root, '--province-code', o.code, '--per-site', String(perSite), '--seed', o.seed];
  must(await runMeasured(node, [...args, ...(o.sites ? ['--province-sites', String(o.sites)] : [])]), 'province corpus');
}

const build = (root: string, out: string, force = false) =>
  runMeasured(node, ['scripts/build.ts', '--content', root, '--out', out, ...(force ? ['--force'] : [])]);

/** The hub's first search for `query` (and a second), served on 127.0.0.1, in Chromium. */
async function hubSearch(hub: string, first: string, second: string) {
  const server = await serveStatic(hub);
  const browser = await launchChromium();
  try {
    return await measureSearch(browser, server.url, first, second);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** A unit of the first site renamed in units.json (one of the units it was formed from); what puts it back. */
export function renameUnit(root: string, site: string): () => void {
  const file = join(root, 'units.json');
  const before = readFileSync(file, 'utf8');
  const owner = (JSON.parse(readFileSync(join(root, 'sites', site, 'site.json'), 'utf8')) as { owner: string }).owner;
  const units = JSON.parse(before) as { id: string; name: string; into?: string[] }[];
  const unit = units.find((u) => u.into?.includes(owner)) ?? units.find((u) => u.id === owner)!;
  writeFileSync(file, before.replace(JSON.stringify(unit.name), JSON.stringify(`${unit.name} Mới`)));
  return () => writeFileSync(file, before);
}

export async function realProvinceScenario(o: RealProvinceOptions): Promise<RealProvinceResult> {
  const tag = `${o.code}x${o.perSite}${o.sites ? `-${o.sites}` : ''}`;
  const empty = join(o.bench, `province-${o.code}-empty${o.sites ? `-${o.sites}` : ''}`);
  const root = join(o.bench, `province-${tag}`);
  const out = join(o.bench, `province-dist-${tag}`);
  await generate(o, empty, 0);
  o.log(`province ${o.code}: cold build with no articles…`);
  const emptyOut = join(o.bench, `province-dist-${o.code}-empty`);
  const emptyCold = await build(empty, emptyOut, true);
  must(emptyCold, 'empty province build');
  rmSync(emptyOut, { recursive: true, force: true });
  await generate(o, root, o.perSite);
  const sites = (JSON.parse(readFileSync(join(root, 'province.json'), 'utf8')) as { sites: string[] }).sites;
  o.log(`province ${o.code}: ${sites.length} sites × ${o.perSite} articles; cold builds alternating with plain Astro…`);
  const runs: { portal: Measured[]; astro: Measured[] } = { portal: [], astro: [] };
  for (let i = 0; i < o.repeat; i++) {
    const p = await build(root, out, true);
    must(p, 'province build');
    runs.portal.push(p);
    const astroOut = join(o.bench, `province-astro-${tag}`);
    const a = await runMeasured(node, [ASTRO_BIN, 'build', '--root', 'scripts/bench/baseline-astro', '--outDir', astroOut, '--force'], {
      env: astroEnv({ PORTAL_CONTENT: root }),
    });
    must(a, 'plain Astro over the province');
    rmSync(astroOut, { recursive: true, force: true });
    runs.astro.push(a);
    o.log(`province cold ${p.wall_s.toFixed(1)} s (peak ${p.peak_rss_mb} MB), plain Astro ${a.wall_s.toFixed(1)} s`);
  }
  const walls = (ms: Measured[]) => ms.map((m) => m.wall_s);
  const minOf = (ms: Measured[]) => Math.min(...walls(ms));
  const spreadOf = (ms: Measured[]) => Math.max(...walls(ms)) - minOf(ms);
  const search = await hubSearch(join(out, 'hub'), 'hoi nghi', 'nam cuong');
  o.log(`hub search: ${JSON.stringify(search)}`);
  const file = firstArticle(join(root, 'sites', sites[0]!, 'articles'));
  const original = readFileSync(file, 'utf8');
  const publish = async (what: string) => {
    const r = await build(root, out);
    must(r, `province publish (${what})`);
    o.log(`province publish, ${what}: ${r.wall_s.toFixed(1)} s, ${pagesWritten(r.output)} pages`);
    return r;
  };
  try {
    const sentence = await eachTime(
      () => addSentence(file),
      async (what) => (await publish(what)).wall_s,
      'a sentence in one article',
    );
    const restore = renameUnit(root, sites[0]!);
    const renamed = await publish('a unit renamed in units.json');
    // (put back without a publish: the next run builds its province cold)
    restore();
    return {
      province_sites: sites.length,
      province_cold_s: minOf(runs.portal),
      province_cold_spread_s: spreadOf(runs.portal),
      province_astro_same_articles_s: minOf(runs.astro),
      province_astro_same_articles_spread_s: spreadOf(runs.astro),
      province_empty_cold_s: emptyCold.wall_s,
      province_unit_rename_s: renamed.wall_s,
      province_unit_rename_rendered: pagesWritten(renamed.output),
      province_sentence_s: sentence.min,
      province_sentence_spread_s: sentence.spread,
      province_hub_first_search_kb: search.first_search_kb,
      province_hub_first_search_requests: search.first_search_requests,
      province_peak_rss_mb: Math.max(...runs.portal.map((m) => m.peak_rss_mb)),
    };
  } finally {
    writeFileSync(file, original);
  }
}

/** The row's fields of the national list's province (null without `--province-code`). */
export function listedFields(r: RealProvinceResult | undefined) {
  return {
    province_sites: r?.province_sites ?? null,
    province_cold_spread_s: r?.province_cold_spread_s ?? null,
    province_astro_same_articles_s: r?.province_astro_same_articles_s ?? null,
    province_astro_same_articles_spread_s: r?.province_astro_same_articles_spread_s ?? null,
    ratio_province_cold_astro: r ? r.province_cold_s / r.province_astro_same_articles_s : null,
    province_empty_cold_s: r?.province_empty_cold_s ?? null,
    province_unit_rename_s: r?.province_unit_rename_s ?? null,
    province_unit_rename_rendered: r?.province_unit_rename_rendered ?? null,
    province_sentence_s: r?.province_sentence_s ?? null,
    province_sentence_spread_s: r?.province_sentence_spread_s ?? null,
    province_hub_first_search_kb: r?.province_hub_first_search_kb ?? null,
    province_hub_first_search_requests: r?.province_hub_first_search_requests ?? null,
  };
}
