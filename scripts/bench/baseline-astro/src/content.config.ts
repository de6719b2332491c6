import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { resolve } from 'node:path';

const root = resolve(process.env.PORTAL_CONTENT ?? 'content');

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/articles` }) }),
};
