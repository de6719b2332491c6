/**
 * The portal's own Astro integration: what the site needs from Astro's hooks beyond pages.
 * - Under `astro dev`, /pagefind/ is served from the last `npm run build` (dist/pagefind/): the
 *   search index is made from built pages, which the dev server never writes. Without a build,
 *   the search page says it cannot load search, and the dev server says how to get it.
 * - MDX files are read as editors save them (no BOM, LF, NFC: src/lib/editor-text.ts) before the
 *   MDX compiler sees them; .md files and JSON get the same from the loaders (editor-files.ts).
 * - At the end of a build, it reports how many mention matchers the build made (one is right).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { AstroIntegration } from 'astro';
import { ROUTES } from '../lib/routes.ts';
import { cleanText } from '../lib/editor-text.ts';
import { contentType } from '../lib/file-types.ts';
import { mentionMatchersBuilt } from './mentions.ts';

export function portalIntegration({ searchIndexFrom = 'dist' }: { searchIndexFrom?: string } = {}): AstroIntegration {
  return {
    name: 'cho-don-portal',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
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
        server.middlewares.use(ROUTES.searchIndex, (req, res, next) => {
          const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
          const file = join(index, normalize(path).replace(/^(\.\.[/\\])+/, ''));
          if (!existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', contentType(file));
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': ({ logger }) => {
        logger.info(`bộ nhận diện tên đơn vị: dựng ${mentionMatchersBuilt()} lần trong bản dựng này`);
      },
    },
  };
}
