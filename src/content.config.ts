/**
 * Collections over the content root (PORTAL_CONTENT or content/). The schemas are the ones
 * `npm run check` uses (src/lib/schemas.ts), with `reference()` for links between entries.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema, decisionSchema, unitSchema, type EntryRef, type RefFactory } from './lib/schemas.ts';
import { contentRoot } from './lib/source.ts';
import { basename, extname } from 'node:path';

const root = contentRoot();
const ref = reference as unknown as RefFactory<EntryRef>;
const idFromFileName = ({ entry }: { entry: string }) => basename(entry, extname(entry));

const articles = defineCollection({
  // Raw bodies are not kept in the content store: it is written to disk as one string, which is
  // what stops large sites (docs/performance.md). Mentions are found in the rendered HTML.
  loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/articles`, generateId: idFromFileName, retainBody: false }),
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
