/**
 * Making Pagefind find "Đồng" from "dong".
 *
 * Pagefind 1.6 normalises a word by decomposing it and dropping combining marks, so tones and
 * other marks fold away ("Bằng Lãng" → "bang lang"), but "đ" has no decomposition and stays a
 * letter of its own. The build therefore hands Pagefind a copy of each page in which every đ/Đ
 * is written as d/D followed by U+0335 (combining short stroke overlay): Pagefind folds that to
 * plain "d" like any other mark, and still keeps the word's original form for ranking. The site's
 * pages are not changed. Titles, excerpts and filter values that come back from the index are
 * decoded to the original letters before they are shown, and queries have đ → d.
 */
const STROKE = '\u0335';

/** Page HTML (or any text) as Pagefind should index it. Same length per letter, reversible. */
export function encodeForIndex(text: string): string {
  return text.replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
}

/** Text that came back from the index, with the original đ/Đ. */
export function decodeFromIndex(text: string): string {
  return text.replace(/d\u0335/g, 'đ').replace(/D\u0335/g, 'Đ');
}

/**
 * A resident's query as it should be sent to Pagefind: NFC, đ → d, white space collapsed.
 * Tones and tone placement are left for Pagefind, which folds them itself.
 */
export function prepareQuery(query: string): string {
  return query
    .normalize('NFC')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The "loại" filter's values, as pages declare them and the search page offers them. */
export const SEARCH_TYPES = ['Tin tức', 'Quyết định', 'Đơn vị'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/**
 * The whole-phrase form of a prepared query of two words or more (`"nam cuong"`), which Pagefind
 * matches only where the words stand together in that order; undefined for one word or a query
 * that quotes already.
 */
export function phraseOf(prepared: string): string | undefined {
  return prepared.includes('"') || !prepared.includes(' ') ? undefined : `"${prepared}"`;
}

/**
 * Results where the query's words stand together first ("Xã Nam Cường" for "nam cuong"), then
 * those where they stand apart ("tăng cường … năm"), each group in the search's own order.
 * `ranked`: the plain search's results; `together`: the ids the phrase search found.
 */
export function phraseFirst<T extends { id: string }>(ranked: readonly T[], together: ReadonlySet<string>): T[] {
  return [...ranked.filter((r) => together.has(r.id)), ...ranked.filter((r) => !together.has(r.id))];
}

/** The hub index's filter naming a page's site (its id). */
export const HUB_SITE_FILTER = 'trang';

/**
 * A hub result's address on its site: the hub's index holds site `id`'s page `/p/` at `/<id>/p/`
 * (each site's documents in a folder named by its id). Undefined for an address of no site given.
 */
export function hubResultAddress(url: string, sites: readonly { id: string; base: string }[]): { id: string; href: string } | undefined {
  const [, id, rest = ''] = /^\/([^/]+)\/(.*)$/.exec(url) ?? [];
  const site = sites.find((s) => s.id === id);
  return site && { id: site.id, href: `${site.base.replace(/\/$/, '')}/${rest}` };
}

/**
 * A Pagefind excerpt (text and `<mark>`) without a label it cut from its value: a window of words
 * that ends on "Ngày đăng:" loses that last clause (back to the previous ". ", " · " or "; ").
 */
export function trimExcerpt(excerpt: string): string {
  if (!/:\s*$/.test(excerpt)) return excerpt;
  return excerpt
    .replace(/(^|[.·;](?:<\/mark>)?\s+)[^.·;]*:\s*$/, '$1')
    .trimEnd()
    .replace(/\s*[·;]$/, '');
}
