/**
 * `npm run new -- province` and `npm run new -- site` on disk: what src/lib/onboarding.ts decides,
 * read from and written to a content root. Nothing is written when a command is refused; a new
 * province is made in a folder beside its target and moved into place whole; an existing file is
 * changed only by the lines the command adds (its BOM and line ends kept).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseJsonText } from '../lib/json-text.ts';
import {
  communeFullName,
  findCommune,
  findProvince,
  importProvince,
  type ListCommune,
  type ListProvince,
  type NationalList,
  type ProvinceImport,
} from '../lib/national-list.ts';
import { addSite, provinceFiles, type ExistingProvince } from '../lib/onboarding.ts';
import type { UnitData } from '../lib/schemas.ts';
import { readNationalData } from './national-list.ts';
import { LAYOUT, projectDir } from './paths.ts';
import { readProvince } from './province.ts';

/** A refusal: the command stops, nothing written. */
export class Refused extends Error {}

const provinceLabel = (p: ListProvince) => `${p.fullName} (mã ${p.code})`;

function communeLabel(list: NationalList, c: ListCommune): string {
  return `${communeFullName(c)} (mã ${c.code}, ${list.provinces.find((p) => p.code === c.province)?.fullName ?? `tỉnh mã ${c.province}`})`;
}

/** What the import says of the data for this province, as lines to print. */
const notesOf = (imported: ProvinceImport) => imported.notes.map((n) => `  - ${n.message}`);

