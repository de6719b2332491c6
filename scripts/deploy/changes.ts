/**
 * The first step of the deploy workflow: which sites a push changes and whether the tests must
 * run (src/lib/changes.ts), from `git diff --name-only <since> HEAD`, as the workflow's outputs.
 *
 *   node scripts/deploy/changes.ts [--since SHA] [--parts SITE=N]... [--github-output FILE]
 *
 * Without --since (or with a commit this clone does not have, as on a repository's first push),
 * everything is built and tested. `--parts huyen-cho-don=2` builds that site in 2 parts, a job
 * each (`--part K/N`), put together by the publish job. Outputs (to FILE, as GitHub Actions reads
 * $GITHUB_OUTPUT; printed otherwise): `code`, `sites` (JSON list), `matrix` (JSON: one job per
 * site or part: `site`, `part` K/N or empty, `name` for its caches and files), `any`, and
 * `single`: the site when it is the only one to build (the publish job builds it itself).
 *
 * It needs no dependency (no node_modules: the workflow's first job only checks out and runs it);
 * it reads the list of sites from province.json, which each site's build then checks whole.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildJobs, pushChanges } from '../../src/lib/changes.ts';
import { contentRoot, LAYOUT } from '../../src/source/paths.ts';

const { values } = parseArgs({
  options: {
    since: { type: 'string' },
    parts: { type: 'string', multiple: true, default: [] },
    'github-output': { type: 'string' },
  },
});
const stop = (why: string): never => {
  console.error(`Dừng: ${why}`);
  process.exit(1);
};

const provinceFile = join(contentRoot(), LAYOUT.province);
let sites: string[] = [];
try {
  const listed = (JSON.parse(readFileSync(provinceFile, 'utf8')) as { sites?: unknown }).sites;
  if (!Array.isArray(listed) || !listed.every((id) => typeof id === 'string')) throw new Error('"sites" không phải danh sách mã trang');
  sites = listed;
} catch (err) {
  stop(`${provinceFile} › sites: ${(err as Error).message} (npm run check cho biết chỗ sai)`);
}
// A site without an owner (the archive) holds the records other sites show: its edits reach them too.
const shownElsewhere = sites.filter((id) => {
  const file = join(contentRoot(), LAYOUT.sites, id, LAYOUT.site);
  try {
    return !(JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as { owner?: unknown }).owner;
  } catch (err) {
    return stop(`${file}: ${(err as Error).message} (npm run check cho biết chỗ sai)`);
  }
});
const parts = new Map<string, number>();
for (const spec of values.parts) {
  const m = /^([^=]+)=(\d+)$/.exec(spec);
  if (!m || !sites.includes(m[1]!) || Number(m[2]) < 1)
    stop(`--parts ${spec}: cần <mã trang>=<số phần>, với mã trang trong province.json (${sites.join(', ')})`);
  parts.set(m![1]!, Number(m![2]));
}

const since = values.since && !/^0+$/.test(values.since) ? values.since : undefined;
const known = since && spawnSync('git', ['cat-file', '-e', `${since}^{commit}`]).status === 0;
let changes;
if (known) {
  const diff = spawnSync('git', ['diff', '--name-only', '--no-renames', since, 'HEAD'], { encoding: 'utf8' });
  if (diff.status !== 0) stop(`git diff ${since} HEAD: ${diff.stderr.trim()}`);
  changes = pushChanges(diff.stdout.split('\n').filter(Boolean), sites, shownElsewhere);
} else {
  changes = {
    code: true,
    sites: [...sites],
    why: [since ? `không có commit ${since} ở đây: dựng và kiểm thử tất cả` : 'lần đầu: dựng và kiểm thử tất cả'],
  };
}
for (const line of changes.why) console.log(`· ${line}`);

const { jobs, single } = buildJobs(changes.sites, parts);
const outputs = {
  code: String(changes.code),
  sites: JSON.stringify(changes.sites),
  matrix: JSON.stringify({ include: jobs }),
  any: String(changes.sites.length > 0),
  // One site in one job: built where it is published, with no matrix (a job's start-up, a
  // checkout and the dependencies restored cost more than a small site's publish).
  single,
};
const text = Object.entries(outputs)
  .map(([key, value]) => `${key}=${value}\n`)
  .join('');
if (values['github-output']) appendFileSync(values['github-output'], text);
else process.stdout.write(text);
