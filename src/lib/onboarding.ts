/**
 * A province's content from the national list (`npm run new -- province`), and one commune added
 * to a province that exists (`npm run new -- site`). Pure: what to write, decided from the list's
 * import (national-list.ts) and, for a site, the files already there; scripts/new.ts reads and
 * writes them.
 *
 * Ids are made from names, the same way for both commands, so a commune added alone gets the ids
 * the whole province would have given it: a unit since 01/07/2025 is `<name>-2025` (its page's
 * address too: its name is often a former unit's), a former unit `<name>`, or `<name>-<district>`
 * when two former units of the province share a name. Existing units are found by their code and
 * their dates, never by name: a unit whose id is taken by another gets its code appended.
 * Nothing invented: no contacts, no facts the list does not give, addresses on `.example`.
 */
import { appendToArray } from './json-text.ts';
import {
  COMMUNE_KINDS,
  communeFullName,
  REORGANISED_ON,
  type ListProvince,
  type NewUnit,
  type Predecessor,
  type ProvinceImport,
} from './national-list.ts';
import type { Province, Site, UnitData } from './schemas.ts';
import { formatDateVi } from './dates.ts';
import { slugify } from './vi.ts';

/** Where the lineage the import writes comes from, as a unit's page states it. */
export const LIST_BASIS =
  'theo danh mục: bảng chuyển đổi đơn vị hành chính cấp xã năm 2025 (bộ dữ liệu công khai tranngocminhhieu/vietnamadminunits, lập từ bản đồ sắp xếp sapnhap.bando.com.vn và danh mục của Tổng cục Thống kê); chưa đối chiếu với nghị quyết sắp xếp';

/** The source of the facts the import gives a new unit. */
export const LIST_SOURCE =
  'Danh mục đơn vị hành chính năm 2026 (bộ dữ liệu công khai thanglequoc/vietnamese-provinces-database, bản 3.1.0); diện tích: bảng chuyển đổi năm 2025 (tranngocminhhieu/vietnamadminunits)';

/** "xã Ba Bể" as running text writes a commune. */
const inText = (u: Pick<NewUnit, 'kind' | 'name'>) => `${u.kind} ${u.name}`;
/** "Xã", "Phường", "Đặc khu". */
const Kind = (kind: string) => `${kind[0]!.toUpperCase()}${kind.slice(1)}`;

/**
 * `key` of each unit, made unique in the province: where two units' keys are the same (xã Văn Lang
 * and xã Văn Lăng are both "van-lang"), each gets its code after it. By code.
 */
function uniqueKeys(units: readonly NewUnit[], key: (u: NewUnit) => string, join = '-'): Map<string, string> {
  const count = new Map<string, number>();
  for (const u of units) count.set(key(u), (count.get(key(u)) ?? 0) + 1);
  return new Map(units.map((u) => [u.code, count.get(key(u)) === 1 ? key(u) : `${key(u)}${join}${u.code}`]));
}

/** The id (and page address) of each unit since 01/07/2025: "ba-be-2025". By code. */
export const newUnitIds = (units: readonly NewUnit[]): Map<string, string> =>
  uniqueKeys(units, (u) => `${slugify(u.name)}-${u.since.slice(0, 4)}`);

/** The id of each commune's site: its kind and name, "xa-ba-be", "phuong-phan-dinh-phung". By code. */
export const siteIds = (units: readonly NewUnit[]): Map<string, string> => uniqueKeys(units, (u) => slugify(inText(u)));

/** Ids of the province's former units: the name, or the name and district where two share a name, or with the code as well. */
export function predecessorIds(predecessors: readonly Predecessor[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const p of predecessors) count.set(slugify(p.name), (count.get(slugify(p.name)) ?? 0) + 1);
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const p of predecessors) {
    const plain = slugify(p.name);
    let id = count.get(plain) === 1 ? plain : `${plain}-${slugify(p.district.replace(/^(huyện|quận|thị xã|thành phố) /u, ''))}`;
    if (taken.has(id)) id = `${id}-${p.code}`;
    taken.add(id);
    ids.set(p.code, id);
  }
  return ids;
}

