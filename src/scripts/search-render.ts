/**
 * What the search pages share (the site's, src/scripts/search-page.ts, and the hub's,
 * src/hub/scripts/hub-search.ts): Pagefind's API as they use it, and a result as readers see it,
 * with the original Vietnamese letters restored (lib/search-text.ts).
 */
import { decodeFromIndex, phraseFirst, phraseOf, prepareQuery, trimExcerpt } from '../lib/search-text.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, o?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    o?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[] } | null>;
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
type SearchOptions = Parameters<PagefindApi['search']>[1];

/**
 * Search as readers expect: without diacritics (lib/search-text.ts), and, for a query of several
 * words, the pages where they stand together (a unit's whole name) ranked first (`phraseFirst`),
 * unless the reader sorts by date. An empty query lists what the filters give.
 */
export async function searchRanked(pf: PagefindApi, query: string, options: SearchOptions = {}): Promise<PagefindResult[]> {
  const q = query.trim() ? prepareQuery(query) : null;
  const phrase = q && !options?.sort ? phraseOf(q) : undefined;
  const [plain, together] = await Promise.all([pf.search(q, options), phrase ? pf.search(phrase, options) : null]);
  const results = plain?.results ?? [];
  return together ? phraseFirst(results, new Set(together.results.map((r) => r.id))) : results;
}

/** Text (and <mark>) from a Pagefind excerpt, as DOM nodes: nothing else from the index becomes markup. */
function excerptNodes(html: string): Node[] {
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  return [...tpl.content.childNodes].map((n) => {
    const text = decodeFromIndex(n.textContent ?? '');
    if (n.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = text;
      return mark;
    }
    return document.createTextNode(text);
  });
}

/** One result: its title linked, a line of `meta` (index-encoded, decoded here), its excerpt. */
export function resultItem(d: PagefindResultData, meta: (string | undefined)[]): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = decodeFromIndex(d.meta.title ?? d.url);
  h.append(a);
  const line = document.createElement('p');
  line.className = 'meta';
  line.textContent = meta
    .filter(Boolean)
    .map((t) => decodeFromIndex(t!))
    .join(' · ');
  const p = document.createElement('p');
  p.className = 'excerpt';
  p.append(...excerptNodes(trimExcerpt(d.excerpt)));
  li.append(h, line, p);
  return li;
}

/** A search's state, for people (text) and for tests (data-state, data-query). */
export function statusSetter(el: HTMLElement) {
  return (state: 'idle' | 'loading' | 'done', text: string, query = ''): void => {
    el.dataset.state = state;
    el.dataset.query = query;
    el.textContent = text;
  };
}
