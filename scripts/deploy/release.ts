/**
 * `npm run release`: publish a built province to the web server's folder as a new release, and
 * switch the server to it in one rename (src/lib/release.ts decides the steps).
 *
 *   node scripts/deploy/release.ts [--from dist] --to /srv/portal [--keep 5]
 *   node scripts/deploy/release.ts --to deploy@may-chu:/srv/portal      (over ssh, rsync's way)
 *   node scripts/deploy/release.ts --to /srv/portal --rollback          (serve the release before)
 *
 * A release replaces the one served whole: a folder of the province's content (PORTAL_CONTENT or
 * content/) with a site missing from --from (every site of province.json and the hub) is refused.
 *
 * Prints what each step does, then one line for scripts and tests:
 *   RELEASE_STATS {"release":"…","previous":"…","files":N,"files_sent":N,"bytes_sent":N,"total_s":N}
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot, isProvince } from '../../src/source/paths.ts';
import { readProvince } from '../../src/source/province.ts';
import {
  onTarget,
  parseTarget,
  planRelease,
  planRollback,
  releaseName,
  rsyncStats,
  type Step,
  type Target,
} from '../../src/lib/release.ts';

const { values } = parseArgs({
  options: {
    from: { type: 'string', default: 'dist' },
    to: { type: 'string' },
    keep: { type: 'string', default: '5' },
    rollback: { type: 'boolean', default: false },
  },
});
const started = performance.now();
const stop = (why: string): never => {
  console.error(`Dừng phát hành: ${why}`);
  process.exit(1);
};

function run(argv: string[]): string {
  const r = spawnSync(argv[0]!, argv.slice(1), { encoding: 'utf8' });
  if (r.error) stop(`không chạy được ${argv[0]} (${r.error.message})`);
  if (r.status !== 0) stop(`${argv.join(' ')} thoát với mã ${r.status}: ${r.stderr.trim()}`);
  return r.stdout;
}

/** The releases there and the one being served. */
function state(target: Target): { releases: string[]; current?: string } {
  const listing = run(
    onTarget(target, [
      'sh',
      '-c',
      // (nothing made here: a first release has no folder yet, which planRelease makes)
      `(ls -1 "$1/releases" 2>/dev/null || true) && echo -- && (readlink "$1/current" || true)`,
      'sh',
      target.dir,
    ]),
  );
  const [names, link] = listing.split('--\n');
  const releases = names!.split('\n').filter(Boolean);
  const current = link?.trim().replace(/^releases\//, '') || undefined;
  return { releases, current };
}

let target: Target;
try {
  if (!values.to) throw new Error('thiếu --to (thư mục trên máy chủ web, ví dụ /srv/portal)');
  target = parseTarget(values.to);
} catch (err) {
  stop((err as Error).message);
}
const { releases, current } = state(target!);

let steps: Step[];
let name: string;
try {
  if (values.rollback) {
    ({ name, steps } = planRollback(target!, releases, current));
  } else {
    const from = resolve(values.from);
    if (!existsSync(from)) throw new Error(`không có ${from}: dựng trước bằng npm run build`);
    const root = contentRoot();
    const folders = isProvince(root) ? [...readProvince(root).sites, 'hub'] : [''];
    const missing = folders.filter((id) => !existsSync(join(from, id, 'index.html')));
    if (missing.length)
      throw new Error(
        `${from} thiếu ${missing.map((id) => id || 'trang').join(', ')}: bản phát hành thay cả bản đang phục vụ, nên cần đủ mọi trang (dựng bằng npm run build)`,
      );
    name = releaseName(new Date(), releases);
    steps = planRelease({ from, target: target!, name, releases, current, keep: Number(values.keep) });
  }
} catch (err) {
  stop((err as Error).message);
}

let sent = { filesSent: 0, files: 0, bytesSent: 0 };
for (const step of steps!) {
  console.log(`· ${step.what}`);
  const output = run(step.argv);
  if (step.argv[0] === 'rsync') sent = rsyncStats(output);
}
const totalS = Math.round(performance.now() - started) / 1000;
console.log(
  values.rollback
    ? `Xong: phục vụ lại ${name!} (trước đó: ${current}).`
    : `Xong: ${name!} đang được phục vụ; gửi ${sent.filesSent} trong ${sent.files} tệp (${(sent.bytesSent / 1e6).toFixed(1)} MB) sau ${totalS.toFixed(1)} s.`,
);
console.log(
  `RELEASE_STATS ${JSON.stringify({ release: name!, previous: current ?? null, files: sent.files, files_sent: sent.filesSent, bytes_sent: sent.bytesSent, total_s: totalS })}`,
);
