/**
 * When a publish may render only the changed pages (src/lib/publish-plan.ts), on the stamps a
 * build takes of real files (src/publish/inputs.ts): the rules that keep it equal to a full
 * build, on a fixture with photos (the builds themselves are compared with clean builds in
 * tests/site/builds.test.ts; every rule as a table: tests/unit/publish-plan.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { currentInputs } from '../../src/publish/inputs.ts';
import { planPublish, type BuildState } from '../../src/lib/publish-plan.ts';
import { buildCache } from '../../src/source/build-cache.ts';
import { materialize, rewriteFile } from '../helpers/fixtures.ts';

const project = join(import.meta.dirname, '..', '..');

describe('the changed-pages rule on real files', () => {
  it('renders only the changed pages unless the code, the photos or an attached file changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-plan-'));
    const root = materialize('photos', dir);
    try {
      const out = join(dir, 'site');
      mkdirSync(out);
      const cache = buildCache(root);
      const built = currentInputs(root, out, undefined, project);
      // The text-only mode left aside: what remains is changed pages or full.
      const planFor = (current: BuildState, previous = built, at = out) => {
        const plan = planPublish({
          out: at,
          current,
          previous,
          outExists: true,
          pageRecord: cache.hasPageRecord(),
          textOnlyRefused: 'không xét',
        });
        return plan.mode === 'changed-pages' ? { since: 'pages' } : { why: plan.why };
      };
      const plan = () => planFor(currentInputs(root, out, undefined, project));
      const recordFile = cache.path('pages');
      mkdirSync(cache.dir, { recursive: true });
      appendFileSync(join(root, 'units.json'), '\n');
      const edit = (rel: string, change: (text: string) => string) => rewriteFile(join(root, rel), change);

      // Without the record of the published site's pages, there is nothing to render against.
      expect(plan()).toEqual({ why: 'chưa có bản ghi các trang của lần dựng trước' });
      writeFileSync(recordFile, JSON.stringify({ version: 1, pages: {} }));
      expect(plan()).toEqual({ since: 'pages' });

      // Articles, documents, units and settings, as long as no article's photos change.
      const undo = [
        edit('articles/2021/cung-ngay-2021.md', (t) => t.replace(/^title: .*$/m, 'title: "Tiêu đề mới"')),
        edit('articles/2020/le-trao-co-thi-dua.md', (t) =>
          t.replace(/^title: .*$/m, 'title: "Lễ trao cờ (sửa)"').replace('Buổi lễ kết thúc', 'Buổi lễ khép lại'),
        ),
        edit('decisions/100-2020.json', (t) =>
          t.replace('Công nhận đơn vị đạt chuẩn năm 2020', 'Công nhận đơn vị đạt chuẩn năm 2020 (sửa)'),
        ),
        edit('units.json', (t) => `${t}\n`),
        edit('site.json', (t) => `${t}\n`),
      ];
      writeFileSync(join(root, 'articles/2021/bai-moi.md'), '---\ntitle: "Bài mới"\ndate: 2021-06-01\n---\n\nChữ.\n');
      expect(plan()).toEqual({ since: 'pages' });
      for (const u of undo) u();
      rmSync(join(root, 'articles/2021/bai-moi.md'));

      const photoArticle = 'articles/2020/le-trao-co-thi-dua.md';
      const why = `${photoArticle}: ảnh của bài đã đổi`;
      // A photo taken out of the text, a cover changed, the article made a draft or removed.
      let back = edit(photoArticle, (t) => t.replace(/^!\[.*$/m, ''));
      expect(plan()).toEqual({ why });
      back();
      back = edit(photoArticle, (t) => t.replace('src: anh/le-trao-co.jpg', 'src: anh/hoi-truong.jpg'));
      expect(plan()).toEqual({ why });
      back();
      back = edit(photoArticle, (t) => t.replace(/^title:/m, 'draft: true\ntitle:'));
      expect(plan()).toEqual({ why });
      back();
      const text = readFileSync(join(root, photoArticle), 'utf8');
      rmSync(join(root, photoArticle));
      expect(plan()).toEqual({ why });
      writeFileSync(join(root, photoArticle), text);
      // An article added with a photo of its own.
      writeFileSync(
        join(root, 'articles/2020/bai-co-anh.md'),
        '---\ntitle: "Bài có ảnh"\ndate: 2020-09-01\n---\n\n![Hội trường](anh/hoi-truong.jpg)\n',
      );
      expect(plan()).toEqual({ why: 'articles/2020/bai-co-anh.md: ảnh của bài đã đổi' });
      rmSync(join(root, 'articles/2020/bai-co-anh.md'));

      // A photo file or a document's file changed.
      appendFileSync(join(root, 'articles/2020/anh/hoi-truong.jpg'), 'x');
      expect(plan()).toEqual({ why: 'articles/2020/anh/hoi-truong.jpg đã đổi (ảnh hoặc tệp đính kèm)' });
      writeFileSync(
        join(root, 'articles/2020/anh/hoi-truong.jpg'),
        readFileSync(join(project, 'tests/fixtures/photos/articles/2020/anh/hoi-truong.jpg')),
      );
      mkdirSync(join(root, 'decisions/tep'), { recursive: true });
      writeFileSync(join(root, 'decisions/tep/ke-hoach.pdf'), '%PDF-1.4\n');
      expect(plan()).toEqual({ why: 'decisions/tep/ke-hoach.pdf đã đổi (ảnh hoặc tệp đính kèm)' });
      rmSync(join(root, 'decisions/tep'), { recursive: true });
      expect(plan()).toEqual({ since: 'pages' });

      // Another output folder, or other code.
      const other = join(dir, 'other');
      expect(planFor(currentInputs(root, other, undefined, project), built, other)).toEqual({
        why: `lần dựng trước không ghi vào ${other}`,
      });
      expect(planFor({ ...built, code: 'other' })).toEqual({ why: 'mã nguồn đã đổi' });
    } finally {
      rmSync(buildCache(root).dir, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
