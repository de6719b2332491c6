/** What a unit mention is (src/lib/mentions.ts): the matcher and an article's mentioned units. */
import { describe, expect, it } from 'vitest';
import { articleMentions, createMatcher } from '../../src/lib/mentions.ts';
import { UNITS } from '../helpers/sample-units.ts';

const matcher = createMatcher(UNITS);
const found = (text: string) => matcher.find(text).map((m) => [m.unit, m.text]);

describe('mention matcher', () => {
  it('finds names, display names and aliases, longest first', () => {
    expect(found('Xã Bằng Lãng được công nhận')).toEqual([['bang-lang', 'Xã Bằng Lãng']]);
    expect(found('Thị trấn Bằng Lũng và Bằng Lãng')).toEqual([
      ['bang-lung', 'Thị trấn Bằng Lũng'],
      ['bang-lang', 'Bằng Lãng'],
    ]);
    expect(found('Kho bạc Nhà nước huyện')).toEqual([['kho-bac', 'Kho bạc Nhà nước huyện']]);
  });
  it('matches the other tone placement', () => {
    expect(found('Toà án nhân dân huyện; Văn phòng Huyện uỷ')).toEqual([
      ['toa-an', 'Toà án nhân dân huyện'],
      ['van-phong', 'Văn phòng Huyện uỷ'],
    ]);
  });
  it('splits two names run together (the seed’s “Trung tâm Y tế huyện Kho bạc Nhà nước”)', () => {
    expect(found('Trung tâm Y tế huyện Kho bạc Nhà nước')).toEqual([
      ['tt-y-te', 'Trung tâm Y tế huyện'],
      ['kho-bac', 'Kho bạc Nhà nước'],
    ]);
  });
  it('matches across a dash written either way', () => {
    expect(found('Trung tâm Giáo dục nghề nghiệp - GDTX huyện')).toEqual([['gdtx', 'Trung tâm Giáo dục nghề nghiệp - GDTX huyện']]);
  });
  it('does not match other diacritics, lower-case common words, or across sentences', () => {
    expect(found('Bằng Lăng')).toEqual([]);
    expect(found('bằng lãng')).toEqual([]);
    expect(found('Bằng. Lãng')).toEqual([]);
  });
  it('leaves a name shared by two units unmatched', () => {
    const m = createMatcher([
      { id: 'a', kind: 'xã', name: 'Tân Lập', aliases: [] },
      { id: 'b', kind: 'thị trấn', name: 'Tân Lập', aliases: [] },
    ]);
    expect(m.find('Tân Lập')).toEqual([]);
    expect(m.find('Xã Tân Lập').map((x) => x.unit)).toEqual(['a']);
  });
});

describe('the units an article mentions', () => {
  const known = (id: string) => UNITS.some((u) => u.id === id);
  it('are its explicit units, then those in title, summary and body, each once', () => {
    expect(articleMentions(matcher, ['Bằng Lãng đạt chuẩn', undefined, 'Kho bạc Nhà nước và Bằng Lãng.'], ['toa-an'], known)).toEqual([
      'toa-an',
      'bang-lang',
      'kho-bac',
    ]);
  });
  it('never run a name from one text into the next, and drop unknown ids', () => {
    expect(articleMentions(matcher, ['Tin về Bằng', 'Lãng là tên khác'], ['khong-co'], known)).toEqual([]);
  });
});
