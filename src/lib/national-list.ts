/**
 * The national list of administrative units (data/README.md): every province and commune-level
 * unit since 2025 (vn-units-2026.json) and which former unit became which (vn-units-2025-mapping.csv),
 * read from their text and imported for one province. Pure: the files are read by
 * src/source/national-list.ts; `npm run new -- province | site` writes what comes out
 * (src/lib/onboarding.ts).
 *
 * A unit is its code plus its dates: codes were reused in 2025 (02026 is the old and the new xã
 * Nam Cường; 01906 was xã Khang Ninh and is xã Ba Bể). Former units are known by their old code
 * and end on 01/07/2025; new ones by their code and begin that day. Where the two files disagree,
 * the import says so, naming the row, and never guesses.
 */
import { fold, phraseKey } from './vi.ts';

/** The day the commune-level units of the 2026 list began (two-level local government). */
export const REORGANISED_ON = '2025-07-01';

export const COMMUNE_KINDS = ['xã', 'phường', 'đặc khu'] as const;
export type CommuneKind = (typeof COMMUNE_KINDS)[number];
export type FormerKind = 'xã' | 'phường' | 'thị trấn';

export interface ListProvince {
  code: string;
  /** "Thái Nguyên". */
  name: string;
  /** As running text writes it: "tỉnh Thái Nguyên", "thành phố Hà Nội". */
  fullName: string;
}

export interface ListCommune {
  code: string;
  name: string;
  kind: CommuneKind;
  /** Its province's code. */
  province: string;
}

export interface NationalList {
  provinces: ListProvince[];
  communes: ListCommune[];
}

/** One row of the mapping: a former unit (or the part of one) and the new unit it went into. */
export interface MappingRow {
  /** Its line in the file (the header is line 1). */
  line: number;
  /** The former unit's code, 5 digits; "" when the row names no former commune (an island district). */
  code: string;
  name: string;
  kind: FormerKind | undefined;
  /** "huyện Chợ Đồn", "thành phố Thái Nguyên". */
  district: string;
  /** "tỉnh Bắc Kạn". */
  province: string;
  merged: boolean;
  divided: boolean;
  newCode: string;
  /** The new unit as the mapping writes it: "Xã Nam Cường". */
  newFullName: string;
  newProvince: string;
  /** The new unit's area in km², as the mapping gives it ("149.65"). */
  newArea: string;
}

/** A problem in a data file, naming the file, and the line or field. */
export class DataError extends Error {
  readonly file: string;
  readonly where: string;
  constructor(file: string, where: string, message: string) {
    super(`${file}${where ? ` (${where})` : ''}: ${message}`);
    this.file = file;
    this.where = where;
  }
}

/** "Tỉnh Bắc Kạn" → "tỉnh Bắc Kạn", "Thành Phố Bắc Kạn" → "thành phố Bắc Kạn": the kind word as running text writes it. */
export function inRunningText(name: string, kind: string): string {
  const rest = name.toLowerCase().startsWith(`${kind.toLowerCase()} `) ? name.slice(kind.length + 1) : name;
  return `${kind.toLowerCase()} ${rest.trim()}`;
}

const COMMUNE_KIND_OF: Record<string, CommuneKind> = { Xã: 'xã', Phường: 'phường', 'Đặc khu': 'đặc khu' };
const FORMER_KIND_OF: Record<string, FormerKind> = { Xã: 'xã', Phường: 'phường', 'Thị trấn': 'thị trấn' };

function asRecord(value: unknown, file: string, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new DataError(file, where, 'cần một đối tượng');
  return value as Record<string, unknown>;
}

function field(record: Record<string, unknown>, key: string, file: string, where: string, pattern?: RegExp): string {
  const value = record[key];
  if (typeof value !== 'string' || !value.trim() || (pattern && !pattern.test(value)))
    throw new DataError(file, `${where}.${key}`, `giá trị ${JSON.stringify(value)} không hợp lệ`);
  return value.normalize('NFC').trim();
}

/** vn-units-2026.json, already parsed as JSON: its provinces and their communes, in the file's order. */
export function readNationalList(data: unknown, file: string): NationalList {
  if (!Array.isArray(data)) throw new DataError(file, '', 'cần một danh sách các tỉnh');
  const provinces: ListProvince[] = [];
  const communes: ListCommune[] = [];
  data.forEach((p, i) => {
    const rec = asRecord(p, file, `[${i}]`);
    const code = field(rec, 'Code', file, `[${i}]`, /^\d{2}$/);
    const kind = field(rec, 'AdministrativeUnitShortName', file, `[${i}]`);
    provinces.push({
      code,
      name: field(rec, 'Name', file, `[${i}]`),
      fullName: inRunningText(field(rec, 'FullName', file, `[${i}]`), kind),
    });
    const wards = rec.Wards;
    if (!Array.isArray(wards)) throw new DataError(file, `[${i}].Wards`, 'cần một danh sách đơn vị cấp xã');
    wards.forEach((w, j) => {
      const where = `[${i}].Wards[${j}]`;
      const ward = asRecord(w, file, where);
      const kindText = field(ward, 'AdministrativeUnitShortName', file, where);
      const wardKind = COMMUNE_KIND_OF[kindText];
      if (!wardKind)
        throw new DataError(file, `${where}.AdministrativeUnitShortName`, `loại "${kindText}" không phải xã, phường hay đặc khu`);
      communes.push({
        code: field(ward, 'Code', file, where, /^\d{5}$/),
        name: field(ward, 'Name', file, where),
        kind: wardKind,
        province: code,
      });
    });
  });
  return { provinces, communes };
}

