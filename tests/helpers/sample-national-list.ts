/**
 * A small national list and mapping in the shapes of data/ (src/lib/national-list.ts): a merge, a
 * reused code, a divided former unit, a unit kept as it was, a tone-placement difference, a code
 * the list lacks and a kind it changed.
 */
import { buildLineage, readMapping, readNationalList } from '../../src/lib/national-list.ts';

/** A list in the shape of vn-units-2026.json: provinces with their wards. */
export const ward = (Code: string, Name: string, kind = 'Xã') => ({
  Code,
  Name,
  FullName: `${kind} ${Name}`,
  AdministrativeUnitShortName: kind,
});
export const LIST = readNationalList(
  [
    {
      Code: '19',
      Name: 'Thái Nguyên',
      FullName: 'Tỉnh Thái Nguyên',
      AdministrativeUnitShortName: 'Tỉnh',
      Wards: [
        ward('02026', 'Nam Cường'),
        ward('05443', 'Phan Đình Phùng', 'Phường'),
        ward('05467', 'Gia Sàng', 'Phường'),
        ward('01957', 'Thượng Quan'),
        ward('05569', 'Định Hoá'),
      ],
    },
    {
      Code: '01',
      Name: 'Hà Nội',
      FullName: 'Thành phố Hà Nội',
      AdministrativeUnitShortName: 'Thành phố',
      Wards: [ward('00004', 'Ba Đình', 'Phường')],
    },
    { Code: '22', Name: 'Quảng Ninh', FullName: 'Tỉnh Quảng Ninh', AdministrativeUnitShortName: 'Tỉnh', Wards: [ward('06978', 'Ba Chẽ')] },
  ],
  'list.json',
);

export const HEADER =
  'provinceCode,districtType,wardCode,wardType,isMergedWard,isDividedWard,province,district,ward,newWard,newProvinceCode,newWardCode,newWardAreaKm2';
/** One mapping row: former (code, kind, name, district) → new (code, full name), and its flags. */
export const row = (
  code: string,
  kind: string,
  name: string,
  district: string,
  newCode: string,
  newWard: string,
  flags = 'True,False',
  province = 'Tỉnh Bắc Kạn',
) =>
  [
    code.slice(0, 2),
    district.split(' ')[0],
    code ? `${Number(code)}.0` : '',
    kind,
    flags,
    province,
    district,
    kind ? `${kind} ${name}` : '',
    newWard,
    NEW_PROVINCE[newCode.slice(0, 2)] ?? '19',
    newCode,
    '149.65',
  ].join(',');
const NEW_PROVINCE: Record<string, string> = { '06': '22', '00': '01' };

export const CSV = [
  HEADER,
  row('02023', 'Xã', 'Xuân Lạc', 'Huyện Chợ Đồn', '02026', 'Xã Nam Cường'), // line 2: a merge
  row('02026', 'Xã', 'Nam Cường', 'Huyện Chợ Đồn', '02026', 'Xã Nam Cường'), // line 3: the code reused by the new xã
  row('05461', 'Phường', 'Gia Sàng', 'Thành phố Thái Nguyên', '05467', 'Phường Gia Sàng', 'True,True', 'Tỉnh Thái Nguyên'), // 4: divided…
  row('05461', 'Phường', 'Gia Sàng', 'Thành phố Thái Nguyên', '05443', 'Phường Phan Đình Phùng', 'True,True', 'Tỉnh Thái Nguyên'), // 5: …in two
  row('01957', 'Xã', 'Thượng Quan', 'Huyện Ngân Sơn', '01957', 'Xã Thượng Quan', 'False,False'), // 6: kept as it was
  row('05566', 'Thị trấn', 'Chợ Chu', 'Huyện Định Hóa', '05569', 'Xã Định Hóa'), // 7: tone placement only
  row('06886', 'Xã', 'Hải Lạng', 'Huyện Tiên Yên', '06970', 'Xã Ba Chẽ', 'True,True', 'Tỉnh Quảng Ninh'), // 8: a code not in the list
  row('00001', 'Phường', 'Phúc Xá', 'Quận Ba Đình', '00004', 'Xã Ba Đình', 'True,False', 'Thành phố Hà Nội'), // 9: the list says phường
].join('\n');
export const ROWS = readMapping(CSV, 'map.csv');
export const LINEAGE = buildLineage(LIST, ROWS);
