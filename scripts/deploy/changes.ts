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
 * site or part: `site`, `part` K/N or empty, `name` for its caches and files), `any`.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pushChanges } from '../../src/lib/changes.ts';
import { contentRoot } from '../../src/source/paths.ts';
import { readProvince } from '../../src/source/province.ts';

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

const { sites } = readProvince(contentRoot());
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
  changes = pushChanges(diff.stdout.split('\n').filter(Boolean), sites);
} else {
  changes = {
    code: true,
    sites: [...sites],
    why: [since ? `không có commit ${since} ở đây: dựng và kiểm thử tất cả` : 'lần đầu: dựng và kiểm thử tất cả'],
  };
}
for (const line of changes.why) console.log(`· ${line}`);

const include = changes.sites.flatMap((site) => {
  const n = parts.get(site) ?? 1;
  return n === 1
    ? [{ site, part: '', name: site }]
    : Array.from({ length: n }, (_, k) => ({ site, part: `${k + 1}/${n}`, name: `${site}-part-${k + 1}` }));
});
const outputs = {
  code: String(changes.code),
  sites: JSON.stringify(changes.sites),
  matrix: JSON.stringify({ include }),
  any: String(changes.sites.length > 0),
};
const text = Object.entries(outputs)
  .map(([key, value]) => `${key}=${value}\n`)
  .join('');
if (values['github-output']) appendFileSync(values['github-output'], text);
else process.stdout.write(text);
