/**
 * Collections over the content root (PORTAL_CONTENT or content/). The schemas are the ones
 * `npm run check` uses (src/lib/schemas.ts), with `reference()` for links between entries.
 * A build of several sites of a province (the build context's `sites`) has each site's articles
 * and documents as collections of their own, loaded for that site (`siteCollection`,
 * src/source/site-scope.ts), and the province's units once.
 */
import { defineCollection, reference } from 'astro:content';
import { file, type Loader } from 'astro/loaders';
import { articlesLoader } from './astro/articles-loader.ts';
import { jsonFilesLoader } from './astro/editor-files.ts';
import { cleanText } from './lib/editor-text.ts';
import { articleNeedsImage, articleSchema, decisionSchema, unitSchema, type EntryRef, type RefFactory } from './lib/schemas.ts';
import { buildContext } from './source/build-context.ts';
import { contentRoot, entryId, unitsFile } from './source/paths.ts';
import { inSite, siteCollection } from './source/site-scope.ts';

/** References to the collections of `site` (none: the build's one site). */
const refsOf = (site?: string) =>
  ((collection: Parameters<RefFactory<EntryRef>>[0]) =>
    reference(siteCollection(collection, site) as 'articles')) as unknown as RefFactory<EntryRef>;

/** A loader that loads for `site` (none: as it is). */
const loadingFor = (site: string | undefined, loader: Loader): Loader =>
  site === undefined ? loader : { ...loader, load: (context) => inSite(site, () => loader.load(context)) };

/** The articles and documents of the site at `root`. */
function siteCollections(root: string, site?: string) {
  const ref = refsOf(site);
  return {
    articles: defineCollection({
      // Markdown bodies stay in their files, out of the content store; articles without a cover photo
      // are parsed by one schema made once (see articles-loader.ts).
      loader: loadingFor(
        site,
        articlesLoader({
          base: `${root}/articles`,
          generateId: entryId,
          shared: { schema: articleSchema(ref), needsImage: articleNeedsImage },
        }),
      ),
      schema: ({ image }) => articleSchema(ref, image),
    }),
    decisions: defineCollection({
      loader: loadingFor(site, jsonFilesLoader({ base: `${root}/decisions`, generateId: entryId })),
      schema: decisionSchema(ref),
    }),
  };
}

type SiteCollections = ReturnType<typeof siteCollections>;

/** Every site's collections, named for their site. */
function provinceCollections(sites: [string, string][]): SiteCollections {
  const all: Record<string, SiteCollections[keyof SiteCollections]> = {};
  for (const [id, root] of sites)
    for (const [name, collection] of Object.entries(siteCollections(root, id))) all[siteCollection(name, id)] = collection;
  return all as SiteCollections;
}

const sites = Object.entries(buildContext().sites ?? {}).map(([id, site]): [string, string] => [id, site.content ?? '']);
const root = sites[0]?.[1] ?? contentRoot();

export const collections = {
  ...(sites.length ? provinceCollections(sites) : siteCollections(root)),
  units: defineCollection({
    // units.json as editors save it (BOM, CRLF, NFD accepted: src/lib/editor-text.ts).
    loader: file(unitsFile(root), { parser: (text) => JSON.parse(cleanText(text).text) as Record<string, unknown>[] }),
    schema: unitSchema(),
  }),
};
