/**
 * `npm run new -- province` and `npm run new -- site` with the national list shipped in data/:
 * a whole province from its code, one commune added to a copy of content/, and every refusal
 * leaving every file as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Province, Site, UnitData } from '../../src/lib/schemas.ts';
import { readNationalData } from '../../src/source/national-list.ts';
import { checkProvince } from '../../src/source/province.ts';
import { snapshot } from '../../scripts/support/snapshot.ts';
import { PROJECT } from '../helpers/fixtures.ts';

const scratch = mkdtempSync(join(tmpdir(), 'portal-onboard-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/new.ts', ...args], { cwd: PROJECT, encoding: 'utf8' });
const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

describe('npm run new -- province', () => {
  const root = join(scratch, 'thai-nguyen');
  const made = run('province', '19', '--content', root);

  it('makes tỉnh Thái Nguyên from code 19: 92 sites, 15 phường and 77 xã, each owning its unit', () => {
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('92 trang (77 xã, 15 phường)');
    const province = read<Province>(join(root, 'province.json'));
    expect([province.name, province.code, province.sites.length]).toEqual(['tỉnh Thái Nguyên', '19', 92]);
    const units = new Map(read<UnitData[]>(join(root, 'units.json')).map((u) => [u.id, u]));
    const owners = province.sites.map((id) => units.get(read<Site>(join(root, 'sites', id, 'site.json')).owner!)!);
    expect(owners.filter((u) => u.kind === 'phường')).toHaveLength(15);
    expect(owners.filter((u) => u.kind === 'xã')).toHaveLength(77);
    expect(new Set(province.sites.map((id) => read<Site>(join(root, 'sites', id, 'site.json')).baseUrl)).size).toBe(92);
  });

  it('keeps the new xã Nam Cường and the old one apart (code 02026 for both), with the old one in its former district', () => {
    const units = read<UnitData[]>(join(root, 'units.json')).filter((u) => u.code === '02026');
    expect(units.map((u) => [u.id, u.since, u.succession?.date, u.district])).toEqual([
      ['nam-cuong-2025', '2025-07-01', undefined, undefined],
      ['nam-cuong', undefined, '2025-07-01', 'huyện Chợ Đồn'],
    ]);
  });

  it('passes the check, warning only of what each site has not published yet', () => {
    const { problems } = checkProvince(root, PROJECT);
    expect(problems.errors).toEqual([]);
    expect(problems.warnings.filter((w) => !w.message.startsWith('chưa đăng'))).toEqual([]);
  });

  it('finds a province by its name without diacritics, and lists the closest for one it does not know', () => {
    const byName = join(scratch, 'by-name');
    expect(run('province', 'thai nguyen', '--content', byName).status).toBe(0);
    expect(snapshot(byName)).toEqual(snapshot(root));
    const unknown = run('province', 'thai ngyen', '--content', join(scratch, 'unknown'));
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('Gần nhất: tỉnh Thái Nguyên (mã 19)');
    expect(readdirSync(scratch)).not.toContain('unknown');
  });

  it('refuses a folder that is not empty, writing nothing', () => {
    const full = join(scratch, 'full');
    mkdirSync(full);
    writeFileSync(join(full, 'ghi-chu.txt'), 'x');
    const r = run('province', '19', '--content', full);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('đã có nội dung');
    expect(readdirSync(full)).toEqual(['ghi-chu.txt']);
  });
});

describe('npm run new -- site', () => {
  /** A copy of content/, the repository's province. */
  const copy = (name: string) => {
    const dir = join(scratch, name);
    cpSync(join(PROJECT, 'content'), dir, { recursive: true });
    return dir;
  };
  const site = (root: string, query: string) => run('site', query, '--content', root);

  it('adds xã Ba Bể (01906): its site, its unit and its 3 former units; run again, nothing changes', () => {
    const root = copy('ba-be');
    const before = readFileSync(join(root, 'units.json'), 'utf8');
    const r = site(root, '01906');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Thêm vào units.json: ba-be-2025, cao-thuong, khang-ninh, nam-mau.');
    const after = readFileSync(join(root, 'units.json'), 'utf8');
    // The file as it was, but the comma before the added lines.
    expect(after.startsWith(before.replace(/\n\]\n$/, ''))).toBe(true);
    expect(read<Province>(join(root, 'province.json')).sites.at(-1)).toBe('xa-ba-be');
    expect(read<Site>(join(root, 'sites', 'xa-ba-be', 'site.json'))).toMatchObject({
      owner: 'ba-be-2025',
      publisher: 'Ủy ban nhân dân xã Ba Bể',
    });
    // Xã Khang Ninh had the code 01906 before xã Ba Bể: two units.
    expect(
      read<UnitData[]>(join(root, 'units.json'))
        .filter((u) => u.code === '01906')
        .map((u) => u.name),
    ).toEqual(['Ba Bể', 'Khang Ninh']);
    expect(checkProvince(root, PROJECT).problems.errors).toEqual([]);

    const state = snapshot(root);
    const again = site(root, 'ba be');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Đã có trang xa-ba-be');
    expect(snapshot(root)).toEqual(state);
  });

  it('changes nothing for any of the 8 xã already in content/', () => {
    const root = copy('eight');
    const state = snapshot(root);
    const codes = read<UnitData[]>(join(root, 'units.json')).flatMap((u) => (u.since ? [u.code!] : []));
    expect(codes).toHaveLength(8);
    for (const code of codes) expect(site(root, code).stdout).toContain('không thay đổi gì');
    expect(snapshot(root)).toEqual(state);
  });

  it.each([
    ['a phường of Hà Nội, naming Hà Nội', '00004', 'Phường Ba Đình (mã 00004, thành phố Hà Nội) không thuộc tỉnh Thái Nguyên'],
    ['a name several communes bear, listing them', 'tan lap', '"tan lap" là tên của nhiều đơn vị: Xã Tân Lập (mã 19462, tỉnh Quảng Trị)'],
    [
      'a name no commune bears, listing the closest',
      'ba bee',
      'không có "ba bee" trong danh mục; tên gần nhất: Xã Ba Bể (mã 01906, tỉnh Thái Nguyên)',
    ],
    ['a code not in the list', '99999', 'không có mã 99999 trong danh mục'],
  ])('refuses %s, every file as it was', (_, query, message) => {
    const root = copy(`refused-${query.replace(/\W/g, '')}`);
    const state = snapshot(root);
    const r = site(root, query);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(message);
    expect(snapshot(root)).toEqual(state);
  });
});

