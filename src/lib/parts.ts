/**
 * Building one site in parts, one part per machine (docs/performance.md, "Past one machine").
 * A part is a set of search groups (search-shards.ts): part 1 builds every page that is not an
 * article page, the articles of the main search index and its share of the older shards; each
 * other part builds the article pages of a run of older shards. Every search index is then built
 * whole by exactly one part, so assembling the parts is copying files and writing the sitemap.
 */
import type { ShardPlan } from './search-shards.ts';
import { ROUTES } from './routes.ts';

export interface Part {
  /** 1-based. */
  index: number;
  count: number;
}

/** "2/3" → part 2 of 3; an empty value → undefined (the whole site). */
export function parsePart(spec: string | undefined): Part | undefined {
  const given = spec?.trim();
  if (!given) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(given);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new Error(`phần bản dựng "${given}" không hợp lệ: viết dạng k/n, 1 ≤ k ≤ n (ví dụ 2/3)`);
  }
  return { index, count };
}

/**
 * Whether a build (a whole site, or part `part`) makes the pages that are not article pages and
 * the main search index: the whole site and part 1 do.
 */
export function buildsOtherPages(part: Part | undefined): boolean {
  return !part || part.index === 1;
}

export interface PartPlan {
  /** Shard name → the part that builds its pages and its index. */
  partOfShard: Map<string, number>;
  /** Articles whose pages each part builds (part 1 also builds every other page). */
  articles: number[];
}

/**
 * Shards, newest first, go to parts in order so that each part gets about the same number of
 * article pages; part 1 starts with the main index's articles and `otherPages` (units, documents,
 * listings). Parts may end up empty when there are fewer shards than parts.
 */
export function planParts(plan: ShardPlan, count: number, otherPages = 0): PartPlan {
  const articles = Array.from({ length: count }, () => 0);
  articles[0] = plan.recent.articles;
  const total = plan.shards.reduce((n, s) => n + s.articles, plan.recent.articles + otherPages);
  const partOfShard = new Map<string, number>();
  let part = 0;
  let done = plan.recent.articles + otherPages;
  for (const shard of plan.shards) {
    // A shard goes to the next part when more than half of it lies past this part's share.
    while (part < count - 1 && done + shard.articles / 2 > ((part + 1) * total) / count) part++;
    partOfShard.set(shard.name, part + 1);
    articles[part]! += shard.articles;
    done += shard.articles;
  }
  return { partOfShard, articles };
}

/** Whether the page of an article belongs to `part`: main-index articles are part 1's. */
export function articleInPart(plan: ShardPlan, parts: PartPlan, id: string, part: number): boolean {
  const shard = plan.shardOf.get(id);
  return (shard === undefined ? 1 : parts.partOfShard.get(shard)) === part;
}

/** What one part's output says about photos: its photo files (in Astro's asset folder) and those its files name. */
export interface PartPhotos {
  files: ReadonlySet<string>;
  named: ReadonlySet<string>;
}

/**
 * The photo files a whole build would not have, from the parts' outputs alone. Astro writes every
 * photo the site's code imports into each part, then deletes an original it resized for some page
 * unless a page shows it as is. So a photo missing from some part was resized there; a whole build
 * keeps it only if some page names it (it is shown as is). A photo every part has was resized by
 * none, and a resized copy is named by the page that shows it.
 */
export function photosToLeaveOut(parts: readonly PartPhotos[]): Set<string> {
  const named = new Set(parts.flatMap((p) => [...p.named]));
  const all = new Set(parts.flatMap((p) => [...p.files]));
  return new Set([...all].filter((f) => !named.has(f) && parts.some((p) => !p.files.has(f))));
}

const NAMED_ASSET = new RegExp(`${ROUTES.assets.replace(/[/.]/g, '\\$&')}([^"'\\s<>()?#,]+)`, 'g');

/** Whether a built file's text may name a file of Astro's asset folder (pages, feeds, data, styles, scripts): by its name. */
export const mayNameAssets = (file: string): boolean => /\.(html|xml|json|css|js|txt|csv)$/.test(file);

/** The files in Astro's asset folder (`ROUTES.assets`) that a text file names, by their path under that folder. */
export function assetsNamed(text: string): string[] {
  return [...text.matchAll(NAMED_ASSET)].map((m) => {
    try {
      return decodeURI(m[1]!);
    } catch {
      return m[1]!;
    }
  });
}
