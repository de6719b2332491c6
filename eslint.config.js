// ESLint for the whole project (`npm run lint`, zero warnings): JavaScript's and typescript-eslint's
// recommended rules on .ts, .mjs and the scripts of .astro files, eslint-plugin-astro's on the
// .astro templates.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // (what builds generate, wherever they run: .astro/ of the project and of the bench's baseline)
  { ignores: ['dist/', '**/.astro/', '.bench/', 'node_modules/', 'public/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Arguments and bindings kept for their name or position may start with "_".
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  // The layers (README, "Layout"): the domain (src/lib/) is pure, with no Node, Astro or files; the
  // content as files (src/source/) knows nothing of Astro or of publishing; the Astro glue
  // (src/astro/) nothing of the publish path (src/publish/), which drives it from outside.
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'src/lib/ is pure: no file system, process or network (src/source/ reads files).' },
            { group: ['astro', 'astro:*', 'astro/*', '@astrojs/*'], message: 'src/lib/ knows nothing of Astro (src/astro/ is the glue).' },
            {
              group: ['../source/*', '../astro/*', '../publish/*', '../internals.ts'],
              message: 'src/lib/ imports only src/lib/ and pure packages.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/source/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['astro', 'astro:*', 'astro/*', '@astrojs/*', '../astro/*'],
              message: 'src/source/ reads content as files, without Astro.',
            },
            { group: ['../publish/*'], message: 'src/source/ knows nothing of the publish path.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/astro/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['../publish/*'], message: 'The Astro glue does not call the publish path; the publish path starts Astro.' }],
        },
      ],
    },
  },
  // Scripts that run in the browser.
  {
    files: ['src/scripts/**', 'src/hub/scripts/**', '**/*.astro/*.ts', '**/*.astro/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
