/**
 * `npm run build`: build a province, or one site.
 *
 *   node scripts/build.ts [--content DIR] [--out DIR] [--site ID]... [--no-hub | --hub-only] [--force] [--jobs N] [--no-wait]
 *   node scripts/build.ts --site ID --part K/N --out PART_DIR | --site ID --assemble PART_DIR... [--out DIR]
 *   node scripts/build.ts --content SITE_DIR [--out DIR] [--force] [--part K/N] | --assemble PART_DIR...
 *
 * A province (DIR holds province.json; default: PORTAL_CONTENT or content/) builds every site into
 * its own folder under --out (dist/<site id>/), then the hub (dist/hub/: the list of sites and the
 * search over all of them). `--site ID` builds that site (and the hub, whose search carries every
 * site's index). `--no-hub` leaves the hub out, `--hub-only` builds the hub alone from the sites
 * already in --out: a workflow builds sites in jobs of their own, then the hub once (docs/deploy.md).
 * `--part K/N` builds part K of one site (`--site ID`) into PART_DIR, one job each, and
 * `--assemble` puts them together into --out/<id>/ (src/lib/parts.ts; no hub: --hub-only after).
 * Sites are built N at a time (default: the machine's cores, at most 2 per 2 cores),
 * each by scripts/build/site.ts in a process of its own, with its own working folders, caches and
 * staging folder, so builds of different sites never touch each other. Before the sites, each gets
 * its view of the province (src/lib/province.ts): which units other sites have pages for, and the
 * records they hold of the units it was formed from; a site whose view and content are unchanged
 * keeps its output (scripts/build/publish-site.ts decides what a publish does).
 * A folder that is one site (site.json and units.json, as the test fixtures) is built as before.
 * One build writes into an output folder at a time (scripts/build/lock.ts): a second waits for the
 * first, then publishes what changed since (`--no-wait`: it refuses, naming the build that runs).
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot, isProvince, siteRoot } from '../src/source/paths.ts';

const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv,
  allowPositionals: true,
  strict: false,
  options: {
    content: { type: 'string' },
    out: { type: 'string' },
    site: { type: 'string', multiple: true },
    'no-hub': { type: 'boolean' },
    'hub-only': { type: 'boolean' },
    force: { type: 'boolean' },
    jobs: { type: 'string' },
    'no-wait': { type: 'boolean' },
  },
});
const root = typeof values.content === 'string' ? resolve(values.content) : contentRoot();
const out = resolve(typeof values.out === 'string' ? values.out : 'dist');
const started = performance.now();

/** Run scripts/build/site.ts with `args`; its exit code. */
function siteBuild(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/build/site.ts', ...args], { stdio: 'inherit', env });
    child.on('close', (code) => done(code ?? 1));
    child.on('error', () => done(1));
  });
}

const { holdBuildLock } = await import('./build/lock.ts');
try {
  await holdBuildLock(out, { wait: !values['no-wait'] });
} catch (err) {
  console.error(`Dừng: ${(err as Error).message}.`);
  process.exit(1);
}

// A folder that is one site: its build, in this process (the same arguments; a process fewer to
// start, and none of the province's modules loaded, for the publish an editor waits on).
if (!isProvince(root)) {
  await import('./build/site.ts');
  process.exit(0);
}
const { buildHub } = await import('./build/hub.ts');
const { publishInputs } = await import('./build/inputs.ts');
const { writeSiteViews } = await import('./build/province.ts');
const { planPublish } = await import('../src/lib/publish-plan.ts');
const { buildCache } = await import('../src/source/build-cache.ts');
const { formatReport } = await import('../src/lib/problems.ts');
const { checkProvince, readProvince } = await import('../src/source/province.ts');

/** Why the site at `dir` keeps its output in `to`, or undefined when it is to be built. */
function unchanged(dir: string, to: string): string | undefined {
  const plan = planPublish(publishInputs(dir, to, buildCache(dir)));
  return plan.mode === 'keep' ? plan.why : undefined;
}