/** `npm run new -- province <code or name> --content DIR`: the report's lines. */
export function createProvince(query: string, dir: string, cwd = process.cwd()): string[] {
  const target = resolve(dir);
  if (existsSync(target) && readdirSync(target).length > 0)
    throw new Refused(`${relative(cwd, target) || target} đã có nội dung; chọn một thư mục mới hoặc rỗng. Không ghi gì.`);
  const { list, lineage } = readNationalData();
  const found = findProvince(list, query);
  if (!('found' in found))
    throw new Refused(`không có tỉnh "${query}" trong danh mục. Gần nhất: ${found.candidates.map(provinceLabel).join('; ')}.`);
  const imported = importProvince(list, lineage, found.found.code);
  const files = provinceFiles(imported, readFileSync(join(projectDir(), 'content', LAYOUT.obligations), 'utf8'));
  const staging = `${target}.dang-tao-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(staging, path)), { recursive: true });
    writeFileSync(join(staging, path), text);
  }
  if (existsSync(target)) rmdirSync(target);
  renameSync(staging, target);
  const count = (kind: string) => imported.units.filter((u) => u.kind === kind).length;
  const kinds = ['xã', 'phường', 'đặc khu'].filter((k) => count(k) > 0).map((k) => `${count(k)} ${k}`);
  return [
    `Đã tạo ${provinceLabel(found.found)} trong ${relative(cwd, target) || target}: ${imported.units.length} trang (${kinds.join(', ')}), ${imported.units.length + imported.predecessors.length} đơn vị trong units.json (${imported.predecessors.length} đơn vị trước ${'01/07/2025'} với nơi chúng được sáp nhập vào).`,
    ...(imported.notes.length
      ? ['Dữ liệu nguồn chưa khớp nhau ở các chỗ sau (đã bỏ qua hoặc theo danh mục 2026, không đoán):', ...notesOf(imported)]
      : []),
    'Tiếp theo: đặt địa chỉ thật (baseUrl) của từng trang và của trang chung, rồi chạy npm run check.',
  ];
}

/** A JSON file's text as written (BOM apart) and its value, or an error naming it with line and column. */
function readJson(path: string, cwd: string): { text: string; bom: boolean; value: unknown } {
  const raw = readFileSync(path, 'utf8');
  const bom = raw.startsWith('\uFEFF');
  const text = bom ? raw.slice(1) : raw;
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new Refused(`${relative(cwd, path)} (dòng ${parsed.line}, cột ${parsed.column}): ${parsed.message}`);
  return { text, bom, value: parsed.value };
}

/** The fields `new site` reads of each unit, whatever else an entry holds or lacks. */
function unitRefs(value: unknown): ExistingProvince['units'] {
  if (!Array.isArray(value)) throw new Refused('units.json phải là một danh sách');
  return value.map((u: Partial<UnitData> | null) => ({
    id: typeof u?.id === 'string' ? u.id : '',
    code: typeof u?.code === 'string' ? u.code : undefined,
    since: typeof u?.since === 'string' ? u.since : undefined,
    succession: u?.succession && Array.isArray(u.succession.into) ? u.succession : undefined,
  }));
}

/** Each site's owner, read from its site.json (a site.json that cannot be read owns nothing here: the check names it). */
function owners(root: string, sites: readonly string[]): Map<string, string | undefined> {
  return new Map(
    sites.map((id) => {
      try {
        const owner = (
          JSON.parse(readFileSync(join(root, LAYOUT.sites, id, LAYOUT.site), 'utf8').replace(/^\uFEFF/, '')) as { owner?: unknown }
        ).owner;
        return [id, typeof owner === 'string' ? owner : undefined];
      } catch {
        return [id, undefined];
      }
    }),
  );
}

/** The province's code: province.json's, else the list's province of that name. */
function provinceCode(list: NationalList, name: string, code: string | undefined): string {
  if (code) return code;
  const found = findProvince(list, name);
  if ('found' in found) return found.found.code;
  throw new Refused(`province.json không có "code" và tên "${name}" không có trong danh mục: thêm "code" (ví dụ "19") vào province.json`);
}

/** The commune `query` names, in the province `code`; refused, naming its province or the candidates, otherwise. */
function communeIn(list: NationalList, query: string, code: string): ListCommune {
  const found = findCommune(list, query, code);
  const province = list.provinces.find((p) => p.code === code)!;
  if (!('found' in found))
    throw new Refused(
      found.candidates.length === 0
        ? `không có mã ${query} trong danh mục.`
        : `${found.exact ? `"${query}" là tên của nhiều đơn vị` : `không có "${query}" trong danh mục; tên gần nhất`}: ${found.candidates.map((c) => communeLabel(list, c)).join('; ')}. Chạy lại với mã của đơn vị.`,
    );
  if (found.found.province !== code) throw new Refused(`${communeLabel(list, found.found)} không thuộc ${province.fullName}; không thêm.`);
  return found.found;
}

const writeKeeping = (path: string, text: string, bom: boolean) => {
  writeFileSync(`${path}.tmp`, `${bom ? '\uFEFF' : ''}${text}`);
  renameSync(`${path}.tmp`, path);
};

/** `npm run new -- site <code or name>` in the province at `root`: the report's lines. */
export function addCommuneSite(query: string, root: string, cwd = process.cwd()): string[] {
  if (!existsSync(join(root, LAYOUT.province)))
    throw new Refused(`${relative(cwd, root) || root} không phải nội dung của một tỉnh (không có province.json)`);
  const province = readProvince(root);
  const { list, lineage } = readNationalData();
  const code = provinceCode(list, province.name, province.code);
  const commune = communeIn(list, query, code);
  const unitsPath = join(root, LAYOUT.units);
  const provincePath = join(root, LAYOUT.province);
  const units = existsSync(unitsPath) ? readJson(unitsPath, cwd) : { text: '[]\n', bom: false, value: [] };
  const provinceFile = readJson(provincePath, cwd);
  const sitesDir = join(root, LAYOUT.sites);
  const result = addSite(importProvince(list, lineage, code), commune.code, {
    province,
    provinceText: provinceFile.text,
    units: unitRefs(units.value),
    unitsText: units.text,
    owners: owners(root, province.sites),
    folders: new Set(existsSync(sitesDir) ? readdirSync(sitesDir) : []),
  });
  if (result.kind === 'refused') throw new Refused(result.message);
  if (result.kind === 'exists') return [`Đã có trang ${result.site} của ${communeLabel(list, commune)}; không thay đổi gì.`];
  for (const [path, text] of result.files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text, { flag: 'wx' });
  }
  writeKeeping(unitsPath, result.unitsText, units.bom);
  writeKeeping(provincePath, result.provinceText, provinceFile.bom);
  return [
    `Đã thêm trang ${result.site} của ${communeLabel(list, commune)}: ${relative(cwd, join(sitesDir, result.site, LAYOUT.site))}.`,
    result.added.length ? `Thêm vào units.json: ${result.added.join(', ')}.` : 'units.json đã có đơn vị này và các đơn vị cũ của nó.',
    ...(result.extended.length
      ? [`Đơn vị cũ đã có, nay ghi thêm nơi được chia vào (succession.into): ${result.extended.join(', ')}.`]
      : []),
    'Tiếp theo: đặt địa chỉ thật (baseUrl) trong site.json, rồi chạy npm run check.',
  ];
}
