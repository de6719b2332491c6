import { describe, expect, it } from 'vitest';
import { decodeFromIndex, encodeForIndex, prepareQuery } from '../../src/lib/search-text.ts';
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
