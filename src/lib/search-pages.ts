/**
 * What of a built page goes into which search index (src/lib/search-shards.ts): the one place the
 * build's indexing (src/publish/search-index.ts) and the copy of pages made while Astro renders
 * them (src/astro/search-tee.ts) read pages. Pure functions over HTML text.
 *
 * A page is indexed when it marks `<article data-pagefind-body>` (articles, decisions, units);
 * only that element is handed to Pagefind, đ-encoded (search-text.ts). An older article's element
 * names its shard (`data-search-shard`); every other indexed page is in the main index.
 */
import { ROUTES } from './routes.ts';
import { encodeForIndex, HUB_SITE_FILTER } from './search-text.ts';

const OPEN = '<article data-pagefind-body';
const CLOSE = '</article>';
const SHARD = /^[^>]*?\sdata-search-shard="([a-z0-9-]+)"/;

/** The group of pages of the main index (units, decisions, newest articles); other groups are shards. */
export const MAIN_INDEX = '_main';

/** What a page gives its search index: the element Pagefind reads and the index it goes into. */
export interface IndexedPart {
  /** The `<article data-pagefind-body>` element (the whole page if it is not closed). */
  element: string;
  /** Its shard (`data-search-shard`), or `MAIN_INDEX`. */
  group: string;
}

/** What a page gives its search index, read once; undefined when the page is not indexed. */
export function indexedPart(html: string): IndexedPart | undefined {
  const start = html.indexOf(OPEN);
  if (start < 0) return undefined;
  const end = html.indexOf(CLOSE, start);
  const shard = SHARD.exec(html.slice(start + OPEN.length, start + OPEN.length + 200))?.[1];
  return { element: end < 0 ? html : html.slice(start, end + CLOSE.length), group: shard ?? MAIN_INDEX };
}

/** The element of a page Pagefind reads (the whole page if it is not closed); undefined if none. */
export const indexedElement = (html: string): string | undefined => indexedPart(html)?.element;

/** The shard a page's indexable article belongs to, or undefined for the main index (or none). */
export function shardOfPage(html: string): string | undefined {
  const group = indexedPart(html)?.group;
  return group === MAIN_INDEX ? undefined : group;
}

/** The index group of a page: its shard, the main index, or undefined when it is not indexed. */
export const indexGroupOf = (html: string): string | undefined => indexedPart(html)?.group;

/**
 * The part of a page Pagefind reads, as a small document of its own; undefined if none.
 * `element`: the page's indexed element, when already read.
 */
export function indexableDocument(html: string, element: string | undefined = indexedElement(html)): string | undefined {
  if (element === undefined) return undefined;
  const text = encodeForIndex(separateLabels(element));
  return element === html ? text : `<!doctype html><html lang="vi"><body>${text}</body></html>`;
}

/**
 * A list of labels and values (`<dt>Hiệu lực</dt><dd>không rõ</dd>`) as Pagefind should read it:
 * "Hiệu lực: không rõ. ". Pagefind joins the text of adjacent `dt`, `dd`, `li` and table cells
 * without a space ("Hiệu lựckhông rõ"), which ran words together in snippets and in the index
 * ("luc" did not find "lựckhông"). A label gets a colon unless it has one, a value a full stop
 * unless it ends a sentence, and each a space after it.
 */
export function separateLabels(html: string): string {
  return html
    .replace(/([^:\s])(\s*)<\/dt>/g, '$1:$2</dt>')
    .replace(/([^.!?;:\s])(\s*)<\/dd>/g, '$1.$2</dd>')
    .replace(/<\/(dt|dd|li|td|th)>(?!\s)/g, '</$1> ');
}

const SHARD_LIST = /<ul id="search-shards"[^>]*>([\s\S]*?)<\/ul>/;
const SHARD_ITEM = /<li\b[^>]*?\sdata-name="([a-z0-9-]+)"[^>]*?\sdata-articles="(\d+)"/g;

/**
 * How many pages each older-article shard has, as the search page lists them
 * (src/routes/tim-kiem/index.astro: `<ul id="search-shards">`, one `<li data-name data-articles>`
 * per shard); an empty map when the page lists none.
 */
export function shardSizes(searchPageHtml: string): Map<string, number> {
  const list = SHARD_LIST.exec(searchPageHtml)?.[1] ?? '';
  return new Map([...list.matchAll(SHARD_ITEM)].map((m) => [m[1]!, Number(m[2])]));
}

/**
 * The order a full build renders its pages in, so that search indexes can be made while it goes
 * on (src/astro/search-tee.ts): the search page first (it says how many pages each shard has),
 * then the others as Astro lists them (`pathOf`: a page's address on its own site). Rendering the article pages next was measured and left:
 * their shards were then indexed beside almost all of Astro's rendering, which on 2 cores slowed
 * it by more than it saved after it (docs/performance.md).
 */
export function searchFirstOrder<P extends { pathname: string }>(paths: readonly P[], pathOf = (pathname: string) => pathname): P[] {
  // (Astro lists a page without parameters without its trailing slash: "/tim-kiem")
  const search = ROUTES.search.replace(/\/$/, '');
  const isSearch = (p: P) => pathOf(p.pathname).replace(/\/$/, '') === search;
  return [...paths.filter(isSearch), ...paths.filter((p) => !isSearch(p))];
}

/**
 * A copy of a page another site owns (a unit's page on the archive, when the unit has a site of its
 * own): its element names the owner (`data-owner-site="<site id>"`, src/routes/don-vi/[slug].astro).
 * The site's own search finds it; the hub's, which finds the owner's page, leaves it out.
 */
const OWNER = /^[^>]*?\sdata-owner-site="[^"]+"/;

const ARTICLE_TEXT = '<div class="body">';

/**
 * An article's element up to the end of its text's first paragraph (its title, its line of facts,
 * its lead): what the hub's index holds of it. The hub finds pages across sites by what they are
 * about; the full text is each site's own search. A publish whose edits leave these parts as they
 * were (a sentence further on) leaves the hub's index as it was, and the index a reader's first
 * search loads stays small (at 92 sites × 100 articles: 237 kB in 21 requests, against 467 kB in
 * 33 with the whole text in 4 parts). Any other page (a unit, a decision) is kept whole.
 */
function leadOnly(element: string): string {
  const text = element.indexOf(ARTICLE_TEXT);
  const end = text < 0 ? -1 : element.indexOf('</p>', text);
  return end < 0 ? element : `${element.slice(0, end + '</p>'.length)}</div></article>`;
}

/**
 * What a page of site `siteId` gives the hub's one index (src/publish/hub-index.ts): the
 * document of a page of the site's main index (an article's lead only: `leadOnly`), with a
 * filter naming its site (`trang:<id>`);
 * undefined for a page not indexed, an older-article shard's page (the hub searches what each
 * site's main index holds), or a copy of a page another site owns.
 */
export function hubDocument(html: string, siteId: string): string | undefined {
  const part = indexedPart(html);
  const start = part ? part.element.indexOf(OPEN) + OPEN.length : 0;
  if (!part || part.group !== MAIN_INDEX || OWNER.test(part.element.slice(start))) return undefined;
  const open = part.element.indexOf('>', start) + 1;
  const brief = leadOnly(part.element);
  const element = `${brief.slice(0, open)}<span data-pagefind-filter="${HUB_SITE_FILTER}:${siteId}"></span>${brief.slice(open)}`;
  return indexableDocument(html, element);
}
