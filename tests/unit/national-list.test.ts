/**
 * The national list's import (src/lib/national-list.ts) as tables: a merge, a divided former unit,
 * a reused code, a unit kept or renamed, the rows where the two files disagree, and the look-ups.
 */
import { describe, expect, it } from 'vitest';
import {
  buildLineage,
  csvFields,
  findCommune,
  findProvince,
  importProvince,
  readMapping,
  readNationalList,
  type MappingRow,
} from '../../src/lib/national-list.ts';

import { HEADER, LINEAGE, LIST, ROWS, row, ward } from '../helpers/sample-national-list.ts';

const THAI_NGUYEN = importProvince(LIST, LINEAGE, '19');

describe('reading the files', () => {
  it('takes the list as it is: provinces in running text, kinds, 5-digit codes', () => {
    expect(LIST.provinces.map((p) => [p.code, p.fullName])).toEqual([
      ['19', 'tỉnh Thái Nguyên'],
      ['01', 'thành phố Hà Nội'],
      ['22', 'tỉnh Quảng Ninh'],
    ]);
    expect(LIST.communes.find((c) => c.code === '05443')).toEqual({
      code: '05443',
      name: 'Phan Đình Phùng',
      kind: 'phường',
      province: '19',
    });
  });

  it.each([
    ['a list that is not one', {}, 'list.json: cần một danh sách các tỉnh'],
    [
      'a code that is not 5 digits',
      [{ Code: '19', Name: 'A', FullName: 'Tỉnh A', AdministrativeUnitShortName: 'Tỉnh', Wards: [ward('2026', 'B')] }],
      'list.json ([0].Wards[0].Code)',
    ],
    [
      'a kind that is no commune',
      [{ Code: '19', Name: 'A', FullName: 'Tỉnh A', AdministrativeUnitShortName: 'Tỉnh', Wards: [ward('02026', 'B', 'Huyện')] }],
      'list.json ([0].Wards[0].AdministrativeUnitShortName)',
    ],
  ])('refuses %s, naming the file and field', (_, data, message) => {
    expect(() => readNationalList(data, 'list.json')).toThrow(message);
  });

  it('reads a row as the mapping writes it: codes padded, the kind word apart, places in running text', () => {
    expect(ROWS[0]).toMatchObject<Partial<MappingRow>>({
      line: 2,
      code: '02023',
      name: 'Xuân Lạc',
      kind: 'xã',
      district: 'huyện Chợ Đồn',
      province: 'tỉnh Bắc Kạn',
      newCode: '02026',
    });
    expect(ROWS[2]).toMatchObject({ district: 'thành phố Thái Nguyên', divided: true });
  });

  it.each([
    ['a missing column', 'provinceCode,ward\n1,Xã A', 'map.csv (dòng 1): thiếu cột'],
    [
      'a row with a column too few',
      `${HEADER}\n${row('02023', 'Xã', 'A', 'Huyện B', '02026', 'Xã C').replace(/,149\.65$/, '')}`,
      'map.csv (dòng 2): có 12 cột',
    ],
    [
      'a flag that is not True or False',
      `${HEADER}\n${row('02023', 'Xã', 'A', 'Huyện B', '02026', 'Xã C', 'Yes,False')}`,
      'map.csv (dòng 2, cột isMergedWard)',
    ],
    [
      'a former code that is no number',
      `${HEADER}\n${row('02023', 'Xã', 'A', 'Huyện B', '02026', 'Xã C').replace('2023.0', 'abc')}`,
      'map.csv (dòng 2, cột wardCode)',
    ],
    ['no rows at all', `${HEADER}\n`, 'map.csv: không có dòng dữ liệu nào'],
  ])('refuses %s, naming the file and the line', (_, text, message) => {
    expect(() => readMapping(text, 'map.csv')).toThrow(message);
  });

  it('reads quoted CSV fields', () => {
    expect(csvFields('a,"b, c","d ""e""",')).toEqual(['a', 'b, c', 'd "e"', '']);
  });
});