const stop = (why: string): never => {
  console.error(`Dừng: ${why}.`);
  process.exit(1);
};
const inParts = ['part', 'assemble'].find((flag) => argv.some((a) => a === `--${flag}` || a.startsWith(`--${flag}=`)));
const province = (() => {
  try {
    return readProvince(root);
  } catch (err) {
    return stop((err as Error).message);
  }
})();
if (inParts && !(Array.isArray(values.site) && values.site.length === 1))
  stop(`--${inParts} dựng các phần của một trang: cần đúng một --site <mã trang>`);
const named = Array.isArray(values.site) ? values.site.filter((id): id is string => typeof id === 'string') : [];
if (values['hub-only'] && (named.length || values['no-hub'])) stop('--hub-only dựng riêng trang chung: không đi cùng --site hay --no-hub');
const wanted = values['hub-only'] ? [] : named.length ? named : province.sites;
for (const id of wanted)
  if (!province.sites.includes(id)) stop(`không có trang "${id}" trong ${join(root, 'province.json')} (có: ${province.sites.join(', ')})`);

// What ties the sites together is checked here (each site's build checks the site itself).
const tied = checkProvince(root, process.cwd(), { whole: false }).problems;
if (tied.errors.length > 0) {
  console.error(formatReport(tied.list));
  stop('các trang của tỉnh có lỗi (xem ở trên)');
}
// Each site's address is its own (site.json): one PORTAL_BASE_URL cannot be every site's.
const env = { ...process.env, PORTAL_BASE_URL: undefined };
try {
  writeSiteViews(root);
} catch (err) {
  stop((err as Error).message);
}
if (inParts) {
  // A part, or the parts put together, of one site: its build (scripts/build/site.ts) after its view.
  const id = wanted[0]!;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (['--content', '--site', '--out'].includes(a)) i++;
    else if (!/^--(content|site|out|no-hub|no-wait)(=|$)/.test(a)) rest.push(a);
  }
  const to = inParts === 'part' ? out : join(out, id);
  process.exit(await siteBuild(['--content', siteRoot(root, id), '--out', to, ...rest], env));
}
const jobs = Math.max(1, Number(values.jobs) || Math.min(availableParallelism(), 4));
const queue = [...wanted];
const failed: string[] = [];
const times: Record<string, number> = {};
await Promise.all(
  Array.from({ length: Math.min(jobs, queue.length) }, async () => {
    for (let id = queue.shift(); id; id = queue.shift()) {
      const t = performance.now();
      // A site whose inputs are those of its last build (which passed the check) keeps its output
      // without a process of its own (src/lib/publish-plan.ts decides, as the site's build would).
      const kept = !values.force && unchanged(siteRoot(root, id), join(out, id));
      if (kept) {
        console.log(`Xong: ${kept}, ${join(out, id)} giữ nguyên.`);
        console.log(
          `BUILD_STATS ${JSON.stringify({ out: join(out, id), mode: 'keep', total_s: Math.round(performance.now() - t) / 1000 })}`,
        );
        times[id] = Math.round(performance.now() - t) / 1000;
        continue;
      }
      const code = await siteBuild(['--content', siteRoot(root, id), '--out', join(out, id), ...(values.force ? ['--force'] : [])], env);
      times[id] = Math.round(performance.now() - t) / 1000;
      if (code !== 0) failed.push(id);
    }
  }),
);
if (failed.length) stop(`không dựng được ${failed.join(', ')} (xem ở trên); các trang khác đã dựng xong`);
let hub = '';
if (!values['no-hub'])
  try {
    hub = await buildHub(root, out);
  } catch (err) {
    stop(`trang chung: ${(err as Error).message}`);
  }
const totalS = (performance.now() - started) / 1000;
const built = values['hub-only'] ? 'trang chung' : `${wanted.length} trang${values['no-hub'] ? '' : ' và trang chung'}`;
console.log(`Xong: ${built} trong ${out} sau ${totalS.toFixed(1)} s (${jobs} trang một lúc).`);
console.log(`PROVINCE_STATS ${JSON.stringify({ total_s: Math.round(totalS * 100) / 100, jobs, sites: times, hub })}`);
