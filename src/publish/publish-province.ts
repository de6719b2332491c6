/**
 * The publish of a province, as functions: what ties its sites together checked, each site's view
 * of the others written (src/publish/province.ts), each site published (src/publish/publish-site.ts,
 * `jobs` at a time, in this process: each plans its publish once, and starts Astro only when it
 * has pages to render), then the hub (src/publish/hub.ts). Or one site's part, or its parts put
 * together (scripts/build-site.ts, in a process of its own). A failure throws a `PublishStop`
 * naming why. `npm run build` (scripts/build.ts) is its command.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { astroPool } from './astro-pool.ts';
import { provinceBuildPlace, provinceBuilds } from './province-build.ts';
import type { AstroBuilder } from './astro-cli.ts';
import { buildHub } from './hub.ts';
import { closeIndexer } from './search-index.ts';
import { writeSiteViews } from './province.ts';
import { publishSite, PublishStop, stoppedMessage } from './publish-site.ts';
import { formatReport } from '../lib/problems.ts';
import { siteRoot } from '../source/paths.ts';
import { checkProvince, readProvince } from '../source/province.ts';

/** What a province's publish is asked to do. */
export interface ProvinceBuildOptions {
  /** The province's content folder (province.json). */
  root: string;
  /** Its output folder: a folder per site, and hub/. */
  out: string;
  /** The sites to publish (none: every site). */
  sites?: readonly string[];
  noHub?: boolean;
  /** The hub alone, from the sites already in `out`. */
  hubOnly?: boolean;
  force?: boolean;
  /** Sites published at once. */
  jobs: number;
  /** One site's part (`--part K/N`) or its parts put together (`--assemble`), with the site's own arguments. */
  inParts?: { flag: 'part' | 'assemble'; args: string[] };
}

/** Run scripts/build-site.ts with `args` (a part of a site, or its parts put together); its exit code. */
function siteBuild(args: string[]): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/build-site.ts', ...args], { stdio: 'inherit' });
    child.on('close', (code) => done(code ?? 1));
    child.on('error', () => done(1));
  });
}

/** The sites asked for, checked against the province's list. */
function chosenSites(o: ProvinceBuildOptions, all: readonly string[]): string[] {
  const named = o.sites ?? [];
  if (o.inParts && named.length !== 1)
    throw new PublishStop(`--${o.inParts.flag} dựng các phần của một trang: cần đúng một --site <mã trang>`);
  if (o.hubOnly && (named.length || o.noHub)) throw new PublishStop('--hub-only dựng riêng trang chung: không đi cùng --site hay --no-hub');
  const wanted = o.hubOnly ? [] : named.length ? [...named] : [...all];
  for (const id of wanted)
    if (!all.includes(id)) throw new PublishStop(`không có trang "${id}" trong ${join(o.root, 'province.json')} (có: ${all.join(', ')})`);
  return wanted;
}

/** The one line for the sites a publish kept as they were (each says nothing: 91 lines for a sentence in a province of 92). */
const keptMessage = (kept: number, of: number): string =>
  `${kept === of ? `Cả ${of}` : `${kept}/${of}`} trang giữ nguyên: nội dung và mã nguồn không đổi từ lần dựng trước.`;

/**
 * Publish `wanted`, each planned at once; the full builds among them are one Astro build
 * (src/publish/province-build.ts), the other builds `o.jobs` at a time in the pool. Each site's
 * seconds. Throws naming the sites that failed.
 */
async function publishSites(o: ProvinceBuildOptions, wanted: string[], astro: AstroBuilder): Promise<Record<string, number>> {
  const failed: string[] = [];
  let kept = 0;
  const times: Record<string, number> = {};
  const together = provinceBuilds({ root: o.root, astro, ...provinceBuildPlace(o.root, o.out) }, wanted);
  const publishOne = async (id: string) => {
    const t = performance.now();
    const to = join(o.out, id);
    try {
      const done = await publishSite({
        root: siteRoot(o.root, id),
        out: to,
        force: o.force,
        astro: together.builderFor(id),
        checkHere: true,
        quietWhenKept: true,
      });
      if (done === 'keep') kept++;
    } catch (err) {
      console.error(stoppedMessage(err, to));
      failed.push(id);
    } finally {
      together.settle(id);
    }
    times[id] = Math.round(performance.now() - t) / 1000;
  };
  await Promise.all(wanted.map(publishOne));
  if (kept > 0) console.log(keptMessage(kept, wanted.length));
  if (failed.length) throw new PublishStop(`không dựng được ${failed.join(', ')} (xem ở trên); các trang khác đã dựng xong`);
  return times;
}

/**
 * Publish the province at `o.root` into `o.out`; throws a `PublishStop` when it stops. Its exit
 * code: a part's, or the parts put together's, is the site build's (which said why it stopped).
 */
export async function publishProvince(o: ProvinceBuildOptions): Promise<number> {
  const started = performance.now();
  let province;
  try {
    province = readProvince(o.root);
  } catch (err) {
    throw new PublishStop((err as Error).message);
  }
  const wanted = chosenSites(o, province.sites);
  // What ties the sites together is checked here (each site's build checks the site itself).
  const tied = checkProvince(o.root, process.cwd(), { whole: false }).problems;
  if (tied.errors.length > 0) {
    console.error(formatReport(tied.list));
    throw new PublishStop('các trang của tỉnh có lỗi (xem ở trên)');
  }
  try {
    writeSiteViews(o.root);
  } catch (err) {
    throw new PublishStop((err as Error).message);
  }
  if (o.inParts) {
    // A part, or the parts put together, of one site: its build (scripts/build-site.ts) after its view.
    const id = wanted[0]!;
    const to = o.inParts.flag === 'part' ? o.out : join(o.out, id);
    return siteBuild(['--content', siteRoot(o.root, id), '--out', to, ...o.inParts.args]);
  }
  // Astro's builds run in warm processes, `jobs` of them (src/publish/astro-pool.ts).
  const pool = astroPool(o.jobs);
  let times: Record<string, number>;
  let hub = '';
  try {
    times = await publishSites(o, wanted, pool.build);
    if (!o.noHub)
      try {
        hub = await buildHub(o.root, o.out, pool.build);
      } catch (err) {
        throw new PublishStop(`trang chung: ${(err as Error).message}`);
      }
  } finally {
    pool.close();
    await closeIndexer();
  }
  const totalS = (performance.now() - started) / 1000;
  const built = o.hubOnly ? 'trang chung' : `${wanted.length} trang${o.noHub ? '' : ' và trang chung'}`;
  console.log(`Xong: ${built} trong ${o.out} sau ${totalS.toFixed(1)} s (${o.jobs} trang một lúc).`);
  console.log(`PROVINCE_STATS ${JSON.stringify({ total_s: Math.round(totalS * 100) / 100, jobs: o.jobs, sites: times, hub })}`);
  return 0;
}