describe('the data files', () => {
  const data = (name: string, files: Record<string, string>) => {
    const dir = join(scratch, name);
    mkdirSync(join(dir, 'data'), { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, 'data', file), text);
    return dir;
  };
  const list = readFileSync(join(PROJECT, 'data', 'vn-units-2026.json'), 'utf8');
  const mapping = readFileSync(join(PROJECT, 'data', 'vn-units-2025-mapping.csv'), 'utf8');

  it('reads the shipped ones: 34 provinces, 3,321 units, and says where they disagree', () => {
    const { list: l, lineage } = readNationalData(PROJECT);
    expect([l.provinces.length, l.communes.length]).toEqual([34, 3321]);
    expect(lineage.notes.filter((n) => n.message.includes('06970')).map((n) => n.line)).toEqual([2776, 2802, 2803, 2806, 2808]);
  });

  it.each([
    ['a missing file, naming it', { 'vn-units-2026.json': list }, 'data/vn-units-2025-mapping.csv: không có tệp'],
    [
      'malformed JSON, with its line and column',
      { 'vn-units-2026.json': list.replace('"Code": "01"', '"Code" "01"'), 'vn-units-2025-mapping.csv': mapping },
      'data/vn-units-2026.json (dòng 4, cột 10): thiếu dấu hai chấm',
    ],
    [
      'a malformed CSV row, with its line',
      { 'vn-units-2026.json': list, 'vn-units-2025-mapping.csv': mapping.replace('\n1,False,1,Quận,4.0', '\n1,False,1,Quận') },
      'data/vn-units-2025-mapping.csv (dòng 3)',
    ],
  ])('refuses %s', (name, files, message) => {
    const dir = data(name.replace(/\W/g, ''), files);
    expect(() => readNationalData(dir, dir)).toThrow(message);
  });
});
