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
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { listArticleFiles } from '../source/paths.ts';

interface Options {
  /** Directory of the article files. */
  base: string;
  /** Entry id from a file path. */
  generateId: (path: string) => string;
}

export function articlesLoader({ base, generateId }: Options): Loader {
  const mdx = glob({ pattern: '**/*.mdx', base, generateId: ({ entry }) => generateId(entry), retainBody: false });

  return {
    name: 'portal-articles',
    async load(ctx) {
      const root = fileURLToPath(ctx.config.root);
      const markdownIds = new Set<string>();

      async function syncMarkdown(path: string): Promise<void> {
        const id = generateId(path);
        markdownIds.add(id);
        const contents = await readFile(path, 'utf8');
        const digest = ctx.generateDigest(contents);
        const filePath = relative(root, path);
        const existing = ctx.store.get(id);
        if (existing?.digest === digest && existing.filePath === filePath) return;
        let frontmatter: Record<string, unknown>;
        try {
          frontmatter = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' }).frontmatter;
        } catch (err) {
          throw new Error(`${filePath}: front matter: ${(err as Error).message}`);
        }
        const data = await ctx.parseData({ id, data: frontmatter, filePath: path });
        ctx.store.set({ id, data, filePath, digest });
      }

      const files = listArticleFiles(base).filter((f) => f.endsWith('.md'));
      for (let i = 0; i < files.length; i += 64) {
        await Promise.all(files.slice(i, i + 64).map(syncMarkdown));
      }

      // glob() deletes every stored entry it did not load itself: show it only the MDX entries.
      await mdx.load({ ...ctx, store: withoutKeys(ctx.store, markdownIds) });

      ctx.watcher?.on('all', (event, changed) => {
        if (!changed.startsWith(base) || !changed.endsWith('.md')) return;
        if (event === 'unlink') ctx.store.delete(generateId(changed));
        else if (event === 'add' || event === 'change') {
          syncMarkdown(changed).then(
            () => ctx.logger.info(`Reloaded ${relative(root, changed)}`),
            (err: Error) => ctx.logger.error(err.message),
          );
        }
      });
    },
  };
}

/** The store as glob() sees it: the same, except that `keys()` leaves out the given ids. */
function withoutKeys(store: LoaderContext['store'], hidden: Set<string>): LoaderContext['store'] {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'keys') return () => target.keys().filter((k) => !hidden.has(k));
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
