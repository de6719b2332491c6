/** Patching built pages without rendering them (src/lib/page-patch.ts): a body's place, a title's places. */
import { describe, expect, it } from 'vitest';
import { bodyRange, retitlePage, titleNotPatchable, withBody, type Retitle } from '../../src/lib/page-patch.ts';

const R: Retitle = {
  url: '/tin-tuc/dat-chuan/',
  absoluteUrl: 'https://xa.example/tin-tuc/dat-chuan/',
  before: 'Đơn vị đạt chuẩn',
  after: 'Các đơn vị đạt chuẩn (sửa)',
  summary: false,
};
const body = (text: string) => `<article><div class="body">${text}</div></article>`;
/** The article's own page as the templates write it (head, heading, JSON-LD, a neighbour, the body). */
const own = (title: string, more = '') =>
  `<head><title>${title} | Cổng xã</title><meta name="description" content="${title}"><meta property="og:title" content="${title}">` +
  `<meta property="og:description" content="${title}"><script type="application/ld+json">{"headline":"${title}","url":"x"}</script></head>` +
  `<h1 data-pagefind-meta="title">${title}</h1>${more}${body(`<p>Bài viết về ${R.before} trong năm.</p>`)}`;

describe('retitlePage', () => {
  it('changes every place of the own page that shows the title, and not the body', () => {
    const r = retitlePage(own(R.before), R, true);
    expect(r).toEqual({ text: own(R.after), places: 6 });
  });

  it('keeps the description when the article has a summary (it is the summary then)', () => {
    const page = own(R.before).replace(`name="description" content="${R.before}"`, 'name="description" content="Tóm tắt"');
    expect(retitlePage(page, { ...R, summary: true }, true)).toMatchObject({ refused: expect.stringContaining('og:description') });
    const described = page.replace(`property="og:description" content="${R.before}"`, 'property="og:description" content="Tóm tắt"');
    expect(retitlePage(described, { ...R, summary: true }, true)).toMatchObject({ places: 4 });
  });

  it('changes the links to the article in lists, neighbours and the feed', () => {
    const list = `<li><h2><a href="/tin-tuc/dat-chuan/">${R.before}</a></h2></li>`;
    const next = `<a class="next" href="/tin-tuc/dat-chuan/" rel="next"><span>Bài tiếp theo</span>${R.before}</a>`;
    const feed = `<item><title>${R.before}</title><link>https://xa.example/tin-tuc/dat-chuan/</link></item>`;
    for (const text of [list, next, feed])
      expect(retitlePage(text, R, false)).toEqual({ text: text.replace(R.before, R.after), places: 1 });
  });

  it('leaves the title inside a longer text and inside an article body alone', () => {
    const text = `<p>${R.before} năm 2021</p>${body(`<a href="/tin-tuc/dat-chuan/">${R.before}</a>`)}`;
    expect(retitlePage(text, R, false)).toEqual({ text, places: 0 });
  });

  it('refuses a page where the title stands whole elsewhere: another article, a unit or a document of that name', () => {
    for (const text of [
      `<a href="/tin-tuc/khac/">${R.before}</a><a href="/tin-tuc/dat-chuan/">${R.before}</a>`,
      `<h3>${R.before}</h3>`,
      `<meta property="og:title" content="${R.before}">`,
    ]) {
      expect(retitlePage(text, R, false)).toMatchObject({
        refused: expect.stringContaining(`"${R.before}" xuất hiện ở chỗ không phải tiêu đề bài`),
      });
    }
  });

  it('refuses an own page without the old title in its heading', () => {
    expect(retitlePage(own('Tiêu đề khác'), R, true)).toEqual({ refused: `trang của bài không có tiêu đề "${R.before}"` });
  });
});

describe('titleNotPatchable', () => {
  it.each([
    ['Tin “nóng” về an ninh – trật tự (sửa)', undefined],
    ['Tin "nóng"', 'có ký tự được viết khác đi'],
    ['An ninh & trật tự', 'có ký tự được viết khác đi'],
    ["Xã Nam Cường's", 'có ký tự được viết khác đi'],
    ['a < b', 'có ký tự được viết khác đi'],
    ['C:\\tep', 'có ký tự được viết khác đi'],
    ['Cổng xã', 'trùng tên trang'],
  ])('%s', (title, why) => {
    const r = titleNotPatchable(title, 'Cổng xã');
    if (why === undefined) expect(r).toBeUndefined();
    else expect(r).toContain(why);
  });
});

describe('withBody', () => {
  it('puts the new body in place of the old, only where its place is unambiguous', () => {
    expect(withBody(`<h1>T</h1>${body('<p>cũ</p>')}`, '<p>mới</p>')).toBe(`<h1>T</h1>${body('<p>mới</p>')}`);
    expect(withBody(`${body('a')}${body('b')}`, '<p>mới</p>')).toBeUndefined();
    expect(withBody(body('a'), '<p>mới</p></article>')).toBeUndefined();
  });
});

describe('bodyRange', () => {
  const page = (inner: string, after = '') => `<article><h1>T</h1><div class="body">${inner}</div>${after}</article><aside>x</aside>`;
  it.each([
    [
      'a body with blocks of its own',
      page('<aside class="callout"><div><p>a</p></div></aside><p>b</p>'),
      '<aside class="callout"><div><p>a</p></div></aside><p>b</p>',
    ],
    [
      'an empty body followed by the note of an article without text',
      page('', '<p class="note">Nội dung bài viết này chưa có trên cổng.</p>'),
      '',
    ],
    ['something else between the body and the end of the article', page('<p>a</p>', '<p>khác <b>x</b></p>'), undefined],
    ['two bodies', page('a') + page('b'), undefined],
    ['no body', '<article><h1>T</h1></article>', undefined],
  ])('%s', (_, html, inner) => {
    const at = bodyRange(html);
    expect(at && html.slice(at.start, at.end)).toEqual(inner);
  });
});
