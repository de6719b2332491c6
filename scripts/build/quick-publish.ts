/**
 * Publishing an edit to the text of articles without running Astro: the most common edit (a typo
 * fixed, a sentence added) changes one page, its body, and one search index. A publish with
 * nothing to do through `astro build` costs 28 s at 10k articles (docs/performance.md); this path
 * costs a few seconds. It is taken only when it gives exactly what a full build gives:
 *
 * - the last build wrote the same output folder from the same code (src/, public/, the config,
 *   the lock file, the environment that changes pages), and every content file other than the
 *   edited articles is unchanged;
 * - each changed file is a `.md` article whose front matter is unchanged, with no photo of its own
 *   in the text before or after (photos go through Astro's image pipeline), whose text still names
 *   the same units and still has (or has not) any text: then no other page changes (lists, unit
 *   pages, RSS and JSON-LD are made from front matter and mentions, not from the text);
 * - the page's body sits where the template puts it (`<div class="body">…</div></article>`).
 *
 * The new page is the old one with the body rendered again by the build's Markdown pipeline; the
 * previous site is linked into the staging folder, the page written, the search indexes rebuilt
 * where their pages changed (one), and the whole swapped in. Anything else: the full build. A test
 * compares this path with a clean build file by file (tests/site/builds.test.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { BODY_CACHE_FILE, findInBody, storedBodyFindings } from '../../src/astro/body-cache.ts';
import { markdownRenderer } from '../../src/astro/markdown.ts';
import { sharedMentionLinks } from '../../src/astro/mentions.ts';
import { cleanText } from '../../src/lib/editor-text.ts';
import { articlePhotos, hasLocalMarkdownPhoto } from '../../src/lib/photos.ts';
import { Problems } from '../../src/lib/problems.ts';
import { ROUTES } from '../../src/lib/routes.ts';
import { ARTICLE_EXTENSIONS, entryId, LAYOUT, listFiles, SITE_VIEW_FILE, unitsFile } from '../../src/source/paths.ts';
import { parseFrontmatter, stripFrontmatter } from '../../src/source/read.ts';
import { linkTree } from './link.ts';

/** The record of the last build, in the content root's build cache. */
export const STATE_FILE = 'last-build.json';
const VERSION = 3;
/** What the project's code is: a change to any of these may change every page (or the search indexes). */
const CODE = ['src', 'public', 'scripts/build', 'scripts/build.ts', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
/** Environment variables that change pages (README, "Environment variables"). */
const PAGE_ENV = ['PORTAL_BASE_URL', 'PORTAL_MARKDOWN', 'PORTAL_REPOSITORY', 'GITHUB_REPOSITORY'];

export interface FileStamp {
  size: number;
  mtimeMs: number;
  sha1: string;
  /**
   * Articles: a hash of the front matter, whether the text shows a photo of its own, every photo
   * the article shows (cover included: `articlePhotos`), and whether it is a draft.
   */
  front?: string;
  photo?: boolean;
  photos?: string[];
  draft?: boolean;
}

/** What the last successful build was made from. */
export interface BuildState {
  version: number;
  out: string;
  code: string;
  files: Record<string, FileStamp>;
}

const sha1 = (data: string | Buffer) => createHash('sha1').update(data).digest('hex');
export const isArticle = (rel: string) => rel.startsWith(`${LAYOUT.articles}/`) && ARTICLE_EXTENSIONS.includes(extname(rel));

/** The code's fingerprint: every file's path and content, and the environment that changes pages. */
function codeFingerprint(project: string): string {
  const hash = createHash('sha1');
  for (const entry of CODE) {
    const path = join(project, entry);
    const files = existsSync(path) && statSync(path).isDirectory() ? listFiles(path, () => true) : [path];
    for (const file of files) hash.update(`${relative(project, file)}\0`).update(existsSync(file) ? readFileSync(file) : 'missing');
  }
  for (const name of PAGE_ENV) hash.update(`${name}=${process.env[name] ?? ''}\0`);
  return hash.digest('hex');
}

/**
 * Every content file with its size, time and content hash; a file whose size and time match
 * `previous` keeps its hash without being read.
 */
function contentFingerprint(root: string, cacheDir: string, previous: Record<string, FileStamp> = {}): Record<string, FileStamp> {
  const files: Record<string, FileStamp> = {};
  // Besides the site's own folder: the province's units (a site of a province reads them from
  // there) and the site's view of the other sites (src/lib/province.ts), under their own names.
  const inputs = listFiles(root, () => true).map((path) => [relative(root, path).split(sep).join('/'), path] as const);
  const units = unitsFile(root);
  if (!existsSync(join(root, LAYOUT.units)) && existsSync(units)) inputs.push([LAYOUT.units, units]);
  const view = join(cacheDir, SITE_VIEW_FILE);
  if (existsSync(view)) inputs.push([SITE_VIEW_FILE, view]);
  for (const [rel, path] of inputs) {
    const { size, mtimeMs } = statSync(path);
    const known = previous[rel];
    if (known && known.size === size && known.mtimeMs === mtimeMs) {
      files[rel] = known;
      continue;
    }
    const raw = readFileSync(path);
    const stamp: FileStamp = { size, mtimeMs, sha1: sha1(raw) };
    if (isArticle(rel)) {
      const text = cleanText(raw.toString('utf8')).text;
      // (Front matter that does not parse fails the check, which stops the build.)
      const parsed = parseFrontmatter(text, rel, new Problems());
      const body = parsed?.body ?? stripFrontmatter(text);
      const data = parsed?.data as { draft?: unknown } | undefined;
      const photos = articlePhotos(data, body, rel.endsWith('.mdx'));
      Object.assign(stamp, { front: sha1(text.slice(0, text.length - body.length)), photo: hasLocalMarkdownPhoto(body), photos, draft: data?.draft === true });
    }
    files[rel] = stamp;
  }
  return files;
}

function readState(cacheDir: string): BuildState | undefined {
  try {
    const state = JSON.parse(readFileSync(join(cacheDir, STATE_FILE), 'utf8')) as BuildState;
    return state.version === VERSION ? state : undefined;
  } catch {
    return undefined;
  }
}

/** What a build is made from, taken before it starts and kept when it succeeds (`save`). */
export function buildInputs(root: string, out: string, cacheDir: string, project = process.cwd()) {
  const previous = readState(cacheDir);
  const state: BuildState = { version: VERSION, out, code: codeFingerprint(project), files: contentFingerprint(root, cacheDir, previous?.files) };
  return {
    previous,
    state,
    save: () => {
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(join(cacheDir, STATE_FILE), JSON.stringify(state));
    },
  };
}

/** Forget the last build (a clean build, or a failed one). */
export function forgetBuild(cacheDir: string): void {
  rmSync(join(cacheDir, STATE_FILE), { force: true });
}

const BODY_OPEN = '<div class="body">';
const BODY_CLOSE = '</div></article>';

/**
 * The pages to rewrite (site-relative path → new HTML) when the edit since `previous` is to the
 * text of articles only, or why not (a reason for the log). `[]` when nothing changed.
 */
export async function bodyOnlyEdit(root: string, out: string, previous: BuildState | undefined, state: BuildState, cacheDir: string): Promise<{ pages: Map<string, string> } | { why: string }> {
  if (!previous) return { why: 'chưa có lần dựng trước' };
  if (previous.out !== out || !existsSync(out)) return { why: `lần dựng trước không ghi vào ${out}` };
  if (previous.code !== state.code) return { why: 'mã nguồn đã đổi' };
  const paths = new Set([...Object.keys(previous.files), ...Object.keys(state.files)]);
  const changed = [...paths].filter((rel) => previous.files[rel]?.sha1 !== state.files[rel]?.sha1);
  const pages = new Map<string, string>();
  if (changed.length === 0) return { pages };
  const findings = storedBodyFindings(join(cacheDir, BODY_CACHE_FILE));
  if (!findings) return { why: 'chưa có kết quả tìm tên đơn vị của lần dựng trước' };
  const render = markdownRenderer(() => sharedMentionLinks(root));
  for (const rel of changed) {
    const before = previous.files[rel];
    const after = state.files[rel];
    if (!before || !after) return { why: `${rel} được thêm hoặc xoá` };
    if (extname(rel) !== '.md' || !isArticle(rel)) return { why: `${rel} không phải nội dung một bài .md` };
    if (before.front !== after.front) return { why: `${rel}: phần thông tin đầu bài đã đổi` };
    if (before.photo || after.photo) return { why: `${rel} có ảnh trong bài` };
    const id = entryId(rel);
    const known = findings.get(id);
    const body = stripFrontmatter(cleanText(readFileSync(join(root, rel), 'utf8')).text);
    const found = findInBody(sharedMentionLinks(root).matcher, body);
    if (!known || JSON.stringify(known.units) !== JSON.stringify(found.units)) return { why: `${rel}: các đơn vị được nhắc đến đã đổi` };
    if (known.hasBody !== found.hasBody) return { why: `${rel}: bài ${known.hasBody ? 'không còn' : 'nay có'} nội dung` };
    const page = join(ROUTES.article(id), 'index.html').replace(/^\//, '');
    // (A draft has no page: the full build decides what its edit changes.)
    if (!existsSync(join(out, page))) return { why: `${rel}: chưa có trang ${page}` };
    const html = readFileSync(join(out, page), 'utf8');
    const start = html.indexOf(BODY_OPEN);
    const end = html.indexOf(BODY_CLOSE, start);
    const rendered = await render(body);
    // The body's place, found only when unambiguous: one body, one article end, nothing that
    // looks like either inside the old or the new text.
    const once = (needle: string) => html.indexOf(needle) >= 0 && html.indexOf(needle) === html.lastIndexOf(needle);
    if (start < 0 || end < 0 || !once(BODY_OPEN) || !once('</article>') || rendered.includes('</article') || rendered.includes(BODY_OPEN)) {
      return { why: `${page}: không tìm thấy đúng chỗ nội dung bài` };
    }
    pages.set(page, html.slice(0, start + BODY_OPEN.length) + rendered + html.slice(end));
  }
  return { pages };
}

/**
 * The previous site linked into `staged` (less its search indexes, which are linked or built
 * again by the indexer), with `pages` written as new files.
 */
export function stageEdit(out: string, staged: string, pages: Map<string, string>): void {
  linkTree(out, staged, join(out, ROUTES.searchIndex).replace(/[\\/]+$/, ''));
  for (const [page, html] of pages) {
    const target = join(staged, page);
    rmSync(target); // a link to the previous site's file: replaced, never written through
    writeFileSync(target, html);
  }
}
