/**
 * Unit mentions: what counts as one, and where one becomes a link. The one definition that the
 * model (which units an article is about), the Sätteri plugin and the remark plugin
 * (markdown-plugins.ts) all use, with one matcher built per build (src/astro/mentions.ts).
 *
 * A mention is one of a unit's names (its name, its display name with the kind word, an alias;
 * for a unit formed on a known date, its aliases only: units.ts mentionNames) written in running text: word by word, the other tone placement allowed ("Toà"/
 * "Tòa"), other diacritics exact, starting with a capital letter (a proper noun), its words
 * separated only by spaces, a dash or "&". The longest name wins at each position. A name
 * shared by two units is nobody's mention.
 *
 * An article mentions a unit when its title, summary or body holds a mention of it. In the body,
 * the first mention of each unit becomes a link to the unit's page, unless it stands inside a
 * link, a heading, code, raw HTML or an MDX component (NOT_LINKED_INSIDE).
 */
import type { PhrasingContent } from 'mdast';
import type { UnitData } from './schemas.ts';
import { mentionNames, unitSlug } from './units.ts';
import { wordKey, words } from './vi.ts';
import { ROUTES } from './routes.ts';

/**
 * A word (letters, marks, digits, as vi.ts `words` counts them) that starts with a capital: names
 * are proper nouns, so a mention starts with one ("Bình Trung", not "bình trung").
 */
const CAPITALISED = /(?<![\p{L}\p{M}\p{N}])\p{Changes_When_Lowercased}[\p{L}\p{M}\p{N}]*/gu;
/** The next word of a name, right after the last: one to three spaces, dashes or "&" between. */
const NEXT_WORD = /[\s\-–&]{1,3}([\p{L}\p{M}\p{N}]+)/uy;

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Unit id when a name ends here; null when two units share this name (ambiguous: not matched). */
  unit?: string | null;
}

export interface Mention {
  unit: string;
  start: number;
  end: number;
  /** The text as written. */
  text: string;
}

export interface MentionMatcher {
  /** Non-overlapping mentions in `text`, left to right, longest first at each position. */
  find(text: string): Mention[];
  /** Number of names indexed. */
  readonly size: number;
}

type MatchableUnit = Pick<UnitData, 'id' | 'kind' | 'name' | 'aliases' | 'since'>;

/**
 * A trie over word keys (tone placement ignored, other diacritics kept), so a text is scanned
 * once, word by word, whatever the number of units.
 */
export function createMatcher(units: readonly MatchableUnit[]): MentionMatcher {
  const root: TrieNode = { next: new Map() };
  let size = 0;
  for (const u of units) {
    for (const name of mentionNames(u)) {
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
      if (node.unit === undefined) {
        node.unit = u.id;
        size++;
      } else if (node.unit !== u.id) node.unit = null;
    }
  }

  return {
    size,
    find(text: string): Mention[] {
      // Word by word, without listing the words first: most words start no name (measured:
      // docs/performance.md), so only a capitalised word that begins a name is looked at further.
      const out: Mention[] = [];
      const word = new RegExp(CAPITALISED.source, 'gu');
      for (let m = word.exec(text); m; m = word.exec(text)) {
        let node = root.next.get(wordKey(m[0]));
        let best: { end: number; unit: string } | undefined;
        let end = m.index + m[0].length;
        while (node) {
          if (node.unit) best = { end, unit: node.unit };
          // Words of one name are separated by spaces or light punctuation only, not by a sentence break.
          NEXT_WORD.lastIndex = end;
          const next = NEXT_WORD.exec(text);
          if (!next) break;
          end = next.index + next[0].length;
          node = node.next.get(wordKey(next[1]!));
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
  alsoFound: readonly string[] = [],
): string[] {
  const found = texts.flatMap((t) => (t ? unitsFound(matcher, t) : []));
  return [...new Set([...explicit, ...found, ...alsoFound])].filter(isUnit);
}

/** The units `text` mentions, each once, in order of first mention. */
export function unitsFound(matcher: MentionMatcher, text: string): string[] {
  return [...new Set(matcher.find(text).map((m) => m.unit))];
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
  /** URL of a unit's page, by unit id. */
  href: (unitId: string) => string;
}

/**
 * One matcher over `units`, linking to `/don-vi/<slug>/`, or to the absolute address in
 * `elsewhere` of a unit whose page is on another site of the province (src/lib/province.ts).
 */
export function mentionLinks(
  units: readonly (MatchableUnit & Pick<UnitData, 'slug'>)[],
  elsewhere: Readonly<Record<string, string>> = {},
): MentionLinks {
  const slugs = new Map(units.map((u) => [u.id, unitSlug(u)]));
  return { matcher: createMatcher(units), href: (id) => elsewhere[id] ?? ROUTES.unit(slugs.get(id) ?? id) };
}

/**
 * The replacement for one text node: text and links, where the first mention of each unit not
 * yet in `linked` becomes a link (and is added to it). Null when nothing changes.
 */
export function mentionParts(value: string, { matcher, href }: MentionLinks, linked: Set<string>): PhrasingContent[] | null {
  const found = matcher.find(value);
  if (found.length === 0) return null;
  const parts: PhrasingContent[] = [];
  let cursor = 0;
  for (const m of found) {
    if (linked.has(m.unit)) continue;
    linked.add(m.unit);
    if (m.start > cursor) parts.push({ type: 'text', value: value.slice(cursor, m.start) });
    parts.push({
      type: 'link',
      url: href(m.unit),
      data: { hProperties: { className: ['unit-mention'] } },
      children: [{ type: 'text', value: m.text }],
    });
    cursor = m.end;
  }
  if (cursor === 0) return null;
  if (cursor < value.length) parts.push({ type: 'text', value: value.slice(cursor) });
  return parts;
}