/** CSV fields of one line (RFC 4180: commas, fields in double quotes with "" inside). */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let value = '';
    if (line[i] === '"') {
      for (i++; i < line.length; i++) {
        if (line[i] === '"' && line[i + 1] === '"') value += line[i++];
        else if (line[i] === '"') break;
        else value += line[i];
      }
      i++;
    }
    const comma = line.indexOf(',', i);
    value += line.slice(i, comma === -1 ? undefined : comma);
    out.push(value);
    if (comma === -1) return out;
    i = comma + 1;
  }
}

const MAPPING_COLUMNS = [
  'provinceCode',
  'districtType',
  'wardCode',
  'wardType',
  'isMergedWard',
  'isDividedWard',
  'province',
  'district',
  'ward',
  'newWard',
  'newProvinceCode',
  'newWardCode',
  'newWardAreaKm2',
] as const;

/** A former unit's code as the mapping writes it ("2026.0", "6886.0") → 5 digits; "" stays "". */
function formerCode(text: string, file: string, where: string): string {
  if (text === '') return '';
  if (!/^\d+(\.0+)?$/.test(text)) throw new DataError(file, where, `mã "${text}" không phải một số`);
  return String(Number(text)).padStart(5, '0');
}

function mappingRow(get: (column: (typeof MAPPING_COLUMNS)[number]) => string, line: number, file: string): MappingRow {
  const where = `dòng ${line}`;
  const flag = (column: 'isMergedWard' | 'isDividedWard') => {
    const v = get(column);
    if (v !== 'True' && v !== 'False') throw new DataError(file, `${where}, cột ${column}`, `cần True hoặc False, có "${v}"`);
    return v === 'True';
  };
  const newCode = get('newWardCode');
  if (!/^\d{5}$/.test(newCode)) throw new DataError(file, `${where}, cột newWardCode`, `mã "${newCode}" không phải 5 chữ số`);
  const kindText = get('wardType');
  const ward = get('ward');
  return {
    line,
    code: formerCode(get('wardCode'), file, `${where}, cột wardCode`),
    name: kindText && ward.startsWith(`${kindText} `) ? ward.slice(kindText.length + 1) : ward,
    kind: FORMER_KIND_OF[kindText],
    district: inRunningText(get('district'), get('districtType')),
    province: inRunningText(get('province'), get('province').toLowerCase().startsWith('tỉnh') ? 'Tỉnh' : 'Thành phố'),
    merged: flag('isMergedWard'),
    divided: flag('isDividedWard'),
    newCode,
    newFullName: get('newWard'),
    newProvince: get('newProvinceCode').padStart(2, '0'),
    newArea: get('newWardAreaKm2'),
  };
}

/** vn-units-2025-mapping.csv: every row, or an error naming the file and the line. */
export function readMapping(text: string, file: string): MappingRow[] {
  const lines = text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const header = csvFields(lines[0] ?? '');
  const index = new Map(header.map((name, i) => [name.trim(), i]));
  const missing = MAPPING_COLUMNS.filter((c) => !index.has(c));
  if (missing.length) throw new DataError(file, 'dòng 1', `thiếu cột ${missing.join(', ')}`);
  const rows: MappingRow[] = [];
  lines.slice(1).forEach((text, i) => {
    if (!text.trim()) return;
    const line = i + 2;
    const values = csvFields(text);
    if (values.length !== header.length)
      throw new DataError(file, `dòng ${line}`, `có ${values.length} cột, dòng tiêu đề có ${header.length}`);
    rows.push(mappingRow((column) => values[index.get(column)!]!.trim(), line, file));
  });
  if (rows.length === 0) throw new DataError(file, '', 'không có dòng dữ liệu nào');
  return rows;
}

/** How a former unit ended: the succession kinds of schemas.ts. */
export type FormerEnd = 'sáp nhập' | 'chia tách' | 'giữ nguyên' | 'đổi tên';

