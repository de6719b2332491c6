/** What a publish does (src/lib/publish-plan.ts), as a table: the state before, what changed, the mode and its reason. */
import { describe, expect, it } from 'vitest';
import { planPublish, type BodyFound, type BuildState, type FileStamp, type PublishInputs } from '../../src/lib/publish-plan.ts';

const OUT = '/srv/portal/xa-nam-cuong';
const stamp = (sha1: string, more: Partial<FileStamp> = {}): FileStamp => ({ size: 1, mtimeMs: 1, sha1, ...more });
const article = (sha1: string, more: Partial<FileStamp> = {}) =>
  stamp(sha1, { front: 'f1', rest: 'r1', title: 'Tin về an ninh', photo: false, photos: [], draft: false, ...more });
/** The units an article mentions with a title: those the title names ("Xuân Lạc" or "Nam Cường"), then its body's (BODY: Nam Cường). */
const mentions = (_rel: string, title: string) => [
  ...new Set([...(title.includes('Xuân Lạc') ? ['xuan-lac'] : []), ...(title.includes('Nam Cường') ? ['nam-cuong'] : []), 'nam-cuong']),
];
const BUILT: BuildState = {
  version: 5,
  // (relative to the project, as src/publish/inputs.ts records it)
  out: 'dist/xa-nam-cuong',
  code: 'code-1',
  files: {
    'site.json': stamp('s1'),
    'units.json': stamp('u1'),
    'site-view.json': stamp('v1'),
    'decisions/5844-2021.json': stamp('d1'),
    'decisions/tep/5844.pdf': stamp('p1'),
    'articles/2021/tin.md': article('a1'),
    'articles/2021/co-anh.md': article('b1', { photo: true, photos: ['anh/x.jpg'] }),
    'articles/2021/bia.md': article('c1', { photos: ['anh/bia.jpg'] }),
    'articles/2021/bai.mdx': article('m1'),
    'articles/anh/x.jpg': stamp('x1'),
  },
};
const BODY: BodyFound = { units: ['nam-cuong'], hasBody: true };

type Change = (files: Record<string, FileStamp>) => void;
interface Row {
  name: string;
  change?: Change;
  inputs?: Partial<PublishInputs>;
  /** What the body of the changed article gives now (before: BODY). */
  body?: BodyFound;
  mode: string;
  why: string;
}

