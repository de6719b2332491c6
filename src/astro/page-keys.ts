/**
 * Cache keys of pages: each build records every keyed page's key (src/astro/page-record.ts), and
 * a publish renders only the pages whose key changed since the site it updates, linking the others
 * from it (src/publish/changed-pages.ts; the code must be unchanged too). A key must change whenever anything the page shows changes, so each one hashes everything its
 * page is rendered from (more than needed only costs a re-render; less would leave a stale page).
 * tests/site/builds.test.ts checks such publishes against clean builds.
 */
import { createHash } from 'node:crypto';
import type { Article, Decision, Model, Taxon, Unit } from '../lib/model.ts';
import type { ListingPage } from '../lib/listings.ts';
import type { Site } from '../lib/schemas.ts';
import type { ListedArticle } from '../lib/province.ts';
import { UNIT_ARTICLES_SHOWN } from '../lib/routes.ts';

export function pageKey(...parts: unknown[]): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('base64url');
}

const link = (a: Article | undefined) => a && { url: a.url, title: a.title };
/** What ArticleList shows of an article. */
const listed = ({ url, title, date, author, summary }: ListedArticle) => ({ url, title, date, author, summary });

/**
 * An article page: the article, its file (body) digest, its neighbours' links, the decisions and
 * units it shows, its search shard, and every unit (the body links unit names).
 */
export function articlePageKey(
  site: Site,
  m: Model,
  a: Article,
  bodyDigest: string | number | undefined,
  shard: string | undefined,
  unitsKey: string,
): string {
  const { prev, next } = m.neighbours.get(a.id) ?? {};
  const { decisions, units } = m.related(a);
  return pageKey(
    'article',
    site,
    a,
    bodyDigest,
    link(prev),
    link(next),
    decisions.map((d) => ({ url: d.url, label: d.label, date: d.date, title: d.title })),
    units.map((u) => ({ url: u.url, displayName: u.displayName, bloc: u.bloc })),
    shard,
    unitsKey,
  );
}

/** A unit page: the unit, its recognitions, the articles it lists, and its lineage with what it shows of it. */
export function unitPageKey(site: Site, m: Model, u: Unit): string {
  const articles = m.articlesByUnit.get(u.id) ?? [];
  const { successors, earlier } = m.lineage.get(u.id)!;
  return pageKey(
    'unit',
    site,
    u,
    m.recognitionsByUnit.get(u.id) ?? [],
    articles.length,
    articles.slice(0, UNIT_ARTICLES_SHOWN).map(listed),
    successors,
    earlier.map((e) => [e.unit, e.recognitions, e.articles.map(listed)]),
  );
}

/** A document page: the document (with its units), the documents it links both ways, and the articles that report it. */
export function decisionPageKey(site: Site, m: Model, d: Decision): string {
  const link = (x: Decision) => ({ url: x.url, label: x.label, date: x.date, title: x.title });
  const { replacesDocs, amendsDocs, replacedBy, amendedBy, basis, ...own } = d;
  return pageKey(
    'decision',
    site,
    own,
    basis.map(({ page, ...b }) => ({ ...b, page: page && link(page) })),
    [replacesDocs, amendsDocs, replacedBy, amendedBy].map((list) => list.map(link)),
    (m.articlesByDecision.get(d.id) ?? []).map(listed),
  );
}

/** What a listing page shows of its listing: page number, page count and its articles as listed. */
const listingShown = ({ label, prev, next, words, href, items }: ListingPage<Article>) => [
  label,
  prev === undefined ? null : href(prev),
  next === undefined ? null : href(next),
  words,
  items.map(listed),
];

/**
 * A page of the archive (/tin-tuc/…): the listing page, and on the front page the number of
 * articles (a numbered page shows no count: it keeps its key while articles are added).
 */
export function archivePageKey(site: Site, listing: ListingPage<Article>, total: number): string {
  return pageKey('archive', site, listingShown(listing), listing.label ? null : total);
}

/** A page of a category's or a tag's listing: its name, the listing page, and on the front page its number of articles. */
export function taxonPageKey(site: Site, kind: string, taxon: Taxon, listing: ListingPage<Article>): string {
  return pageKey(kind, site, taxon.name, listing.label ? null : taxon.articles.length, listingShown(listing));
}

/**
 * A page of the document registry (Registry.astro): the filter in force, the listing page with
 * the columns it shows, every filter with its values and counts, and the number of documents.
 */
export function registryPageKey(site: Site, m: Model, listing: ListingPage<Decision>, active?: unknown): string {
  const row = ({ url, identifier, date, type, title, issuer, statusLabel }: Decision) => [
    url,
    identifier,
    date,
    type,
    title,
    issuer,
    statusLabel,
  ];
  const filters = m.registry.filters.map((f) => [f.key, f.label, f.values.map((v) => [v.value, v.slug, v.count])]);
  return pageKey('registry', site, active, listing.page, listing.pages, listing.items.map(row), filters, m.decisions.length);
}
