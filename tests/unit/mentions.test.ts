/** What a unit mention is (src/lib/mentions.ts): the matcher and an article's mentioned units. */
import { describe, expect, it } from 'vitest';
import { articleMentions, createMatcher, mayReferToChanged, namesById, unitsReferenced } from '../../src/lib/mentions.ts';
import type { UnitData } from '../../src/lib/schemas.ts';
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

describe('every unit a text may name, whatever its date (what a site depends on)', () => {
  const namesakes = createMatcher([
    { id: 'nam-cuong', kind: 'xã', name: 'Nam Cường', aliases: [], succession: { date: '2025-07-01' } },
    { id: 'nam-cuong-2025', kind: 'xã', name: 'Nam Cường', aliases: [], since: '2025-07-01' },
    { id: 'a', kind: 'xã', name: 'Tân Lập', aliases: [] },
    { id: 'b', kind: 'thị trấn', name: 'Tân Lập', aliases: [] },
  ]);
  it.each([
    ['what find finds', matcher, 'Xã Bằng Lãng được công nhận', ['bang-lang']],
    ['both namesakes, whichever the date would choose', namesakes, 'Xã Nam Cường họp dân', ['nam-cuong', 'nam-cuong-2025']],
    ['a name two units share at once, which find leaves unmatched', namesakes, 'Tân Lập', ['a', 'b']],
    ['a name inside a longer one, and one starting inside it', matcher, 'Thị trấn Bằng Lũng', ['bang-lung']],
    ['names run together', matcher, 'Trung tâm Y tế huyện Kho bạc Nhà nước', ['tt-y-te', 'kho-bac']],
    ['nothing in lower case or across a sentence', matcher, 'bằng lãng. Bằng. Lãng', []],
  ])('%s', (_, m, text, ids) => {
    expect([...m.candidates(text)].sort()).toEqual([...ids].sort());
    // Whatever find finds, on any date, is among them.
    for (const date of [undefined, '2020-01-01', '2026-01-01']) for (const f of m.find(text, date)) expect(ids).toContain(f.unit);
  });
});

describe('every unit a content file may name or refer to', () => {
  const ids = new Set(UNITS.map((u) => u.id));
  it.each([
    ['a name in running text', 'Tin về Bằng Lãng.', ['bang-lang']],
    [
      'a name whose words a reference joins (as a Markdown parser reads it)',
      'Xã Bằng&nbsp;Lãng và Bằng&#32;Lũng',
      ['bang-lang', 'bang-lung'],
    ],
    ['a name with an escaped dash', 'Trung tâm Giáo dục nghề nghiệp \\- GDTX huyện', ['gdtx']],
    ['ids as words: front matter and JSON', 'units: [toa-an]\n"groups": [{"units": ["kho-bac"]}]', ['toa-an', 'kho-bac']],
    ['not a word inside another id or a lower-case name', 'toa-an-moi, bằng lãng', []],
  ])('%s', (_, text, found) => {
    expect([...unitsReferenced(matcher, ids, text)].sort()).toEqual([...found].sort());
  });
});

