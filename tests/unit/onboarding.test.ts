/**
 * What `npm run new -- province` writes and what `npm run new -- site` adds (src/lib/onboarding.ts),
 * as tables over the small list of tests/helpers/sample-national-list.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildLineage, importProvince, readMapping, readNationalList } from '../../src/lib/national-list.ts';
import { addSite, LIST_BASIS, provinceFiles, type ExistingProvince } from '../../src/lib/onboarding.ts';
import type { Province, UnitData } from '../../src/lib/schemas.ts';
import { HEADER, LINEAGE, LIST, row, ward } from '../helpers/sample-national-list.ts';

const THAI_NGUYEN = importProvince(LIST, LINEAGE, '19');
const files = provinceFiles(THAI_NGUYEN, '[]\n');
const json = <T>(path: string) => JSON.parse(files.get(path)!) as T;

describe('a new province from the list', () => {
  it('has its province.json: name, code, a hub on .example, its sites in the list’s order', () => {
    expect(json<Province>('province.json')).toEqual({
      name: 'tỉnh Thái Nguyên',
      code: '19',
      hub: {
        name: 'Các trang thông tin điện tử cấp xã của tỉnh Thái Nguyên',
        baseUrl: 'https://thainguyen.example',
        description: 'Các trang của các xã, phường tỉnh Thái Nguyên (từ 01/07/2025), tìm kiếm chung một lần.',
      },
      sites: ['xa-nam-cuong', 'phuong-phan-dinh-phung', 'phuong-gia-sang', 'xa-thuong-quan', 'xa-dinh-hoa'],
    });
  });

  it('has one site per commune: owner, publisher, a placeholder address, no contacts', () => {
    expect(json('sites/phuong-gia-sang/site.json')).toEqual({
      name: 'Trang thông tin điện tử phường Gia Sàng',
      province: 'tỉnh Thái Nguyên',
      owner: 'gia-sang-2025',
      baseUrl: 'https://giasang.thainguyen.example',
      language: 'vi',
      publisher: 'Ủy ban nhân dân phường Gia Sàng',
      description: 'Tin tức, văn bản và thông tin của phường Gia Sàng, tỉnh Thái Nguyên.',
    });
  });

  it('keeps every unit once: the new ones from 01/07/2025, the former ones with their district and what they became', () => {
    const units = json<UnitData[]>('units.json');
    expect(units.map((u) => [u.id, u.code, u.since ?? u.succession?.date])).toEqual([
      ['nam-cuong-2025', '02026', '2025-07-01'],
      ['phan-dinh-phung-2025', '05443', '2025-07-01'],
      ['gia-sang-2025', '05467', '2025-07-01'],
      ['thuong-quan-2025', '01957', '2025-07-01'],
      ['dinh-hoa-2025', '05569', '2025-07-01'],
      ['xuan-lac', '02023', '2025-07-01'],
      ['nam-cuong', '02026', '2025-07-01'],
      ['gia-sang', '05461', '2025-07-01'],
      ['thuong-quan', '01957', '2025-07-01'],
      ['cho-chu', '05566', '2025-07-01'],
    ]);
    expect(units.find((u) => u.id === 'gia-sang')).toEqual({
      id: 'gia-sang',
      kind: 'phường',
      name: 'Gia Sàng',
      bloc: 'Đơn vị cấp xã trước 01/07/2025',
      aliases: [],
      code: '05461',
      district: 'thành phố Thái Nguyên',
      province: 'tỉnh Thái Nguyên',
      succession: { date: '2025-07-01', kind: 'chia tách', into: ['gia-sang-2025', 'phan-dinh-phung-2025'], basis: LIST_BASIS },
    });
    expect(units[0]).toMatchObject({ slug: 'nam-cuong-2025', facts: { area: '149,65 km²', province: 'tỉnh Thái Nguyên' } });
    expect(units[0]).not.toHaveProperty('contacts');
  });

  it('makes ids, site folders and addresses unique where names collide: a name two former units share, two names of one slug', () => {
    const list = readNationalList(
      [
        {
          Code: '19',
          Name: 'Thái Nguyên',
          FullName: 'Tỉnh Thái Nguyên',
          AdministrativeUnitShortName: 'Tỉnh',
          Wards: [ward('02001', 'Văn Lang'), ward('02002', 'Văn Lăng'), ward('05899', 'Trung Thành', 'Phường')],
        },
      ],
      'list.json',
    );
    const csv = [
      HEADER,
      row('02001', 'Xã', 'Văn Lang', 'Huyện Đồng Hỷ', '02001', 'Xã Văn Lang'),
      row('02002', 'Xã', 'Văn Lăng', 'Huyện Đồng Hỷ', '02002', 'Xã Văn Lăng'),
      row('05476', 'Phường', 'Trung Thành', 'Thành phố Thái Nguyên', '05899', 'Phường Trung Thành'),
      row('05899', 'Phường', 'Trung Thành', 'Thành phố Phổ Yên', '05899', 'Phường Trung Thành'),
    ].join('\n');
    const out = provinceFiles(importProvince(list, buildLineage(list, readMapping(csv, 'map.csv')), '19'), '[]\n');
    const units = JSON.parse(out.get('units.json')!) as UnitData[];
    // (former units of one slug and one district: the district, then the code)
    expect(units.map((u) => u.id)).toEqual([
      'van-lang-2025-02001',
      'van-lang-2025-02002',
      'trung-thanh-2025',
      'van-lang-dong-hy',
      'van-lang-dong-hy-02002',
      'trung-thanh-thai-nguyen',
      'trung-thanh-pho-yen',
    ]);
    expect((JSON.parse(out.get('province.json')!) as Province).sites).toEqual([
      'xa-van-lang-02001',
      'xa-van-lang-02002',
      'phuong-trung-thanh',
    ]);
    expect(JSON.parse(out.get('sites/xa-van-lang-02001/site.json')!).baseUrl).toBe('https://xavanlang-02001.thainguyen.example');
  });
});

/** The province as `new site` finds it, from the files of `root` (by path) and folders. */
function existing(text: Map<string, string>): ExistingProvince {
  const province = JSON.parse(text.get('province.json')!) as Province;
  const owners = new Map(
    province.sites.map((id) => [id, (JSON.parse(text.get(`sites/${id}/site.json`) ?? '{}') as { owner?: string }).owner]),
  );
  return {
    province,
    provinceText: text.get('province.json')!,
    units: JSON.parse(text.get('units.json')!) as UnitData[],
    unitsText: text.get('units.json')!,
    owners,
    folders: new Set(province.sites),
  };
}

