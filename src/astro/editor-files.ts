/**
 * Content-layer loaders for files as editors save them: each file is read through
 * `readEditorFile` (no BOM, LF, NFC; src/source/read.ts) before it is parsed, so what reaches a
 * page is what `npm run check` checked. Used by the articles loader (.md files) and for the
 * decisions (one JSON file each).
 */
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { addAssetImports } from '../internals.ts';
import { listFiles } from '../source/paths.ts';
import { readEditorFile } from '../source/read.ts';

/**
 * Read, parse and store one file unless its text is unchanged; returns its id. With `render`,
 * a file it accepts is also rendered by Astro's Markdown pipeline and stored with its HTML and
 * the images it uses, for Astro's image pipeline (articles with photos).
 */
export async function syncEditorFile(
  ctx: LoaderContext,
  path: string,
  id: string,
  parse: (text: string) => Record<string, unknown>,
  render?: (text: string) => boolean,
): Promise<string> {
  const root = fileURLToPath(ctx.config.root);
  // The check, which runs before every build, has already refused legacy encodings.
  const { text } = readEditorFile(path, { detectLegacy: false });
  const digest = ctx.generateDigest(text);
  const filePath = relative(root, path);
  const existing = ctx.store.get(id);
  if (existing?.digest === digest && existing.filePath === filePath) {
    // An unchanged article with photos still needs its photos imported into this build (glob() does the same).
    if (existing.assetImports?.length) addAssetImports(ctx.store, existing.assetImports, filePath);
    return id;
  }
  let raw: Record<string, unknown>;
  try {
    raw = parse(text);
  } catch (err) {
    throw new Error(`${filePath}: ${(err as Error).message}`, { cause: err });
  }
  const data = await ctx.parseData({ id, data: raw, filePath: path });
  const rendered = render?.(text) ? await ctx.renderMarkdown(text, { fileURL: pathToFileURL(path) }) : undefined;
  ctx.store.set({ id, data, filePath, digest, ...(rendered ? { rendered, assetImports: rendered.metadata?.imagePaths } : {}) });
  return id;
}

/** Keep a loader's files in step with the disk under `astro dev`. */
export function watchEditorFiles(
  ctx: LoaderContext,
  accept: (path: string) => boolean,
  id: (path: string) => string,
  sync: (path: string) => Promise<unknown>,
): void {
  const root = fileURLToPath(ctx.config.root);
  ctx.watcher?.on('all', (event, changed) => {
    if (!accept(changed)) return;
    if (event === 'unlink') ctx.store.delete(id(changed));
    else if (event === 'add' || event === 'change') {
      sync(changed).then(
        () => ctx.logger.info(`Đã nạp lại ${relative(root, changed)}`),
        (err: Error) => ctx.logger.error(err.message),
      );
    }
  });
}

/** One entry per JSON file under `base` (a decision per file), its id the file name. */
export function jsonFilesLoader({ base, generateId }: { base: string; generateId: (path: string) => string }): Loader {
  const accept = (path: string) => path.startsWith(base) && path.endsWith('.json');
  return {
    name: 'portal-json-files',
    async load(ctx) {
      const sync = (path: string) => syncEditorFile(ctx, path, generateId(path), (text) => JSON.parse(text) as Record<string, unknown>);
      const ids = new Set(await Promise.all(listFiles(base, (n) => n.endsWith('.json')).map(sync)));
      for (const id of ctx.store.keys()) if (!ids.has(id)) ctx.store.delete(id);
      watchEditorFiles(ctx, accept, generateId, sync);
    },
  };
}
