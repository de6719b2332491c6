/** Builds of one output directory: a failed build keeps the previous site; an incremental build equals a clean one. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCacheDir } from '../../src/source/paths.ts';
import { CACHE_FILES } from '../../src/source/build-cache.ts';
import { buildSite, materialize, rewriteFile, startBuild, writeArticleSeries } from '../helpers/fixtures.ts';
import { page } from '../helpers/built-site.ts';
import { snapshot } from '../../scripts/support/snapshot.ts';

const project = join(import.meta.dirname, '..', '..');

// (the two cases at once: each waits on its own builds, one after the other)
describe.concurrent('builds of one output, and the project folder', () => {
  it('keeps the previous site when the content check fails or Astro fails mid-build (and sends nothing anywhere)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-atomic-'));
    const out = join(dir, 'site');
    try {
      // Every request the build makes is logged (tests/helpers/fetch-spy.mjs): Astro's telemetry must not be one.
      const first = await startBuild(materialize(undefined, dir), out, {
        env: { ...process.env, NODE_OPTIONS: `--import ${join(project, 'tests/helpers/fetch-spy.mjs')}` },
      });
      expect(first.status, first.stderr).toBe(0);
      expect(first.stderr).not.toMatch(/FETCH .*astro/);
      // One mention matcher for the whole build (MDX pipeline, .md bodies and the model share it).
      expect(stats(first).mention_matchers).toBe(1);
      // The fixture's one older-article shard (site.json: searchRecentArticles 2) has its index. Whether
      // it was made while Astro still rendered depends on which ends first (the other tests share the
      // cores): tests/integration/search-index.test.ts checks that path with the order fixed.
      expect(existsSync(join(out, 'pagefind/tin-tuc/2020/pagefind-entry.json'))).toBe(true);
      expect(stats(first).search_indexed_while_rendering ?? ['2020']).toEqual(['2020']);
      const before = snapshot(out);
      expect(Object.keys(before).length).toBeGreaterThan(20);
      // What the articles' bodies name is kept for the next build once this one ended (src/astro/body-cache.ts).
      const bodies = JSON.parse(readFileSync(join(buildCacheDir(join(dir, 'valid'), project), CACHE_FILES.bodies), 'utf8')) as {
        articles: Record<string, unknown>;
      };
      expect(Object.keys(bodies.articles).sort()).toEqual(articleIds(join(dir, 'valid/articles')));

      const checkFail = await startBuild(materialize('bad/invalid-date', dir), out);
      expect(checkFail.status).toBe(1);
      expect(checkFail.stdout).toContain('› date:');

      const astroFail = await startBuild(materialize('bad/mdx-missing-import', dir), out);
      expect(astroFail.status).toBe(1);
      expect(astroFail.stdout + astroFail.stderr).toContain('khong-co.astro');
      expect(astroFail.stderr).toContain('giữ nguyên như trước');

      expect(snapshot(out)).toEqual(before);
      // No staging directory is left behind.
      expect(readdirSync(dir).sort()).toEqual(['bad', 'site', 'valid']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      for (const root of ['valid', 'bad/invalid-date', 'bad/mdx-missing-import'])
        rmSync(buildCacheDir(join(dir, root), project), { recursive: true, force: true });
    }
  });

  it("leaves each build its own content store: a site with an MDX article builds after Astro's `astro sync` in the project folder (npm run typecheck, npm run dev)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-dev-store-'));
    const content = materialize('editor-saved', dir);
    try {
      const sync = await new Promise<{ status: number | null; output: string }>((done) => {
        const child = spawn(process.execPath, ['scripts/astro.ts', 'sync'], {
          cwd: project,
          env: { ...process.env, PORTAL_CONTENT: content },
        });
        let output = '';
        child.stdout.on('data', (d: Buffer) => (output += d.toString()));
        child.stderr.on('data', (d: Buffer) => (output += d.toString()));
        child.on('close', (status) => done({ status, output }));
      });
      expect(sync.status, sync.output).toBe(0);
      const built = await startBuild(content, join(dir, 'site'));
      expect(built.status, built.stdout + built.stderr).toBe(0);
      expect(existsSync(join(dir, 'site/tin-tuc/ghi-chu-tu-may-mac/index.html'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(buildCacheDir(content, project), { recursive: true, force: true });
    }
  });
});

interface BuildStats {
  mode: 'keep' | 'text-only' | 'changed-pages' | 'full';
  /** Why the build took its mode, as `npm run build` tells the editor. */
  why: string;
  /** The pages Astro rendered (a changed-pages build). */
  rendered?: string[];
  /** A changed-pages build: how many MDX articles it bundled ("all", or those whose body may have changed). */
  mdx_bundled?: number | 'all';
  /** The pages patched without Astro (a text-only publish). */
  patched?: string[];
  pages_linked?: number;
  /** Where a text-only publish's staging copy came from: the replaced site brought up to date, or the site linked whole. */
  staged_from?: 'standby' | 'linked';
  search_indexes_reused?: number;
  /** The search shards Pagefind indexed while Astro still rendered (a full build). */
  search_indexed_while_rendering?: string[];
  /** Mention matchers the Astro build made (src/astro/integration.ts). */
  mention_matchers?: number;
}
/** What a build reports of itself (src/publish/publish-site.ts prints it as BUILD_STATS). */
function stats(r: { status: number | null; stdout: string; stderr: string }): BuildStats {
  expect(r.status, r.stdout + r.stderr).toBe(0);
  const line = /^BUILD_STATS (.*)$/m.exec(r.stdout);
  expect(line, r.stdout).not.toBeNull();
  return JSON.parse(line![1]!) as BuildStats;
}