describe('whether a text may name a unit whose names changed (a rename reads again only those)', () => {
  const renamed = (id: string, name: string): UnitData[] => UNITS.map((u) => (u.id === id ? { ...u, name } : u));
  const added: UnitData[] = [...UNITS, { id: 'xa-moi', kind: 'xã', name: 'Tân Mới', bloc: 'Khối xã', aliases: [] }];
  it.each([
    ['the old name, in running text', renamed('bang-lang', 'Bằng Lãng Mới'), 'Tin về Bằng Lãng.', true],
    ['the new name', renamed('bang-lang', 'Nà Phặc'), 'Tin về Nà Phặc.', true],
    ['the old name in capitals', renamed('bang-lang', 'Nà Phặc'), 'TIN VỀ BẰNG LÃNG', true],
    ['the old name with the other tone placement', renamed('toa-an', 'Tòa án khu vực'), 'Toà án nhân dân huyện xử', true],
    ['only other units', renamed('bang-lang', 'Nà Phặc'), 'Bằng Lũng và Tòa án nhân dân huyện; units: [kho-bac]', false],
    ['a word of the name in lower case (a superset)', renamed('bang-lang', 'Nà Phặc'), 'bằng lãng', true],
    ['a character reference, which may spell a name', renamed('bang-lang', 'Nà Phặc'), 'B&#7857;ng L&#227;ng', true],
    ['a new name another unit has: its namesake now', renamed('bang-lung', 'Bằng Lãng'), 'Tin về Bằng Lãng.', true],
    ['a unit added, by its id', added, 'units: [xa-moi]', true],
    ['a unit added, not in the text', added, 'Bằng Lãng và Bằng Lũng', false],
    ['nothing changed', UNITS, 'Bằng Lãng và Bằng Lũng', false],
  ])('%s', (_, after, text, may) => {
    const probe = mayReferToChanged(namesById(UNITS), namesById(after));
    expect(probe(text)).toBe(may);
    // What it answers no for, the units' names before and after find the same units in.
    const found = (units: UnitData[]) => [...unitsReferenced(createMatcher(units), new Set(units.map((u) => u.id)), text)].sort();
    if (!may) expect(found(after)).toEqual(found(UNITS));
    else if (after !== UNITS && text !== 'bằng lãng') expect(found(after)).not.toEqual(found(UNITS));
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

describe('namesakes by date (a unit is its code and its dates)', () => {
  // The old xã Nam Cường (to 01/07/2025) and the new one (from that day); xã Chợ Đồn is new and
  // bears the former district's name; two phường Trung Thành of two former districts at once.
  const NAMESAKES: Parameters<typeof createMatcher>[0] = [
    { id: 'nam-cuong', kind: 'xã', name: 'Nam Cường', aliases: [], succession: { date: '2025-07-01' } },
    { id: 'nam-cuong-2025', kind: 'xã', name: 'Nam Cường', aliases: [], since: '2025-07-01' },
    { id: 'cho-don-2025', kind: 'xã', name: 'Chợ Đồn', aliases: [], since: '2025-07-01' },
    { id: 'trung-thanh-thai-nguyen', kind: 'phường', name: 'Trung Thành', aliases: [], succession: { date: '2025-07-01' } },
    { id: 'trung-thanh-pho-yen', kind: 'phường', name: 'Trung Thành', aliases: [], succession: { date: '2025-07-01' } },
  ];
  const ARCHIVE = { ended: '2025-07-01' };
  const XA_NAM_CUONG = { own: 'nam-cuong-2025' };
  const XA_CHO_DON = { own: 'cho-don-2025' };
  const TRUNG_THANH = { own: 'trung-thanh-pho-yen' };
  const mention = (text: string, date: string | undefined, site: object) =>
    createMatcher(NAMESAKES, site)
      .find(text, date)
      .map((m) => m.unit);

  it.each([
    ['an article of 2021 means the old xã', 'Xã Nam Cường', '2021-11-29', XA_NAM_CUONG, ['nam-cuong']],
    ['an article of 2026 means the new xã', 'Xã Nam Cường', '2026-03-02', ARCHIVE, ['nam-cuong-2025']],
    ['on the day of the change, the new one', 'Nam Cường', '2025-07-01', {}, ['nam-cuong-2025']],
    ["an undated article of the former district's site: before it ended", 'Nam Cường', undefined, ARCHIVE, ['nam-cuong']],
    ["an undated article on the new xã's own site: its own unit", 'Nam Cường', undefined, XA_NAM_CUONG, ['nam-cuong-2025']],
    ['an undated article on another site: the newest', 'Nam Cường', undefined, XA_CHO_DON, ['nam-cuong-2025']],
    ["the former district's name in its own undated article is no xã", 'Huyện Chợ Đồn công nhận', undefined, ARCHIVE, []],
    ['a xã that did not exist yet is not meant', 'Chợ Đồn năm 2021', '2021-12-10', XA_CHO_DON, []],
    ['the new xã, in an article of its time', 'Xã Chợ Đồn', '2026-01-05', XA_CHO_DON, ['cho-don-2025']],
    ['two units of one name at once: nobody', 'Phường Trung Thành', '2020-05-01', XA_CHO_DON, []],
    [
      "two units of one name at once, on one's own site: that one",
      'Phường Trung Thành',
      '2020-05-01',
      TRUNG_THANH,
      ['trung-thanh-pho-yen'],
    ],
  ])('%s', (_, text, date, site, units) => {
    expect(mention(text, date, site)).toEqual(units);
  });

  it("an article's units follow its date", () => {
    const matcher = createMatcher(NAMESAKES, XA_NAM_CUONG);
    const known = () => true;
    expect(articleMentions(matcher, ['Xã Nam Cường đạt chuẩn'], [], known, { date: '2021-11-29' })).toEqual(['nam-cuong']);
    expect(articleMentions(matcher, ['Xã Nam Cường đạt chuẩn'], [], known, { date: '2026-11-29' })).toEqual(['nam-cuong-2025']);
  });
});
