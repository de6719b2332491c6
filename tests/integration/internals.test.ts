/**
 * What src/internals.ts relies on, checked against the installed packages: when an upgrade changes
 * one, its test fails naming the package, its version and what changed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { portalSitemap } from '../../src/astro/sitemap.ts';
import {
  addAssetImports,
  pagefindCli,
  pagefindIndexed,
  pagefindOneThread,
  processShared,
  resetProcessShared,
  runSitemapHooks,
  sitemapOrder,
  storeWithoutKeys,
} from '../../src/internals.ts';
import { PROJECT } from '../helpers/fixtures.ts';

const packageDir = (name: string) => join(PROJECT, 'node_modules', name);
const versionOf = (name: string) =>
  (JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version;

/** The installed package's file `file` still says `expected` (what src/internals.ts relies on). */
function expectSource(name: string, file: string, expected: string, what: string): void {
  const text = readFileSync(join(packageDir(name), file), 'utf8');
  expect(
    text.includes(expected),
    `${name} ${versionOf(name)}: ${what} (${file} no longer has ${JSON.stringify(expected)}); see src/internals.ts`,
  ).toBe(true);
}

type Store = LoaderContext['store'];

describe("other packages' internals", () => {
  it("2. the content loader's store has addAssetImports, and a store without it is named", () => {
    expectSource(
      'astro',
      'dist/content/mutable-data-store.js',
      'addAssetImports: (assets, fileName) =>',
      "the scoped store's addAssetImports",
    );
    const calls: unknown[] = [];
    addAssetImports({ addAssetImports: (...args: unknown[]) => calls.push(args) } as unknown as Store, ['../anh/a.jpg'], 'a.md');
    expect(calls).toEqual([[['../anh/a.jpg'], 'a.md']]);
    expect(() => addAssetImports({} as Store, [], 'a.md')).toThrow("astro: the content loader's store no longer has addAssetImports");
  });

  it('3. glob() finds the entries to delete by store.keys(), and the store it is given hides the others', () => {
    expectSource('astro', 'dist/content/loaders/glob.js', 'new Set(store.keys())', 'glob() finds what it did not load by store.keys()');
    const entries = new Map([
      ['a', 1],
      ['b', 2],
    ]);
    const store = { keys: () => [...entries.keys()], get: (k: string) => entries.get(k) } as unknown as Store;
    const seen = storeWithoutKeys(store, new Set(['a']));
    expect(seen.keys()).toEqual(['b']);
    expect(seen.get('a')).toBe(1);
  });

  it('4. Pagefind runs from its command-line entry and says how many pages it indexed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-pagefind-'));
    try {
      mkdirSync(join(dir, 'site', 'a'), { recursive: true });
      writeFileSync(join(dir, 'site', 'index.html'), '<html lang="vi"><body><main data-pagefind-body>Xã Nam Cường</main></body></html>');
      writeFileSync(
        join(dir, 'site', 'a', 'index.html'),
        '<html lang="vi"><body><main data-pagefind-body>Xã Đồng Lạc</main></body></html>',
      );
      const r = spawnSync(process.execPath, [pagefindCli(), '--site', join(dir, 'site'), '--output-path', join(dir, 'index')], {
        encoding: 'utf8',
      });
      expect(r.status, `pagefind ${versionOf('pagefind')}: ${r.stderr}`).toBe(0);
      expect(
        pagefindIndexed(r.stdout + r.stderr),
        `pagefind ${versionOf('pagefind')} no longer prints "Indexed N pages": ${r.stdout}`,
      ).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("4. Pagefind's binary sizes its thread pool from RAYON_NUM_THREADS (a shard indexed beside Astro runs on one core)", () => {
    const platforms = join(PROJECT, 'node_modules', '@pagefind');
    // (each platform's bin/ also holds the checksums of its downloads: the binaries are the large files)
    const binaries = readdirSync(platforms)
      .flatMap((p) =>
        existsSync(join(platforms, p, 'bin')) ? readdirSync(join(platforms, p, 'bin')).map((b) => join(platforms, p, 'bin', b)) : [],
      )
      .filter((file) => statSync(file).size > 1_000_000);
    expect(binaries.length, `pagefind ${versionOf('pagefind')}: no binary under node_modules/@pagefind/*/bin`).toBeGreaterThan(0);
    for (const binary of binaries) {
      expect(
        readFileSync(binary).includes(Object.keys(pagefindOneThread)[0]!),
        `pagefind ${versionOf('pagefind')}: ${binary} no longer reads RAYON_NUM_THREADS; see src/internals.ts`,
      ).toBe(true);
    }
  });

  it('5. @astrojs/sitemap sorts as sitemapOrder does, and its hooks run by hand write the sitemap of the pages given', async () => {
    expectSource('@astrojs/sitemap', 'dist/generate-sitemap.js', 'a.localeCompare(b, "en", { numeric: true })', 'the order of its URLs');
    const dir = mkdtempSync(join(tmpdir(), 'portal-sitemap-'));
    try {
      const pages = ['tin-tuc/trang/10/', 'tin-tuc/trang/2/', '', 'don-vi/bang-lang/', 'admin/'];
      await runSitemapHooks(portalSitemap(), { site: 'https://xa.example', dir, pages });
      const urls = [...readFileSync(join(dir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
      const expected = [
        'https://xa.example/',
        'https://xa.example/don-vi/bang-lang/',
        'https://xa.example/tin-tuc/trang/2/',
        'https://xa.example/tin-tuc/trang/10/',
      ];
      expect(urls, `@astrojs/sitemap ${versionOf('@astrojs/sitemap')}`).toEqual(expected);
      expect([...expected].reverse().sort(sitemapOrder.compare)).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('7. Astro renders the pages in the process that loaded the config, and processShared gives every module graph of it one value', async () => {
    expectSource(
      'astro',
      'dist/core/build/default-prerenderer.js',
      'await import(prerenderEntryUrl.toString())',
      "its default prerenderer imports the pages' bundle into the build's own process",
    );
    // A second copy of the module, as the pages' bundle has its own: the same value, made once.
    const copy = '../../src/internals.ts?graph=other';
    const other = (await import(/* @vite-ignore */ copy)) as { processShared: typeof processShared };
    expect(other.processShared).not.toBe(processShared);
    let made = 0;
    const first = processShared('internals-test', () => ({ made: ++made }));
    expect(other.processShared('internals-test', () => ({ made: ++made }))).toBe(first);
    expect(made).toBe(1);
    // A warm process's next build starts from none (src/publish/astro-pool.ts).
    resetProcessShared();
    expect(other.processShared('internals-test', () => ({ made: ++made }))).toEqual({ made: 2 });
  });
});
