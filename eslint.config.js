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
  // Scripts that run in the browser.
  {
    files: ['src/scripts/**', 'src/hub/scripts/**', '**/*.astro/*.ts', '**/*.astro/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
