// The benchmark baseline: a minimal Astro 7 project that renders the same articles one page
// each, with no layout. Content root from PORTAL_CONTENT (as for the portal). Astro's default
// Markdown processor (Sätteri) unless BASELINE_PROCESSOR=unified.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
  ...(process.env.BASELINE_PROCESSOR === 'unified' ? { markdown: { processor: unified() } } : {}),
  integrations: [mdx()],
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
