/**
 * What a build of a site is made from (src/lib/publish-plan.ts, `BuildState`): a hash of the
 * code (src/, public/, the build scripts, the config, the lock file, the environment that changes
 * pages) and a stamp of every input file (its size, time and hash; for articles also what the
 * publish rules need: the front matter's hash, the photos shown, draft or not). Files are read
 * again only when their size or time changed since the last build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { cleanText } from '../lib/editor-text.ts';
import { articlePhotos, hasLocalMarkdownPhoto } from '../lib/photos.ts';
import { BUILD_DAY, isArticle, type BuildState, type FileStamp, type PublishInputs } from '../lib/publish-plan.ts';
import { CACHE_FILES, STATE_VERSION, type BuildCache } from '../source/build-cache.ts';
import { LAYOUT, listFiles, obligationsFile, projectDir, unitsFile } from '../source/paths.ts';
import { buildDay } from '../source/today.ts';
import { readFrontMatter, withoutFrontMatter } from '../lib/front-matter.ts';
import { readSiteView, siteViewFile } from '../source/site-view.ts';

/** What the project's code is: a change to any of these may change every page (or the search indexes). */
const CODE = [
  'src',
  'public',
  'scripts/build.ts',
  'scripts/build-site.ts',
  'scripts/astro-worker.ts',
  'astro.config.mjs',
  'package-lock.json',
  'tsconfig.json',
];
/** Environment variables that change pages (README, "Environment variables"). */
const PAGE_ENV = ['PORTAL_BASE_URL', 'PORTAL_MARKDOWN', 'PORTAL_REPOSITORY', 'GITHUB_REPOSITORY'];

const sha1 = (data: string | Buffer) => createHash('sha1').update(data).digest('hex');

/** The code's fingerprint: every file's path and content, and the environment that changes pages. */
function readCodeFingerprint(project: string): string {
  const hash = createHash('sha1');
  for (const entry of CODE) {
    const path = join(project, entry);
    const files = existsSync(path) && statSync(path).isDirectory() ? listFiles(path, () => true) : [path];
    for (const file of files) hash.update(`${relative(project, file)}\0`).update(existsSync(file) ? readFileSync(file) : 'missing');
  }
  for (const name of PAGE_ENV) hash.update(`${name}=${process.env[name] ?? ''}\0`);
  return hash.digest('hex');
}

const fingerprints = new Map<string, string>();

/** The code's fingerprint, read once per process: a province's publish plans each of its sites with the same code. */
function codeFingerprint(project: string): string {
  let known = fingerprints.get(project);
  if (known === undefined) fingerprints.set(project, (known = readCodeFingerprint(project)));
  return known;
}

/**
 * A site's input files by their name in the site: its folder, its province's units, its view of
 * the province. A site whose view names the units it shows (src/lib/province.ts, `shownUnits`)
 * depends on those, in the view, not on the whole units.json.
 */
function inputFiles(root: string): [rel: string, path: string][] {
  const files = listFiles(root, () => true).map((path): [string, string] => [relative(root, path).split(sep).join('/'), path]);
  const view = readSiteView(root);
  const units = unitsFile(root);
  if (!existsSync(join(root, LAYOUT.units)) && existsSync(units) && !view?.shownUnits) files.push([LAYOUT.units, units]);
  if (view) files.push([CACHE_FILES.view, siteViewFile(root)]);
  const obligations = obligationsFile(root);
  if (obligations && !existsSync(join(root, LAYOUT.obligations))) files.push([LAYOUT.obligations, obligations]);
  return files;
}

/**
 * An article's title (as the schema reads it: trimmed) and a hash of its other fields, so that
 * the planner tells a title changed from any other change to the front matter.
 */
function frontFields(data: { title?: unknown } | undefined): Pick<FileStamp, 'rest' | 'title'> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const { title, ...rest } = data;
  return { rest: sha1(JSON.stringify(rest)), ...(typeof title === 'string' ? { title: title.trim() } : {}) };
}

/** Every input file's stamp; a file whose size and time match `previous` keeps its stamp without being read. */
function stamps(files: [string, string][], previous: Record<string, FileStamp> = {}): Record<string, FileStamp> {
  const out: Record<string, FileStamp> = {};
  for (const [rel, path] of files) {
    const { size, mtimeMs } = statSync(path);
    const known = previous[rel];
    if (known && known.size === size && known.mtimeMs === mtimeMs) {
      out[rel] = known;
      continue;
    }
    const raw = readFileSync(path);
    const stamp: FileStamp = { size, mtimeMs, sha1: sha1(raw) };
    if (isArticle(rel)) {
      const text = cleanText(raw.toString('utf8')).text;
      // (Front matter that does not parse fails the check, which stops the build.)
      const parsed = readFrontMatter(text);
      const body = parsed.ok ? parsed.body : withoutFrontMatter(text);
      const data = parsed.ok ? (parsed.data as { draft?: unknown; title?: unknown }) : undefined;
      const photos = articlePhotos(data, body, rel.endsWith('.mdx'));
      Object.assign(stamp, {
        front: sha1(text.slice(0, text.length - body.length)),
        ...frontFields(data),
        photo: hasLocalMarkdownPhoto(body),
        photos,
        draft: data?.draft === true,
      });
    }
    out[rel] = stamp;
  }
  return out;
}

/** The output folder as a build's state records it: relative to the project, so that both can move together. */
const outputOf = (out: string, project: string) => relative(project, resolve(out)).split(sep).join('/') || '.';

/** What the site at `root` is made of now, for a build into `out` (stamps reused from `previous`). */
export function currentInputs(root: string, out: string, previous?: BuildState, project = projectDir()): BuildState {
  const files = stamps(inputFiles(root), previous?.files);
  // The day counts as an input (this week's schedule, how fresh each part is): see BUILD_DAY.
  const day = buildDay();
  files[BUILD_DAY] = { size: day.length, mtimeMs: 0, sha1: day };
  return { version: STATE_VERSION, out: outputOf(out, project), code: codeFingerprint(project), files };
}

/**
 * What the planner (src/lib/publish-plan.ts) is given for the site at `root` published into `out`:
 * its last build's state from the build cache (none for a part), what it is made of now, whether
 * the output and the record of its pages are there. The caller adds `force`, `part` and `body`.
 */
export function publishInputs(
  root: string,
  out: string,
  cache: BuildCache,
  { part = false } = {},
): PublishInputs & { current: BuildState } {
  const previous = part ? undefined : cache.readState();
  return {
    out,
    current: currentInputs(root, out, previous),
    previous,
    unfinished: previous ? undefined : cache.readUnfinished(),
    part,
    outExists: existsSync(out),
    pageRecord: cache.hasPageRecord(),
  };
}

/**
 * What a province's hub is made from: the code, province.json, the province's units and each
 * site's settings (its pages list the sites; the search indexes are linked in at every build).
 */
export function hubInputs(root: string, out: string, sites: readonly string[], previous?: BuildState, project = projectDir()): BuildState {
  const files: [string, string][] = [LAYOUT.province, LAYOUT.units, ...sites.map((id) => `${LAYOUT.sites}/${id}/${LAYOUT.site}`)].map(
    (rel) => [rel, join(root, rel)],
  );
  return {
    version: STATE_VERSION,
    out: outputOf(out, project),
    code: codeFingerprint(project),
    files: stamps(
      files.filter(([, path]) => existsSync(path)),
      previous?.files,
    ),
  };
}
