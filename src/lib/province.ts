/**
 * A province of sites: which site has the page of each unit, and what one site shows of the
 * others (a site's view). The units and their lineage are the province's; each site has pages for
 * its own units: the xã that owns it, or every unit for a site owned by no unit (the archive of
 * the former district). A page that names a unit with no page on its site links to the unit's page
 * on the site that has it, by its absolute address, and a unit page shows the records (recognitions,
 * articles) other sites hold of the units it was formed from. Pure: the build reads the files and
 * the models (scripts/build/province.ts), and hands each site its view (src/astro/model-store.ts).
 */
import type { Article, Model, Recognition } from './model.ts';
import { ROUTES } from './routes.ts';
import { sortVi } from './vi.ts';

/** A site of the province as other sites name it. */
export interface SiteRef {
  id: string;
  name: string;
  baseUrl: string;
  /** The unit that owns the site (a xã); none for the archive. */
  owner?: string | undefined;
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
  /** The units with a page on this site; undefined: every unit. */
  pages?: string[] | undefined;
  /** The absolute address of each unit's page that is not on this site. */
  elsewhere: Record<string, string>;
  /** The site each owner unit has, for units whose own site is another one. */
  ownSites: Record<string, SiteRef>;
  /** Records held by other sites of the units this site's unit pages were formed from. */
  records: Record<string, HeldRecords>;
  /**
   * The units a site with no articles and no documents of its own shows (its unit pages and the
   * units they were formed from or became), as they are in units.json: what a change to the
   * province's units must change for this site to publish. Undefined for a site with content of
   * its own, whose text may name any unit.
   */
  shownUnits?: unknown[] | undefined;
}

/** The units with a page on `site`: its owner, or every unit when no unit owns it. */
export function unitPages(site: SiteRef, unitIds: readonly string[]): string[] {
  return site.owner ? unitIds.filter((id) => id === site.owner) : [...unitIds];
}

/** The site that has the page of `unitId`: the site it owns, else the first site owned by no unit. */
export function unitHome(sites: readonly SiteRef[], unitId: string): SiteRef | undefined {
  return sites.find((s) => s.owner === unitId) ?? sites.find((s) => !s.owner);
}

/** An address on `site` (path from ROUTES). */
export const siteUrl = (site: Pick<SiteRef, 'baseUrl'>, path: string): string => new URL(path, `${site.baseUrl}/`).href;

/**
 * The view of site `id`. `units` are the province's (id, slug, what each was formed from through
 * `into`); `models` the built models of the sites whose records are shown (the archive's).
 */
export function siteView(
  id: string,
  province: { name: string; hub: { name: string; baseUrl: string }; sites: readonly SiteRef[] },
  units: readonly { id: string; slug: string; into: readonly string[]; data?: unknown }[],
  models: ReadonlyMap<string, Pick<Model, 'recognitionsByUnit' | 'articlesByUnit'>>,
  shownArticles: number,
  { hasContent = true }: { hasContent?: boolean } = {},
): SiteView {
  const site = province.sites.find((s) => s.id === id);
  if (!site) throw new Error(`không có trang "${id}" trong province.json`);
  const ids = units.map((u) => u.id);
  const here = new Set(unitPages(site, ids));
  // What this site's unit pages show: the units they were formed from, and the units they became.
  const formedHere = (u: (typeof units)[number]) => !here.has(u.id) && u.into.some((next) => here.has(next));
  const becameOf = new Set(units.flatMap((u) => (here.has(u.id) ? u.into : [])));
  // A site with no text of its own links only to the units its unit pages show.
  const linked = hasContent ? units : units.filter((u) => here.has(u.id) || formedHere(u) || becameOf.has(u.id));
  const linkedIds = new Set(linked.map((u) => u.id));
  const elsewhere: Record<string, string> = {};
  for (const u of linked) {
    if (here.has(u.id)) continue;
    const home = unitHome(province.sites, u.id);
    if (home) elsewhere[u.id] = siteUrl(home, ROUTES.unit(u.slug));
  }
  const ownSites: Record<string, SiteRef> = {};
  for (const s of province.sites) if (s.owner && s.id !== id && linkedIds.has(s.owner)) ownSites[s.owner] = s;
  const records: Record<string, HeldRecords> = {};
  for (const u of units.filter(formedHere)) {
    const home = unitHome(province.sites, u.id);
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
    pages: site.owner ? [...here] : undefined,
    elsewhere,
    ownSites,
    records,
    shownUnits: hasContent ? undefined : linked.map((u) => u.data),
  };
}

/** A site as the hub lists it: name, address, and what it was formed from (a xã) or what it keeps (the archive). */
export interface HubSite extends SiteRef {
  /** The owner unit's name as pages show it ("Xã Nam Cường"). */
  ownerName?: string | undefined;
  /** The units the owner was formed from, by name (with pages on the province's sites or not). */
  formedFrom: string[];
  description: string;
}

/** The hub's list of sites, in the province's order. */
export function hubSites(
  sites: readonly (SiteRef & { description: string })[],
  units: readonly { id: string; displayName: string; into: readonly string[]; formedAlsoFrom?: readonly string[] | undefined }[],
): HubSite[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  return sites.map((s) => {
    const owner = s.owner ? byId.get(s.owner) : undefined;
    const formedFrom = owner
      ? [
          ...sortVi(
            units.filter((u) => u.into.includes(owner.id)).map((u) => u.displayName),
            (n) => n,
          ),
          ...(owner.formedAlsoFrom ?? []),
        ]
      : [];
    return { ...s, ownerName: owner?.displayName, formedFrom, description: s.description };
  });
}

/** The search index of each site as the hub serves it (its own copy: one origin, no cross-site requests). */
export const hubSearchIndex = (siteId: string): string => `${ROUTES.searchIndex}${siteId}/`;