const ROWS: Row[] = [
  { name: 'clean build asked for', inputs: { force: true }, mode: 'full', why: 'dựng lại toàn bộ theo yêu cầu (--force)' },
  { name: 'a part of a site', inputs: { part: true }, mode: 'full', why: 'dựng một phần của trang' },
  { name: 'no build before', inputs: { previous: undefined }, mode: 'full', why: 'chưa có lần dựng trước' },
  {
    name: 'a build before that did not finish',
    // (local time: 09:05:09 on 06/12/2026 wherever the test runs)
    inputs: { previous: undefined, unfinished: new Date(2026, 11, 6, 9, 5, 9).toISOString() },
    mode: 'full',
    why: 'lần dựng trước (bắt đầu lúc 09:05:09 ngày 06/12/2026) không xong: dựng lại toàn bộ',
  },
  {
    name: 'last build wrote elsewhere',
    inputs: { out: '/tmp/other', current: { ...BUILT, out: '../../tmp/other' } },
    mode: 'full',
    why: 'lần dựng trước không ghi vào /tmp/other',
  },
  {
    name: 'the project moved with its output and caches (a copied clone): the same output, relative to it',
    inputs: { out: '/home/it/portal-copy/dist/xa-nam-cuong' },
    mode: 'keep',
    why: 'nội dung và mã nguồn không đổi từ lần dựng trước',
  },
  { name: 'output removed', inputs: { outExists: false }, mode: 'full', why: `lần dựng trước không ghi vào ${OUT}` },
  { name: 'code changed', inputs: { current: { ...BUILT, code: 'code-2' } }, mode: 'full', why: 'mã nguồn đã đổi' },
  { name: 'nothing changed', mode: 'keep', why: 'nội dung và mã nguồn không đổi từ lần dựng trước' },
  {
    name: 'only the time of a file changed',
    change: (f) => (f['site.json'] = { ...f['site.json']!, mtimeMs: 9 }),
    mode: 'keep',
    why: 'nội dung và mã nguồn không đổi từ lần dựng trước',
  },
  {
    name: 'a sentence in a .md article',
    change: (f) => (f['articles/2021/tin.md'] = article('a2')),
    mode: 'text-only',
    why: 'chỉ nội dung 1 bài thay đổi',
  },
  {
    name: 'the text names another unit',
    change: (f) => (f['articles/2021/tin.md'] = article('a2')),
    body: { units: ['nam-cuong', 'xuan-lac'], hasBody: true },
    mode: 'changed-pages',
    why: 'articles/2021/tin.md: các đơn vị được nhắc đến đã đổi',
  },
  {
    name: 'the text emptied',
    change: (f) => (f['articles/2021/tin.md'] = article('a2')),
    body: { units: ['nam-cuong'], hasBody: false },
    mode: 'changed-pages',
    why: 'articles/2021/tin.md: bài không còn nội dung',
  },
  {
    name: 'the patch could not be placed',
    change: (f) => (f['articles/2021/tin.md'] = article('a2')),
    inputs: { textOnlyRefused: 'tin-tuc/tin/index.html: không tìm thấy đúng chỗ nội dung bài' },
    mode: 'changed-pages',
    why: 'tin-tuc/tin/index.html: không tìm thấy đúng chỗ nội dung bài',
  },
  {
    name: 'another field of the front matter',
    change: (f) => (f['articles/2021/tin.md'] = article('a2', { front: 'f2', rest: 'r2' })),
    mode: 'changed-pages',
    why: 'articles/2021/tin.md: phần thông tin đầu bài đã đổi',
  },
  {
    name: 'the front matter, by a build that did not record its fields apart',
    change: (f) => (f['articles/2021/tin.md'] = article('a2', { front: 'f2' })),
    inputs: { previous: { ...BUILT, files: { ...BUILT.files, 'articles/2021/tin.md': article('a1', { rest: undefined }) } } },
    mode: 'changed-pages',
    why: 'articles/2021/tin.md: phần thông tin đầu bài đã đổi',
  },
  {
    name: 'a title',
    change: (f) => (f['articles/2021/tin.md'] = article('a2', { front: 'f2', title: 'Tin mới về an ninh' })),
    mode: 'text-only',
    why: 'chỉ nội dung hoặc tiêu đề 1 bài thay đổi',
  },
  {
    name: 'the front matter written otherwise, the same fields',
    change: (f) => (f['articles/2021/tin.md'] = article('a2', { front: 'f2' })),
    mode: 'text-only',
    why: 'chỉ nội dung 1 bài thay đổi',
  },
  {
    name: 'a title with a character HTML escapes',
    change: (f) => (f['articles/2021/tin.md'] = article('a2', { front: 'f2', title: 'Tin "nóng" về an ninh' })),
    mode: 'changed-pages',
    why: 'articles/2021/tin.md: tiêu đề "Tin "nóng" về an ninh" có ký tự được viết khác đi trong trang (& < > " \' \\)',
  },
  {
    name: "a title that is the site's name",
    change: (f) => (f['articles/2021/tin.md'] = article('a2', { front: 'f2', title: 'Cổng thông tin xã Nam Cường' })),
    inputs: { siteName: 'Cổng thông tin xã Nam Cường' },
    mode: 'changed-pages',
    why: 'articles/2021/tin.md: tiêu đề "Cổng thông tin xã Nam Cường" trùng tên trang',
  },
  {
    name: 'a title that names a unit the article did not mention',
    change: (f) => (f['articles/2021/tin.md'] = article('a2', { front: 'f2', title: 'Tin về an ninh ở xã Xuân Lạc' })),
    mode: 'changed-pages',
    why: 'articles/2021/tin.md: các đơn vị được nhắc đến đã đổi',
  },
  {
    name: 'a title that names a unit its text names after it',
    change: (f) => (f['articles/2021/tin.md'] = article('a2', { front: 'f2', title: 'Tin về an ninh ở xã Nam Cường' })),
    mode: 'text-only',
    why: 'chỉ nội dung hoặc tiêu đề 1 bài thay đổi',
  },
  {
    name: 'a title of an article with a photo in it',
    change: (f) => (f['articles/2021/co-anh.md'] = article('b2', { front: 'f2', title: 'Ảnh mới', photo: true, photos: ['anh/x.jpg'] })),
    mode: 'changed-pages',
    why: 'articles/2021/co-anh.md có ảnh trong bài',
  },
  {
    name: 'an .mdx article',
    change: (f) => (f['articles/2021/bai.mdx'] = article('m2')),
    mode: 'changed-pages',
    why: 'articles/2021/bai.mdx không phải nội dung một bài .md',
  },
  {
    name: 'the text of an article with a photo in it',
    change: (f) => (f['articles/2021/co-anh.md'] = article('b2', { photo: true, photos: ['anh/x.jpg'] })),
    mode: 'changed-pages',
    why: 'articles/2021/co-anh.md có ảnh trong bài',
  },
  {
    name: 'a new article',
    change: (f) => (f['articles/2021/moi.md'] = article('n1')),
    mode: 'changed-pages',
    why: 'articles/2021/moi.md được thêm hoặc xoá',
  },
  {
    name: 'an article deleted',
    change: (f) => delete f['articles/2021/tin.md'],
    mode: 'changed-pages',
    why: 'articles/2021/tin.md được thêm hoặc xoá',
  },
  {
    name: 'a document',
    change: (f) => (f['decisions/5844-2021.json'] = stamp('d2')),
    mode: 'changed-pages',
    why: 'decisions/5844-2021.json không phải nội dung một bài .md',
  },
  {
    name: "the province's units",
    change: (f) => (f['units.json'] = stamp('u2')),
    mode: 'changed-pages',
    why: 'units.json không phải nội dung một bài .md',
  },
  {
    name: "the site's view of its province",
    change: (f) => (f['site-view.json'] = stamp('v2')),
    mode: 'changed-pages',
    why: 'site-view.json không phải nội dung một bài .md',
  },
  {
    name: 'the settings',
    change: (f) => (f['site.json'] = stamp('s2')),
    mode: 'changed-pages',
    why: 'site.json không phải nội dung một bài .md',
  },
  {
    name: 'a changed page without the record of pages',
    change: (f) => (f['site.json'] = stamp('s2')),
    inputs: { pageRecord: false },
    mode: 'full',
    why: 'chưa có bản ghi các trang của lần dựng trước',
  },
  {
    name: 'a cover changed',
    change: (f) => (f['articles/2021/bia.md'] = article('c2', { front: 'f2', rest: 'r2', photos: ['anh/khac.jpg'] })),
    mode: 'full',
    why: 'articles/2021/bia.md: ảnh của bài đã đổi',
  },
  {
    name: 'an article with a photo made a draft',
    change: (f) => (f['articles/2021/bia.md'] = article('c2', { front: 'f2', rest: 'r2', photos: ['anh/bia.jpg'], draft: true })),
    mode: 'full',
    why: 'articles/2021/bia.md: ảnh của bài đã đổi',
  },
  {
    name: 'a new article with a photo',
    change: (f) => (f['articles/2021/moi.md'] = article('n1', { photo: true, photos: ['anh/x.jpg'] })),
    mode: 'full',
    why: 'articles/2021/moi.md: ảnh của bài đã đổi',
  },
  {
    name: 'a photo file',
    change: (f) => (f['articles/anh/x.jpg'] = stamp('x2')),
    mode: 'full',
    why: 'articles/anh/x.jpg đã đổi (ảnh hoặc tệp đính kèm)',
  },
  {
    name: "a document's file",
    change: (f) => (f['decisions/tep/5844.pdf'] = stamp('p2')),
    mode: 'full',
    why: 'decisions/tep/5844.pdf đã đổi (ảnh hoặc tệp đính kèm)',
  },
  {
    name: 'a title and a photo file: the photo decides',
    change: (f) => {
      f['articles/2021/tin.md'] = article('a2', { front: 'f2' });
      f['articles/anh/x.jpg'] = stamp('x2');
    },
    mode: 'full',
    why: 'articles/anh/x.jpg đã đổi (ảnh hoặc tệp đính kèm)',
  },
  {
    name: 'two sentences in two articles',
    change: (f) => {
      f['articles/2021/tin.md'] = article('a2');
      f['articles/2021/bia.md'] = article('c2', { photos: ['anh/bia.jpg'] });
    },
    mode: 'text-only',
    why: 'chỉ nội dung 2 bài thay đổi',
  },
];

