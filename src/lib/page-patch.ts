/**
 * Patching a built page without rendering it again (the text-only publish, src/lib/publish-plan.ts
 * and src/publish/quick-publish.ts): where an article's body is, and every place its title is
 * shown. Pure: text in, text out, or the reason it cannot be patched. Each place is written here
 * as the templates write it (src/layouts/Base.astro, src/routes/tin-tuc/[slug].astro,
 * src/components/ArticleList.astro, the RSS feed); tests/site/builds.test.ts compares a patched
 * site with a clean build file by file, so a template that shows a title some other way makes
 * that test fail rather than a site wrong.
 */

export const BODY_OPEN = '<div class="body">';
/** What may follow the body before the article ends: the note of an article without text. */
const AFTER_BODY = /^<\/div>(<p class="note">[^<]*<\/p>)?<\/article>$/;

/**
 * Where an article page's body is (after `<div class="body">`, up to the `</div>` that closes it
 * before `</article>`, the note of an article without text between them), when that is unambiguous.
 */
export function bodyRange(html: string): { start: number; end: number } | undefined {
  const once = (needle: string) => html.indexOf(needle) >= 0 && html.indexOf(needle) === html.lastIndexOf(needle);
  const open = html.indexOf(BODY_OPEN);
  const close = html.indexOf('</article>', open);
  if (open < 0 || close < 0 || !once(BODY_OPEN) || !once('</article>')) return undefined;
  const end = html.lastIndexOf('</div>', close);
  if (end < open + BODY_OPEN.length || !AFTER_BODY.test(html.slice(end, close + '</article>'.length))) return undefined;
  return { start: open + BODY_OPEN.length, end };
}

/** A body put in place of the old one, or undefined when its place is ambiguous or the new body could be taken for it. */
export function withBody(html: string, rendered: string): string | undefined {
  const at = bodyRange(html);
  if (!at || rendered.includes('</article') || rendered.includes(BODY_OPEN)) return undefined;
  return html.slice(0, at.start) + rendered + html.slice(at.end);
}

/** Characters that HTML, XML or JSON-LD write otherwise than as themselves (control characters among them). */
// eslint-disable-next-line no-control-regex
const WRITTEN_OTHERWISE = /[&<>"'\\\u0000-\u001f\u007f\u2028\u2029]/;

/**
 * Why a title cannot be patched in as text, or undefined when it can: it is written the same in
 * every place (no character that HTML, XML or JSON-LD escapes) and is not the site's name (a page
 * titled as the site has no " | site" in its `<title>`).
 */
export function titleNotPatchable(title: string, siteName: string): string | undefined {
  if (WRITTEN_OTHERWISE.test(title)) return `tiêu đề "${title}" có ký tự được viết khác đi trong trang (& < > " ' \\)`;
  if (title === siteName) return `tiêu đề "${title}" trùng tên trang`;
  return undefined;
}

export interface Retitle {
  /** The article's address in the site (`/tin-tuc/x/`), and as the feed writes it (absolute). */
  url: string;
  absoluteUrl: string;
  before: string;
  after: string;
  /** Whether the article has a summary (without one, its title is its page's description). */
  summary: boolean;
}

/** The places a title is shown, as what comes before and after it. */
interface Place {
  before: RegExp;
  after: string;
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const ending = (s: string) => new RegExp(`${escapeRe(s)}$`);

function placesOn(page: 'own' | 'other', r: Retitle): Place[] {
  // Any page: a link to the article (lists, unit pages, its neighbours' "Bài trước"/"Bài tiếp theo"), and its item in the feed.
  const anywhere: Place[] = [
    {
      before: new RegExp(`<a (?:[a-z-]+="[^"<>]*" )*href="${escapeRe(r.url)}"(?: [a-z-]+="[^"<>]*")*>(?:<span>[^<>]*</span>)?$`),
      after: '</a>',
    },
    { before: ending('<item><title>'), after: `</title><link>${r.absoluteUrl}</link>` },
  ];
  if (page === 'other') return anywhere;
  return [
    ...anywhere,
    { before: ending('<title>'), after: ' | ' },
    { before: ending('<meta property="og:title" content="'), after: '">' },
    { before: ending('<h1 data-pagefind-meta="title">'), after: '</h1>' },
    { before: ending('"headline":"'), after: '"' },
    ...(r.summary
      ? []
      : [
          { before: ending('<meta name="description" content="'), after: '">' },
          { before: ending('<meta property="og:description" content="'), after: '">' },
        ]),
  ];
}

/**
 * `text` (a page or the feed) with the article's title changed from `before` to `after` wherever
 * it shows the article's title, or why not. `own`: the article's own page. The title inside an
 * article's body is the author's text, never changed; the title as part of a longer text is
 * another text. Anywhere else the title stands whole (between tags or quotes) must be one of the
 * known places, or the page is refused: a neighbour, a unit or a document of the same name would
 * otherwise be renamed with it.
 */
export function retitlePage(text: string, r: Retitle, own: boolean): { text: string; places: number } | { refused: string } {
  const places = placesOn(own ? 'own' : 'other', r);
  if (own && !text.includes(`<h1 data-pagefind-meta="title">${r.before}</h1>`))
    return { refused: `trang của bài không có tiêu đề "${r.before}"` };
  const body = bodyRange(text);
  const out: string[] = [];
  let from = 0;
  let count = 0;
  for (let at = text.indexOf(r.before); at >= 0; at = text.indexOf(r.before, at + r.before.length)) {
    const end = at + r.before.length;
    if (body && at >= body.start && end <= body.end) continue;
    const whole = /[>"]/.test(text[at - 1] ?? '') && /^(?:[<"]| \| )/.test(text.slice(end, end + 3));
    if (!whole) continue;
    const head = text.slice(Math.max(0, at - 400), at);
    if (!places.some((p) => p.before.test(head) && text.startsWith(p.after, end))) {
      return { refused: `"${r.before}" xuất hiện ở chỗ không phải tiêu đề bài: …${text.slice(Math.max(0, at - 60), end + 20)}…` };
    }
    out.push(text.slice(from, at), r.after);
    from = end;
    count++;
  }
  out.push(text.slice(from));
  return { text: out.join(''), places: count };
}
