// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { readSite } from './src/lib/site.ts';

const site = readSite();

export default defineConfig({
  site: site.baseUrl,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: unified() },
  integrations: [mdx(), sitemap()],
});
