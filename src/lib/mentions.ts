/**
 * Unit mentions: what counts as one, and where one becomes a link. The one definition that the
 * model (which units an article is about), the Sätteri plugin and the remark plugin
 * (markdown-plugins.ts) all use, with one matcher built per build (src/astro/mentions.ts).
 *
 * A mention is one of a unit's names (its name, its display name with the kind word, an alias:
 * units.ts unitNames) written in running text: word by word, the other tone placement allowed
 * ("Toà"/"Tòa"), other diacritics exact, starting with a capital letter (a proper noun), its words
 * separated only by spaces, a dash or "&". The longest name wins at each position.
 *
 * A name several units share (namesakes: xã Nam Cường before and from 01/07/2025) means the one
 * that existed on the article's date (`chooseUnit`); an article without a date on a site that
 * ended (the former district's) is from before its end; another undated one means the site's own
 * unit, else the newest. A name two units share at the same time, neither the site's, is nobody's.
 *
 * An article mentions a unit when its title, summary or body holds a mention of it. In the body,
 * the first mention of each unit becomes a link to the unit's page, unless it stands inside a
 * link, a heading, code, raw HTML or an MDX component (NOT_LINKED_INSIDE).
 */
import type { PhrasingContent } from 'mdast';
import type { UnitData } from './schemas.ts';
import { unitNames, unitSlug } from './units.ts';
import { wordKey, words, wordSpellings } from './vi.ts';
import { ROUTES } from './routes.ts';
import { addDays } from './dates.ts';

/**
 * A word (letters, marks, digits, as vi.ts `words` counts them) that starts with a capital: names
 * are proper nouns, so a mention starts with one ("Bình Trung", not "bình trung").
 */
const CAPITALISED = /(?<![\p{L}\p{M}\p{N}])\p{Changes_When_Lowercased}[\p{L}\p{M}\p{N}]*/gu;
/** The next word of a name, right after the last: one to three spaces, dashes or "&" between. */
const NEXT_WORD = /[\s\-–&]{1,3}([\p{L}\p{M}\p{N}]+)/uy;

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The units whose name ends here (several: namesakes, told apart by date). */
  units?: Lifetime[];
  /** The unit a name ending here means in an article of a given date, once asked (undefined: nobody's). */
  chosen?: Map<string, string | undefined>;
}

/** When a unit existed: from `since` (unknown: always before) until its succession's date (none: still). */
export interface Lifetime {
  id: string;
  since?: string | undefined;
  until?: string | undefined;
}

/** The site a text is published on: its own unit, and the day it ended (the former district's site). */
export interface MentionSite {
  own?: string | undefined;
  ended?: string | undefined;
}

/** The site a text is published on, from its settings. */
export const mentionSite = (site: { owner?: string | undefined; ended?: { date: string } | undefined }): MentionSite => ({
  own: site.owner,
  ended: site.ended?.date,
});

/** Whether two units existed at the same time (a name they share can then mean either). */
export const overlap = (a: Lifetime, b: Lifetime): boolean =>
  (!a.since || !b.until || a.since < b.until) && (!b.since || !a.until || b.since < a.until);

/** Whether `u` existed on `day`. */
export const existedOn = (u: Lifetime, day: string): boolean => (!u.since || u.since <= day) && (!u.until || day < u.until);

/**
 * Which of the units sharing a name a mention means, in an article of `date` (undefined: the
 * source gives none) on `site`: the one that existed that day (an undated article of a site that
 * ended: the day before it ended), the site's own among several, else for an undated article the
 * newest; undefined when none or several remain.
 */
export function chooseUnit(candidates: readonly Lifetime[], date: string | undefined, site: MentionSite = {}): string | undefined {
  const day = date ?? (site.ended ? addDays(site.ended, -1) : undefined);
  const alive = day ? candidates.filter((u) => existedOn(u, day)) : candidates;
  if (alive.length <= 1) return alive[0]?.id;
  if (site.own && alive.some((u) => u.id === site.own)) return site.own;
  if (day) return undefined;
  const newest = alive.reduce((top, u) => ((u.since ?? '') > top ? (u.since ?? '') : top), '');
  const top = alive.filter((u) => (u.since ?? '') === newest);
  return top.length === 1 ? top[0]!.id : undefined;
}

export interface Mention {
  unit: string;
  start: number;
  end: number;
  /** The text as written. */
  text: string;
}

export interface MentionMatcher {
  /** Non-overlapping mentions in `text` of an article of `date`, left to right, longest first at each position. */
  find(text: string, date?: string): Mention[];
  /**
   * Every unit a name in `text` could mean, whatever the article's date or site: each name that
   * starts at any capitalised word, those inside a longer name too, and all the units that share
   * it. What a text may link to, for any date: a superset of what `find` finds.
   */
  candidates(text: string): Set<string>;
  /** Number of names indexed. */
  readonly size: number;
}

type MatchableUnit = Pick<UnitData, 'id' | 'kind' | 'name' | 'aliases' | 'since'> & { succession?: { date: string } | undefined };

