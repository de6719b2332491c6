/** The benchmark's result row: a table for people and one JSON line for machines. */

export interface BenchRow {
  articles: number;
  /** The share of articles written as .mdx (--mdx-share). */
  mdx_share: number;
  decisions: number;
  units: number;
  pages: number;
  /** Cold builds of each kind (the times are their minimum; spreads are max − min). */
  runs: number;
  wall_s: number;
  wall_spread_s: number;
  pages_per_s: number;
  peak_rss_mb: number;
  check_s: number;
  pagefind_s: number;
  index_mb: number;
  dist_mb: number;
  article_page_kb: number;
  first_search_kb: number | null;
  /** `npm run build` with nothing changed, made to run `astro build`: what any publish through Astro costs at least. */
  publish_nothing_changed_astro_s: number | null;
  /** `npm run build` with nothing changed (the output is kept). */
  publish_nothing_changed_s: number | null;
  /** `npm run build` after one edit of each kind (a sentence and a corrected title: the fastest of three, and the spread). */
  publish_body_edit_s: number | null;
  publish_body_edit_spread_s: number | null;
  /** A title corrected (words added, the same units named): published without Astro. */
  publish_title_edit_s: number | null;
  publish_title_edit_spread_s: number | null;
  /** A title written anew that no longer names the unit it named: the unit's page changes, through Astro. */
  publish_title_rewritten_s: number | null;
  publish_new_article_s: number | null;
  astro_wall_s: number | null;
  astro_spread_s: number | null;
  astro_peak_rss_mb: number | null;
  eleventy_wall_s: number | null;
  eleventy_spread_s: number | null;
  ratio_portal_astro: number | null;
  /** Publishing a body edit against Eleventy building the whole site (issue 13's target: below 1). */
  ratio_publish_eleventy: number | null;
  /** Publishing a title change, and a new article, against Eleventy's whole build (issue 13's target: at most 2). */
  ratio_title_eleventy: number | null;
  ratio_title_rewritten_eleventy: number | null;
  ratio_new_article_eleventy: number | null;
  /** The province scenario (`--province SxA`): S sites of A articles, built cold two at a time, then two edits in one site. */
  province: string | null;
  province_cold_s: number | null;
  province_peak_rss_mb: number | null;
  province_text_edit_s: number | null;
  province_text_edit_spread_s: number | null;
  province_title_edit_s: number | null;
  province_title_edit_spread_s: number | null;
  /** The province's cold build against the one-site portal's of this run (as many articles when S × A = --articles). */
  ratio_province_cold_portal: number | null;
  /** A publish in one site of the province against Eleventy building this run's articles whole. */
  ratio_province_text_eleventy: number | null;
  ratio_province_title_eleventy: number | null;
  /** The province of the national list (`--province-code`, scripts/bench/real-province.ts); null without it. */
  province_sites: number | null;
  province_cold_spread_s: number | null;
  province_astro_same_articles_s: number | null;
  province_astro_same_articles_spread_s: number | null;
  /** The province's cold build against plain Astro on the same articles, same run (issue 33's target: at most 2). */
  ratio_province_cold_astro: number | null;
  province_empty_cold_s: number | null;
  province_unit_rename_s: number | null;
  /** Pages a unit's new name rendered or wrote again, over all sites. */
  province_unit_rename_rendered: number | null;
  province_sentence_s: number | null;
  province_sentence_spread_s: number | null;
  province_hub_first_search_kb: number | null;
  province_hub_first_search_requests: number | null;
}

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

export function toRow(r: BenchRow): BenchRow {
  const out = { ...r };
  for (const [k, v] of Object.entries(out)) if (typeof v === 'number') (out as Record<string, unknown>)[k] = round(v);
  return out;
}

export function formatTable(r: BenchRow): string {
  const rows = Object.entries(r).map(([k, v]) => [k, v === null ? '—' : String(v)] as const);
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n');
}
