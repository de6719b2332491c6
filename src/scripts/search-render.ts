/**
 * What the search pages share (the site's, src/scripts/search-page.ts, and the hub's,
 * src/hub/scripts/hub-search.ts): Pagefind's API as they use it, and a result as readers see it,
 * with the original Vietnamese letters restored (lib/search-text.ts).
 */
import { decodeFromIndex } from '../lib/search-text.ts';

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
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
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
  p.append(...excerptNodes(d.excerpt));
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
