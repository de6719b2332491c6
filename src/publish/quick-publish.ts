/**
 * Publishing an edit to the text of articles without running Astro (the plan's `text-only` mode,
 * src/lib/publish-plan.ts, which says when that gives exactly what a full build gives): the most
 * common edit (a typo fixed, a sentence added) changes one page, its body, and one search index.
 * A publish through `astro build` with nothing to do costs 28 s at 10k articles
 * (docs/performance.md); this costs a few seconds.
 *
 * The new page is the old one with the body rendered again by the build's Markdown pipeline,
 * patched between `<div class="body">` and `</div></article>` (refused when that place is
 * ambiguous). A new title is written in every place that shows it (src/lib/page-patch.ts) in the
 * files that hold the article's address: its page, its neighbours, lists, unit pages, the feed
 * (refused when the old title stands anywhere else there). The previous site is linked into the
 * staging folder (or the site the last publish replaced brought up to date), the pages written, the search indexes rebuilt where their pages changed, and
 * the whole swapped in. A test compares this
 * path with a clean build file by file (tests/site/builds.test.ts).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findInBody, storedBodyFindings } from '../astro/body-cache.ts';
import { sharedMentionLinks } from '../astro/mentions.ts';
import { cleanText } from '../lib/editor-text.ts';
import { absoluteUrl } from '../lib/json-ld.ts';
import { articleMentions } from '../lib/mentions.ts';
import { retitlePage, withBody } from '../lib/page-patch.ts';
import type { BodyFound, Retitled } from '../lib/publish-plan.ts';
import { pageFile, ROUTES } from '../lib/routes.ts';
import { entryId } from '../source/paths.ts';
import { readFrontMatter, withoutFrontMatter } from '../lib/front-matter.ts';
import { frontMatterDate } from '../lib/dates.ts';
import { stageCopy } from './atomic.ts';

/** An article's body as the build reads it. */
const bodyOf = (root: string, rel: string) => withoutFrontMatter(cleanText(readFileSync(join(root, rel), 'utf8')).text);

/**
 * What the planner asks of an article body (src/lib/publish-plan.ts): the last build's findings
 * (`bodiesFile`, src/astro/body-cache.ts) and what its text gives now.
 */
export function bodyFindingsOf(root: string, bodiesFile: string): (rel: string) => { before: BodyFound | undefined; after: BodyFound } {
  let stored: Map<string, BodyFound> | undefined | null = null;
  return (rel) => {
    if (stored === null) stored = storedBodyFindings(bodiesFile);
    const date = frontMatterDate(frontOf(root, rel));
    return { before: stored?.get(entryId(rel)), after: findInBody(sharedMentionLinks(root).matcher, bodyOf(root, rel), date) };
  };
}

/** An article's front matter fields, as read from its file (the check has read them whole). */
function frontOf(root: string, rel: string): { units?: unknown; summary?: unknown; date?: unknown } {
  const front = readFrontMatter(cleanText(readFileSync(join(root, rel), 'utf8')).text);
  return (front.ok ? front.data : {}) as { units?: unknown; summary?: unknown; date?: unknown };
}

/**
 * What the planner asks of a retitled article: the units it would mention with a title, its other
 * fields (`units`, `summary`) and its body as they are now, as the model finds them
 * (src/lib/model.ts). The planner asks twice (the old title and the new): the file is read once.
 */
export function mentionsWithTitle(root: string, body: ReturnType<typeof bodyFindingsOf>): (rel: string, title: string) => string[] {
  const fields = new Map<string, { explicit: string[]; summary: string | undefined; date: string | undefined }>();
  return (rel, title) => {
    let f = fields.get(rel);
    if (!f) {
      const data = frontOf(root, rel);
      const explicit = Array.isArray(data.units) ? data.units.filter((u): u is string => typeof u === 'string') : [];
      fields.set(
        rel,
        (f = { explicit, summary: typeof data.summary === 'string' ? data.summary.trim() : undefined, date: frontMatterDate(data) }),
      );
    }
    return articleMentions(sharedMentionLinks(root).matcher, [title, f.summary], f.explicit, () => true, {
      alsoFound: body(rel).after.units,
      date: f.date,
    });
  };
}

