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