/** Each commune's site address: `https://<name>.<province>.example`, with its kind where two communes share a name. */
export function siteAddresses(province: ListProvince, units: readonly NewUnit[]): Map<string, string> {
  const host = (text: string) => slugify(text).replace(/-/g, '');
  const byName = uniqueKeys(units, (u) => host(u.name));
  const names = new Map(units.map((u) => [u.code, byName.get(u.code) === host(u.name) ? host(u.name) : host(inText(u))]));
  const hosts = uniqueKeys(units, (u) => names.get(u.code)!);
  return new Map(units.map((u) => [u.code, `https://${hosts.get(u.code)}.${host(province.name)}.example`]));
}

/** The units.json entry of a unit since 01/07/2025. */
export function newUnitEntry(u: NewUnit, province: ListProvince, id: string): UnitData {
  return {
    id,
    kind: u.kind,
    name: u.name,
    bloc: `${Kind(u.kind)} của ${province.fullName} từ ${formatDateVi(u.since)}`,
    slug: id,
    aliases: [],
    code: u.code,
    since: u.since,
    ...(u.formedAlsoFrom.length ? { formedAlsoFrom: u.formedAlsoFrom } : {}),
    facts: { ...(u.area ? { area: `${u.area} km²` } : {}), province: province.fullName, source: LIST_SOURCE },
  };
}

/** The units.json entry of a former unit, into the units it became (their ids). */
export function predecessorEntry(p: Predecessor, id: string, into: string[]): UnitData {
  return {
    id,
    kind: p.kind,
    name: p.name,
    bloc: `Đơn vị cấp xã trước ${formatDateVi(REORGANISED_ON)}`,
    ...(id === slugify(p.name) ? {} : { slug: id }),
    aliases: [],
    code: p.code,
    district: p.district,
    province: p.province,
    succession: { date: REORGANISED_ON, kind: p.end, into, basis: LIST_BASIS },
  };
}

/** The site.json of a commune: its name, owner and publisher; a placeholder address; no contacts. */
export function siteSettings(u: NewUnit, province: ListProvince, owner: string, baseUrl: string): Site {
  return {
    name: `Trang thông tin điện tử ${inText(u)}`,
    province: province.fullName,
    owner,
    baseUrl,
    language: 'vi',
    publisher: `Ủy ban nhân dân ${inText(u)}`,
    description: `Tin tức, văn bản và thông tin của ${inText(u)}, ${province.fullName}.`,
  };
}

/** The kinds of the province's communes, as the hub names them: "xã, phường". */
const kindsOf = (units: readonly NewUnit[]) => COMMUNE_KINDS.filter((k) => units.some((u) => u.kind === k)).join(', ');

/** A new province's content root: every file, by its path in the root, with its text. */
export function provinceFiles(imported: ProvinceImport, obligations: string): Map<string, string> {
  const { province, units, predecessors } = imported;
  const ids = predecessorIds(predecessors);
  const unitIds = newUnitIds(units);
  const sites = siteIds(units);
  const addresses = siteAddresses(province, units);
  const host = slugify(province.name).replace(/-/g, '');
  const provinceJson: Province = {
    name: province.fullName,
    code: province.code,
    hub: {
      name: `Các trang thông tin điện tử cấp xã của ${province.fullName}`,
      baseUrl: `https://${host}.example`,
      description: `Các trang của các ${kindsOf(units)} ${province.fullName} (từ ${formatDateVi(REORGANISED_ON)}), tìm kiếm chung một lần.`,
    },
    sites: units.map((u) => sites.get(u.code)!),
  };
  const entries = [
    ...units.map((u) => newUnitEntry(u, province, unitIds.get(u.code)!)),
    ...predecessors.map((p) =>
      predecessorEntry(
        p,
        ids.get(p.code)!,
        p.into.map((c) => unitIds.get(c)!),
      ),
    ),
  ];
  const files = new Map<string, string>([
    ['province.json', pretty(provinceJson)],
    ['units.json', appendToArray('[]\n', [], entries)],
    ['nghia-vu.json', obligations],
  ]);
  for (const u of units)
    files.set(`sites/${sites.get(u.code)}/site.json`, pretty(siteSettings(u, province, unitIds.get(u.code)!, addresses.get(u.code)!)));
  return files;
}

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** What `npm run new -- site` finds in the province it adds to. */
export interface ExistingProvince {
  province: Province;
  provinceText: string;
  units: readonly Pick<UnitData, 'id' | 'code' | 'since' | 'succession'>[];
  unitsText: string;
  /** The owner of each site of province.json, by site id. */
  owners: ReadonlyMap<string, string | undefined>;
  /** The folders under sites/. */
  folders: ReadonlySet<string>;
}