/** A former unit as the import makes it: its code (valid until 01/07/2025), where it was, what it became. */
export interface Predecessor {
  code: string;
  name: string;
  kind: FormerKind;
  district: string;
  province: string;
  end: FormerEnd;
  /** The codes of the new units it went into (several when it was divided). */
  into: string[];
}

/** A commune-level unit since 01/07/2025, with what it was formed from. */
export interface NewUnit extends ListCommune {
  since: string;
  /** Area in km² as the mapping gives it, with a decimal comma ("149,65"); undefined when not given. */
  area: string | undefined;
  /** Codes of its predecessors, in the mapping's order. */
  predecessors: string[];
  /** What it was formed from that was no commune (an island district), by name. */
  formedAlsoFrom: string[];
}

/** What the import says of the data: a row it left out, or a difference it resolved the list's way. */
export interface ImportNote {
  /** The mapping's line, when the note is about one. */
  line?: number | undefined;
  /** The province (code) whose import it concerns. */
  province: string;
  message: string;
}

export interface Lineage {
  units: Map<string, NewUnit>;
  predecessors: Map<string, Predecessor>;
  notes: ImportNote[];
}

/** "Xã Nam Cường", "Đặc khu Côn Đảo", as the lists write a unit's full name. */
export const communeFullName = (u: Pick<ListCommune, 'kind' | 'name'>): string => `${u.kind[0]!.toUpperCase()}${u.kind.slice(1)} ${u.name}`;

/** "149.65" → "149,65" (km², a decimal comma); undefined when not a number. */
const areaOf = (text: string): string | undefined => (/^\d+(\.\d+)?$/.test(text) ? text.replace('.', ',') : undefined);

function predecessorOf(row: MappingRow & { kind: FormerKind }): Predecessor {
  const { code, name, kind, district, province } = row;
  return { code, name, kind, district, province, end: 'sáp nhập', into: [] };
}

/** How a former unit ended, from its rows: divided, kept, renamed or merged. */
function endOf(p: Predecessor, rows: readonly MappingRow[], units: ReadonlyMap<string, NewUnit>): FormerEnd {
  if (p.into.length > 1 || rows.some((r) => r.divided)) return 'chia tách';
  if (rows.every((r) => !r.merged)) return units.get(p.into[0]!)?.name === p.name ? 'giữ nguyên' : 'đổi tên';
  return 'sáp nhập';
}

/**
 * The lineage of every new unit of the list from the mapping's rows: each former unit once (by its
 * code: its dates are the same for all), into each new unit it went to. A row naming a new code
 * the list does not have is left out and noted; a new unit the mapping names otherwise (kind or
 * name, not only the tone placement) takes the list's and is noted.
 */
export function buildLineage(list: NationalList, rows: readonly MappingRow[]): Lineage {
  const units = new Map<string, NewUnit>(
    list.communes.map((c) => [c.code, { ...c, since: REORGANISED_ON, area: undefined, predecessors: [], formedAlsoFrom: [] }]),
  );
  const predecessors = new Map<string, Predecessor>();
  const rowsOf = new Map<string, MappingRow[]>();
  const notes: ImportNote[] = [];
  const renamed = new Set<string>();
  for (const row of rows) {
    const unit = units.get(row.newCode);
    const formerName = row.kind ? `${communeFullName({ kind: row.kind as CommuneKind, name: row.name })} (${row.district})` : row.district;
    if (!unit || unit.province !== row.newProvince) {
      const why = unit
        ? `thuộc tỉnh mã ${unit.province} trong danh mục 2026, không phải ${row.newProvince}`
        : 'không có trong danh mục 2026';
      notes.push({
        line: row.line,
        province: row.newProvince,
        message: `dòng ${row.line}: mã mới ${row.newCode} (${row.newFullName}) ${why}; bỏ dòng này (${formerName} → ${row.newFullName})`,
      });
      continue;
    }
    if (phraseKey(row.newFullName) !== phraseKey(communeFullName(unit)) && !renamed.has(unit.code)) {
      renamed.add(unit.code);
      notes.push({
        line: row.line,
        province: unit.province,
        message: `dòng ${row.line}: bảng chuyển đổi ghi "${row.newFullName}", danh mục 2026 ghi "${communeFullName(unit)}" (mã ${unit.code}): dùng tên trong danh mục 2026`,
      });
    }
    unit.area ??= areaOf(row.newArea);
    if (!row.code || !row.kind) {
      unit.formedAlsoFrom.push(`${row.district} (${row.province})`);
      notes.push({
        line: row.line,
        province: unit.province,
        message: `dòng ${row.line}: ${communeFullName(unit)} hình thành từ ${row.district}; bảng chuyển đổi không ghi đơn vị cấp xã cũ nào (không có mã): ghi tên huyện`,
      });
      continue;
    }
    let p = predecessors.get(row.code);
    if (!p) predecessors.set(row.code, (p = predecessorOf(row as MappingRow & { kind: FormerKind })));
    if (!p.into.includes(unit.code)) p.into.push(unit.code);
    if (!unit.predecessors.includes(p.code)) unit.predecessors.push(p.code);
    rowsOf.set(p.code, [...(rowsOf.get(p.code) ?? []), row]);
  }
  for (const p of predecessors.values()) p.end = endOf(p, rowsOf.get(p.code)!, units);
  for (const u of units.values()) {
    if (u.predecessors.length === 0 && u.formedAlsoFrom.length === 0)
      notes.push({
        province: u.province,
        message: `mã ${u.code} (${communeFullName(u)}): bảng chuyển đổi không ghi đơn vị cũ nào hình thành đơn vị này`,
      });
  }
  return { units, predecessors, notes };
}

