/**
 * Finding unit mentions in running text. One matcher is built per build from every unit's names
 * and aliases: a trie over word keys (tone placement ignored, other diacritics kept), so a text
 * is scanned once, word by word, whatever the number of units. Longest match wins.
 */
import { unitNames } from './units.ts';
import type { UnitData } from './schemas.ts';
import { wordKey, words } from './vi.ts';

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

export function createMatcher(units: readonly Pick<UnitData, 'id' | 'kind' | 'name' | 'aliases'>[]): MentionMatcher {
  const root: TrieNode = { next: new Map() };
  let size = 0;
  for (const u of units) {
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
      if (node.unit === undefined) {
        node.unit = u.id;
        size++;
      } else if (node.unit !== u.id) node.unit = null;
    }
  }

  return {
    size,
    find(text: string): Mention[] {
      const ws = words(text);
      const keys = ws.map((w) => wordKey(w.word));
      const out: Mention[] = [];
      let i = 0;
      while (i < ws.length) {
        // Names are proper nouns: a mention starts with a capital ("Bình Trung", not "bình trung").
        const first = ws[i]!.word[0]!;
        let node = first !== first.toLowerCase() ? root.next.get(keys[i]!) : undefined;
        let best: { end: number; unit: string } | undefined;
        let j = i;
        while (node) {
          if (node.unit) best = { end: j, unit: node.unit };
          j++;
          if (j >= ws.length) break;
          // Words of one name are separated by spaces or light punctuation only, not by a sentence break.
          const gap = text.slice(ws[j - 1]!.end, ws[j]!.start);
          if (!/^[\s\-–&]{1,3}$/.test(gap)) break;
          node = node.next.get(keys[j]!);
        }
        if (best) {
          const start = ws[i]!.start;
          const end = ws[best.end]!.end;
          out.push({ unit: best.unit, start, end, text: text.slice(start, end) });
          i = best.end + 1;
        } else i++;
      }
      return out;
    },
  };
}
