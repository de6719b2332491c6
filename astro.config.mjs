// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readSite } from './src/lib/site.ts';
import { buildCacheDir, readUnits } from './src/lib/source.ts';
import { unitMentionsOptions } from './src/lib/remark-unit-mentions.ts';
import { markdownProcessor } from './src/data/markdown.ts';

const site = readSite();
// One mention matcher per build, shared by every Markdown and MDX file.
const mentions = unitMentionsOptions(readUnits());

export default defineConfig({
  site: site.baseUrl,
  cacheDir: buildCacheDir(),
  trailingSlash: 'always',
  // Article, unit and decision pages whose data (src/lib/page-keys.ts) and code are unchanged are
  // copied from the previous build instead of rendered (10k: see docs/performance.md).
  experimental: { incrementalBuild: true },
  // Pages are written 16 at a time: rendering is cheap, the phase waits on the file system
  // (3k corpus: 19.5 s at 1, 14.2 s at 4, 10.7 s at 16).
  build: { format: 'directory', concurrency: Number(process.env.PORTAL_BUILD_CONCURRENCY ?? 16) },
  // Sätteri with the unit-mention plugin (src/data/markdown.ts); PORTAL_MARKDOWN=unified for remark.
  markdown: { processor: markdownProcessor(mentions) },
  // The search page's script ships as its own cacheable file (no inline script besides JSON-LD).
  vite: {
    // Benchmark corpora (.bench/, up to 100k files) and build output are not sources to watch.
    server: { watch: { ignored: ['**/.bench/**', '**/dist/**', '**/.dist-*/**'] } },
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // MDX modules carry Astro's "use astro:head-inject" directive; the bundler's note that it
        // drops it is noise, one line per .mdx file.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  integrations: [mdx(), sitemap()],
});