/** A province of one archive site (owned by no unit) and `units`. */
const archive = (units: unknown[] = []) =>
  new Map([
    [
      'province.json',
      `${JSON.stringify({ name: 'tỉnh Thái Nguyên', hub: { name: 'h', baseUrl: 'https://h.example', description: 'd' }, sites: ['huyen-x'] }, null, 2)}\n`,
    ],
    ['units.json', `[${units.map((u) => `\n  ${JSON.stringify(u)}`).join(',')}${units.length ? '\n' : ''}]\n`],
    ['sites/huyen-x/site.json', '{}'],
  ]);

/** `files` after a `new site` that added. */
function after(files: Map<string, string>, result: ReturnType<typeof addSite>): Map<string, string> {
  if (result.kind !== 'add') throw new Error(result.kind);
  return new Map([...files, ...result.files, ['units.json', result.unitsText], ['province.json', result.provinceText]]);
}

describe('one commune added to a province', () => {
  it('adds its site, its unit and its former units, its id at the end of the sites; run again: nothing', () => {
    const start = archive();
    const result = addSite(THAI_NGUYEN, '02026', existing(start));
    expect(result).toMatchObject({ kind: 'add', site: 'xa-nam-cuong', added: ['nam-cuong-2025', 'xuan-lac', 'nam-cuong'], extended: [] });
    const next = after(start, result);
    expect((JSON.parse(next.get('province.json')!) as Province).sites).toEqual(['huyen-x', 'xa-nam-cuong']);
    // Only lines are added: the file up to its closing bracket is as it was.
    expect(next.get('province.json')!.startsWith(start.get('province.json')!.split('"huyen-x"')[0]!)).toBe(true);
    expect(addSite(THAI_NGUYEN, '02026', existing(next))).toEqual({ kind: 'exists', site: 'xa-nam-cuong' });
  });

  it('adds nothing to the units already there, found by code and dates (never by name)', () => {
    const there = [
      {
        id: 'nam-cuong',
        kind: 'xã',
        name: 'Nam Cường',
        bloc: 'Khối xã',
        aliases: [],
        code: '02026',
        succession: { date: '2025-07-01', kind: 'sáp nhập', into: ['nc'], basis: 'NQ' },
      },
      { id: 'nc', kind: 'xã', name: 'Nam Cường', bloc: 'Xã', aliases: ['NC'], code: '02026', since: '2025-07-01' },
    ];
    const start = archive(there);
    const result = addSite(THAI_NGUYEN, '02026', existing(start));
    expect(result).toMatchObject({ kind: 'add', added: ['xuan-lac'], extended: [] });
    const units = JSON.parse(after(start, result).get('units.json')!) as UnitData[];
    expect(units.slice(0, 2)).toEqual(there);
    expect(units[2]!.succession!.into).toEqual(['nc']);
    expect(JSON.parse(after(start, result).get('sites/xa-nam-cuong/site.json')!).owner).toBe('nc');
  });

  it('gives a unit whose id another unit holds its code as well', () => {
    const start = archive([{ id: 'nam-cuong', kind: 'cơ quan', name: 'Nam Cường', bloc: 'Khối cơ quan', aliases: [] }]);
    expect(addSite(THAI_NGUYEN, '02026', existing(start))).toMatchObject({ added: ['nam-cuong-2025', 'xuan-lac', 'nam-cuong-02026'] });
  });

  it('a divided former unit already there also goes into the second unit: its id added to the line’s `into`, nothing else', () => {
    const first = after(archive(), addSite(THAI_NGUYEN, '05467', existing(archive())));
    const second = addSite(THAI_NGUYEN, '05443', existing(first));
    expect(second).toMatchObject({ kind: 'add', added: ['phan-dinh-phung-2025'], extended: ['gia-sang'] });
    // Every line stays (the last unit's gains the comma before the added ones), but the divided unit's.
    const now = after(first, second).get('units.json')!.split('\n');
    const changed = first
      .get('units.json')!
      .split('\n')
      .filter((line) => !now.includes(line) && !now.includes(`${line},`));
    expect(changed).toHaveLength(1);
    const extended = changed[0]!.replace('"into":["gia-sang-2025"]', '"into":["gia-sang-2025", "phan-dinh-phung-2025"]');
    expect(now.filter((line) => line === extended || line === `${extended},`)).toHaveLength(1);
  });

  it.each([
    ['a commune of another province', '00004', 'mã 00004 không thuộc tỉnh Thái Nguyên'],
    ['a folder of that name owned by another unit', '02026', 'đã có thư mục sites/xa-nam-cuong (chủ quản "khac")'],
  ])('refuses %s', (_, code, message) => {
    const start = archive();
    const have = existing(start);
    const withFolder: ExistingProvince = {
      ...have,
      owners: new Map([...have.owners, ['xa-nam-cuong', 'khac']]),
      folders: new Set(['huyen-x', 'xa-nam-cuong']),
    };
    const result = addSite(THAI_NGUYEN, code, code === '02026' ? withFolder : have);
    expect(result.kind).toBe('refused');
    expect(result.kind === 'refused' && result.message).toContain(message);
  });
});
