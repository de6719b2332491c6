/**
 * A province of sites: which site has the page of each unit, and what one site shows of the
 * others (a site's view). The units and their lineage are the province's; each site has pages for
 * its own units: the xã that owns it, or, for a site owned by no unit (the archive of the former
 * district), the units of that district and what they became. A unit of another former district
 * with no site of its own (a predecessor of a xã, from the national list) has a page nowhere: it
 * is named, not linked. A page that names a unit with no page on its site links to the unit's page
 * on the site that has it, by its absolute address, and a unit page shows the records (recognitions,
 * articles) other sites hold of the units it was formed from. Pure: the build reads the files and
 * the models (src/publish/province.ts), and hands each site its view (src/astro/model-store.ts).
 */
import type { Article, Model, Recognition } from './model.ts';
import { ROUTES } from './routes.ts';
import { phraseKey, sortVi } from './vi.ts';

/** A site of the province as other sites name it. */
export interface SiteRef {
  id: string;
  name: string;
  baseUrl: string;
  /** The unit that owns the site (a xã); none for the archive. */
  owner?: string | undefined;
  /** The former district whose archive a site owned by no unit is ("huyện Chợ Đồn"). */
  district?: string | undefined;
}

/** What the province's units say of where their pages are: a former unit's district, a new unit's start, what each became. */
export interface PlacedUnit {
  id: string;
  into: readonly string[];
  district?: string | undefined;
  since?: string | undefined;
}

/** What a listing shows of an article held by another site (its URL absolute). */
export type ListedArticle = Pick<Article, 'url' | 'title' | 'date' | 'author' | 'summary'>;

/** Records another site holds of a unit. */
export interface HeldRecords {
  recognitions: Recognition[];
  articles: ListedArticle[];
}

/** What a site shows of the province beyond its own content (written per site by the build). */
export interface SiteView {
  version: 1;
  site: string;
  province: string;
  hub: { name: string; baseUrl: string };
  /** The units with a page on this site; undefined: every unit (a view made by an older version). */
  pages?: string[] | undefined;
  /** The absolute address of each unit's page that is not on this site. */
  elsewhere: Record<string, string>;
  /** The site each owner unit has, for units whose own site is another one. */
  ownSites: Record<string, SiteRef>;
  /** Records held by other sites of the units this site's unit pages were formed from. */
  records: Record<string, HeldRecords>;
  /**
   * The units the site shows (its unit pages, the units they were formed from or became, and the
   * units its own texts may name), as they are in units.json: what a change to the province's
   * units must change for this site to publish. Undefined when the site may show any unit (its
   * texts were not read for names).
   */
  shownUnits?: unknown[] | undefined;
}

const sameName = (a: string, b: string) => phraseKey(a) === phraseKey(b);

/**
 * The units with a page on `site`: its owner; for a site owned by no unit, the units of its former
 * district (a unit with no district and no start date, as the district's own agencies, counts as
 * the district's) and the units they became; every unit when the site names no district.
 */
export function unitPages(site: SiteRef, units: readonly PlacedUnit[]): string[] {
  if (site.owner) return units.filter((u) => u.id === site.owner).map((u) => u.id);
  if (!site.district) return units.map((u) => u.id);
  const own = units.filter((u) => (u.district ? sameName(u.district, site.district!) : !u.since));
  const became = new Set(own.flatMap((u) => u.into));
  return units.filter((u) => own.includes(u) || became.has(u.id)).map((u) => u.id);
}

/** The site that has the page of each unit: the site it owns, else the first site owned by no unit that has it. Units with a page nowhere are left out. */
export function unitHomes(sites: readonly SiteRef[], units: readonly PlacedUnit[]): Map<string, SiteRef> {
  const homes = new Map<string, SiteRef>();
  for (const s of sites) if (s.owner) homes.set(s.owner, s);
  for (const s of sites.filter((x) => !x.owner)) for (const id of unitPages(s, units)) if (!homes.has(id)) homes.set(id, s);
  return homes;
}

/** An address on `site` (path from ROUTES). */
export const siteUrl = (site: Pick<SiteRef, 'baseUrl'>, path: string): string => new URL(path, `${site.baseUrl}/`).href;

/**
 * The view of site `id`. `units` are the province's (id, slug, what each was formed from through
 * `into`); `models` the built models of the sites whose records are shown (the archive's); `named`
 * the units the site's own texts may name or refer to (src/source/province.ts), or 'all' when
 * they were not read: the site then links to, and depends on, every unit.
 */
