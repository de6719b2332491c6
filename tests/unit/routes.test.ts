import { describe, expect, it } from 'vitest';
import { routePattern } from '../../src/lib/routes.ts';

describe('routePattern: a file under src/routes/ and the address Astro gives it', () => {
  it.each([
    ['index.astro', '', '/'],
    ['index.astro', '/[site]', '/[site]'],
    ['404.astro', '', '/404'],
    ['tin-tuc/[slug].astro', '', '/tin-tuc/[slug]'],
    ['tin-tuc/[...page].astro', '/[site]', '/[site]/tin-tuc/[...page]'],
    ['gioi-thieu/index.astro', '', '/gioi-thieu'],
    ['gioi-thieu/lanh-dao.astro', '/[site]', '/[site]/gioi-thieu/lanh-dao'],
    ['du-lieu/[dataset].json.ts', '', '/du-lieu/[dataset].json'],
    ['robots.txt.ts', '/[site]', '/[site]/robots.txt'],
    ['quyet-dinh/[slug]/[file].ts', '', '/quyet-dinh/[slug]/[file]'],
  ])('%s under "%s" is %s', (file, prefix, pattern) => {
    expect(routePattern(file, prefix)).toBe(pattern);
  });

  it.each(['tin-tuc/_components/Listing.astro', '_draft.astro', 'notes.md', 'van-ban/_components/Registry.astro'])(
    '%s is not a route',
    (file) => {
      expect(routePattern(file)).toBeUndefined();
    },
  );
});
