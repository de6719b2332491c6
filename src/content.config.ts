/**
 * Collections over the content root (PORTAL_CONTENT or content/). The schemas are the ones
 * `npm run check` uses (src/lib/schemas.ts), with `reference()` for links between entries.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articlesLoader } from './astro/articles-loader.ts';
import { articleSchema, decisionSchema, unitSchema, type EntryRef, type RefFactory } from './lib/schemas.ts';
import { contentRoot } from './source/paths.ts';
import { basename, extname } from 'node:path';

const root = contentRoot();
const ref = reference as unknown as RefFactory<EntryRef>;
const idOf = (path: string) => basename(path, extname(path));
const idFromFileName = ({ entry }: { entry: string }) => idOf(entry);

const articles = defineCollection({
  // Markdown bodies stay in their files, out of the content store (see articles-loader.ts).
  loader: articlesLoader({ base: `${root}/articles`, generateId: idOf }),
  schema: articleSchema(ref),
});

const decisions = defineCollection({
  loader: glob({ pattern: '*.json', base: `${root}/decisions`, generateId: idFromFileName }),
  schema: decisionSchema(ref),
});

const units = defineCollection({
  loader: file(`${root}/units.json`),
  schema: unitSchema(),
});

export const collections = { articles, decisions, units };