/**
 * One content set and two outputs edited in turn: each case starts from the state the one before
 * left (the cases run in order; a failure names its own case).
 */
describe('incremental builds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portal-incremental-'));
  // With photos: the pages that show them are linked from the last build with their photo files.
  const content = materialize('photos', dir);
  const out = join(dir, 'site');
  const clean = join(dir, 'clean');
  const cache = buildCacheDir(content, project);
  // What a clean build writes is built from a copy of the content, with its own build cache, while
  // the publish runs: the content's cache follows `out` alone.
  const reference = join(dir, 'reference');
  /** A publish into `out` and, at the same time, a clean build of the content as it is now into `clean`. */
  async function publishBesideClean() {
    rmSync(reference, { recursive: true, force: true });
    cpSync(content, reference, { recursive: true });
    const [published, built] = await Promise.all([startBuild(content, out), startBuild(reference, clean, { force: true })]);
    expect(built.status, built.stdout + built.stderr).toBe(0);
    return published;
  }
  let recorded: string[] = [];
  const typo = join(content, 'articles/2019/ban-tin-luu-tru-2019-003.md');
  // An MDX article (an expression, a unit named), which a new article next to it gives a new neighbour.
  const mdx = join(content, 'articles/2020/bai-mdx-giua-nam.mdx');
  const photoArticle = join(content, 'articles/2020/le-trao-co-thi-dua.md');

  beforeAll(() => {
    // Enough articles for a second archive page.
    writeArticleSeries(content, { count: 25, year: 2019, category: 'Tin tổng hợp', tag: 'Lưu trữ' });
    writeFileSync(mdx, '---\ntitle: "Bài MDX giữa năm"\ndate: 2020-03-01\n---\n\nXã Bằng Lãng có {2 + 3} thôn đạt chuẩn.\n');
    const first = buildSite(content, out, { force: true });
    if (first.status !== 0) throw new Error(first.stdout + first.stderr);
    recorded = Object.keys(JSON.parse(readFileSync(join(cache, 'pages.json'), 'utf8')).pages as Record<string, string>);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    rmSync(buildCacheDir(reference, project), { recursive: true, force: true });
  });

  it('records every page with a cache key', () => {
    // Among them the archive's first and second pages, a category's, a tag's, the registry's and a filter's.
    for (const url of [
      '/tin-tuc/',
      '/tin-tuc/trang/2/',
      '/tin-tuc/chuyen-muc/tin-tong-hop/',
      '/tin-tuc/the/luu-tru/',
      '/van-ban/',
      '/van-ban/nam/2020/',
      '/don-vi/bang-lang/',
      '/quyet-dinh/100-2020/',
      '/tin-tuc/le-trao-co-thi-dua/',
    ]) {
      expect(recorded).toContain(url);
    }
  });

  it('after a title, a sentence naming a unit and a document title change, renders only the pages they change, reuses the search indexes, and writes what a clean build writes', async () => {
    // A new title (shown by its neighbours, the archive, unit and decision pages, the main
    // search index) and a sentence added to the body, naming a unit; the 2020 search shard stays
    // as it was.
    const edited = join(content, 'articles/2021/cung-ngay-2021.md');
    rewriteFile(edited, (t) => t.replace(/^title: .*$/m, 'title: "Tiêu đề đã sửa"'));
    appendFileSync(edited, '\nMột câu được biên tập viên thêm vào, về xã Bằng Lãng.\n');
    // And a document's title (its page, the registry and its filters, the articles that report it).
    const document = join(content, 'decisions/100-2020.json');
    rewriteFile(document, (t) => t.replace('Công nhận đơn vị đạt chuẩn năm 2020', 'Công nhận các đơn vị đạt chuẩn năm 2020 (sửa)'));

    const again = stats(await publishBesideClean());
    expect(again).toMatchObject({ mode: 'changed-pages', why: 'decisions/100-2020.json không phải nội dung một bài .md' });
    expect(again.pages_linked).toBeGreaterThan(20);
    expect(again.search_indexes_reused).toBeGreaterThan(0);
    const rendered = again.rendered;
    for (const url of ['/tin-tuc/cung-ngay-2021/', '/quyet-dinh/100-2020/', '/don-vi/bang-lang/', '/van-ban/', '/tin-tuc/'])
      expect(rendered).toContain(url);
    // (an article that neither shows nor is shown by the edited ones, and the photo article)
    for (const url of ['/tin-tuc/ban-tin-luu-tru-2019-003/', '/tin-tuc/le-trao-co-thi-dua/', '/tin-tuc/trang/1/'])
      expect(rendered).not.toContain(url);

    const incremental = snapshot(out);
    expect(Object.keys(incremental).length).toBeGreaterThan(20);
    expect(incremental).toEqual(snapshot(clean));
    // The sentence's mention reached the unit's page (the body was read again, not taken from the last build).
    expect(page(out, '/don-vi/bang-lang/').querySelector('a[href="/tin-tuc/cung-ngay-2021/"]')).not.toBeNull();
  });

  it('renders no page with a key after a change that changes none (units.json written again, same units)', () => {
    // Every key is stable from one build to the next.
    rewriteFile(join(content, 'units.json'), (t) => `${JSON.stringify(JSON.parse(t), null, 1)}\n`);
    const unchanged = stats(buildSite(content, out));
    expect(unchanged.mode).toBe('changed-pages');
    expect(unchanged.rendered!.filter((url) => recorded.includes(url))).toEqual([]);
    expect(unchanged.rendered).toContain('/');
  });

  it('after a new article between two others and an article removed, writes what a clean build writes', async () => {
    // Both neighbours, the archive, a unit page and the search change; the removed page and its place in the sitemap go.
    writeFileSync(
      join(content, 'articles/2021/bai-moi-giua-hai-bai.md'),
      '---\ntitle: "Bài mới giữa hai bài"\ndate: 2021-06-01\ncategory: Tin tổng hợp\n---\n\nXã Đồng Thắng có bài mới.\n',
    );
    rmSync(join(content, 'articles/2019/ban-tin-luu-tru-2019-025.md'));
    expect(stats(await publishBesideClean()).mode).toBe('changed-pages');
    expect(snapshot(out)).toEqual(snapshot(clean));
    expect(page(out, '/tin-tuc/hai-don-vi-dat-chuan-2020/').querySelector('a[rel=next]')!.getAttribute('href')).toBe(
      '/tin-tuc/bai-moi-giua-hai-bai/',
    );
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).not.toContain('ban-tin-luu-tru-2019-025');
  });

  it("after a new article next to an MDX article, renders the MDX article's page with the body the site shows, bundling no MDX, then bundles it again once its text changes, as a clean build writes it", async () => {
    writeFileSync(join(content, 'articles/2020/bai-sau-bai-mdx.md'), '---\ntitle: "Bài sau bài MDX"\ndate: 2020-03-02\n---\n\nBài mới.\n');
    const added = stats(await publishBesideClean());
    expect(added).toMatchObject({ mode: 'changed-pages', mdx_bundled: 0 });
    expect(added.rendered).toContain('/tin-tuc/bai-mdx-giua-nam/');
    expect(snapshot(out)).toEqual(snapshot(clean));
    const shown = page(out, '/tin-tuc/bai-mdx-giua-nam/');
    expect(shown.querySelector('a[rel=next]')!.getAttribute('href')).toBe('/tin-tuc/bai-sau-bai-mdx/');
    expect(shown.querySelector('.body')!.textContent).toContain('có 5 thôn');

    appendFileSync(mdx, '\nThêm {1 + 1} câu.\n');
    const edited = stats(await publishBesideClean());
    expect(edited).toMatchObject({ mode: 'changed-pages', mdx_bundled: 1 });
    expect(snapshot(out)).toEqual(snapshot(clean));
    expect(page(out, '/tin-tuc/bai-mdx-giua-nam/').querySelector('.body')!.textContent).toContain('Thêm 2 câu.');
  });

  it('publishes a sentence that names no unit without Astro, as a clean build writes it', async () => {
    // (src/publish/quick-publish.ts)
    appendFileSync(typo, '\nMột câu sửa lỗi chính tả, không nhắc đơn vị nào.\n');
    expect(stats(await publishBesideClean())).toMatchObject({ mode: 'text-only', patched: ['/tin-tuc/ban-tin-luu-tru-2019-003/'] });
    expect(snapshot(out)).toEqual(snapshot(clean));
    expect(page(out, '/tin-tuc/ban-tin-luu-tru-2019-003/').querySelector('.body')!.textContent).toContain('không nhắc đơn vị nào');
  });

  it('publishes a corrected title without Astro in every place that shows it (its page, a neighbour, lists, unit and document pages, the feed), as a clean build writes it', async () => {
    // The newest article: on the home page and in the feed; no summary, so its title is its page's description too.
    rewriteFile(join(content, 'articles/2021/dat-chuan-2021.md'), (t) =>
      t.replace('title: "Đơn vị đạt chuẩn năm 2021"', 'title: "Các đơn vị đạt chuẩn năm 2021 (bản sửa)"'),
    );
    const published = stats(await publishBesideClean());
    expect(published).toMatchObject({ mode: 'text-only', why: 'chỉ nội dung hoặc tiêu đề 1 bài thay đổi' });
    for (const url of [
      '/tin-tuc/dat-chuan-2021/',
      '/tin-tuc/cung-ngay-2021/',
      '/',
      '/tin-tuc/',
      '/don-vi/bang-lang/',
      '/quyet-dinh/200-2021/',
      '/rss.xml',
    ])
      expect(published.patched).toContain(url);
    expect(snapshot(out)).toEqual(snapshot(clean));
    expect(page(out, '/tin-tuc/dat-chuan-2021/').querySelector('h1')!.textContent).toBe('Các đơn vị đạt chuẩn năm 2021 (bản sửa)');
  });

  it("refuses a sentence that fails the article's own check, naming the file and field, checking only what changed, and keeps the site", () => {
    const before = snapshot(out);
    const restore = rewriteFile(typo, (t) => `${t}\n<script>alert(1)</script>\n`);
    try {
      const r = buildSite(content, out);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('1 bài chỉ sửa nội dung hoặc tiêu đề (articles/2019/ban-tin-luu-tru-2019-003.md)');
      expect(r.stdout).toMatch(/ban-tin-luu-tru-2019-003\.md › body: dòng \d+, cột 1: /);
      expect(r.stderr).toContain('giữ nguyên như trước');
      expect(snapshot(out)).toEqual(before);
    } finally {
      restore();
    }
    expect(stats(buildSite(content, out)).mode).toBe('keep');
  });

  it('renders a page patched without Astro again once its text goes back, not leaving it as patched', async () => {
    // Another sentence published without Astro, then taken out again (the
    // article as that site was built from) with another article's summary changed.
    const typoBuilt = readFileSync(typo, 'utf8');
    appendFileSync(typo, '\nMột câu khác, cũng không nhắc đơn vị nào.\n');
    expect(stats(buildSite(content, out)).mode).toBe('text-only');
    writeFileSync(typo, typoBuilt);
    const other = join(content, 'articles/2019/ban-tin-luu-tru-2019-010.md');
    rewriteFile(other, (t) => t.replace(/^title: .*$/m, (title) => `${title}\nsummary: "Tóm tắt mới của bản tin số 10."`));
    const back = stats(buildSite(content, out));
    expect(back.mode).toBe('changed-pages');
    expect(back.rendered).toContain('/tin-tuc/ban-tin-luu-tru-2019-003/');
    // The next sentence starts from the site that publish replaced, brought up to date with the
    // pages it rendered (src/publish/atomic.ts), not from a copy of the whole site.
    appendFileSync(typo, '\nMột câu nữa, sau lần dựng các trang thay đổi.\n');
    expect(stats(await publishBesideClean())).toMatchObject({ mode: 'text-only', staged_from: 'standby' });
    expect(snapshot(out)).toEqual(snapshot(clean));
  });

  it('keeps the output when nothing changed, and publishes a sentence naming a unit and the title of an article with photos through Astro', async () => {
    expect(stats(buildSite(content, out)).mode).toBe('keep');
    appendFileSync(typo, '\nXã Đồng Thắng cũng có tin.\n');
    expect(stats(buildSite(content, out))).toMatchObject({
      mode: 'changed-pages',
      why: 'articles/2019/ban-tin-luu-tru-2019-003.md: các đơn vị được nhắc đến đã đổi',
    });
    expect(page(out, '/don-vi/dong-thang/').querySelector('a[href="/tin-tuc/ban-tin-luu-tru-2019-003/"]')).not.toBeNull();
    // Its photos stay the same.
    rewriteFile(photoArticle, (t) => t.replace(/^title: .*$/m, 'title: "Lễ trao cờ thi đua (sửa)"'));
    const retitled = stats(await publishBesideClean());
    expect(retitled.mode).toBe('changed-pages');
    expect(retitled.rendered).toContain('/tin-tuc/le-trao-co-thi-dua/');
    expect(snapshot(out)).toEqual(snapshot(clean));
  });

  it("builds everything again when a photo is taken out of an article's text", () => {
    rewriteFile(photoArticle, (t) => t.replace(/^!\[.*$/m, ''));
    expect(stats(buildSite(content, out))).toMatchObject({
      mode: 'full',
      why: 'articles/2020/le-trao-co-thi-dua.md: ảnh của bài đã đổi',
    });
  });

  it('after a new article, the newest, renders the front and newest pages of its listings, not the full pages before them', () => {
    writeFileSync(
      join(content, 'articles/2021/bai-moi-nhat.md'),
      '---\ntitle: "Bài mới nhất"\ndate: 2021-12-31\ncategory: Tin tổng hợp\ntags: [Lưu trữ]\n---\n\nBài mới nhất của năm.\n',
    );
    const again = stats(buildSite(content, out));
    expect(again.mode, again.why).toBe('changed-pages');
    for (const url of ['/tin-tuc/', '/tin-tuc/chuyen-muc/tin-tong-hop/', '/tin-tuc/the/luu-tru/']) expect(again.rendered).toContain(url);
    for (const url of ['/tin-tuc/trang/1/']) {
      expect(existsSync(join(out, url, 'index.html')), url).toBe(true);
      expect(again.rendered, url).not.toContain(url);
    }
  });
});

/** The ids of the articles under `dir` (a file's name without its extension, as the site names it). */
function articleIds(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => f.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, ''))
    .sort();
}
