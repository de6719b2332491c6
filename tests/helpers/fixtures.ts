/**
 * Content sets for tests: `tests/fixtures/valid/` is the one complete, valid set; every other
 * fixture (`bad/<case>/`, `injection/`) holds only the files that differ from it. `materialize`
 * merges valid/ and one overlay into a fresh folder, the only way tests get a content set.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(PROJECT, 'tests', 'fixtures');

/**
 * valid/ with the overlay `name` (a folder under tests/fixtures, e.g. "bad/unknown-unit"; none for
 * valid/ alone; several are laid in order) on top, written to `<dir>/<name or "valid">`. Returns
 * that folder, so that a path shown relative to `dir` reads like the fixture's own
 * ("bad/unknown-unit/units.json").
 */
export function materialize(name?: string | string[], dir = mkdtempSync(join(tmpdir(), 'portal-fixture-'))): string {
  const overlays = name === undefined ? [] : [name].flat();
  const root = join(dir, overlays.join('+') || 'valid');
  cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
  for (const overlay of overlays) cpSync(join(FIXTURES, overlay), root, { recursive: true, force: true });
  return root;
}

/**
 * Add `count` short articles of one year, category and tag to a content set, one a day from
 * 1 January: enough to fill several pages of the archive, a category and a tag.
 */
export function writeArticleSeries(
  root: string,
  { count, year, category, tag }: { count: number; year: number; category: string; tag: string },
): void {
  const dir = join(root, 'articles', String(year));
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= count; i++) {
    const date = new Date(Date.UTC(year, 0, i)).toISOString().slice(0, 10);
    const n = String(i).padStart(3, '0');
    writeFileSync(
      join(dir, `ban-tin-luu-tru-${year}-${n}.md`),
      [
        '---',
        `title: "Bản tin lưu trữ số ${n} năm ${year}"`,
        `date: ${date}`,
        `category: ${category}`,
        `tags: [${tag}]`,
        '---',
        '',
        `Bản tin số ${n}.`,
        '',
      ].join('\n'),
    );
  }
}

/**
 * The day every test build is built as of (PORTAL_TODAY): the fixture's schedule has this week,
 * its conformance ages from it, and two builds run on either side of midnight still agree.
 */
export const BUILD_DAY = '2026-12-02';

/**
 * `npm run build` of a content set into `out`, as a user runs it (`force`: a clean build; `args`:
 * more options, such as `--part 1/2`).
 */
type BuildOptions = { force?: boolean; env?: NodeJS.ProcessEnv; args?: string[] };
const buildCommand = (content: string, out: string, { force = false, args = [] }: BuildOptions) => [
  'scripts/build.ts',
  '--content',
  content,
  '--out',
  out,
  ...(force ? ['--force'] : []),
  ...args,
];

export function buildSite(content: string, out: string, options: BuildOptions = {}) {
  const env = { PORTAL_TODAY: BUILD_DAY, ...(options.env ?? process.env) };
  return spawnSync(process.execPath, buildCommand(content, out, options), { cwd: PROJECT, encoding: 'utf8', env });
}

/**
 * `buildSite`, without waiting: several builds at once (their output is collected; `onOutput`
 * sees what the build printed so far each time it prints).
 */
export function startBuild(
  content: string,
  out: string,
  { onOutput = () => {}, ...options }: BuildOptions & { onOutput?: (stdout: string) => unknown } = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const env = { PORTAL_TODAY: BUILD_DAY, ...(options.env ?? process.env) };
  const child = spawn(process.execPath, buildCommand(content, out, options), { cwd: PROJECT, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => onOutput((stdout += d.toString())));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

/** Rewrite a file through `change` (an edit as an editor would save it); returns what puts it back. */
export function rewriteFile(path: string, change: (text: string) => string): () => void {
  const before = readFileSync(path, 'utf8');
  writeFileSync(path, change(before));
  return () => writeFileSync(path, before);
}
