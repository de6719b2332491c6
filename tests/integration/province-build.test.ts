/**
 * A province's one Astro build for its sites' full builds (src/publish/province-build.ts), with a
 * stand-in for Astro that writes what a build of several sites writes: which builds go together,
 * which go alone, and what each site's folder holds after. That the real build's sites equal each
 * site built alone is tests/site/province-builds.test.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AstroBuilder } from '../../src/publish/astro-cli.ts';
import { provinceBuilds } from '../../src/publish/province-build.ts';
import type { BuildContext } from '../../src/source/build-context.ts';
import { filesUnder } from '../../src/publish/link.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'portal-province-build-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};

/** A site's content folder with its settings. */
function site(id: string): string {
  const root = join(dir, 'content', 'sites', id);
  const settings = { name: `Xã ${id}`, province: 'tỉnh Thái Nguyên', baseUrl: `https://${id}.example`, publisher: `UBND xã ${id}` };
  write(join(root, 'site.json'), JSON.stringify({ ...settings, description: `Trang của xã ${id}.` }));
  return root;
}

/** Astro as a stand-in: each call recorded; a build of several sites writes a folder per site, a shared asset folder and a public file. */
function standIn() {
  const calls: { outDir: string; context: BuildContext }[] = [];
  const astro: AstroBuilder = ({ outDir }, _workDir, context) => {
    calls.push({ outDir, context });
    for (const id of Object.keys(context.sites ?? {})) {
      write(join(outDir, id, 'index.html'), `<link href="/_astro/${id}.css"><a href="/tin-tuc/">${id}</a>`);
      write(join(outDir, id, '404', 'index.html'), 'không tìm thấy');
      write(join(outDir, '_astro', `${id}.css`), `@font-face{src:url(/_astro/font-${id}.woff2)}`);
      write(join(outDir, '_astro', `font-${id}.woff2`), 'font');
    }
    write(join(outDir, 'style.css'), 'body{}');
    return { ended: Promise.resolve(0), stop: () => {} };
  };
  return { astro, calls };
}

const place = (astro: AstroBuilder) => ({ root: join(dir, 'content'), astro, workDir: join(dir, 'work'), out: join(dir, 'together') });
const full = (id: string): BuildContext => ({ content: site(id), pageRecord: join(dir, `${id}.pages.json`) });

describe("a province's one build for its sites' full builds", () => {
  it('builds the full builds together once every site has asked or settled; a changed-pages build goes alone at once', async () => {
    const { astro, calls } = standIn();
    const builds = provinceBuilds(place(astro), ['a', 'b', 'c', 'd']);
    const a = builds.builderFor('a')({ outDir: join(dir, 'out', 'a') }, join(dir, 'work-a'), full('a'));
    const changed = builds.builderFor('c')({ outDir: join(dir, 'out', 'c') }, join(dir, 'work-c'), { ...full('c'), changedSince: 'x' });
    expect(calls.map((c) => c.outDir)).toEqual([join(dir, 'out', 'c')]);
    expect(await changed.ended).toBe(0);
    const b = builds.builderFor('b')({ outDir: join(dir, 'out', 'b') }, join(dir, 'work-b'), full('b'));
    // (d publishes without Astro: nothing to build until it says so)
    expect(calls).toHaveLength(1);
    builds.settle('d');
    expect([await a.ended, await b.ended]).toEqual([0, 0]);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.outDir).toBe(join(dir, 'together'));
    expect(calls[1]!.context).toEqual({ content: join(dir, 'content'), sites: { a: full('a'), b: full('b') } });
    // Each site's folder holds its pages, its 404 page where a site's own build writes it, the
    // public files, the asset files it names (and those they name), and its sitemap.
    expect(filesUnder(join(dir, 'out', 'a')).sort()).toEqual(
      ['404.html', '_astro/a.css', '_astro/font-a.woff2', 'index.html', 'sitemap-0.xml', 'sitemap-index.xml', 'style.css'].map((f) =>
        join(...f.split('/')),
      ),
    );
    expect(readFileSync(join(dir, 'out', 'b', 'sitemap-0.xml'), 'utf8')).toContain('<loc>https://b.example/</loc>');
    expect(existsSync(join(dir, 'together'))).toBe(false);
  });

  it('a full build that is the only one runs as a build of its own site', async () => {
    const { astro, calls } = standIn();
    const builds = provinceBuilds(place(astro), ['a', 'b']);
    builds.settle('b');
    const a = builds.builderFor('a')({ outDir: join(dir, 'out', 'a') }, join(dir, 'work-a'), full('a'));
    expect(await a.ended).toBe(0);
    expect(calls).toEqual([{ outDir: join(dir, 'out', 'a'), context: full('a') }]);
  });

  it('a failed build is tried again site by site: only the site whose own build fails fails, and no folder is left behind', async () => {
    const calls: BuildContext[] = [];
    // (the build of both fails; b's alone fails too; a's alone succeeds)
    const failing: AstroBuilder = (_build, _workDir, context) => {
      calls.push(context);
      const fails = Boolean(context.sites) || context.content === join(dir, 'content', 'sites', 'b');
      return { ended: Promise.resolve(fails ? 1 : 0), stop: () => {} };
    };
    const builds = provinceBuilds(place(failing), ['a', 'b']);
    const ended = ['a', 'b'].map((id) => builds.builderFor(id)({ outDir: join(dir, 'out', id) }, join(dir, `work-${id}`), full(id)).ended);
    expect(await Promise.all(ended)).toEqual([0, 1]);
    expect(calls.map((c) => (c.sites ? Object.keys(c.sites) : c.content))).toEqual([
      ['a', 'b'],
      join(dir, 'content', 'sites', 'a'),
      join(dir, 'content', 'sites', 'b'),
    ]);
    expect(existsSync(join(dir, 'together'))).toBe(false);
  });
});
