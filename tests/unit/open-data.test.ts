import { describe, expect, it } from 'vitest';
import { decisionRecords, recognitionRows, toCsv, RECOGNITION_COLUMNS } from '../../src/lib/open-data.ts';
import { MODEL } from '../helpers/sample-model.ts';

describe('open data', () => {
  it('CSV starts with a BOM, uses CRLF, quotes and defuses formulas', () => {
    const rows = recognitionRows(MODEL);
    const csv = toCsv(
      RECOGNITION_COLUMNS.map(([c]) => c),
      rows as never,
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('quyet_dinh,ngay,nam,don_vi,ma_don_vi,loai,khoi,ket_qua');
    expect(lines[1]).toBe('1/QĐ-UBND,2020-12-01,2020,Xã Đồng Thắng,dong-thang,xã,Khối xã,Đạt chuẩn');
    expect(lines).toHaveLength(rows.length + 2);
    expect(toCsv(['a'], [{ a: '=HYPERLINK("x")' }])).toBe('\uFEFFa\r\n"\'=HYPERLINK(""x"")"\r\n');
  });
  it('decisions keep the declared and the listed counts side by side', () => {
    const d = decisionRecords(MODEL).find((r) => r.ma === '2-2021')!;
    expect(d.nhom.map((g) => [g.so_luong_nguon_ghi, g.so_luong_liet_ke])).toEqual([
      [1, 2],
      [null, 1],
    ]);
    expect([d.tong_nguon_ghi, d.tong_liet_ke, d.ky_hieu]).toEqual([null, 3, null]);
  });
});
