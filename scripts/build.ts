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
 * Sites are built N at a time (default: the machine's cores, at most 2 per 2 cores;
 * src/publish/publish-province.ts), each in this process with its own Astro build, working folders,
 * caches and staging folder, so builds of different sites never touch each other. Before the sites, each gets
 * its view of the province (src/lib/province.ts): which units other sites have pages for, and the
 * records they hold of the units it was formed from; a site whose view and content are unchanged
 * keeps its output (src/publish/publish-site.ts decides what a publish does).
 * A folder that is one site (site.json and units.json, as the test fixtures) is built as before.
 * One build writes into an output folder at a time (src/publish/lock.ts): a second waits for the
 * first, then publishes what changed since (`--no-wait`: it refuses, naming the build that runs).
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot, isProvince } from '../src/source/paths.ts';

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

const { holdBuildLock } = await import('../src/publish/lock.ts');
try {
  await holdBuildLock(out, { wait: !values['no-wait'] });
} catch (err) {
  console.error(`Dừng: ${(err as Error).message}.`);
  process.exit(1);
}

// A folder that is one site: its build, in this process (the same arguments; a process fewer to
// start, and none of the province's modules loaded, for the publish an editor waits on).
if (!isProvince(root)) {
  await import('./build-site.ts');
  process.exit(0);
}
// Each site of a province has its own address (its site.json): one PORTAL_BASE_URL cannot be
// every site's, so it is not handed to the sites' builds (README, "Environment variables").
delete process.env.PORTAL_BASE_URL;
const { publishProvince } = await import('../src/publish/publish-province.ts');
const inParts = (['part', 'assemble'] as const).find((flag) => argv.some((a) => a === `--${flag}` || a.startsWith(`--${flag}=`)));
/** A part's arguments for the site's own build: all but those naming the province, its site and output. */
function siteArgs(): string[] {
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (['--content', '--site', '--out'].includes(a)) i++;
    else if (!/^--(content|site|out|no-hub|no-wait)(=|$)/.test(a)) rest.push(a);
  }
  return rest;
}
try {
  const code = await publishProvince({
    root,
    out,
    sites: Array.isArray(values.site) ? values.site.filter((id): id is string => typeof id === 'string') : [],
    noHub: Boolean(values['no-hub']),
    hubOnly: Boolean(values['hub-only']),
    force: Boolean(values.force),
    jobs: Math.max(1, Number(values.jobs) || Math.min(availableParallelism(), 4)),
    inParts: inParts && { flag: inParts, args: siteArgs() },
  });
  process.exit(code);
} catch (err) {
  console.error(`Dừng: ${(err as Error).message}.`);
  process.exit(1);
}
