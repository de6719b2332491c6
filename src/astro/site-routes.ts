/**
 * The routes of a build of several sites of a province (the build context's `sites`): every route
 * of src/routes/ is injected under a `[site]` parameter (`/[site]/tin-tuc/[slug]`,
 * src/astro/integration.ts), and the output folder `<out>/<site id>/` becomes that site's
 * (src/publish/province-build.ts). What a route computes runs for its site
 * (src/source/site-scope.ts): its getStaticPaths through `forSite`, which runs it once per site,
 * its rendering through the middleware (src/astro/site-middleware.ts). A route per site instead
 * (`/<site id>/tin-tuc/[slug]`, 92 × 40 routes) cost Astro's page generation 10 s at 92 sites: it
 * matches each page against every route. In a build of one site, all of this leaves everything
 * as it is.
 */
import { buildContext } from '../source/build-context.ts';
import { currentSite, inSite } from '../source/site-scope.ts';

/** The sites this build renders, when it renders several; empty for a build of one site. */
export const builtSites = (): string[] => Object.keys(buildContext().sites ?? {});

/** The prefix of every route in a build of several sites. */
export const SITE_PARAM = '/[site]';

/** The prefix of the pages of `site` (none: a build of one site). */
const sitePrefix = (site?: string): string => (site === undefined ? '' : `/${site}`);

/** The site whose route or page `path` is (its first segment, when this build renders several sites). */
export function siteOfPath(path: string): string | undefined {
  const first = path.split('/')[1];
  return first !== undefined && buildContext().sites?.[first] ? first : undefined;
}

/**
 * A route's getStaticPaths: in a build of several sites, run for each site, each path given its
 * `site` parameter: `export const getStaticPaths = forSite(async () => …)`.
 */
export function forSite<P extends { params: object }>(paths: () => P[] | Promise<P[]>): () => Promise<P[]> {
  return async () => {
    const sites = builtSites();
    if (sites.length === 0) return paths();
    const all: P[] = [];
    for (const site of sites) for (const path of await inSite(site, paths)) all.push({ ...path, params: { ...path.params, site } });
    return all;
  };
}

/** The getStaticPaths of a route with no parameter of its own: its one page (in a build of several sites, one per site). */
export const sitePages = forSite(() => [{ params: {} }]);

/** A page's address on its own site: `pathname` without its site's prefix. */
export function sitePath(pathname: string, site = currentSite()): string {
  const prefix = sitePrefix(site);
  return prefix && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}
