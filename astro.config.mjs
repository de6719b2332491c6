// @ts-check
import { relative } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import { readSite } from './src/lib/site.ts';
import { contentRoot, countArticleFiles, readUnits } from './src/lib/source.ts';
import { slugify } from './src/lib/vi.ts';
import { remarkUnitMentions, unitMentionsOptions } from './src/lib/remark-unit-mentions.ts';
import { satteriUnitMentions } from './src/lib/satteri-unit-mentions.ts';

const site = readSite();
const CHUNKED_STORE_FROM = 30_000;
const articleCount = countArticleFiles();
// One mention matcher per build, shared by every Markdown and MDX file.
const mentions = unitMentionsOptions(readUnits());

export default defineConfig({
  site: site.baseUrl,
  // One content-layer cache per content root, so the real site, fixtures and benchmarks never share one.
  cacheDir: `./node_modules/.astro/${slugify(relative(process.cwd(), contentRoot())) || 'root'}`,
  trailingSlash: 'always',
  // Large sites write (and bundle) the content store as 20 MiB chunks: as one string it exceeds
  // V8's longest string near 100k articles. Chunked writing is slower (10k: sync 36 s -> 87 s),
  // so it is used only where it is needed (docs/performance.md).
  ...(articleCount > CHUNKED_STORE_FROM ? { experimental: { collectionStorage: 'chunked' } } : {}),
  // Pages are written 16 at a time: rendering is cheap, the phase waits on the file system
  // (3k corpus: 19.5 s at 1, 14.2 s at 4, 10.7 s at 16).
  build: { format: 'directory', concurrency: Number(process.env.PORTAL_BUILD_CONCURRENCY ?? 16) },
  // Astro's native Sätteri processor by default: on the 10k corpus its content sync took 20 s
  // against 85 s for unified/remark (docs/performance.md). PORTAL_MARKDOWN=unified builds with
  // the remark pipeline and the remark version of the same plugin. Smart punctuation is off in
  // both: Vietnamese text arrives with its own “” quotes, and in remark it cost 9 of 13 ms per article.
  markdown: {
    processor:
      process.env.PORTAL_MARKDOWN === 'unified'
        ? unified({ smartypants: false, remarkPlugins: [[remarkUnitMentions, mentions]] })
        : satteri({ features: { smartPunctuation: false }, mdastPlugins: [satteriUnitMentions(mentions)] }),
  },
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
