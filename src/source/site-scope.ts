/**
 * Which site the code running now is for, when one Astro build renders several sites of a
 * province (the build context's `sites`, src/source/build-context.ts). Each site's pages are
 * routes under `/<site id>/` (src/astro/site-routes.ts); the code that reads a site's content
 * runs inside `inSite(id, …)`: a route's getStaticPaths, a page's rendering (the middleware), a
 * collection's loader. Everything that was one per build (the content root, the model, the
 * mention matcher, the record of pages) is then one per site: `perSite`, `siteShared`.
 * A build of one site has no scope: `currentSite()` is undefined and all of this is a no-op.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { processShared } from '../internals.ts';

// (the config's and the pages' module graphs share one scope: src/internals.ts, 7)
const storage = () => processShared('site-scope', () => ({ scope: new AsyncLocalStorage<string>() })).scope;

/** The site the running code is for; undefined in a build of one site. */
export const currentSite = (): string | undefined => storage().getStore();

/** Run `work` for site `site` (undefined: as it is). */
export function inSite<T>(site: string | undefined, work: () => T): T {
  return site === undefined ? work() : storage().run(site, work);
}

/** A value made on first use for each site, and kept after (a build of one site: once). */
export function perSite<T>(make: () => T): () => T {
  const kept = new Map<string, { value: T }>();
  return () => {
    const key = currentSite() ?? '';
    let found = kept.get(key);
    if (!found) kept.set(key, (found = { value: make() }));
    return found.value;
  };
}

/** `processShared` for the current site: one value per site, shared by every module graph. */
export function siteShared<T extends object>(name: string, create: () => T): T {
  const site = currentSite();
  return processShared(site === undefined ? name : `${name}@${site}`, create);
}

/**
 * The name of a collection of the current site: a build of several sites has each site's
 * articles and documents as collections of their own (`articles@xa-nam-cuong`), the province's
 * units once (src/content.config.ts).
 */
export function siteCollection<N extends string>(name: N, site = currentSite()): N {
  return (site === undefined || name === 'units' ? name : `${name}@${site}`) as N;
}