describe('planPublish', () => {
  it.each(ROWS)('$name → $mode', ({ change, inputs = {}, body = BODY, mode, why }) => {
    const files = structuredClone(BUILT.files);
    change?.(files);
    const plan = planPublish({
      out: OUT,
      previous: BUILT,
      current: { ...BUILT, files },
      outExists: true,
      pageRecord: true,
      body: () => ({ before: BODY, after: body }),
      mentions,
      ...inputs,
    });
    expect({ mode: plan.mode, why: plan.why }).toEqual({ mode, why });
  });

  it('names the articles a text-only publish patches, and asks for no body it does not need', () => {
    const files = structuredClone(BUILT.files);
    files['articles/2021/tin.md'] = article('a2');
    const asked: string[] = [];
    const plan = planPublish({
      out: OUT,
      previous: BUILT,
      current: { ...BUILT, files },
      outExists: true,
      pageRecord: true,
      body: (rel) => (asked.push(rel), { before: BODY, after: BODY }),
    });
    expect(plan).toEqual({ mode: 'text-only', why: 'chỉ nội dung 1 bài thay đổi', articles: ['articles/2021/tin.md'], titles: {} });
    expect(asked).toEqual(['articles/2021/tin.md']);
    files['site.json'] = stamp('s2');
    asked.length = 0;
    planPublish({
      out: OUT,
      previous: BUILT,
      current: { ...BUILT, files },
      outExists: true,
      pageRecord: true,
      body: (rel) => (asked.push(rel), { before: BODY, after: BODY }),
    });
    expect(asked).toEqual([]);
  });

  it('names the titles a text-only publish changes, as the last build showed them and now', () => {
    const files = { ...BUILT.files, 'articles/2021/tin.md': article('a2', { front: 'f2', title: 'Tin mới về an ninh' }) };
    const plan = planPublish({
      out: OUT,
      previous: BUILT,
      current: { ...BUILT, files },
      outExists: true,
      pageRecord: true,
      body: () => ({ before: BODY, after: BODY }),
      mentions,
    });
    expect(plan).toMatchObject({
      mode: 'text-only',
      articles: ['articles/2021/tin.md'],
      titles: { 'articles/2021/tin.md': { before: 'Tin về an ninh', after: 'Tin mới về an ninh' } },
    });
  });

  it('without the last build’s body findings, a text edit renders the changed pages', () => {
    const files = { ...BUILT.files, 'articles/2021/tin.md': article('a2') };
    const plan = planPublish({
      out: OUT,
      previous: BUILT,
      current: { ...BUILT, files },
      outExists: true,
      pageRecord: true,
      body: () => ({ before: undefined, after: BODY }),
    });
    expect(plan).toEqual({ mode: 'changed-pages', why: 'chưa có kết quả tìm tên đơn vị của lần dựng trước', articleModules: [] });
  });

  it.each([
    ['a new .md article: no MDX article bundled', { 'articles/2021/moi.md': article('n1') }, []],
    [
      'an MDX article changed: that one',
      { 'articles/2021/bai.mdx': article('m2', { front: 'f2', rest: 'r2' }) },
      ['articles/2021/bai.mdx'],
    ],
    [
      'a new MDX article and a decision: the new one',
      { 'articles/2022/moi.mdx': article('n1'), 'decisions/5844-2021.json': stamp('d2') },
      ['articles/2022/moi.mdx'],
    ],
    ['an MDX article deleted: none', { 'articles/2021/bai.mdx': undefined }, []],
    ['units.json: every one (a body links unit names)', { 'units.json': stamp('u2') }, undefined],
    ["the site's settings: every one", { 'site.json': stamp('s2'), 'articles/2021/moi.md': article('n1') }, undefined],
    ["the site's view of its province: every one", { 'site-view.json': stamp('v2') }, undefined],
  ])('a changed-pages publish bundles the MDX articles whose body may differ: %s', (_, changes, modules) => {
    const files: Record<string, FileStamp> = structuredClone(BUILT.files);
    for (const [rel, s] of Object.entries(changes)) {
      if (s) files[rel] = s;
      else delete files[rel];
    }
    const plan = planPublish({ out: OUT, previous: BUILT, current: { ...BUILT, files }, outExists: true, pageRecord: true, mentions });
    expect(plan.mode).toBe('changed-pages');
    expect(plan.mode === 'changed-pages' && plan.articleModules).toEqual(modules);
  });
});
