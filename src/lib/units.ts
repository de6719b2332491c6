/** Units (communes, towns, agencies): display names with their kind, and URL slugs. */
import type { UnitData, UnitKind } from './schemas.ts';
import { slugify } from './vi.ts';

/** Kinds whose display name is "<Kind> <name>" ("Xã Đồng Thắng"); agencies use their full name. */
const KIND_PREFIX: Partial<Record<UnitKind, string>> = {
  xã: 'Xã',
  phường: 'Phường',
  'đặc khu': 'Đặc khu',
  'thị trấn': 'Thị trấn',
};

type UnitNaming = Pick<UnitData, 'kind' | 'name'>;

/** "Xã Đồng Thắng", "Thị trấn Bằng Lũng", "Chi cục Thuế huyện". */
export function unitDisplayName(unit: UnitNaming): string {
  const prefix = KIND_PREFIX[unit.kind];
  return prefix ? `${prefix} ${unit.name}` : unit.name;
}

/** The URL slug: the explicit `slug`, else the name without the kind word ("dong-thang"). */
export function unitSlug(unit: Pick<UnitData, 'name' | 'slug'>): string {
  return unit.slug ?? slugify(unit.name);
}

/**
 * Every phrase that names the unit in running text: its name, its display name with the kind
 * word, and its aliases. Deduplicated, in that order.
 */
export function unitNames(unit: UnitNaming & Pick<UnitData, 'aliases'>): string[] {
  return [...new Set([unit.name, unitDisplayName(unit), ...unit.aliases])];
}

/** How a unit's page says what it became, by its succession's kind ("đã sáp nhập vào Xã Nam Cường"). */
export function successionVerb(kind: NonNullable<UnitData['succession']>['kind']): string {
  return {
    'sáp nhập': 'đã sáp nhập vào',
    'đổi tên': 'đã đổi tên thành',
    'chia tách': 'đã được chia tách vào',
    'giữ nguyên': 'được giữ nguyên, nay là',
  }[kind];
}

/** Where a former unit was, as the national list gives it: "huyện Bạch Thông, tỉnh Bắc Kạn"; "" when not given. */
export function formerPlace(unit: Pick<UnitData, 'district' | 'province'>): string {
  return [unit.district, unit.province].filter(Boolean).join(', ');
}
