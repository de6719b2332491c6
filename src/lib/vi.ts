/**
 * Vietnamese text primitives: slugs, folding for diacritic-free matching, tone-placement
 * canonical keys and collation (dates are in dates.ts). Pure functions, no I/O.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** The five tone marks in NFD (huyền, sắc, ngã, hỏi, nặng). Other marks (ˆ ˘ ơ) are not tones. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * ASCII slug from Vietnamese text (the rule in the README, "Add an article"): NFD, drop
 * combining marks, đ→d and Đ→D, lower case, runs of anything else → one "-", no leading or
 * trailing "-".
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when `s` is already a slug as `slugify` makes them (and not empty). */
export function isSlug(s: string): boolean {
  return s.length > 0 && slugify(s) === s;
}

/**
 * Fold for diacritic-free matching: every mark dropped, đ→d, lower case, white space collapsed.
 * "Chợ Đồn" → "cho don"; "Toà án" and "Tòa án" → "toa an".
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Canonical key of one word that keeps every diacritic but not where the tone sits, so the two
 * tone-placement conventions ("Tòa"/"Toà", "ủy"/"uỷ", "hoà"/"hòa") give the same key while
 * "Lãng" and "Lũng", or "Lăng" and "Lãng", stay different. Lower case, NFD.
 */
export function wordKey(word: string): string {
  let key = wordKeys.get(word);
  if (key === undefined) {
    const nfd = word.normalize('NFD').toLowerCase();
    const tones = nfd.match(TONE_MARKS);
    key = tones ? nfd.replace(TONE_MARKS, '') + tones.sort().join('') : nfd;
    // Vietnamese is written in a few thousand distinct syllables, so a memo makes this a lookup
    // (it was the build's hottest function on the 3k corpus). Bounded in case of odd input.
    if (wordKeys.size > 200_000) wordKeys.clear();
    wordKeys.set(word, key);
  }
  return key;
}
const wordKeys = new Map<string, string>();

/**
 * Every way `word` may be written with the same `wordKey`, in lower case and NFC: its tone mark
 * placed after each of its letters ("hoà", "hòa"). A text holding a word of that key holds one
 * of these, lower-cased, as a substring. None for a word of more than one tone mark (no
 * Vietnamese syllable has two): the caller cannot tell from its spellings.
 */
export function wordSpellings(word: string): string[] {
  const key = wordKey(word);
  const tones = key.match(TONE_MARKS) ?? [];
  const base = [...key.slice(0, key.length - tones.length)];
  if (tones.length === 0) return [key.normalize('NFC')];
  if (tones.length > 1) return [];
  const out = new Set<string>();
  for (let at = 1; at <= base.length; at++) out.add([...base.slice(0, at), ...tones, ...base.slice(at)].join('').normalize('NFC'));
  return [...out];
}

/** Words of a text (letters and digits, Unicode-aware), with their offsets in the original. */
export function words(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Key of a phrase: its word keys joined by one space. Punctuation and spacing do not count. */
export function phraseKey(text: string): string {
  return words(text)
    .map((w) => wordKey(w.word))
    .join(' ');
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compare two strings the Vietnamese way (never by code point). */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/** A sorted copy of `items`, by the Vietnamese collation of `key(item)`. */
export function sortVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareVi(key(a), key(b)));
}
