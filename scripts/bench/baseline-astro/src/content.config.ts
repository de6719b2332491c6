import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(process.env.PORTAL_CONTENT ?? 'content');
// A province (province.json): every site's articles, each site's under its id.
const province = existsSync(`${root}/province.json`);

export const collections = {
  articles: defineCollection({
    loader: province
      ? glob({ pattern: '*/articles/**/*.{md,mdx}', base: `${root}/sites` })
      : glob({ pattern: '**/*.{md,mdx}', base: `${root}/articles` }),
  }),
};
