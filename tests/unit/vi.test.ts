import { describe, expect, it } from 'vitest';
import { compareVi, fold, isSlug, phraseKey, slugify, sortVi, wordKey, wordSpellings } from '../../src/lib/vi.ts';
import { formatDateVi, isIsoDate, toIsoDate, yearOf } from '../../src/lib/dates.ts';

describe('slugify', () => {
  it('drops tones and maps đ/Đ to d', () => {
    expect(slugify('Đồng Thắng')).toBe('dong-thang');
    expect(slugify('ĐẠI SẢO')).toBe('dai-sao');
    expect(slugify('Chợ Đồn')).toBe('cho-don');
  });
  it('gives one slug for both tone placements', () => {
    expect(slugify('Tòa án nhân dân huyện')).toBe(slugify('Toà án nhân dân huyện'));
    expect(slugify('Văn phòng Huyện ủy')).toBe(slugify('Văn phòng Huyện uỷ'));
    expect(slugify('Toà án')).toBe('toa-an');
  });
  it('turns runs of punctuation and spaces into one dash, trimmed', () => {
    expect(slugify('Văn phòng HĐND & UBND huyện')).toBe('van-phong-hdnd-ubnd-huyen');
    expect(slugify('Trung tâm Giáo dục nghề nghiệp – GDTX huyện')).toBe('trung-tam-giao-duc-nghe-nghiep-gdtx-huyen');
    expect(slugify('  “An toàn về ANTT”, năm 2021!  ')).toBe('an-toan-ve-antt-nam-2021');
    expect(slugify('COVID-19 / 2021–2022')).toBe('covid-19-2021-2022');
  });
  it('handles decomposed (NFD) input like composed input', () => {
    expect(slugify('Bằng Lãng'.normalize('NFD'))).toBe('bang-lang');
  });
  it('recognises slugs', () => {
    expect(isSlug('dong-thang')).toBe(true);
    expect(isSlug('Dong-Thang')).toBe(false);
    expect(isSlug('dong thang')).toBe(false);
    expect(isSlug('')).toBe(false);
  });
});

describe('fold', () => {
  it('removes every mark, đ included, and lower-cases', () => {
    expect(fold('Chợ Đồn')).toBe('cho don');
    expect(fold('Bằng Lãng')).toBe('bang lang');
    expect(fold('Toà  án')).toBe(fold('Tòa án'));
    expect(fold('HẠT KIỂM LÂM')).toBe('hat kiem lam');
  });
});

describe('wordKey / phraseKey (tone placement)', () => {
  it('matches both tone placements', () => {
    expect(wordKey('Toà')).toBe(wordKey('Tòa'));
    expect(wordKey('uỷ')).toBe(wordKey('ủy'));
    expect(wordKey('HOÀ')).toBe(wordKey('hòa'));
    expect(phraseKey('Văn phòng Huyện uỷ')).toBe(phraseKey('Văn phòng  Huyện ủy'));
  });
  it('keeps different words different', () => {
    expect(wordKey('Lãng')).not.toBe(wordKey('Lũng'));
    expect(wordKey('Lăng')).not.toBe(wordKey('Lãng'));
    expect(wordKey('Đồng')).not.toBe(wordKey('Dong'));
    expect(wordKey('tòa')).not.toBe(wordKey('tóa'));
  });
  it('ignores punctuation between words', () => {
    expect(phraseKey('Nông nghiệp – PTNT')).toBe(phraseKey('Nông nghiệp PTNT'));
  });
});

describe('wordSpellings (every way a word of one key is written)', () => {
  it.each([
    ['Tòa', ['tòa', 'toà']],
    ['hoà', ['hòa', 'hoà']],
    ['Huyện', ['huỵên', 'huyện']],
    ['Đồn', ['đồn']],
    ['Lãng', ['lãng']],
    ['an', ['an']],
  ])('%s', (word, expected) => {
    const spellings = wordSpellings(word);
    for (const s of expected) expect(spellings).toContain(s.normalize('NFC'));
    for (const s of spellings) expect(wordKey(s)).toBe(wordKey(word));
  });
  it('gives none for a word of two tone marks, which no syllable has', () => {
    expect(wordSpellings('a\u0301a\u0300'.normalize('NFC'))).toEqual([]);
  });
});

describe('Vietnamese collation', () => {
  it('sorts by Vietnamese alphabet, not code point', () => {
    const names = ['Yên Thịnh', 'Đồng Lạc', 'Bản Thi', 'Đại Sảo', 'Bằng Lãng', 'Dương Quang', 'Ân Tình', 'An Thắng'];
    // Alphabet: a ă â b c d đ e ê …; đ comes after every d word.
    expect(sortVi(names, (n) => n)).toEqual([
      'An Thắng',
      'Ân Tình',
      'Bản Thi',
      'Bằng Lãng',
      'Dương Quang',
      'Đại Sảo',
      'Đồng Lạc',
      'Yên Thịnh',
    ]);
    expect(compareVi('Đ', 'E')).toBeLessThan(0);
    expect(compareVi('Đ', 'D')).toBeGreaterThan(0);
    // Code point order would put Đ (U+0110) after Y.
    expect('Đồng' > 'Yên').toBe(true);
  });
});

describe('dates', () => {
  it('accepts only real days', () => {
    expect(isIsoDate('2021-11-29')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2021-02-30')).toBe(false);
    expect(isIsoDate('2021-13-01')).toBe(false);
    expect(isIsoDate('29/11/2021')).toBe(false);
    expect(isIsoDate('2021-1-5')).toBe(false);
  });
  it('formats dd/mm/yyyy', () => {
    expect(formatDateVi('2021-11-29')).toBe('29/11/2021');
    expect(formatDateVi('2012-04-07')).toBe('07/04/2012');
    expect(() => formatDateVi('2021-02-30')).toThrow();
  });
  it('converts YAML dates and reads years', () => {
    expect(toIsoDate(new Date(Date.UTC(2021, 10, 29)))).toBe('2021-11-29');
    expect(yearOf('2021-11-29')).toBe(2021);
  });
});
