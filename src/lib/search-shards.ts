/**
 * How the search index is split. Pagefind's first query fetches the index's whole page list
 * (~10 bytes per page, incompressible hashes) plus the postings of each query word, and in
 * Vietnamese, written in syllables, a common syllable's postings cover most pages. With one index
 * the first search therefore grows with the site (10k articles: 420 kB, docs/performance.md).
 *
 * So the main index, which a search covers by default, holds the units, the decisions and the
 * newest `recent` articles. Older articles go into shards by year (a year with more than
 * `shardSize` of them is split, in publication order, into near-equal parts); the search page
 * merges them in when the reader asks for all years or picks a year. One main index keeps the
 * default ranking on one scale (scores of separate indexes are not comparable: a word rare in a
 * small index scores high there). Indexing in parts also bounds Pagefind's memory.
 */
import { formatDateVi, yearOf } from './dates.ts';

export const DEFAULT_RECENT_ARTICLES = 500;
export const DEFAULT_SHARD_SIZE = 2000;

export interface ShardArticle {
  id: string;
  date?: string | undefined;
}

export interface Shard {
  /** URL-safe name: "2024", "2024-2" (second part of 2024), "khong-ro-ngay". */
  name: string;
  /** For readers: "năm 2024", "năm 2024 (phần 2/3)", "không rõ ngày". */
  label: string;
  year: number | null;
  articles: number;
}

export interface ShardPlan {
  /** Articles in the main index, and the oldest date among them (if any is dated). */
  recent: { articles: number; since: string | undefined };
  /** The older articles' shards, newest first; undated articles last. */
  shards: Shard[];
  /** Article id → shard name, for articles outside the main index. */
  shardOf: Map<string, string>;
}

const UNDATED = 'khong-ro-ngay';

/**
 * @param newestFirst published articles in the site's publication order, newest first
 */
export function planShards(
  newestFirst: readonly ShardArticle[],
  { recent = DEFAULT_RECENT_ARTICLES, shardSize = DEFAULT_SHARD_SIZE } = {},
): ShardPlan {
  for (const [name, v] of [
    ['recent', recent],
    ['shardSize', shardSize],
  ] as const) {
    if (!Number.isInteger(v) || v < 1) throw new Error(`${name} must be a positive integer, got ${v}`);
  }
  const main = newestFirst.slice(0, recent);
  const since = main.reduce<string | undefined>((min, a) => (a.date && (!min || a.date < min) ? a.date : min), undefined);

  const byYear = new Map<number | null, ShardArticle[]>();
  for (const a of newestFirst.slice(recent)) {
    const y = a.date ? yearOf(a.date) : null;
    const list = byYear.get(y);
    if (list) list.push(a);
    else byYear.set(y, [a]);
  }
  const years = [...byYear.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : b - a));
  const shards: Shard[] = [];
  const shardOf = new Map<string, string>();
  for (const year of years) {
    const list = byYear.get(year)!;
    const parts = Math.ceil(list.length / shardSize);
    const base = year === null ? UNDATED : String(year);
    const baseLabel = year === null ? 'không rõ ngày' : `năm ${year}`;
    // Parts are numbered in time order (1 = earliest) and listed newest first, like the years.
    for (let k = parts - 1; k >= 0; k--) {
      const members = list.slice(Math.floor(((parts - 1 - k) * list.length) / parts), Math.floor(((parts - k) * list.length) / parts));
      const name = parts === 1 ? base : `${base}-${k + 1}`;
      for (const a of members) shardOf.set(a.id, name);
      shards.push({ name, label: parts === 1 ? baseLabel : `${baseLabel} (phần ${k + 1}/${parts})`, year, articles: members.length });
    }
  }
  return { recent: { articles: main.length, since }, shards, shardOf };
}

/** What the default search covers, for readers. */
export function recentScopeLabel(plan: ShardPlan): string {
  const { articles, since } = plan.recent;
  if (plan.shards.length === 0) return 'tất cả đơn vị, quyết định và tin tức';
  return `đơn vị, quyết định và ${articles} tin mới nhất${since ? ` (từ ngày ${formatDateVi(since)})` : ''}`;
}

/** The span of years the older shards cover, for the "search older articles" button ("2015–2020"). */
export function olderYearsLabel(plan: ShardPlan): string {
  const years = plan.shards.flatMap((s) => (s.year === null ? [] : [s.year]));
  return years.length ? `${Math.min(...years)}–${Math.max(...years)}` : '';
}
