import { describe, expect, it } from 'vitest';
import {
  decodeFromIndex,
  encodeForIndex,
  hubResultAddress,
  phraseFirst,
  phraseOf,
  prepareQuery,
  trimExcerpt,
} from '../../src/lib/search-text.ts';
import { searchExample } from '../../src/lib/commune.ts';
import { fold } from '../../src/lib/vi.ts';

describe('index encoding of đ', () => {
  it('writes đ/Đ as d/D plus a combining mark, which folds to d like any tone', () => {
    const enc = encodeForIndex('Chợ Đồn, đường Đồng Thắng');
    expect(enc).not.toMatch(/[đĐ]/);
    // Folding marks away (what Pagefind does) now gives the diacritic-free spelling residents type.
    expect(enc.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toBe('cho don, duong dong thang');
    expect(enc.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toBe(fold('Chợ Đồn, đường Đồng Thắng'));
  });
  it('round-trips exactly, markup included', () => {
    const html = '<h1 data-pagefind-meta="title">Đại Sảo – ĐỒNG LẠC</h1><mark>đ</mark>';
    expect(decodeFromIndex(encodeForIndex(html))).toBe(html);
  });
  it('leaves text without đ alone', () => {
    expect(encodeForIndex('Bằng Lãng')).toBe('Bằng Lãng');
    expect(decodeFromIndex('Bằng Lãng d')).toBe('Bằng Lãng d');
  });
});

describe('queries', () => {
  it('map đ to d and tidy spaces, leaving tones to Pagefind', () => {
    expect(prepareQuery('  Chợ   Đồn ')).toBe('Chợ Dồn');
    expect(prepareQuery('CHỢ ĐỒN')).toBe('CHỢ DỒN');
    expect(prepareQuery('cho don')).toBe('cho don');
  });
  it('accepts decomposed input', () => {
    expect(prepareQuery('Đồng'.normalize('NFD'))).toBe('Dồng');
  });
});

describe("a site's search example, from its own settings", () => {
  it.each([
    ["a xã's site: its name, typed without diacritics", 'Ủy ban nhân dân xã Nam Cường', 'Ví dụ: nam cuong'],
    ["the former district's archive", 'Ủy ban nhân dân huyện Chợ Đồn', 'Ví dụ: cho don'],
    ['a phường', 'Ủy ban nhân dân phường Phan Đình Phùng', 'Ví dụ: phan dinh phung'],
    ['a publisher named otherwise: no example', 'Sở Thông tin và Truyền thông', undefined],
  ])('%s', (_, publisher, example) => {
    expect(searchExample(publisher)).toBe(example);
  });
});

describe('whole names first', () => {
  it.each([
    ['nam cuong', '"nam cuong"'],
    ['dong lac 2021', '"dong lac 2021"'],
    ['5844', undefined],
    ['"nam cuong"', undefined],
  ])('the phrase of %j is %j', (q, phrase) => {
    expect(phraseOf(q)).toBe(phrase);
  });

  it('ranks the pages where the words stand together first, each group in the search order', () => {
    const ranked = ['unit-old', 'tang-cuong-nam', 'unit-new', 'list', 'article'].map((id) => ({ id }));
    expect(phraseFirst(ranked, new Set(['article', 'unit-new', 'unit-old'])).map((r) => r.id)).toEqual([
      'unit-old',
      'unit-new',
      'article',
      'tang-cuong-nam',
      'list',
    ]);
    expect(phraseFirst(ranked, new Set()).map((r) => r.id)).toEqual(ranked.map((r) => r.id));
  });
});

describe('snippets', () => {
  it.each([
    ['Hội nghị tổng kết. Tác giả: Hoàng Lan. Ngày đăng:', 'Hội nghị tổng kết. Tác giả: Hoàng Lan.'],
    ['<mark>Hội</mark> <mark>nghị</mark> năm 2021 Ngày đăng:', ''],
    ['Ngày đăng: 01/02/2026 · Tác giả:', 'Ngày đăng: 01/02/2026'],
    ['xã <mark>Chợ</mark> <mark>Đồn.</mark> Căn cứ:', 'xã <mark>Chợ</mark> <mark>Đồn.</mark>'],
    ['Hiệu lực: không rõ. Cơ quan ban hành: Ủy ban nhân dân', 'Hiệu lực: không rõ. Cơ quan ban hành: Ủy ban nhân dân'],
    ['Sáng nay <mark>hội</mark> <mark>nghị</mark> đã diễn ra', 'Sáng nay <mark>hội</mark> <mark>nghị</mark> đã diễn ra'],
  ])('%j ends as %j', (excerpt, shown) => {
    expect(trimExcerpt(excerpt)).toBe(shown);
  });
});

describe("a hub result's address", () => {
  const sites = [
    { id: 'huyen-cho-don', base: 'https://cho-don.example/' },
    { id: 'xa-nam-cuong', base: 'https://namcuong.thainguyen.example/' },
  ];
  it.each([
    ['/xa-nam-cuong/don-vi/nam-cuong-2025/', { id: 'xa-nam-cuong', href: 'https://namcuong.thainguyen.example/don-vi/nam-cuong-2025/' }],
    ['/huyen-cho-don/', { id: 'huyen-cho-don', href: 'https://cho-don.example/' }],
    ['/xa-khac/don-vi/a/', undefined],
    ['/', undefined],
  ])('%s', (url, address) => {
    expect(hubResultAddress(url, sites)).toEqual(address);
  });
});