export type SiteAddition =
  | { kind: 'exists'; site: string }
  | { kind: 'refused'; message: string }
  | {
      kind: 'add';
      site: string;
      /** The new site's files, by path in the content root. */
      files: Map<string, string>;
      unitsText: string;
      provinceText: string;
      /** Ids of the units added to units.json. */
      added: string[];
      /** Ids of former units already there that also went into this one (a divided unit): its id added to their `succession.into`. */
      extended: string[];
    };

/** The unit of `units` that is `code` begun on `since`, or `code` ended on `ended`: a unit is its code and its dates. */
const sameUnit = (units: ExistingProvince['units'], code: string, dates: { since?: string; ended?: string }) =>
  units.find((x) => x.code === code && (dates.since ? x.since === dates.since : x.succession?.date === dates.ended));

/** The former units of `u` to write: those missing from units.json, and those there that lack `id` among their successors. */
function formerUnits(imported: ProvinceImport, u: NewUnit, id: string, have: ExistingProvince) {
  const ids = predecessorIds(imported.predecessors);
  const taken = new Set(have.units.map((x) => x.id));
  const successorId = (code: string) => (code === u.code ? id : sameUnit(have.units, code, { since: REORGANISED_ON })?.id);
  const entries: UnitData[] = [];
  const extend: { index: number; id: string }[] = [];
  for (const code of u.predecessors) {
    const p = imported.predecessors.find((x) => x.code === code)!;
    const there = sameUnit(have.units, code, { ended: REORGANISED_ON });
    if (there) {
      if (!there.succession?.into.includes(id)) extend.push({ index: have.units.indexOf(there), id: there.id });
      continue;
    }
    const generated = ids.get(code)!;
    const pid = taken.has(generated) ? `${generated}-${code}` : generated;
    taken.add(pid);
    entries.push(
      predecessorEntry(
        p,
        pid,
        p.into.flatMap((c) => successorId(c) ?? []),
      ),
    );
  }
  return { entries, extend };
}

/** One commune added to a province: its site, its unit and its former units (those not there yet), its id in province.json. */
export function addSite(imported: ProvinceImport, code: string, have: ExistingProvince): SiteAddition {
  const u = imported.units.find((x) => x.code === code);
  if (!u) return { kind: 'refused', message: `mã ${code} không thuộc ${imported.province.fullName}` };
  const there = sameUnit(have.units, u.code, { since: u.since });
  const generated = newUnitIds(imported.units).get(u.code)!;
  const id = there?.id ?? (have.units.some((x) => x.id === generated) ? `${generated}-${u.code}` : generated);
  const owned = [...have.owners].find(([, owner]) => owner === id);
  if (owned) return { kind: 'exists', site: owned[0] };
  const site = siteIds(imported.units).get(u.code)!;
  if (have.province.sites.includes(site) || have.folders.has(site)) {
    const owner = have.owners.get(site);
    return {
      kind: 'refused',
      message: `đã có thư mục sites/${site}${owner ? ` (chủ quản "${owner}")` : ''} nhưng không phải trang của ${communeFullName(u)} mã ${u.code}: nếu đó là trang của đơn vị này, thêm "code": "${u.code}" và "since": "${u.since}" vào đơn vị chủ quản trong units.json rồi chạy lại`,
    };
  }
  const { entries, extend } = formerUnits(imported, u, id, have);
  let unitsText = have.unitsText;
  for (const e of extend) unitsText = appendToArray(unitsText, [e.index, 'succession', 'into'], [id]);
  const added = [...(there ? [] : [newUnitEntry(u, imported.province, id)]), ...entries];
  unitsText = appendToArray(unitsText, [], added);
  const baseUrl = siteAddresses(imported.province, imported.units).get(u.code)!;
  return {
    kind: 'add',
    site,
    files: new Map([[`sites/${site}/site.json`, pretty(siteSettings(u, imported.province, id, baseUrl))]]),
    unitsText,
    provinceText: appendToArray(have.provinceText, ['sites'], [site]),
    added: added.map((x) => x.id),
    extended: extend.map((e) => e.id),
  };
}
