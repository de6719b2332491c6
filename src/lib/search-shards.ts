/**
 * How the search index is split. Pagefind's first query fetches the index's whole page list
 * (~10 bytes per page, incompressible hashes) plus the postings of each query word, and in
 * Vietnamese, written in syllables, a common syllable's postings cover most pages. With one index
 * the first search therefore grows with the site (10k articles: 420 kB, docs/performance.md).
 *
 * So articles are split by year into shards of at most `size` articles (a bigger year is split in
 * date order into equal parts). The newest shards, up to `size` articles, are indexed together with
 * the units and decisions as the main index, which is what a search covers by default; each older
 * shard is an index of its own, merged in when the reader asks for all years or picks its year.
 * One main index keeps the default ranking on one scale (scores of separate indexes are not
 * comparable: a word rare in a small index scores high there). Indexing in shards also bounds
 * Pagefind's memory.
 */
import { yearOf } from './dates.ts';

export const DEFAULT_SHARD_ARTICLES = 1000;

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
  /** Part of the main index, searched without asking: the newest shards, up to the shard size in articles. */
  searchedByDefault: boolean;
}

export interface ShardPlan {
  /** Newest first; undated articles last. */
  shards: Shard[];
  /** Article id → shard name. */
  shardOf: Map<string, string>;
}

const UNDATED = 'khong-ro-ngay';
const byDateThenId = (a: ShardArticle, b: ShardArticle) =>
  (a.date ?? '').localeCompare(b.date ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function planShards(articles: readonly ShardArticle[], size = DEFAULT_SHARD_ARTICLES): ShardPlan {
  if (!Number.isInteger(size) || size < 1) throw new Error(`shard size must be a positive integer, got ${size}`);
  const byYear = new Map<number | null, ShardArticle[]>();
  for (const a of articles) {
    const y = a.date ? yearOf(a.date) : null;
    const list = byYear.get(y);
    if (list) list.push(a);
    else byYear.set(y, [a]);
  }
  const years = [...byYear.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : b - a));

  const shards: Shard[] = [];
  const shardOf = new Map<string, string>();
  for (const year of years) {
    const list = byYear.get(year)!.sort(byDateThenId);
    const parts = Math.ceil(list.length / size);
    const base = year === null ? UNDATED : String(year);
    const baseLabel = year === null ? 'không rõ ngày' : `năm ${year}`;
    // Newest part first, like the years.
    for (let k = parts - 1; k >= 0; k--) {
      const members = list.slice(Math.floor((k * list.length) / parts), Math.floor(((k + 1) * list.length) / parts));
      const name = parts === 1 ? base : `${base}-${k + 1}`;
      for (const a of members) shardOf.set(a.id, name);
      shards.push({
        name,
        label: parts === 1 ? baseLabel : `${baseLabel} (phần ${k + 1}/${parts})`,
        year,
        articles: members.length,
        searchedByDefault: false,
      });
    }
  }
  let budget = size;
  for (const [i, s] of shards.entries()) {
    if (i > 0 && s.articles > budget) break;
    s.searchedByDefault = true;
    budget -= s.articles;
  }
  return { shards, shardOf };
}

/** The separate index an article goes into, or undefined when it is part of the main index. */
export function separateShardOf(plan: ShardPlan, id: string): string | undefined {
  const name = plan.shardOf.get(id);
  return plan.shards.find((s) => s.name === name && !s.searchedByDefault)?.name;
}
