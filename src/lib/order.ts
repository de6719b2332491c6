/**
 * Publication order of articles (oldest first) and prev/next neighbours.
 *
 * Dated articles sort by date, then by id (stable tie-break for equal dates). An article without
 * a date comes right after the article its `after` names (the source's own "Bài trước" link);
 * undated articles with no usable `after` come first, by id. Several articles after the same one
 * keep id order.
 */

export interface Orderable {
  id: string;
  date?: string | undefined;
  after?: string | undefined;
}

const byId = (a: Orderable, b: Orderable) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function publicationOrder<T extends Orderable>(articles: readonly T[]): T[] {
  const ids = new Set(articles.map((a) => a.id));
  const followers = new Map<string, T[]>();
  const undatedRoots: T[] = [];
  const dated: T[] = [];
  for (const a of articles) {
    if (a.date) dated.push(a);
    else if (a.after !== undefined && ids.has(a.after) && a.after !== a.id) {
      const list = followers.get(a.after) ?? [];
      list.push(a);
      followers.set(a.after, list);
    } else undatedRoots.push(a);
  }
  dated.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : byId(a, b)));
  undatedRoots.sort(byId);
  for (const list of followers.values()) list.sort(byId);

  const out: T[] = [];
  const placed = new Set<string>();
  const place = (a: T) => {
    // Iterative walk so long chains cannot overflow the stack; `placed` also stops cycles.
    const stack: T[] = [a];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (placed.has(next.id)) continue;
      placed.add(next.id);
      out.push(next);
      const after = followers.get(next.id);
      if (after) for (let i = after.length - 1; i >= 0; i--) stack.push(after[i]!);
    }
  };
  for (const a of undatedRoots) place(a);
  for (const a of dated) place(a);
  // Anything left sits on a cycle of `after` links (the check reports it); keep it, by id.
  for (const a of [...articles].sort(byId)) place(a);
  return out;
}

export interface Neighbours<T> {
  /** The older article ("Bài trước"), if any. */
  prev: T | undefined;
  /** The newer article ("Bài tiếp theo"), if any. */
  next: T | undefined;
}

/** Prev/next for every article of an ordered list, by id. */
export function neighbours<T extends { id: string }>(ordered: readonly T[]): Map<string, Neighbours<T>> {
  const map = new Map<string, Neighbours<T>>();
  ordered.forEach((a, i) => map.set(a.id, { prev: ordered[i - 1], next: ordered[i + 1] }));
  return map;
}
