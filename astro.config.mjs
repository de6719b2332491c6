// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { readSiteSettings } from './src/source/site-settings.ts';
import { basename, join } from 'node:path';
import { astroCacheDir, contentRoot, isProvince, provinceOf } from './src/source/paths.ts';
import { readProvince } from './src/source/province.ts';
import { markdownProcessor } from './src/astro/markdown.ts';
import { mentionLinksFor } from './src/astro/mentions.ts';
import { portalIntegration } from './src/astro/integration.ts';
import { portalSitemap } from './src/astro/sitemap.ts';
import { buildContext } from './src/source/build-context.ts';

// A government portal's build reports to no one: Astro's anonymous usage data stays off for
// every command of this project (the npm scripts also set it before Astro starts: scripts/astro.ts).
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// A province's content root builds its hub (src/hub/: the list of sites and the search over all of
// them, scripts/build/hub.ts); a site's folder builds the site. A build of several sites of a
// province (the build context's `sites`: src/publish/province-build.ts) renders each under
// /<site id>/, and has no one address: each site's sitemap is written after it (src/astro/site-routes.ts).
const root = contentRoot();
const sites = Boolean(buildContext().sites);
const hub = !sites && isProvince(root);
const address = sites ? undefined : hub ? readProvince(root).hub.baseUrl : readSiteSettings(root).baseUrl;

// Astro may run in a working folder of its own (one per build, so that builds of several sites at
// once never share Astro's generated files: scripts/build/astro-cli.ts); the sources are here.
/** @param {string} path */
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  site: address,
  srcDir: here(hub ? './src/hub/' : './src/'),
  publicDir: here('./public/'),
  cacheDir: `${astroCacheDir(root, process.cwd(), buildContext().part)}${sites ? '-sites' : ''}`,
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  // Photos (covers and photos in article text) are resized at build into responsive sets; the
  // site's stylesheet sizes them (no styles injected: the CSP allows none inline). Four widths
  // cover phones to wide screens at 2x; the encoders trade a little size for much less build time
  // (numbers: npm run bench:photos, docs/performance.md).
  image: {
    layout: 'constrained',
    responsiveStyles: false,
    breakpoints: [480, 800, 1280, 1920],
    service: {
      entrypoint: 'astro/assets/services/sharp',
      config: { jpeg: { quality: 72, mozjpeg: true }, webp: { quality: 55, effort: 4 }, avif: { quality: 50, effort: 3 } },
    },
  },
  // Pages are written 16 at a time: rendering is cheap, the phase waits on the file system
  // (3k corpus: 19.5 s at 1, 14.2 s at 4, 10.7 s at 16).
  build: { format: 'directory', concurrency: Number(process.env.PORTAL_BUILD_CONCURRENCY ?? 16) },
  // Sätteri with the unit-mention plugin (src/astro/markdown.ts), which takes the build's one
  // matcher when the first file arrives (src/astro/mentions.ts); PORTAL_MARKDOWN=unified for remark.
  markdown: { processor: await markdownProcessor(mentionLinksFor) },
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
  // The portal's integration comes first: its Vite plugin must see MDX files before the MDX compiler.
  // Under `astro dev`, search uses the last build's index: dist/<site id>/ for a site of a province.
  integrations: hub
    ? [portalSitemap()]
    : [
        portalIntegration({ searchIndexFrom: provinceOf(root) ? join('dist', basename(root)) : 'dist' }),
        mdx(),
        ...(sites ? [] : [portalSitemap()]),
      ],
});
