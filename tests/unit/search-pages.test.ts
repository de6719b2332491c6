import { describe, expect, it } from 'vitest';
import { pageFile } from '../../src/lib/routes.ts';
import { decodeFromIndex } from '../../src/lib/search-text.ts';
import {
  hubDocument,
  indexableDocument,
  indexGroupOf,
  MAIN_INDEX,
  searchFirstOrder,
  separateLabels,
  shardOfPage,
  shardSizes,
} from '../../src/lib/search-pages.ts';

const page = (article: string) =>
  `<!doctype html><html lang="vi"><head><title>x</title></head><body><nav>Đầu trang</nav>${article}<footer>Cuối</footer></body></html>`;

describe('what of a page goes into which search index', () => {
  it.each([
    ['a unit or a decision', page('<article data-pagefind-body><h1>Xã Bằng Lãng</h1></article>'), MAIN_INDEX],
    ['a newest article', page('<article data-pagefind-body data-pagefind-filter="loai:Tin tức"><h1>Tin</h1></article>'), MAIN_INDEX],
    ['an older article', page('<article data-pagefind-body data-search-shard="2020"><h1>Tin cũ</h1></article>'), '2020'],
    ['a year in parts', page('<article data-pagefind-body data-search-shard="2024-2"><h1>Tin</h1></article>'), '2024-2'],
    ['a list page', page('<main><article><h2>Tin</h2></article></main>'), undefined],
  ])('%s', (_, html, group) => {
    expect(indexGroupOf(html)).toBe(group);
  });

  it('hands Pagefind the article only, with đ written so that "dong" finds "Đồng"', () => {
    const doc = indexableDocument(page('<article data-pagefind-body><h1>Đồng Lạc</h1></article>'));
    expect(doc).toBe('<!doctype html><html lang="vi"><body><article data-pagefind-body><h1>D\u0335ồng Lạc</h1></article></body></html>');
    expect(indexableDocument(page('<p>Không có bài</p>'))).toBeUndefined();
  });

  it('reads the shard of the article element, not of a shard named elsewhere on the page', () => {
    expect(shardOfPage(`<p data-search-shard="2019"></p>${page('<article data-pagefind-body><h1>Tin</h1></article>')}`)).toBeUndefined();
  });

  it("reads each shard's number of pages from the search page's list", () => {
    const searchPage =
      '<main><ul id="search-shards" hidden><li data-name="2025" data-year="2025" data-articles="12">năm 2025</li>' +
      '<li data-name="khong-ro-ngay" data-year="" data-articles="3">không rõ ngày</li></ul><ul><li data-name="x" data-articles="9"></li></ul></main>';
    expect([...shardSizes(searchPage)]).toEqual([
      ['2025', 12],
      ['khong-ro-ngay', 3],
    ]);
    expect(shardSizes('<main><ul id="search-shards" hidden></ul></main>').size).toBe(0);
    expect(shardSizes('<main>no list</main>').size).toBe(0);
  });

  it.each([
    ['/', 'index.html'],
    ['/tin-tuc/dat-chuan-2021/', 'tin-tuc/dat-chuan-2021/index.html'],
    ['/404', '404.html'],
    ['/rss.xml', 'rss.xml'],
    ['/tin-tuc/%C4%91%C3%B4ng/', 'tin-tuc/đông/index.html'],
  ])('writes the page %s to %s', (pathname, file) => {
    expect(pageFile(pathname)).toBe(file);
  });
});

describe('the order a full build renders its pages in', () => {
  it.each([
    [
      'the search page first, the others as listed',
      ['/', '/don-vi/bang-lang/', '/tim-kiem/', '/tin-tuc/cu/'],
      ['/tim-kiem/', '/', '/don-vi/bang-lang/', '/tin-tuc/cu/'],
    ],
    [
      'the search page as Astro lists it, without its trailing slash',
      ['/lien-he', '/tim-kiem', '/tin-tuc/moi/'],
      ['/tim-kiem', '/lien-he', '/tin-tuc/moi/'],
    ],
    ['no search page: as listed', ['/b/', '/a/'], ['/b/', '/a/']],
  ])('%s', (_, listed, order) => {
    expect(searchFirstOrder(listed.map((pathname) => ({ pathname }))).map((p) => p.pathname)).toEqual(order);
  });
});

