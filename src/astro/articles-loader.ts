/**
 * The articles collection's loader. `.mdx` files go through Astro's glob() loader (they compile to
 * components). `.md` files are stored as front matter only: no body, no rendered HTML. Their pages
 * render the body from the file when they are built (markdown.ts), and mentions are read
 * from the file too (model-store.ts).
 *
 * Why: Astro writes the content store to disk (and bundles it) as one serialised string. With
 * rendered HTML that is ~6 kB per article, which passes V8's longest string near 100k articles
 * and holds every article's HTML in memory for the whole build. Front matter alone is ~0.4 kB.
 * Numbers in docs/performance.md.
 *
 * Astro calls a collection's schema function (`({ image }) => …`) once per entry, for its
 * `image()` helper, which resolves a photo against the entry's file: a Zod schema made anew for
 * each of 10,000 articles cost 4–5 s of the content sync. An article that needs no image (no cover
 * photo: `needsImage`) is parsed with the same schema made once (`schema`); the others, and any
 * that schema refuses (for Astro's own message), go through Astro's `parseData`.
 *
 * A build that renders only the changed pages bundles only the MDX articles its context names
 * (`articleModules`: those whose body may have changed, src/lib/publish-plan.ts): Astro bundles
 * every MDX entry stored for deferred rendering, about 8 s for 1,000 of them, rendered or not. The
 * others are stored without it, and their page shows the published page's body (model-store.ts).
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { z } from 'zod';
import { storeWithoutKeys } from '../internals.ts';
import { listArticleFiles } from '../source/paths.ts';
import { nfcDeep } from '../lib/editor-text.ts';
import { readFrontMatter } from '../lib/front-matter.ts';
import { hasLocalMarkdownPhoto } from '../lib/photos.ts';
import { syncEditorFile, watchEditorFiles } from './editor-files.ts';
import { buildContext } from '../source/build-context.ts';

type Store = LoaderContext['store'];

/**
 * The store as glob() sees it, when only the MDX entries `bundled` are to be bundled: the others
 * are stored without deferred rendering. An entry stored the other way by an earlier build is
 * neither shown to glob() (it reads it again) nor kept (the store keeps an entry whose digest it
 * already has), so each build stores each entry as it wants it.
 */
function storeBundling(store: Store, bundled: (id: string) => boolean): Store {
  const matches = (id: string) => {
    const entry = store.get(id);
    return entry === undefined || Boolean(entry.deferredRender) === bundled(id) ? entry : undefined;
  };
  const set: Store['set'] = (entry) => {
    if (store.has(entry.id) && matches(entry.id) === undefined) store.delete(entry.id);
    return store.set(bundled(entry.id) ? entry : { ...entry, deferredRender: false });
  };
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'get') return matches;
      if (prop === 'set') return set;
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

interface Options {
  /** Directory of the article files. */
  base: string;
  /** Entry id from a file path. */
  generateId: (path: string) => string;
  /** The collection's schema made once, and which entries it cannot serve (they need `image()`). */
  shared: { schema: z.ZodType; needsImage: (data: Record<string, unknown>) => boolean };
}

/** `ctx.parseData`, with the shared schema for entries that need no image. */
function parseWithShared(ctx: LoaderContext, { schema, needsImage }: Options['shared']): LoaderContext['parseData'] {
  return async (props) => {
    if (!needsImage(props.data)) {
      const parsed = await schema.safeParseAsync(props.data);
      if (parsed.success) return parsed.data as typeof props.data;
    }
    return ctx.parseData(props);
  };
}

export function articlesLoader({ base, generateId, shared }: Options): Loader {
  const mdx = glob({ pattern: '**/*.mdx', base, generateId: ({ entry }) => generateId(entry), retainBody: false });
  // The check's own reader (src/lib/front-matter.ts): what the check passed is what is stored.
  const frontmatterOf = (text: string) => {
    const read = readFrontMatter(text);
    if (!read.ok) throw new Error(read.message);
    return (read.data ?? {}) as Record<string, unknown>;
  };

  return {
    name: 'portal-articles',
    async load(astroCtx) {
      const ctx = { ...astroCtx, parseData: parseWithShared(astroCtx, shared) };
      // A .md article with photos in its text is rendered here, by Astro, so its photos go through
      // Astro's image pipeline; all others keep only their front matter in the store.
      const syncMarkdown = (path: string) => syncEditorFile(ctx, path, generateId(path), frontmatterOf, hasLocalMarkdownPhoto);
      const all = listArticleFiles(base);
      const files = all.filter((f) => f.endsWith('.md'));
      const markdownIds = new Set<string>();
      for (let i = 0; i < files.length; i += 64) {
        for (const id of await Promise.all(files.slice(i, i + 64).map(syncMarkdown))) markdownIds.add(id);
      }

      // glob() deletes every stored entry it did not load itself: show it only the MDX entries.
      // Its front matter is made NFC here (the MDX body is, by the portal integration's Vite plugin).
      // With no MDX file, glob() is not asked (it prints an English warning an editor cannot act
      // on); the MDX entries a previous build stored are deleted, as glob() would have.
      if (all.some((f) => f.endsWith('.mdx'))) {
        const modules = buildContext().articleModules;
        const bundled = modules && new Set(modules);
        const store = bundled ? storeBundling(ctx.store, (id) => bundled.has(id)) : ctx.store;
        await mdx.load({
          ...ctx,
          store: storeWithoutKeys(store, markdownIds),
          parseData: (props) => ctx.parseData({ ...props, data: nfcDeep(props.data) }),
        });
      } else for (const key of ctx.store.keys()) if (!markdownIds.has(key)) ctx.store.delete(key);

      watchEditorFiles(ctx, (p) => p.startsWith(base) && p.endsWith('.md'), generateId, syncMarkdown);
    },
  };
}
