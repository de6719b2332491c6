/**
 * The routes of a build of several sites of a province (the build context's `sites`): every route
 * of src/routes/ is injected once per site under `/<site id>/` (src/astro/integration.ts), and its
 * output folder `<out>/<site id>/` becomes that site's (src/publish/province-build.ts). What a
 * route computes runs for its site (src/source/site-scope.ts): its getStaticPaths through
 * `forSite`, its rendering through the middleware (src/astro/site-middleware.ts). In a build of
 * one site, all of this leaves everything as it is.
 */
import { buildContext } from '../source/build-context.ts';
import { currentSite, inSite } from '../source/site-scope.ts';

/** The sites this build renders, when it renders several; empty for a build of one site. */
export const builtSites = (): string[] => Object.keys(buildContext().sites ?? {});

/** The prefix of every route of `site` (none: a build of one site). */
export const sitePrefix = (site?: string): string => (site === undefined ? '' : `/${site}`);

/** The site whose route or page `path` is (its first segment, when this build renders several sites). */
export function siteOfPath(path: string): string | undefined {
  const first = path.split('/')[1];
  return first !== undefined && buildContext().sites?.[first] ? first : undefined;
}

/**
 * A route's getStaticPaths, run for the site the route is of (Astro hands getStaticPaths the
 * route's pattern, `/<site id>/…`): `export const getStaticPaths = forSite(async () => …)`.
 */
export function forSite<R>(paths: () => R): (options: { routePattern: string }) => R {
  return ({ routePattern }) => inSite(siteOfPath(routePattern), paths);
}

/** A page's address on its own site: `pathname` without its site's prefix. */
export function sitePath(pathname: string, site = currentSite()): string {
  const prefix = sitePrefix(site);
  return prefix && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}
