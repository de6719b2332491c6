/**
 * The portal's own Astro integration: what the site needs from Astro's hooks beyond pages.
 * - Under `astro dev`, /pagefind/ is served from the last `npm run build` (dist/pagefind/): the
 *   search index is made from built pages, which the dev server never writes. Without a build,
 *   the search page says it cannot load search, and the dev server says how to get it.
 * - MDX files are read as editors save them (no BOM, LF, NFC: src/lib/editor-text.ts) before the
 *   MDX compiler sees them; .md files and JSON get the same from the loaders (editor-files.ts).
 * - At the end of a build, it leaves what the build knows of itself in the output
 *   (`BUILD_FACTS_FILE`: how many mention matchers it made, one is right); the build script reads
 *   it into its BUILD_STATS line and removes it before publishing.
 * - A part of a site built in parts (the build context's `part`) is marked as one, for the assembly
 *   (src/publish/assemble.ts).
 * - At the end of a build, it writes the record of the keyed pages (src/astro/page-record.ts) and
 *   what the articles' bodies were found to name (src/astro/body-cache.ts).
 * - A full build (the build context's `searchScratch`) copies each page's search document as it is rendered,
 *   so that the search shards are indexed while Astro renders the rest (src/astro/search-tee.ts).
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, InjectedRoute } from 'astro';
import sirv from 'sirv';
import { ROUTES, routePattern } from '../lib/routes.ts';
import { cleanText } from '../lib/editor-text.ts';
import { BUILD_FACTS_FILE, type BuildFacts } from './build-facts.ts';
import { keepMentionLinks, mentionMatchersBuilt } from './mentions.ts';
import { writePageRecord } from './page-record.ts';
import { saveBodyFindings } from './body-cache.ts';
import { searchTee, type TeeScratches } from './search-tee.ts';
import { builtSites, SITE_PARAM, siteOfPath, sitePath } from './site-routes.ts';
import { inSite } from '../source/site-scope.ts';
import { buildContext } from '../source/build-context.ts';

export function portalIntegration({ searchIndexFrom = 'dist' }: { searchIndexFrom?: string } = {}): AstroIntegration {
  return {
    name: 'cho-don-portal',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, injectRoute, addMiddleware }) => {
        // A build's units do not change while it runs (the dev server's may).
        if (command === 'build') keepMentionLinks();
        // A build of several sites: every route under a [site] parameter, each page rendered for its site.
        const sites = builtSites();
        injectRoutes(new URL('routes/', config.srcDir), injectRoute, sites.length ? SITE_PARAM : '');
        if (sites.length) addMiddleware({ order: 'pre', entrypoint: new URL('./site-middleware.ts', import.meta.url) });
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'portal:editor-text',
                enforce: 'pre',
                transform(code: string, id: string) {
                  if (!id.split('?')[0]!.endsWith('.mdx')) return undefined;
                  const clean = cleanText(code);
                  return clean.text === code ? undefined : { code: clean.text, map: null };
                },
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        const index = join(searchIndexFrom, ROUTES.searchIndex);
        if (!existsSync(join(index, 'pagefind.js'))) {
          logger.warn(`Chưa có chỉ mục tìm kiếm (${index}): chạy "npm run build" một lần để tìm kiếm hoạt động trong bản xem trước.`);
        }
        // (dev: the index is read again at each request, as a build replaces it)
        server.middlewares.use(ROUTES.searchIndex, sirv(index, { dev: true }));
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const scratches = teeScratches();
        if (scratches) setPrerenderer(searchTee(scratches));
      },
      'astro:build:generated': ({ dir }) => {
        const part = buildContext().part;
        if (part) writeFileSync(join(fileURLToPath(dir), PART_FILE), JSON.stringify({ part }));
      },
      'astro:build:done': ({ dir }) => {
        const sites = builtSites();
        for (const site of sites.length ? sites : [undefined])
          inSite(site, () => {
            writePageRecord();
            saveBodyFindings();
            const facts: BuildFacts = { mention_matchers: mentionMatchersBuilt() };
            writeFileSync(join(fileURLToPath(dir), site ?? '', BUILD_FACTS_FILE), JSON.stringify(facts));
          });
      },
    },
  };
}

/**
 * Every route of a site, from src/routes/ (`routePattern`: the addresses file routing would give
 * them; the folder is not src/pages/, so that the same files can be routes of several sites at once).
 */
function injectRoutes(routes: URL, inject: (route: InjectedRoute) => void, prefix: string): void {
  const dir = fileURLToPath(routes);
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    const pattern = routePattern(file, prefix);
    if (pattern) inject({ pattern, entrypoint: new URL(file, routes) });
  }
}

/**
 * Where the search tee puts each page's search document (the build context's `searchScratch`; of
 * each site, in a build of several), and the page's address on its site; undefined when nowhere.
 */
function teeScratches(): TeeScratches | undefined {
  const { searchScratch, sites } = buildContext();
  if (!sites) return searchScratch ? (pathname) => ({ scratch: searchScratch, pathname }) : undefined;
  return (pathname) => {
    const site = siteOfPath(pathname);
    const scratch = site === undefined ? undefined : sites[site]?.searchScratch;
    return scratch ? { scratch, pathname: sitePath(pathname, site) } : undefined;
  };
}

/** The file that marks a build's output as a part of a site (src/publish/assemble.ts looks for it): `{ "part": "k/n" }`. */
export const PART_FILE = '.portal-part.json';