/** One province of the list: its units in the list's order, their predecessors (each once, in order of first mention) and the notes about them. */
export interface ProvinceImport {
  province: ListProvince;
  units: NewUnit[];
  predecessors: Predecessor[];
  notes: ImportNote[];
}

export function importProvince(list: NationalList, lineage: Lineage, code: string): ProvinceImport {
  const province = list.provinces.find((p) => p.code === code);
  if (!province) throw new Error(`không có tỉnh mã ${code} trong danh mục`);
  const units = list.communes.filter((c) => c.province === code).map((c) => lineage.units.get(c.code)!);
  const here = new Set(units.map((u) => u.code));
  const codes = [...new Set(units.flatMap((u) => u.predecessors))];
  // A former unit divided across provinces goes, here, into this province's units only.
  const predecessors = codes.map((c) => lineage.predecessors.get(c)!).map((p) => ({ ...p, into: p.into.filter((n) => here.has(n)) }));
  return { province, units, predecessors, notes: lineage.notes.filter((n) => n.province === code) };
}

/** Edit distance between two short strings (Levenshtein). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** A name folded for a look-up, without its kind word: "Tỉnh Thái Nguyên", "thai nguyen" → "thai nguyen". */
const KIND_WORDS = /^(tinh|thanh pho|xa|phuong|dac khu|thi tran)\s+/;
export const lookupKey = (text: string): string => fold(text).replace(KIND_WORDS, '');

/** The `limit` items whose name is closest to `query` (diacritics optional): names that contain it first, then by edit distance. */
export function closest<T>(query: string, items: readonly T[], name: (item: T) => string, limit = 5): T[] {
  const q = lookupKey(query);
  const score = (item: T) => {
    const key = lookupKey(name(item));
    return (key.includes(q) || q.includes(key) ? 0 : 100) + distance(q, key);
  };
  return items
    .map((item) => ({ item, score: score(item) }))
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((s) => s.item);
}

/** What a look-up found: the one, or the candidates (`exact`: all of the name asked for; else the closest names). */
export type Found<T> = { found: T } | { candidates: T[]; exact: boolean };

/** A province by its code ("19") or name ("Thái Nguyên", "thai nguyen", "Tỉnh Thái Nguyên"); else the closest names. */
export function findProvince(list: NationalList, query: string): Found<ListProvince> {
  const q = query.trim();
  const byCode = /^\d{1,2}$/.test(q) ? list.provinces.find((p) => p.code === q.padStart(2, '0')) : undefined;
  const byName = list.provinces.filter((p) => lookupKey(p.name) === lookupKey(q));
  const found = byCode ?? (byName.length === 1 ? byName[0] : undefined);
  return found
    ? { found }
    : byName.length > 1
      ? { candidates: byName, exact: true }
      : { candidates: closest(q, list.provinces, (p) => p.fullName), exact: false };
}

/**
 * A commune by its code ("01906") or name ("Ba Bể", "ba be", "Xã Ba Bể"). A name is looked for in
 * province `within` first: one there is the one; else one in the whole country is; else the
 * candidates (those of that name, or the closest names, `within`'s first).
 */
export function findCommune(list: NationalList, query: string, within?: string): Found<ListCommune> {
  const q = query.trim();
  if (/^\d{4,5}$/.test(q)) {
    const found = list.communes.find((c) => c.code === q.padStart(5, '0'));
    return found ? { found } : { candidates: [], exact: true };
  }
  const named = list.communes.filter((c) => lookupKey(communeFullName(c)) === lookupKey(q) || lookupKey(c.name) === lookupKey(q));
  const inside = named.filter((c) => c.province === within);
  const one = inside.length === 1 ? inside[0] : inside.length === 0 && named.length === 1 ? named[0] : undefined;
  if (one) return { found: one };
  if (named.length > 0) return { candidates: inside.length > 0 ? inside : named, exact: true };
  const pool = within
    ? [...list.communes.filter((c) => c.province === within), ...list.communes.filter((c) => c.province !== within)]
    : list.communes;
  return { candidates: closest(q, pool, (c) => c.name), exact: false };
}
