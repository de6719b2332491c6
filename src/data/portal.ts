/**
 * The one place pages get content: reads the collections once per build and hands them to the
 * pure model in src/lib/portal.ts (references reduced to ids).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildPortal, type Portal } from '../lib/portal.ts';
import { readSite } from '../lib/site.ts';
import { stripFrontmatter } from '../lib/source.ts';
import { unitMentionsOptions } from '../lib/remark-unit-mentions.ts';
import { markdownRenderer } from './markdown.ts';
import { DEFAULT_RECENT_ARTICLES, planShards, type ShardPlan } from '../lib/search-shards.ts';

export const site = readSite();

/** An article's body as written (Markdown or MDX source), for mention detection. */
function bodyText(filePath: string | undefined): string {
  return filePath ? stripFrontmatter(readFileSync(filePath, 'utf8')) : '';
}

let cached:
  | Promise<{ portal: Portal; entries: Map<string, CollectionEntry<'articles'>>; renderMarkdown: (body: string) => Promise<string> }>
  | undefined;

async function load() {
  const [articles, decisions, units] = await Promise.all([
    getCollection('articles'),
    getCollection('decisions'),
    getCollection('units'),
  ]);
  const portal = buildPortal({
    articles: articles.map(({ id, data, filePath }) => ({
      ...data,
      id,
      body: bodyText(filePath),
      after: data.after?.id,
      decisions: data.decisions.map((r) => r.id),
      units: data.units.map((r) => r.id),
    })),
    decisions: decisions.map(({ id, data }) => ({
      ...data,
      id,
      sourceArticle: data.sourceArticle?.id,
      groups: data.groups.map((g) => ({ ...g, units: g.units.map((r) => r.id) })),
    })),
    units: units.map(({ data }) => data),
  });
  return {
    portal,
    entries: new Map(articles.map((a) => [a.id, a])),
    // Bodies link the same units the model knows (the MDX pipeline gets its own from astro.config.mjs).
    renderMarkdown: markdownRenderer(unitMentionsOptions(portal.units)),
  };
}

let shards: Promise<ShardPlan> | undefined;

/** How the search index is split (the search page and every article page need the same plan). */
export function getSearchShards(): Promise<ShardPlan> {
  return (shards ??= getPortal().then((p) => planShards(p.articles, { recent: site.searchRecentArticles ?? DEFAULT_RECENT_ARTICLES })));
}

/** The portal model, built on first use and shared by every page of the build. */
export async function getPortal(): Promise<Portal> {
  return (await (cached ??= load())).portal;
}

/** The collection entry of an article, for `render()`. */
export async function articleEntry(id: string): Promise<CollectionEntry<'articles'>> {
  const entry = (await (cached ??= load())).entries.get(id);
  if (!entry) throw new Error(`no article ${id}`);
  return entry;
}

/** The HTML of a Markdown (.md) article's body, rendered from its file; undefined for MDX. */
export async function articleHtml(entry: CollectionEntry<'articles'>): Promise<string | undefined> {
  if (!entry.filePath?.endsWith('.md')) return undefined;
  const { renderMarkdown } = await (cached ??= load());
  return renderMarkdown(stripFrontmatter(await readFile(entry.filePath, 'utf8')));
}
