/** Units (communes, towns, agencies): display names with their kind, and URL slugs. */
import type { UnitData, UnitKind } from './schemas.ts';
import { slugify } from './vi.ts';

/** Kinds whose display name is "<Kind> <name>" ("Xã Đồng Thắng"); agencies use their full name. */
const KIND_PREFIX: Partial<Record<UnitKind, string>> = {
  xã: 'Xã',
  phường: 'Phường',
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

/**
 * The names that count as a mention of the unit in running text (mentions.ts). A unit that began
 * on a known date (`since`: the xã formed in 2025) often carries the name of an older unit, or of
 * the former district ("Chợ Đồn"), which older articles mean: it is recognised by its aliases only.
 */
export function mentionNames(unit: UnitNaming & Pick<UnitData, 'aliases' | 'since'>): string[] {
  return unit.since ? [...new Set(unit.aliases)] : unitNames(unit);
}
