/**
 * `npm run build`: check the content, build the site with Astro into a staging directory, index
 * it with Pagefind, then swap it into place. Any failure leaves the previous output untouched.
 *
 *   node scripts/build.ts [--content DIR] [--out DIR]
 * Defaults: PORTAL_CONTENT or content/, and dist/.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { discard, stagingDir, swapIn } from '../src/lib/atomic.ts';
import { formatReport } from '../src/lib/problems.ts';
import { indexSite } from '../src/lib/search-index.ts';
import { contentRoot } from '../src/lib/source.ts';
import { checkContentRoot } from '../src/lib/validate.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string' } } });
const root = values.content ? resolve(values.content) : contentRoot();
const out = resolve(values.out ?? 'dist');
const started = performance.now();

const { problems } = checkContentRoot(root);
if (problems.list.length) console.log(formatReport(problems.list));
if (problems.errors.length) {
  console.error(`Dừng: nội dung có ${problems.errors.length} lỗi; ${out} giữ nguyên như trước.`);
  process.exit(1);
}

const staged = stagingDir(out);
discard(staged);
try {
  const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', staged], {
    stdio: 'inherit',
    env: { ...process.env, PORTAL_CONTENT: root },
  });
  if (astro.status !== 0) throw new Error(`astro build thoát với mã ${astro.status ?? astro.signal}`);
  const { pages } = await indexSite(staged);
  swapIn(staged, out);
  console.log(`Xong: ${out} (${pages} trang trong chỉ mục tìm kiếm) sau ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (err) {
  discard(staged);
  console.error(`Dừng: ${(err as Error).message}; ${out} giữ nguyên như trước.`);
  process.exit(1);
}