/**
 * A trie over word keys (tone placement ignored, other diacritics kept), so a text is scanned
 * once, word by word, whatever the number of units. `site`: where the texts are published.
 */
export function createMatcher(units: readonly MatchableUnit[], site: MentionSite = {}): MentionMatcher {
  const root: TrieNode = { next: new Map() };
  let size = 0;
  for (const u of units) {
    const lifetime: Lifetime = { id: u.id, since: u.since, until: u.succession?.date };
    for (const name of unitNames(u)) {
      const keys = words(name).map((w) => wordKey(w.word));
      if (keys.length === 0) continue;
      let node = root;
      for (const k of keys) {
        let child = node.next.get(k);
        if (!child) {
          child = { next: new Map() };
          node.next.set(k, child);
        }
        node = child;
      }
      if (!node.units) {
        node.units = [lifetime];
        size++;
      } else if (!node.units.some((x) => x.id === u.id)) node.units.push(lifetime);
    }
  }
  /** The unit a name ending at `node` means in an article of `date`: asked of each name once per date. */
  const choose = (node: TrieNode, date: string | undefined): string | undefined => {
    const units = node.units!;
    const only = units[0]!;
    if (units.length === 1 && !only.since && !only.until) return only.id;
    const key = date ?? '';
    const chosen = (node.chosen ??= new Map());
    if (!chosen.has(key)) chosen.set(key, chooseUnit(units, date, site));
    return chosen.get(key);
  };

  /**
   * The names that start with the word ending at `end` (whose node is `node`): each node reached
   * word by word, with where its last word ends. Words of one name are separated by spaces or
   * light punctuation only, not by a sentence break.
   */
  function* along(node: TrieNode | undefined, text: string, end: number): Generator<{ node: TrieNode; end: number }> {
    while (node) {
      yield { node, end };
      NEXT_WORD.lastIndex = end;
      const next = NEXT_WORD.exec(text);
      if (!next) return;
      end = next.index + next[0].length;
      node = node.next.get(wordKey(next[1]!));
    }
  }

  return {
    size,
    candidates(text: string): Set<string> {
      const found = new Set<string>();
      const word = new RegExp(CAPITALISED.source, 'gu');
      for (let m = word.exec(text); m; m = word.exec(text)) {
        const first = root.next.get(wordKey(m[0]));
        if (!first) continue;
        for (const { node } of along(first, text, m.index + m[0].length)) for (const u of node.units ?? []) found.add(u.id);
      }
      return found;
    },
    find(text: string, date?: string): Mention[] {
      // Word by word, without listing the words first: most words start no name (measured:
      // docs/performance.md), so only a capitalised word that begins a name is looked at further.
      const out: Mention[] = [];
      const word = new RegExp(CAPITALISED.source, 'gu');
      for (let m = word.exec(text); m; m = word.exec(text)) {
        const first = root.next.get(wordKey(m[0]));
        if (!first) continue;
        let best: { end: number; unit: string } | undefined;
        for (const { node, end } of along(first, text, m.index + m[0].length)) {
          const unit = node.units && choose(node, date);
          if (unit) best = { end, unit };
        }
        if (best) {
          out.push({ unit: best.unit, start: m.index, end: best.end, text: text.slice(m.index, best.end) });
          word.lastIndex = best.end;
        }
      }
      return out;
    },
  };
}

/**
 * The units an article mentions: its explicit `units` first, then those found in its texts (each
 * text on its own: a name never runs from the title into the body), in order of first mention,
 * each once, known units only.
 */
export function articleMentions(
  matcher: MentionMatcher,
  texts: readonly (string | undefined)[],
  explicit: readonly string[],
  isUnit: (id: string) => boolean,
  { alsoFound = [], date }: { alsoFound?: readonly string[]; date?: string | undefined } = {},
): string[] {
  const found = texts.flatMap((t) => (t ? unitsFound(matcher, t, date) : []));
  return [...new Set([...explicit, ...found, ...alsoFound])].filter(isUnit);
}

/** The units `text` (of an article of `date`) mentions, each once, in order of first mention. */
export function unitsFound(matcher: MentionMatcher, text: string, date?: string): string[] {
  return [...new Set(matcher.find(text, date).map((m) => m.unit))];
}

/** Markdown (mdast) nodes inside which a mention is never linked. */
export const NOT_LINKED_INSIDE: ReadonlySet<string> = new Set([
  'link',
  'linkReference',
  'heading',
  'code',
  'inlineCode',
  'html',
  'definition',
  'mdxJsxTextElement',
  'mdxJsxFlowElement',
  'mdxTextExpression',
  'mdxFlowExpression',
]);

/** What the plugins need: the build's matcher and where each unit's page is. */
export interface MentionLinks {
  matcher: MentionMatcher;
  /** URL of a unit's page, by unit id; undefined for a unit with a page on no site. */
  href: (unitId: string) => string | undefined;
}

