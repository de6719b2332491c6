/** Builds of one output directory: a failed build keeps the previous site; an incremental build equals a clean one. */
import { describe, expect, it } from 'vitest';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCacheDir } from '../../src/source/paths.ts';
import { buildSite, materialize, writeArticleSeries } from '../helpers/fixtures.ts';
import { page } from '../helpers/built-site.ts';
import { snapshot } from '../helpers/snapshot.ts';

const project = join(import.meta.dirname, '..', '..');

describe('atomic builds', () => {
  it('keeps the previous site when the content check fails or Astro fails mid-build (and sends nothing anywhere)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-atomic-'));
    const out = join(dir, 'site');
    try {
      // Every request the build makes is logged (tests/helpers/fetch-spy.mjs): Astro's telemetry must not be one.
      const first = buildSite(materialize(undefined, dir), out, { env: { ...process.env, NODE_OPTIONS: `--import ${join(project, 'tests/helpers/fetch-spy.mjs')}` } });
      expect(first.status, first.stderr).toBe(0);
      expect(first.stderr).not.toMatch(/FETCH .*astro/);
      // One mention matcher for the whole build (MDX pipeline, .md bodies and the model share it).
      expect(first.stdout).toContain('bộ nhận diện tên đơn vị: dựng 1 lần');
      const before = snapshot(out);
      expect(Object.keys(before).length).toBeGreaterThan(20);

      const checkFail = buildSite(materialize('bad/invalid-date', dir), out);
      expect(checkFail.status).toBe(1);
      expect(checkFail.stdout).toContain('› date:');

      const astroFail = buildSite(materialize('bad/mdx-missing-import', dir), out);
      expect(astroFail.status).toBe(1);
      expect(astroFail.stdout + astroFail.stderr).toContain('khong-co.astro');
      expect(astroFail.stderr).toContain('giữ nguyên như trước');

      expect(snapshot(out)).toEqual(before);
      // No staging directory is left behind.
      expect(readdirSync(dir).sort()).toEqual(['bad', 'site', 'valid']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      for (const root of ['valid', 'bad/invalid-date', 'bad/mdx-missing-import']) rmSync(buildCacheDir(join(dir, root), project), { recursive: true, force: true });
    }
  });
});

