/**
 * The editing UI's own files (Sveltia CMS, from its npm package), served by the site under
 * /admin/ so that nothing is fetched from a CDN: the app, the chunk it loads beside itself, and
 * its Vietnamese strings (which the app would otherwise fetch from a CDN; src/scripts/admin-setup.ts
 * points it here).
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
// The package exports only its npm/ entry; its dist/ and locales/ sit beside that folder.
const cmsPackage = () => dirname(dirname(require.resolve('@sveltia/cms')));
/** A file of an installed font package (fontsource), by package and file name. */
const fontFile = (pkg: string, name: string) => join(dirname(require.resolve(`${pkg}/package.json`)), 'files', name);

/**
 * The three fonts the app would load from a CDN, as this site's files: the icon font (without
 * it every icon shows as its name), the text font and the code font. admin-setup.ts points the
 * app's @font-face rules here, by the CDN file name.
 */
const cmsFonts = (): Record<string, string> => ({
  'material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2': fontFile(
    '@fontsource-variable/material-symbols-outlined',
    'material-symbols-outlined-latin-wght-normal.woff2',
  ),
  'source-sans-3:vf@5.3.0/latin-wght-normal.woff2': fontFile('@fontsource-variable/source-sans-3', 'source-sans-3-latin-wght-normal.woff2'),
  'noto-mono@5.3.0/latin-400-normal.woff2': fontFile('@fontsource/noto-mono', 'noto-mono-latin-400-normal.woff2'),
});
/** The file name under /admin/fonts/ of a font the app names by its CDN path. */
const cmsFontPath = (cdnPath: string) => `fonts/${cdnPath.split(/[:@/]/)[0]}.woff2`;

/** Paths under /admin/ and the package file each one serves. */
export function cmsFiles(): { path: string; file: string }[] {
  const PACKAGE = cmsPackage();
  const chunks = readdirSync(join(PACKAGE, 'dist', 'chunks')).filter((f) => f.endsWith('.js'));
  return [
    // The ES module build, served as .js: every static host sends .js as JavaScript.
    { path: 'sveltia-cms.js', file: join(PACKAGE, 'dist', 'sveltia-cms.mjs') },
    ...chunks.map((f) => ({ path: `chunks/${f}`, file: join(PACKAGE, 'dist', 'chunks', f) })),
    { path: 'locales/vi.json', file: join(PACKAGE, 'locales', 'vi.json') },
    ...Object.entries(cmsFonts()).map(([cdn, file]) => ({ path: cmsFontPath(cdn), file })),
  ];
}

/** The repository the editing UI signs in to: GitHub Actions' GITHUB_REPOSITORY when built there, or PORTAL_REPOSITORY. */
export const cmsRepository = (env: Record<string, string | undefined> = process.env): string =>
  env.PORTAL_REPOSITORY ?? env.GITHUB_REPOSITORY ?? 'to-chuc/cong-thong-tin';