/**
 * One matcher over `units` for texts published on `site`, linking to `/don-vi/<slug>/` (a unit
 * with a page on this site: `here`; all when not given), or to the absolute address in
 * `elsewhere` of a unit whose page is on another site of the province (src/lib/province.ts); a
 * unit with a page on no site is found but not linked.
 */
export function mentionLinks(
  units: readonly (MatchableUnit & Pick<UnitData, 'slug'>)[],
  {
    elsewhere = {},
    here,
    site = {},
  }: { elsewhere?: Readonly<Record<string, string>>; here?: readonly string[] | undefined; site?: MentionSite } = {},
): MentionLinks {
  const slugs = new Map(units.map((u) => [u.id, unitSlug(u)]));
  const local = here && new Set(here);
  return {
    matcher: createMatcher(units, site),
    href: (id) => elsewhere[id] ?? (!local || local.has(id) ? ROUTES.unit(slugs.get(id) ?? id) : undefined),
  };
}

/**
 * The replacement for one text node of an article of `date`: text and links, where the first
 * mention of each unit not yet in `linked` that has a page becomes a link (and is added to it).
 * Null when nothing changes.
 */
export function mentionParts(value: string, { matcher, href }: MentionLinks, linked: Set<string>, date?: string): PhrasingContent[] | null {
  const found = matcher.find(value, date);
  if (found.length === 0) return null;
  const parts: PhrasingContent[] = [];
  let cursor = 0;
  for (const m of found) {
    const url = href(m.unit);
    if (linked.has(m.unit) || url === undefined) continue;
    linked.add(m.unit);
    if (m.start > cursor) parts.push({ type: 'text', value: value.slice(cursor, m.start) });
    parts.push({
      type: 'link',
      url,
      data: { hProperties: { className: ['unit-mention'] } },
      children: [{ type: 'text', value: m.text }],
    });
    cursor = m.end;
  }
  if (cursor === 0) return null;
  if (cursor < value.length) parts.push({ type: 'text', value: value.slice(cursor) });
  return parts;
}

/** HTML's character references a Markdown parser resolves (&nbsp; between two words of a name). */
const REFERENCE = /&(?:#(\d+)|#x([0-9a-f]+)|(nbsp|amp));/gi;
/** Markdown's backslash escapes ("\-"). */
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
/** A word as unit ids are written (units.json `id`: lower case, digits, dashes). */
const ID_WORD = /[a-z0-9]+(?:-[a-z0-9]+)*/g;

/** Each unit's names, by id (`unitNames`): what decides which units a text may name or refer to (`unitsReferenced`). */
export const namesById = (units: readonly UnitData[]): Record<string, string[]> =>
  Object.fromEntries(units.map((u) => [u.id, unitNames(u)]));

/**
 * Whether a text (in NFC) may name or refer to a unit whose names changed from `before` to
 * `after` (ids to names, `namesById`), or that one of them lacks: when not, `unitsReferenced`
 * finds the same units in it with either (a name is found where its words stand in the text, and
 * the other units' names and ids are the same). A superset: it looks for every word of a
 * changed name, in any tone placement and case, anywhere, and for each changed id; a text
 * holding a character reference (`&#…;`, which may spell a letter) may name anything.
 */
export function mayReferToChanged(
  before: Readonly<Record<string, readonly string[]>>,
  after: Readonly<Record<string, readonly string[]>>,
): (text: string) => boolean {
  const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (id) => JSON.stringify(before[id] ?? null) !== JSON.stringify(after[id] ?? null),
  );
  if (changed.length === 0) return () => false;
  // Each changed name as the spellings of each of its words (a word of none: cannot tell).
  const names = changed
    .flatMap((id) => [...(before[id] ?? []), ...(after[id] ?? [])])
    .map((name) => words(name).map((w) => wordSpellings(w.word)));
  if (names.some((name) => name.length === 0 || name.some((word) => word.length === 0))) return () => true;
  return (text) => {
    if (text.includes('&#') || changed.some((id) => text.includes(id))) return true;
    const lower = text.toLowerCase();
    return names.some((name) => name.every((word) => word.some((spelling) => lower.includes(spelling))));
  };
}

/**
 * Every unit a content file's text (in NFC) may name or refer to: the names in it (`candidates`,
 * in the text as written and as a Markdown parser reads it: references and escapes resolved) and
 * the ids of `ids` it holds as words (an article's `units`, a decision's groups, a site's owner).
 * A superset of what its pages show of units, whatever the file is.
 */
export function unitsReferenced(matcher: MentionMatcher, ids: ReadonlySet<string>, text: string): Set<string> {
  const found = matcher.candidates(text);
  const read = text
    .replace(REFERENCE, (_, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
      name ? (name.toLowerCase() === 'amp' ? '&' : '\u00a0') : String.fromCodePoint(dec ? Number(dec) : parseInt(hex!, 16)),
    )
    .replace(ESCAPED, '$1');
  if (read !== text) for (const id of matcher.candidates(read)) found.add(id);
  for (const [word] of text.matchAll(ID_WORD)) if (ids.has(word)) found.add(word);
  return found;
}
