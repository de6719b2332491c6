/**
 * `npm run build`: check the content, build the site with Astro into a staging directory, index
 * it with Pagefind, then swap it into place. Any failure leaves the previous output untouched.
 *
 *   node scripts/build.ts [--content DIR] [--out DIR] [--force]
 * --force ignores the build caches (content store, unchanged pages, search indexes): a cold build.
 * Defaults: PORTAL_CONTENT or content/, and dist/.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runAstro } from './build/astro-cli.ts';
import { discard, stagingDir, swapIn } from './build/atomic.ts';
import { indexSite } from './build/search-index.ts';
import { buildCacheDir, contentRoot } from '../src/source/paths.ts';

const { values } = parseArgs({
  options: { content: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean', default: false } },
});
const root = values.content ? resolve(values.content) : contentRoot();
const out = resolve(values.out ?? 'dist');
const started = performance.now();
const round = (n: number) => Math.round(n * 100) / 100;

// The check runs as its own process: what it holds (every parsed file, 1.1 GB at 100k articles)
// is given back before Astro starts, instead of adding to the build's peak memory.
const check = spawnSync(process.execPath, ['scripts/check.ts', root], { stdio: 'inherit' });
const checkS = (performance.now() - started) / 1000;
if (check.status !== 0) {
  console.error(`Dừng: nội dung có lỗi (xem ở trên); ${out} giữ nguyên như trước.`);
  process.exit(1);
}

const staged = stagingDir(out);
discard(staged);
try {
  const astro = runAstro(['build', '--outDir', staged, ...(values.force ? ['--force'] : [])], { extraEnv: { PORTAL_CONTENT: root } });
  if (astro.status !== 0) throw new Error(`astro build thoát với mã ${astro.status ?? astro.signal}`);
  const astroDone = performance.now();
  const { pages, reused } = await indexSite(staged, { cacheDir: buildCacheDir(root), force: values.force });
  const indexDone = performance.now();
  const pagefindS = (indexDone - astroDone) / 1000;
  swapIn(staged, out);
  const totalS = (performance.now() - started) / 1000;
  console.log(`Xong: ${out} (${pages} trang trong chỉ mục tìm kiếm) sau ${totalS.toFixed(1)} s.`);
  // One machine-readable line for benchmarks.
  console.log(`BUILD_STATS ${JSON.stringify({ check_s: round(checkS), astro_s: round((astroDone - started) / 1000 - checkS), pagefind_s: round(pagefindS), swap_s: round((performance.now() - indexDone) / 1000), total_s: round(totalS), indexed: pages, search_indexes_reused: reused })}`);
} catch (err) {
  discard(staged);
  console.error(`Dừng: ${(err as Error).message}; ${out} giữ nguyên như trước.`);
  process.exit(1);
}
