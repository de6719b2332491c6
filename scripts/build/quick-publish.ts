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
 * staging folder, the pages written, the search indexes rebuilt where their pages changed, and
 * the whole swapped in. A test compares this
 * path with a clean build file by file (tests/site/builds.test.ts).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findInBody, storedBodyFindings } from '../../src/astro/body-cache.ts';
import { sharedMentionLinks } from '../../src/astro/mentions.ts';
import { cleanText } from '../../src/lib/editor-text.ts';
import { absoluteUrl } from '../../src/lib/json-ld.ts';
import { articleMentions } from '../../src/lib/mentions.ts';
import { retitlePage, withBody } from '../../src/lib/page-patch.ts';
import type { BodyFound, Retitled } from '../../src/lib/publish-plan.ts';
import { ROUTES } from '../../src/lib/routes.ts';
import { entryId } from '../../src/source/paths.ts';
import { readFrontMatter, withoutFrontMatter } from '../../src/lib/front-matter.ts';
import { readSiteSettings } from '../../src/source/site-settings.ts';
import { linkSiteButSearch } from './link.ts';

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
    return { before: stored?.get(entryId(rel)), after: findInBody(sharedMentionLinks(root).matcher, bodyOf(root, rel)) };
  };
}

/**
 * What the planner asks of a retitled article: the units it would mention with a title, its other
 * fields (`units`, `summary`) and its body as they are now, as the model finds them
 * (src/lib/model.ts).
 */
export function mentionsWithTitle(root: string, body: ReturnType<typeof bodyFindingsOf>): (rel: string, title: string) => string[] {
  return (rel, title) => {
    const front = readFrontMatter(cleanText(readFileSync(join(root, rel), 'utf8')).text);
    const data = (front.ok ? front.data : {}) as { units?: unknown; summary?: unknown };
    const explicit = Array.isArray(data.units) ? data.units.filter((u): u is string => typeof u === 'string') : [];
    const summary = typeof data.summary === 'string' ? data.summary.trim() : undefined;
    return articleMentions(sharedMentionLinks(root).matcher, [title, summary], explicit, () => true, body(rel).after.units);
  };
}

/** Folders of a built site that never show an article's title as text: the search index, the bundled code, the editing UI. */
const NO_TITLES = new Set([ROUTES.searchIndex, '/_astro/', ROUTES.admin].map((p) => p.replace(/^\/|\/$/g, '')));
const TEXT_FILE = /\.(?:html|xml|json|csv|txt)$/;

/** The site's text files (site-relative paths) that hold `url`: every page that can show the title of the article there. */
function filesHolding(out: string, url: string): string[] {
  const needle = Buffer.from(url);
  const found: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(join(out, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!NO_TITLES.has(path)) walk(path);
      } else if (TEXT_FILE.test(e.name) && readFileSync(join(out, path)).indexOf(needle) >= 0) found.push(path);
    }
  };
  walk('');
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
  titles: Readonly<Record<string, Retitled>> = {},
): Promise<{ pages: Map<string, string> } | { refused: string }> {
  const pages = new Map<string, string>();
  // (loaded here, not with the module: the Markdown pipeline takes half a second to load, and
  // every build plans with this module, most of them without patching)
  const { markdownRenderer } = await import('../../src/astro/markdown.ts');
  const render = markdownRenderer(() => sharedMentionLinks(root));
  const pageOf = (rel: string) => join(ROUTES.article(entryId(rel)), 'index.html').replace(/^\//, '');
  for (const rel of changed) {
    const page = pageOf(rel);
    if (!existsSync(join(out, page))) return { refused: `${rel}: chưa có trang ${page}` };
    const patched = withBody(readFileSync(join(out, page), 'utf8'), await render(bodyOf(root, rel)));
    if (patched === undefined) return { refused: `${page}: không tìm thấy đúng chỗ nội dung bài` };
    pages.set(page, patched);
  }
  const baseUrl = Object.keys(titles).length ? readSiteSettings(root).baseUrl : '';
  for (const [rel, { before, after }] of Object.entries(titles)) {
    const own = pageOf(rel);
    const url = ROUTES.article(entryId(rel));
    const front = readFrontMatter(cleanText(readFileSync(join(root, rel), 'utf8')).text);
    const summary = front.ok && typeof (front.data as { summary?: unknown }).summary === 'string';
    const retitle = { url, absoluteUrl: absoluteUrl({ baseUrl }, url), before, after, summary };
    for (const file of filesHolding(out, url)) {
      const patched = retitlePage(pages.get(file) ?? readFileSync(join(out, file), 'utf8'), retitle, file === own);
      if ('refused' in patched) return { refused: `${file}: ${patched.refused}` };
      if (patched.places > 0) pages.set(file, patched.text);
    }
  }
  return { pages };
}

/**
 * The previous site linked into `staged` (less its search indexes, which are linked or built
 * again by the indexer), with `pages` written as new files.
 */
export function stageEdit(out: string, staged: string, pages: Map<string, string>): void {
  linkSiteButSearch(out, staged, ROUTES.searchIndex);
  for (const [page, html] of pages) {
    const target = join(staged, page);
    rmSync(target); // a link to the previous site's file: replaced, never written through
    writeFileSync(target, html);
  }
}
