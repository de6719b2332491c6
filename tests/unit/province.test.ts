/** A province of sites (src/lib/province.ts): which site has the page of each unit, and what the hub counts. */
import { describe, expect, it } from 'vitest';
import {
  hubCount,
  hubIndexParts,
  siteView,
  unitHomes,
  unitPages,
  type HubSite,
  type PlacedUnit,
  type SiteRef,
} from '../../src/lib/province.ts';

const ARCHIVE: SiteRef = { id: 'huyen-cho-don', name: 'Cổng huyện', baseUrl: 'https://cho-don.example', district: 'huyện Chợ Đồn' };
const NAM_CUONG: SiteRef = { id: 'xa-nam-cuong', name: 'Xã Nam Cường', baseUrl: 'https://namcuong.example', owner: 'nam-cuong-2025' };
const BA_BE: SiteRef = { id: 'xa-ba-be', name: 'Xã Ba Bể', baseUrl: 'https://babe.example', owner: 'ba-be-2025' };
const SITES = [ARCHIVE, NAM_CUONG, BA_BE];

const UNITS: (PlacedUnit & { slug: string })[] = [
  { id: 'nam-cuong', slug: 'nam-cuong', district: 'huyện Chợ Đồn', into: ['nam-cuong-2025'] },
  { id: 'chi-cuc-thue', slug: 'chi-cuc-thue', into: [] }, // the district's own agency: no district, no start
  { id: 'nam-cuong-2025', slug: 'nam-cuong-2025', since: '2025-07-01', into: [] },
  { id: 'khang-ninh', slug: 'khang-ninh', district: 'huyện Ba Bể', into: ['ba-be-2025'] },
  { id: 'ba-be-2025', slug: 'ba-be-2025', since: '2025-07-01', into: [] },
  { id: 'xa-khac-2025', slug: 'xa-khac-2025', since: '2025-07-01', into: [] }, // a commune with no site yet
];

describe('which site has the page of each unit', () => {
  it.each([
    ["the former district's archive: its units and what they became", ARCHIVE, ['nam-cuong', 'chi-cuc-thue', 'nam-cuong-2025']],
    ['a commune’s site: its own unit', BA_BE, ['ba-be-2025']],
    ['a site owned by no unit that names no district: every unit', { ...ARCHIVE, district: undefined }, UNITS.map((u) => u.id)],
    [
      'the district named otherwise (case, tone placement)',
      { ...ARCHIVE, district: 'Huyện Chợ Đồn' },
      ['nam-cuong', 'chi-cuc-thue', 'nam-cuong-2025'],
    ],
  ])('%s', (_, site, pages) => {
    expect(unitPages(site, UNITS)).toEqual(pages);
  });

  it('a unit of another former district, or a commune with no site, has a page nowhere', () => {
    const homes = unitHomes(SITES, UNITS);
    expect(Object.fromEntries([...homes].map(([id, s]) => [id, s.id]))).toEqual({
      'nam-cuong': 'huyen-cho-don',
      'chi-cuc-thue': 'huyen-cho-don',
      'nam-cuong-2025': 'xa-nam-cuong',
      'ba-be-2025': 'xa-ba-be',
    });
  });

  it('a site links the units whose page is elsewhere by their address, and no others', () => {
    const view = siteView(
      'xa-ba-be',
      { name: 'tỉnh Thái Nguyên', hub: { name: 'h', baseUrl: 'https://h.example' }, sites: SITES },
      UNITS,
      new Map(),
      10,
    );
    expect(view.pages).toEqual(['ba-be-2025']);
    expect(view.elsewhere).toEqual({
      'nam-cuong': 'https://cho-don.example/don-vi/nam-cuong/',
      'chi-cuc-thue': 'https://cho-don.example/don-vi/chi-cuc-thue/',
      'nam-cuong-2025': 'https://namcuong.example/don-vi/nam-cuong-2025/',
    });
  });
});

describe("the units a site shows, which a change to the province's units publishes it for", () => {
  const units = UNITS.map((u) => ({ ...u, data: u.id }));
  const province = { name: 'tỉnh Thái Nguyên', hub: { name: 'h', baseUrl: 'https://h.example' }, sites: SITES };
  it.each([
    [
      'texts not read: every unit, and none listed (the site depends on the whole units.json)',
      'all' as const,
      undefined,
      ['nam-cuong', 'chi-cuc-thue', 'nam-cuong-2025'],
    ],
    ['no text: its own unit and the units it was formed from', new Set<string>(), ['khang-ninh', 'ba-be-2025'], []],
    [
      'a text naming the new xã Nam Cường: that unit too, linked at its site',
      new Set(['nam-cuong-2025']),
      ['nam-cuong-2025', 'khang-ninh', 'ba-be-2025'],
      ['nam-cuong-2025'],
    ],
    ['a name of no unit of the province', new Set(['khong-co']), ['khang-ninh', 'ba-be-2025'], []],
  ])('%s', (_, named, shown, elsewhere) => {
    const view = siteView('xa-ba-be', province, units, new Map(), 10, { named });
    expect(view.shownUnits).toEqual(shown);
    expect(Object.keys(view.elsewhere)).toEqual(elsewhere);
    // The sites of the units it links: the new xã's own, when named.
    expect(Object.keys(view.ownSites)).toEqual(elsewhere.filter((id) => id === 'nam-cuong-2025'));
  });
});

describe("the hub's count of its sites", () => {
  const site = (ownerKind?: string): HubSite => ({
    id: 'x',
    name: 'x',
    baseUrl: 'https://x.example',
    ownerKind,
    formedFrom: [],
    description: '',
  });
  it.each([
    ['8 xã and the archive', [site(), ...Array<HubSite>(8).fill(site('xã'))], '9 trang: 8 xã và 1 trang lưu trữ'],
    [
      'a province of xã and phường',
      [...Array<HubSite>(77).fill(site('xã')), ...Array<HubSite>(15).fill(site('phường'))],
      '92 trang: 77 xã và 15 phường',
    ],
    ['an đặc khu as well', [site('phường'), site('đặc khu'), site('xã')], '3 trang: 1 xã, 1 phường và 1 đặc khu'],
    ['one site', [site('xã')], '1 trang: 1 xã'],
  ])('%s', (_, sites, text) => {
    expect(hubCount(sites)).toBe(text);
  });
});

describe("the parts of the hub's search index", () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `s${i + 1}`);
  it.each([
    ['9 sites: one part', 9, 24, [['/pagefind/', 9]]],
    ['24 sites: one part', 24, 24, [['/pagefind/', 24]]],
    [
      '25 sites: two of 13 and 12',
      25,
      24,
      [
        ['/pagefind/', 13],
        ['/pagefind/phan-2/', 12],
      ],
    ],
    [
      '92 sites: four of 23',
      92,
      24,
      [
        ['/pagefind/', 23],
        ['/pagefind/phan-2/', 23],
        ['/pagefind/phan-3/', 23],
        ['/pagefind/phan-4/', 23],
      ],
    ],
    ['no site: one empty part', 0, 24, [['/pagefind/', 0]]],
  ])('%s', (_, n, perPart, parts) => {
    const got = hubIndexParts(ids(n), perPart);
    expect(got.map((p) => [p.path, p.sites.length])).toEqual(parts);
    // Every site once, in the province's order.
    expect(got.flatMap((p) => p.sites)).toEqual(ids(n));
  });
});