describe('incremental builds', () => {
  it('after edits, reuses unchanged pages and search indexes and writes exactly what a clean build writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-incremental-'));
    const content = materialize(undefined, dir);
    // Enough articles for a second archive page.
    writeArticleSeries(content, { count: 25, year: 2019, category: 'Tin tổng hợp', tag: 'Lưu trữ' });
    const out = join(dir, 'site');
    const clean = join(dir, 'clean');
    try {
      expect(buildSite(content, out, { force: true }).status).toBe(0);

      // A new title (shown by its neighbours, the archive, unit and decision pages, the main
      // search index) and a sentence added to the body, naming a unit; the 2020 search shard stays
      // as it was.
      const edited = join(content, 'articles/2021/cung-ngay-2021.md');
      writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: "Tiêu đề đã sửa"'));
      appendFileSync(edited, '\nMột câu được biên tập viên thêm vào, về xã Bằng Lãng.\n');
      // And a document's title (its page, the registry and its filters, the articles that report it).
      const document = join(content, 'decisions/100-2020.json');
      writeFileSync(document, readFileSync(document, 'utf8').replace('Công nhận đơn vị đạt chuẩn năm 2020', 'Công nhận các đơn vị đạt chuẩn năm 2020 (sửa)'));

      const again = buildSite(content, out);
      expect(again.status, again.stderr).toBe(0);
      expect(again.stdout).toContain('Dựng đầy đủ: articles/2021/cung-ngay-2021.md: phần thông tin đầu bài đã đổi');
      expect(again.stdout.match(/\((restored|cached)\)/g)?.length ?? 0).toBeGreaterThan(0);
      expect(JSON.parse(/BUILD_STATS (.*)/.exec(again.stdout)![1]!).search_indexes_reused).toBeGreaterThan(0);

      expect(buildSite(content, clean, { force: true }).status).toBe(0);
      const incremental = snapshot(out);
      expect(Object.keys(incremental).length).toBeGreaterThan(20);
      expect(incremental).toEqual(snapshot(clean));
      // The sentence's mention reached the unit's page (the body was read again, not taken from the last build).
      expect(page(out, '/don-vi/bang-lang/').querySelector('a[href="/tin-tuc/cung-ngay-2021/"]')).not.toBeNull();

      // With nothing changed, a rebuild of the same output reuses every article, unit and document
      // page, and every page of the archive, the categories, the tags and the document registry. (The first build after the clean one, which wrote elsewhere, renders the pages again:
      // the output folder is part of what Astro compiles for photos.)
      expect(buildSite(content, out).status).toBe(0);
      // (Without the record of the last build, so that Astro runs: with it, nothing is rebuilt at all.)
      rmSync(join(buildCacheDir(content, project), 'last-build.json'));
      const unchanged = buildSite(content, out);
      expect(unchanged.stdout).toContain('Dựng đầy đủ: chưa có lần dựng trước');
      // (Astro colours its log when CI is set: the escape codes go before the lines are read.)
      const log = unchanged.stdout.replace(/\x1b\[[0-9;]*m/g, '');
      const keyed = log.split(/(?=\d\d:\d\d:\d\d )/).filter((l) => /\/(tin-tuc(\/\S+)?|van-ban(\/\S+)?|don-vi\/[^/\s]+|quyet-dinh\/[^/\s]+)\/index\.html/.test(l));
      // (among them the archive's first and second pages, a category's, a tag's, the registry's)
      for (const path of ['/tin-tuc/trang/2/', '/tin-tuc/chuyen-muc/', '/tin-tuc/the/', '/tin-tuc/index.html', '/van-ban/index.html', '/van-ban/nam/']) expect(keyed.some((l) => l.includes(path))).toBe(true);
      expect(keyed.length).toBeGreaterThan(8);
      expect(keyed.filter((l) => !/\((restored|cached)\)/.test(l))).toEqual([]);

      // A new article (between two others: both neighbours, the archive, a unit page and the
      // search change) published incrementally equals a clean build too.
      writeFileSync(
        join(content, 'articles/2021/bai-moi-giua-hai-bai.md'),
        '---\ntitle: "Bài mới giữa hai bài"\ndate: 2021-06-01\ncategory: Tin tổng hợp\n---\n\nXã Đồng Thắng có bài mới.\n',
      );
      expect(buildSite(content, out).status).toBe(0);
      expect(buildSite(content, clean, { force: true }).status).toBe(0);
      expect(snapshot(out)).toEqual(snapshot(clean));
      expect(page(out, '/tin-tuc/hai-don-vi-dat-chuan-2020/').querySelector('a[rel=next]')!.getAttribute('href')).toBe('/tin-tuc/bai-moi-giua-hai-bai/');

      // A sentence added to an article's text that names no unit is published without Astro
      // (scripts/build/quick-publish.ts), and still equals a clean build.
      expect(buildSite(content, out).stdout).toContain('Dựng đầy đủ: lần dựng trước không ghi vào');
      const typo = join(content, 'articles/2019/ban-tin-luu-tru-2019-003.md');
      appendFileSync(typo, '\nMột câu sửa lỗi chính tả, không nhắc đơn vị nào.\n');
      const quick = buildSite(content, out);
      expect(quick.status, quick.stderr).toBe(0);
      expect(quick.stdout).toContain('chỉ nội dung 1 bài thay đổi (tin-tuc/ban-tin-luu-tru-2019-003/index.html)');
      expect(JSON.parse(/BUILD_STATS (.*)/.exec(quick.stdout)![1]!).mode).toBe('text-only');
      expect(buildSite(content, clean, { force: true }).status).toBe(0);
      expect(snapshot(out)).toEqual(snapshot(clean));
      expect(page(out, '/tin-tuc/ban-tin-luu-tru-2019-003/').querySelector('.body')!.textContent).toContain('không nhắc đơn vị nào');
      // With nothing changed the output is kept; a sentence naming a unit needs the full build.
      expect(buildSite(content, clean).stdout).toContain('giữ nguyên');
      appendFileSync(typo, '\nXã Đồng Thắng cũng có tin.\n');
      const full = buildSite(content, clean);
      expect(full.stdout).toContain('Dựng đầy đủ: articles/2019/ban-tin-luu-tru-2019-003.md: các đơn vị được nhắc đến đã đổi');
      expect(page(clean, '/don-vi/dong-thang/').querySelector('a[href="/tin-tuc/ban-tin-luu-tru-2019-003/"]')).not.toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(buildCacheDir(content, project), { recursive: true, force: true });
    }
  });
});
