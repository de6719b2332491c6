/**
 * Publishing an edit to the text of articles without running Astro (the plan's `text-only` mode,
 * src/lib/publish-plan.ts, which says when that gives exactly what a full build gives): the most
 * common edit (a typo fixed, a sentence added) changes one page, its body, and one search index.
 * A publish through `astro build` with nothing to do costs 28 s at 10k articles
 * (docs/performance.md); this costs a few seconds.
 *
 * The new page is the old one with the body rendered again by the build's Markdown pipeline,
 * patched between `<div class="body">` and `</div></article>` (refused when that place is
 * ambiguous); the previous site is linked into the staging folder, the page written, the search
 * indexes rebuilt where their pages changed (one), and the whole swapped in. A test compares this
 * path with a clean build file by file (tests/site/builds.test.ts).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findInBody, storedBodyFindings } from '../../src/astro/body-cache.ts';
import { sharedMentionLinks } from '../../src/astro/mentions.ts';
import { cleanText } from '../../src/lib/editor-text.ts';
import type { BodyFound } from '../../src/lib/publish-plan.ts';
import { ROUTES } from '../../src/lib/routes.ts';
import { entryId } from '../../src/source/paths.ts';
import { withoutFrontMatter } from '../../src/lib/front-matter.ts';
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

const BODY_OPEN = '<div class="body">';
const BODY_CLOSE = '</div></article>';

/**
 * The pages to rewrite (site-relative path → new HTML) for the text of articles `changed` (the
 * plan's text-only mode), or why they cannot be patched.
 */
export async function patchTextEdit(
  root: string,
  out: string,
  changed: readonly string[],
): Promise<{ pages: Map<string, string> } | { refused: string }> {
  const pages = new Map<string, string>();
  // (loaded here, not with the module: the Markdown pipeline takes half a second to load, and
  // every build plans with this module, most of them without patching)
  const { markdownRenderer } = await import('../../src/astro/markdown.ts');
  const render = markdownRenderer(() => sharedMentionLinks(root));
  for (const rel of changed) {
    const page = join(ROUTES.article(entryId(rel)), 'index.html').replace(/^\//, '');
    if (!existsSync(join(out, page))) return { refused: `${rel}: chưa có trang ${page}` };
    const html = readFileSync(join(out, page), 'utf8');
    const start = html.indexOf(BODY_OPEN);
    const end = html.indexOf(BODY_CLOSE, start);
    const rendered = await render(bodyOf(root, rel));
    // The body's place, found only when unambiguous: one body, one article end, nothing that
    // looks like either inside the old or the new text.
    const once = (needle: string) => html.indexOf(needle) >= 0 && html.indexOf(needle) === html.lastIndexOf(needle);
    if (start < 0 || end < 0 || !once(BODY_OPEN) || !once('</article>') || rendered.includes('</article') || rendered.includes(BODY_OPEN)) {
      return { refused: `${page}: không tìm thấy đúng chỗ nội dung bài` };
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
  linkSiteButSearch(out, staged, ROUTES.searchIndex);
  for (const [page, html] of pages) {
    const target = join(staged, page);
    rmSync(target); // a link to the previous site's file: replaced, never written through
    writeFileSync(target, html);
  }
}
