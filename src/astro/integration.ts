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
 * - A part of a site built in parts (the build context's `part`) records which original photos Astro deleted
 *   after resizing them, for the assembly (src/publish/assemble.ts).
 * - At the end of a build, it writes the record of the keyed pages (src/astro/page-record.ts) and
 *   what the articles' bodies were found to name (src/astro/body-cache.ts).
 * - A full build (the build context's `searchScratch`) copies each page's search document as it is rendered,
 *   so that the search shards are indexed while Astro renders the rest (src/astro/search-tee.ts).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sirv from 'sirv';
import { astroImageState } from '../internals.ts';
import { ROUTES } from '../lib/routes.ts';
import { projectDir } from '../source/paths.ts';
import { cleanText } from '../lib/editor-text.ts';
import { BUILD_FACTS_FILE, type BuildFacts } from './build-facts.ts';
import { keepMentionLinks, mentionMatchersBuilt } from './mentions.ts';
import { writePageRecord } from './page-record.ts';
import { saveBodyFindings } from './body-cache.ts';
import { searchTee } from './search-tee.ts';
import { buildContext } from '../source/build-context.ts';

export function portalIntegration({ searchIndexFrom = 'dist' }: { searchIndexFrom?: string } = {}): AstroIntegration {
  return {
    name: 'cho-don-portal',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // A build's units do not change while it runs (the dev server's may).
        if (command === 'build') keepMentionLinks();
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
        const scratch = buildContext().searchScratch;
        if (scratch) setPrerenderer(searchTee(scratch));
      },
      'astro:build:generated': ({ dir }) => {
        if (buildContext().part) writePartImages(dir);
      },
      'astro:build:done': ({ dir }) => {
        writePageRecord();
        saveBodyFindings();
        const facts: BuildFacts = { mention_matchers: mentionMatchersBuilt() };
        writeFileSync(join(fileURLToPath(dir), BUILD_FACTS_FILE), JSON.stringify(facts));
      },
    },
  };
}

/** What a part tells the assembly about photos (src/publish/assemble.ts reads it). */
export const PART_IMAGES_FILE = '.portal-part-images.json';

/**
 * Astro copies every photo the site's code imports into `_astro/`, then deletes the copy of each
 * photo it resized for some page unless a page also shows the original as is. A part only sees its
 * own pages, so it records the originals it deleted and the originals its pages showed as is
 * (project-relative source paths), read from Astro's image pipeline state after generation.
 */
function writePartImages(dir: URL): void {
  const { resized, shown } = astroImageState();
  const deleted = [...resized].flatMap(([path, { originalSrcPath: src }]) =>
    src && !shown.has(src) ? [{ path, src: relative(projectDir(), src) }] : [],
  );
  writeFileSync(
    join(fileURLToPath(dir), PART_IMAGES_FILE),
    JSON.stringify({ deleted, shown: [...shown].map((src) => relative(projectDir(), src)) }),
  );
}
