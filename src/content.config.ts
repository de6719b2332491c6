/**
 * Collections over the content root (PORTAL_CONTENT or content/). The schemas are the ones
 * `npm run check` uses (src/lib/schemas.ts), with `reference()` for links between entries.
 */
import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { articlesLoader } from './astro/articles-loader.ts';
import { jsonFilesLoader } from './astro/editor-files.ts';
import { cleanText } from './lib/editor-text.ts';
import { articleNeedsImage, articleSchema, decisionSchema, unitSchema, type EntryRef, type RefFactory } from './lib/schemas.ts';
import { contentRoot, entryId, unitsFile } from './source/paths.ts';

const root = contentRoot();
const ref = reference as unknown as RefFactory<EntryRef>;

const articles = defineCollection({
  // Markdown bodies stay in their files, out of the content store; articles without a cover photo
  // are parsed by one schema made once (see articles-loader.ts).
  loader: articlesLoader({
    base: `${root}/articles`,
    generateId: entryId,
    shared: { schema: articleSchema(ref), needsImage: articleNeedsImage },
  }),
  schema: ({ image }) => articleSchema(ref, image),
});

const decisions = defineCollection({
  loader: jsonFilesLoader({ base: `${root}/decisions`, generateId: entryId }),
  schema: decisionSchema(ref),
});

const units = defineCollection({
  // units.json as editors save it (BOM, CRLF, NFD accepted: src/lib/editor-text.ts).
  loader: file(unitsFile(root), { parser: (text) => JSON.parse(cleanText(text).text) as Record<string, unknown>[] }),
  schema: unitSchema(),
});

export const collections = { articles, decisions, units };