export function siteView(
  id: string,
  province: { name: string; hub: { name: string; baseUrl: string }; sites: readonly SiteRef[] },
  units: readonly (PlacedUnit & { slug: string; data?: unknown })[],
  models: ReadonlyMap<string, Pick<Model, 'recognitionsByUnit' | 'articlesByUnit'>>,
  shownArticles: number,
  {
    named = 'all',
    homes = unitHomes(province.sites, units),
  }: { named?: ReadonlySet<string> | 'all'; homes?: ReadonlyMap<string, SiteRef> } = {},
): SiteView {
  const site = province.sites.find((s) => s.id === id);
  if (!site) throw new Error(`không có trang "${id}" trong province.json`);
  const here = new Set(unitPages(site, units));
  // What this site's unit pages show: the units they were formed from, and the units they became.
  const formedHere = (u: (typeof units)[number]) => !here.has(u.id) && u.into.some((next) => here.has(next));
  const becameOf = new Set(units.flatMap((u) => (here.has(u.id) ? u.into : [])));
  // A site links only to the units its unit pages show and those its texts name.
  const linked = named === 'all' ? units : units.filter((u) => here.has(u.id) || formedHere(u) || becameOf.has(u.id) || named.has(u.id));
  const linkedIds = new Set(linked.map((u) => u.id));
  const elsewhere: Record<string, string> = {};
  for (const u of linked) {
    if (here.has(u.id)) continue;
    const home = homes.get(u.id);
    if (home) elsewhere[u.id] = siteUrl(home, ROUTES.unit(u.slug));
  }
  const ownSites: Record<string, SiteRef> = {};
  for (const s of province.sites) if (s.owner && s.id !== id && linkedIds.has(s.owner)) ownSites[s.owner] = s;
  const records: Record<string, HeldRecords> = {};
  for (const u of units.filter(formedHere)) {
    const home = homes.get(u.id);
    const model = home && models.get(home.id);
    if (!home || !model) continue;
    const absolute = (path: string) => siteUrl(home, path);
    records[u.id] = {
      recognitions: (model.recognitionsByUnit.get(u.id) ?? []).map((r) => ({ ...r, decisionUrl: absolute(r.decisionUrl) })),
      articles: (model.articlesByUnit.get(u.id) ?? [])
        .slice(0, shownArticles)
        .map(({ url, title, date, author, summary }) => ({ url: absolute(url), title, date, author, summary })),
    };
  }
  return {
    version: 1,
    site: id,
    province: province.name,
    hub: province.hub,
    pages: [...here],
    elsewhere,
    ownSites,
    records,
    shownUnits: named === 'all' ? undefined : linked.map((u) => u.data),
  };
}

/** A site as the hub lists it: name, address, and what it was formed from (a xã) or what it keeps (the archive). */
export interface HubSite extends SiteRef {
  /** The owner unit's name as pages show it ("Xã Nam Cường"). */
  ownerName?: string | undefined;
  /** The owner unit's kind (xã, phường, đặc khu); none for a site owned by no unit. */
  ownerKind?: string | undefined;
  /** The units the owner was formed from, by name (with pages on the province's sites or not). */
  formedFrom: string[];
  description: string;
}

/** A former unit as lists name it: "Xã Dương Phong (huyện Bạch Thông)" when its district is known. */
export const withDistrict = (u: { displayName: string; district?: string | undefined }): string =>
  u.district ? `${u.displayName} (${u.district})` : u.displayName;

/** The hub's list of sites, in the province's order. */
export function hubSites(
  sites: readonly (SiteRef & { description: string })[],
  units: readonly {
    id: string;
    kind: string;
    displayName: string;
    into: readonly string[];
    district?: string | undefined;
    formedAlsoFrom?: readonly string[] | undefined;
  }[],
): HubSite[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  return sites.map((s) => {
    const owner = s.owner ? byId.get(s.owner) : undefined;
    const formedFrom = owner
      ? [...sortVi(units.filter((u) => u.into.includes(owner.id)).map(withDistrict), (n) => n), ...(owner.formedAlsoFrom ?? [])]
      : [];
    return { ...s, ownerName: owner?.displayName, ownerKind: owner?.kind, formedFrom, description: s.description };
  });
}

/** "a", "a và b", "a, b và c". */
const joinVi = (parts: readonly string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} và ${parts.at(-1)}`);

/**
 * What the hub's list holds, counted from it: "9 trang: 8 xã và 1 trang lưu trữ", "92 trang: 77 xã
 * và 15 phường". A site owned by no unit is the archive of a former district (site.json `district`).
 */
export function hubCount(sites: readonly HubSite[]): string {
  const kinds = [...new Set(['xã', 'phường', 'đặc khu', ...sites.flatMap((s) => s.ownerKind ?? [])])];
  const parts = kinds.map((k) => [k, sites.filter((s) => s.ownerKind === k).length] as const).filter(([, n]) => n > 0);
  const archives = sites.filter((s) => !s.ownerKind).length;
  const named = [...parts.map(([k, n]) => `${n} ${k}`), ...(archives ? [`${archives} trang lưu trữ`] : [])];
  return `${sites.length} trang: ${joinVi(named)}`;
}

/**
 * Sites in one part of the hub's search index, at most. Pagefind indexes a part whole again when
 * one of its documents changes, and a reader's first search loads each part's own files: fewer
 * sites a part make such a publish cheaper and a first search dearer. Measured at 92 sites × 100
 * articles: 4 parts of 23 cost a first search 467 kB in 33 requests; one index of the articles'
 * leads (src/lib/search-pages.ts, `leadOnly`) 237 kB in 21, which a sentence in an article's
 * text does not index again. A province of more than 100 communes gets two parts.
 */
export const HUB_INDEX_SITES_PER_PART = 100;

/**
 * The parts of the hub's search index (src/publish/hub-index.ts): the province's sites in their
 * order, split into as few parts of as even a size as `perPart` allows, the first at /pagefind/,
 * the others at /pagefind/phan-<n>/ (the hub's search page merges them).
 */
export function hubIndexParts(siteIds: readonly string[], perPart = HUB_INDEX_SITES_PER_PART): { path: string; sites: string[] }[] {
  const count = Math.max(1, Math.ceil(siteIds.length / perPart));
  const size = Math.ceil(siteIds.length / count);
  return Array.from({ length: count }, (_, i) => ({
    path: i === 0 ? ROUTES.searchIndex : ROUTES.hubSearchPart(i + 1),
    sites: siteIds.slice(i * size, (i + 1) * size),
  }));
}