/** Folders of a built site that never show an article's title as text: the search index, the bundled code, the editing UI. */
const NO_TITLES = new Set([ROUTES.searchIndex, ROUTES.assets, ROUTES.admin].map((p) => p.replace(/^\/|\/$/g, '')));
const TEXT_FILE = /\.(?:html|xml|json|csv|txt)$/;

/**
 * The site's text files (site-relative paths) that hold each of `urls`: every page that can show
 * the title of the article there. One walk over the site for all of them.
 */
function filesHolding(out: string, urls: readonly string[]): Map<string, string[]> {
  const needles = urls.map((url) => [url, Buffer.from(url)] as const);
  const found = new Map(urls.map((url) => [url, [] as string[]]));
  const walk = (rel: string) => {
    for (const e of readdirSync(join(out, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!NO_TITLES.has(path)) walk(path);
      } else if (TEXT_FILE.test(e.name)) {
        const bytes = readFileSync(join(out, path));
        for (const [url, needle] of needles) if (bytes.indexOf(needle) >= 0) found.get(url)!.push(path);
      }
    }
  };
  if (urls.length) walk('');
  return found;
}

/**
 * The pages to rewrite (site-relative path → new HTML) for the text of articles `changed` and the
 * titles `titles` (the plan's text-only mode), or why they cannot be patched.
 */
export async function patchTextEdit(
  root: string,
  out: string,
  changed: readonly string[],
  { titles = {}, baseUrl = '' }: { titles?: Readonly<Record<string, Retitled>>; baseUrl?: string } = {},
): Promise<{ pages: Map<string, string> } | { refused: string }> {
  const pages = new Map<string, string>();
  // (loaded here, not with the module: the Markdown pipeline takes half a second to load, and
  // every build plans with this module, most of them without patching)
  const { markdownRenderer } = await import('../astro/markdown.ts');
  const render = markdownRenderer(() => sharedMentionLinks(root));
  const urlOf = (rel: string) => ROUTES.article(entryId(rel));
  for (const rel of changed) {
    const page = pageFile(urlOf(rel));
    if (!existsSync(join(out, page))) return { refused: `${rel}: chưa có trang ${page}` };
    const patched = withBody(readFileSync(join(out, page), 'utf8'), await render(bodyOf(root, rel), frontMatterDate(frontOf(root, rel))));
    if (patched === undefined) return { refused: `${page}: không tìm thấy đúng chỗ nội dung bài` };
    pages.set(page, patched);
  }
  const retitled = Object.entries(titles);
  const holding = filesHolding(
    out,
    retitled.map(([rel]) => urlOf(rel)),
  );
  for (const [rel, { before, after }] of retitled) {
    const url = urlOf(rel);
    const summary = typeof frontOf(root, rel).summary === 'string';
    const retitle = { url, absoluteUrl: absoluteUrl({ baseUrl }, url), before, after, summary };
    for (const file of holding.get(url)!) {
      const patched = retitlePage(pages.get(file) ?? readFileSync(join(out, file), 'utf8'), retitle, file === pageFile(url));
      if ('refused' in patched) return { refused: `${file}: ${patched.refused}` };
      if (patched.places > 0) pages.set(file, patched.text);
    }
  }
  return { pages };
}

/**
 * The previous site linked into `staged` (less its search indexes, which are linked or built
 * again by the indexer; from the site the last publish replaced when it can: src/publish/atomic.ts),
 * with `pages` written as new files. Says where the copy came from.
 */
export function stageEdit(out: string, staged: string, pages: Map<string, string>): 'standby' | 'linked' {
  const from = stageCopy(out, staged, ROUTES.searchIndex);
  for (const [page, html] of pages) {
    const target = join(staged, page);
    rmSync(target); // a link to the previous site's file: replaced, never written through
    writeFileSync(target, html);
  }
  return from;
}
