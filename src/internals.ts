/**
 * Every place the project relies on another package's behaviour that the package does not
 * document, in one module. Each is pinned by the exact versions in package.json and has a test in
 * tests/integration/internals.test.ts that fails with the package's name and version when an
 * upgrade changes it. Everything else uses documented options and hooks only.
 *
 * 1. What Astro leaves in its asset folder: every photo the site's code imports, less each original
 *    it resized for a page, unless a page shows it as is. The assembly of a site built in parts
 *    works out from the parts' files which photos a whole build leaves out (src/lib/parts.ts,
 *    `photosToLeaveOut`); tests/site/parts.test.ts compares the assembly with a whole build.
 * 2. The content store's `addAssetImports` (the scoped store has it; its public type does not).
 * 3. Astro's `glob()` loader deletes every stored entry it did not load, found by `store.keys()`.
 * 4. Pagefind's command-line entry (`runner/bin.cjs`, not in its "exports"), its
 *    "Indexed N pages" line, and its thread pool's size from `RAYON_NUM_THREADS`.
 * 5. `@astrojs/sitemap`: the order it sorts URLs in, and its hooks driven by hand (the assembly of
 *    a site built in parts writes the sitemap Astro's build would).
 * 6. A build that renders only the changed pages relies on Astro leaving in its output the
 *    originals of photos it resized for pages it did not render: src/publish/changed-pages.ts
 *    removes them; tests/site/builds.test.ts compares that publish with a clean build file by file.
 * 7. Astro renders a build's pages in the process and thread that loaded its configuration (its
 *    default prerenderer imports the pages' bundle), so what the configuration's modules and the
 *    pages both use (the build's one mention matcher, the record of keyed pages) is kept once per
 *    process, on globalThis (`processShared`), though the two are in different module graphs.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { LoaderContext } from 'astro/loaders';

type Store = LoaderContext['store'];

/** 2. Import an unchanged entry's photos into this build, as `glob()` does for the entries it keeps. */
export function addAssetImports(store: Store, assets: string[], filePath: string): void {
  const scoped = store as Store & { addAssetImports?: (assets: string[], filePath: string) => void };
  if (typeof scoped.addAssetImports !== 'function') {
    throw new Error("astro: the content loader's store no longer has addAssetImports (src/internals.ts)");
  }
  scoped.addAssetImports(assets, filePath);
}

/** 3. The store as `glob()` sees it: the same, except that `keys()` leaves out `hidden`, so glob() keeps those entries. */
export function storeWithoutKeys(store: Store, hidden: ReadonlySet<string>): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'keys') return () => target.keys().filter((k) => !hidden.has(k));
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** 4. Pagefind's command-line entry, next to its main module. */
export function pagefindCli(): string {
  return join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');
}

/** 4. How many pages Pagefind says it indexed, from what it printed; undefined if it did not say. */
export function pagefindIndexed(output: string): number | undefined {
  const indexed = /Indexed (\d+) pages?/.exec(output);
  return indexed ? Number(indexed[1]) : undefined;
}

/**
 * 4. Pagefind's indexing on one thread: it uses the Rayon library's thread pool, which reads
 *    `RAYON_NUM_THREADS` (one per core by default). A shard indexed while Astro renders gets the
 *    core Astro leaves (src/publish/search-index.ts).
 */
export const pagefindOneThread = { RAYON_NUM_THREADS: '1' } as const;

/** 5. The order `@astrojs/sitemap` sorts its URLs in (`localeCompare(b, 'en', { numeric: true })`), as one collator. */
export const sitemapOrder = new Intl.Collator('en', { numeric: true });

/** 5. Runs a sitemap integration's hooks as Astro's build would, over `pages`, into `dir`. */
export async function runSitemapHooks(integration: AstroIntegration, { site, dir, pages }: { site: string; dir: string; pages: string[] }) {
  // The integration reads only these fields of its hooks' arguments.
  const hooks = integration.hooks as Record<string, ((args: unknown) => unknown) | undefined>;
  for (const name of ['astro:config:done', 'astro:routes:resolved', 'astro:build:done']) {
    if (!hooks[name]) throw new Error(`@astrojs/sitemap: the integration no longer has the hook ${name} (src/internals.ts)`);
  }
  const logger = { info() {}, warn: (m: string) => console.warn(m), error: (m: string) => console.error(m) };
  const config = { site, base: '/', trailingSlash: 'always', build: { format: 'directory' } };
  await hooks['astro:config:done']!({ config });
  await hooks['astro:routes:resolved']!({ routes: [] });
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), pages: pages.map((pathname) => ({ pathname })), logger });
}

/**
 * 7. The value named `name`, shared by every module graph of this process (Astro's configuration
 *    and the pages' bundle): made by `create` on first use.
 */
const SHARED = 'cho-don-portal.';

export function processShared<T extends object>(name: string, create: () => T): T {
  const key = Symbol.for(`${SHARED}${name}`);
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  return (store[key] ??= create());
}

/** 7. Forget every value `processShared` holds: the next build of this process starts from none (src/publish/astro-pool.ts). */
export function resetProcessShared(): void {
  const store = globalThis as unknown as Record<symbol, unknown>;
  for (const key of Object.getOwnPropertySymbols(store)) if (key.description?.startsWith(SHARED)) delete store[key];
}
