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
import { glob, type Loader } from 'astro/loaders';
import { storeWithoutKeys } from '../internals.ts';
import { listArticleFiles } from '../source/paths.ts';
import { nfcDeep } from '../lib/editor-text.ts';
import { readFrontMatter } from '../lib/front-matter.ts';
import { hasLocalMarkdownPhoto } from '../lib/photos.ts';
import { syncEditorFile, watchEditorFiles } from './editor-files.ts';

interface Options {
  /** Directory of the article files. */
  base: string;
  /** Entry id from a file path. */
  generateId: (path: string) => string;
}

export function articlesLoader({ base, generateId }: Options): Loader {
  const mdx = glob({ pattern: '**/*.mdx', base, generateId: ({ entry }) => generateId(entry), retainBody: false });
  // The check's own reader (src/lib/front-matter.ts): what the check passed is what is stored.
  const frontmatterOf = (text: string) => {
    const read = readFrontMatter(text);
    if (!read.ok) throw new Error(read.message);
    return (read.data ?? {}) as Record<string, unknown>;
  };

  return {
    name: 'portal-articles',
    async load(ctx) {
      // A .md article with photos in its text is rendered here, by Astro, so its photos go through
      // Astro's image pipeline; all others keep only their front matter in the store.
      const syncMarkdown = (path: string) => syncEditorFile(ctx, path, generateId(path), frontmatterOf, hasLocalMarkdownPhoto);
      const files = listArticleFiles(base).filter((f) => f.endsWith('.md'));
      const markdownIds = new Set<string>();
      for (let i = 0; i < files.length; i += 64) {
        for (const id of await Promise.all(files.slice(i, i + 64).map(syncMarkdown))) markdownIds.add(id);
      }

      // glob() deletes every stored entry it did not load itself: show it only the MDX entries.
      // Its front matter is made NFC here (the MDX body is, by the portal integration's Vite plugin).
      await mdx.load({
        ...ctx,
        store: storeWithoutKeys(ctx.store, markdownIds),
        parseData: (props) => ctx.parseData({ ...props, data: nfcDeep(props.data) }),
      });

      watchEditorFiles(ctx, (p) => p.startsWith(base) && p.endsWith('.md'), generateId, syncMarkdown);
    },
  };
}