describe('the lineage of the new units', () => {
  const former = (code: string) => LINEAGE.predecessors.get(code);

  it.each([
    ['a merge: each former unit into the new one', '02023', { end: 'sáp nhập', into: ['02026'] }],
    ['a reused code: the old xã Nam Cường is a unit of its own', '02026', { name: 'Nam Cường', end: 'sáp nhập', into: ['02026'] }],
    ['a divided unit: into each new one', '05461', { end: 'chia tách', into: ['05467', '05443'] }],
    ['a unit kept as it was', '01957', { end: 'giữ nguyên', into: ['01957'] }],
    ['a town merged into a xã', '05566', { kind: 'thị trấn', end: 'sáp nhập', into: ['05569'] }],
  ])('%s', (_, code, expected) => {
    expect(former(code)).toMatchObject(expected);
  });

  it('keeps the new xã Nam Cường apart from the old one: same code, other dates', () => {
    expect(LINEAGE.units.get('02026')).toMatchObject({
      name: 'Nam Cường',
      since: '2025-07-01',
      predecessors: ['02023', '02026'],
      area: '149,65',
    });
    expect(LINEAGE.units.get('02026')).not.toBe(former('02026'));
  });

  it('says where the files disagree, names the row, and leaves it out without guessing', () => {
    expect(LINEAGE.notes.map((n) => [n.province, n.line, n.message])).toEqual([
      ['22', 8, 'dòng 8: mã mới 06970 (Xã Ba Chẽ) không có trong danh mục 2026; bỏ dòng này (Xã Hải Lạng (huyện Tiên Yên) → Xã Ba Chẽ)'],
      ['01', 9, 'dòng 9: bảng chuyển đổi ghi "Xã Ba Đình", danh mục 2026 ghi "Phường Ba Đình" (mã 00004): dùng tên trong danh mục 2026'],
      ['22', undefined, 'mã 06978 (Xã Ba Chẽ): bảng chuyển đổi không ghi đơn vị cũ nào hình thành đơn vị này'],
    ]);
    expect(former('06886')).toBeUndefined();
    expect(LINEAGE.units.get('06978')!.predecessors).toEqual([]);
  });

  it('names a district with no former commune as what a unit was formed from', () => {
    const lineage = buildLineage(LIST, readMapping(`${HEADER}\n${row('', '', '', 'Huyện Cồn Cỏ', '05569', 'Xã Định Hóa')}`, 'map.csv'));
    expect(lineage.units.get('05569')!.formedAlsoFrom).toEqual(['huyện Cồn Cỏ (tỉnh Bắc Kạn)']);
    expect(lineage.notes[0]!.message).toContain('dòng 2: Xã Định Hoá hình thành từ huyện Cồn Cỏ');
  });

  it("imports one province: its units in the list's order and their former units once each", () => {
    expect(THAI_NGUYEN.units.map((u) => u.code)).toEqual(['02026', '05443', '05467', '01957', '05569']);
    expect(THAI_NGUYEN.predecessors.map((p) => p.code)).toEqual(['02023', '02026', '05461', '01957', '05566']);
    expect(THAI_NGUYEN.notes).toEqual([]);
  });
});

describe('looking a province or a commune up', () => {
  it.each([
    ['19', '19'],
    ['thai nguyen', '19'],
    ['Tỉnh Thái Nguyên', '19'],
    ['ha noi', '01'],
  ])('finds the province %s', (query, code) => {
    expect(findProvince(LIST, query)).toEqual({ found: expect.objectContaining({ code }) });
  });

  it('lists the closest names for a province it does not know', () => {
    const r = findProvince(LIST, 'thai ngyen');
    expect('candidates' in r && r.candidates[0]!.fullName).toBe('tỉnh Thái Nguyên');
  });

  it.each([
    ['by code', '01957', '19', '01957'],
    ['by name without diacritics', 'nam cuong', '19', '02026'],
    ['with its kind word', 'Phường Gia Sàng', '19', '05467'],
    ['in another province, the only one of its name', 'ba dinh', '19', '00004'],
  ])('finds a commune %s', (_, query, within, code) => {
    expect(findCommune(LIST, query, within)).toEqual({ found: expect.objectContaining({ code }) });
  });

  it('lists the candidates when a name is no commune', () => {
    const r = findCommune(LIST, 'nam cuon', '19');
    expect(r).toMatchObject({ exact: false });
    expect('candidates' in r && r.candidates[0]!.code).toBe('02026');
  });
});
