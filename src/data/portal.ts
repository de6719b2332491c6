/**
 * The one place pages get content: reads the collections once per build and hands them to the
 * pure model in src/lib/portal.ts (references reduced to ids).
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildPortal, type Portal } from '../lib/portal.ts';
import { readSite } from '../lib/site.ts';

export const site = readSite();

/**
 * An article's text for mention detection: its rendered HTML without tags (Markdown is rendered
 * when content syncs), or, for MDX (compiled as a module instead), the file's body.
 */
function bodyText(html: string | undefined, filePath: string | undefined): string {
  if (html !== undefined) return html.replace(/<[^>]*>/g, ' ');
  if (!filePath) return '';
  const text = readFileSync(filePath, 'utf8');
  return text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
}

let cached: Promise<{ portal: Portal; entries: Map<string, CollectionEntry<'articles'>> }> | undefined;

async function load() {
  const [articles, decisions, units] = await Promise.all([
    getCollection('articles'),
    getCollection('decisions'),
    getCollection('units'),
  ]);
  const portal = buildPortal({
    articles: articles.map(({ id, data, rendered, filePath }) => ({
      ...data,
      id,
      body: bodyText(rendered?.html, filePath),
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
  return { portal, entries: new Map(articles.map((a) => [a.id, a])) };
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