describe('labels and values as Pagefind reads them', () => {
  it.each([
    [
      'a label and its value',
      '<dl><dt>Hiệu lực</dt><dd>không rõ (nguồn không ghi)</dd><dt>Cơ quan ban hành</dt><dd>UBND</dd></dl>',
      '<dl><dt>Hiệu lực:</dt> <dd>không rõ (nguồn không ghi).</dd> <dt>Cơ quan ban hành:</dt> <dd>UBND.</dd> </dl>',
    ],
    ['a label with its colon, a value that ends a sentence', '<dt>Số:</dt><dd>5844?</dd>', '<dt>Số:</dt> <dd>5844?</dd> '],
    ['a value that is a link', '<dt>Tệp</dt><dd><a href="/a.pdf">a.pdf</a></dd>', '<dt>Tệp:</dt> <dd><a href="/a.pdf">a.pdf</a>.</dd> '],
    [
      'list items and table cells',
      '<ul><li>Một</li><li>Hai</li></ul><td>A</td><td>B</td>',
      '<ul><li>Một</li> <li>Hai</li> </ul><td>A</td> <td>B</td> ',
    ],
    ['markup already spaced', '<dt>Số</dt>\n<dd>1</dd>\n', '<dt>Số:</dt>\n<dd>1.</dd>\n'],
  ])('%s', (_, html, read) => {
    expect(separateLabels(html)).toBe(read);
  });

  it('reaches the document Pagefind indexes', () => {
    const doc = indexableDocument(page('<article data-pagefind-body><dl><dt>Hiệu lực</dt><dd>không rõ</dd></dl></article>'))!;
    expect(doc).toContain('Hiệu lực:</dt> <dd>không rõ.</dd>');
  });
});

describe("what of a site's page goes into the hub's one index", () => {
  it.each([
    ['a unit its site owns', page('<article data-pagefind-body><h1>Xã Nam Cường</h1></article>'), true],
    ['a decision', page('<article data-pagefind-body data-pagefind-filter="loai:Quyết định"><h1>QĐ</h1></article>'), true],
    [
      'a copy of a unit another site owns',
      page('<article data-pagefind-body data-owner-site="xa-nam-cuong"><h1>Xã Nam Cường</h1></article>'),
      false,
    ],
    ['an older article (a shard)', page('<article data-pagefind-body data-search-shard="2020"><h1>Tin cũ</h1></article>'), false],
    ['a list page', page('<main><article><h2>Tin</h2></article></main>'), false],
    [
      'a page naming an owner site outside its article',
      page('<p data-owner-site="x"></p><article data-pagefind-body><h1>Tin</h1></article>'),
      true,
    ],
  ])('%s', (_, html, indexed) => {
    expect(hubDocument(html, 'huyen-cho-don') !== undefined).toBe(indexed);
  });

  it("keeps of an article its title, its line of facts and its first paragraph: a sentence further on leaves the hub's document as it was", () => {
    const article = (body: string) =>
      page(
        `<article data-pagefind-body><h1 data-pagefind-meta="title">Họp dân</h1><p class="meta">Ngày đăng: 05/01/2026</p><div class="body">${body}</div></article>`,
      );
    const doc = hubDocument(article('<p>Xã Nam Cường họp dân đầu năm.</p><p>Đoạn sau.</p>'), 'xa-nam-cuong')!;
    // (đ is written for the index: read back)
    const read = decodeFromIndex(doc);
    expect(read).toContain('Họp dân</h1>');
    expect(read).toContain('Ngày đăng: 05/01/2026');
    expect(read).toContain('Xã Nam Cường họp dân đầu năm.</p></div></article>');
    expect(read).not.toContain('Đoạn sau');
    expect(hubDocument(article('<p>Xã Nam Cường họp dân đầu năm.</p><p>Đoạn sau, có thêm một câu.</p>'), 'xa-nam-cuong')).toBe(doc);
    // A page with no article text (a unit, a decision) is kept whole.
    expect(hubDocument(page('<article data-pagefind-body><h1>Xã Nam Cường</h1><p>Một.</p><p>Hai.</p></article>'), 'x')).toContain('Hai.');
  });

  it('files each page under its site, inside the part Pagefind reads', () => {
    const doc = hubDocument(page('<article data-pagefind-body><h1>Đồng Lạc</h1></article>'), 'huyen-cho-don')!;
    expect(doc).toMatch(/<body><article data-pagefind-body><span data-pagefind-filter="trang:huyen-cho-don"><\/span><h1>/);
    expect(doc).not.toContain('Đầu trang');
    expect(doc).not.toMatch(/[đĐ]/);
  });
});
