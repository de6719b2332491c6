/**
 * The portal's model, built once per build from plain content: publication order and
 * neighbours, listings page by page, decisions by year with their declared-vs-listed counts,
 * units by bloc and by slug, each unit's recognitions in display order, the articles that mention
 * or report each unit and decision, categories and tags, the recognition matrix and the search
 * filters. Pure: pages read from it and compute nothing.
 */
import type { ArticleData, DecisionData, UnitData } from './schemas.ts';
import { articleMentions, type MentionMatcher } from './mentions.ts';
import { neighbours, publicationOrder, type Neighbours } from './order.ts';
import { listingPages, newestFirstPages, type ListingPage } from './listings.ts';
import { unitDisplayName, unitSlug } from './units.ts';
import { slugify, sortVi } from './vi.ts';
import { formatDateVi, yearOf } from './dates.ts';
import { documentFileType } from './file-types.ts';
import { ARCHIVE_PAGE_SIZE, ROUTES, TAXON_PAGE_SIZE } from './routes.ts';
import type { ListedArticle, SiteRef, SiteView } from './province.ts';

/** Article fields the model needs (references already reduced to ids). */
export type ArticleInput = Pick<
  ArticleData,
  'title' | 'date' | 'after' | 'author' | 'summary' | 'category' | 'tags' | 'decisions' | 'units' | 'draft'
> & {
  id: string;
  /** The cover photo; `src` is whatever the photo pipeline needs (Astro: the image's metadata). */
  cover?: { src: unknown; alt: string; caption?: string | undefined } | undefined;
  /** Raw body text, for mention detection. */
  body?: string | undefined;
  /** What the body gives, when already known (then `body` is not read): the units it mentions (unitsFound), whether it has text. */
  bodyFound?: { units: string[]; hasBody: boolean } | undefined;
};
export type DecisionInput = DecisionData & { id: string };
export type UnitInput = UnitData;

export interface Article extends Omit<ArticleInput, 'body' | 'bodyFound'> {
  url: string;
  /** The year of `date`, when the date is known. */
  year: number | undefined;
  /** Whether the article has any body text (the source may give only a title). */
  hasBody: boolean;
  /** Units mentioned in title, summary or body, plus explicit `units` (mentions.ts). */
  mentions: string[];
}

export interface Unit extends UnitInput {
  slug: string;
  /**
   * Its page: on this site, or (a unit whose page another site of the province has) that page's
   * absolute address; undefined for a unit with a page on no site (a former unit of another
   * district, from the national list), which pages name without a link.
   */
  url: string | undefined;
  displayName: string;
  /** Its page's title and heading: the display name, dated when another unit has the same name (xã Nam Cường before and from 01/07/2025). */
  heading: string;
  /** The site of the province this unit owns, when that is another site than this one. */
  ownSite?: SiteRef | undefined;
}

/** A unit's place in the 2025 (or any) reorganisation, both ways. */
export interface Lineage {
  /** The units that took this one in, when it ended. */
  successors: Unit[];
  /** The units this one was formed from (with pages here). */
  predecessors: Unit[];
  /** A predecessor whose name this unit carries (xã Nam Cường before and after 2025). */
  namesake: Unit | undefined;
  /** Each predecessor's records, gathered for this unit's page (its newest 10 articles). */
  earlier: { unit: Unit; recognitions: Recognition[]; articles: ListedArticle[] }[];
}

/** Articles of a predecessor shown on its successor's page. */
export const EARLIER_ARTICLES_SHOWN = 10;

/** A declared count next to what the source lists, and whether the two differ. */
export interface Count {
  declared: number | undefined;
  listed: number;
  mismatch: boolean;
}

/** A stored file or a link of a document, ready to show. */
export interface DocumentFile {
  title: string;
  href: string;
  /** "PDF", "DOCX", or "liên kết" for a web address. */
  kind: string;
  /** Bytes, for stored files (given by the caller, which reads the disk). */
  size?: number | undefined;
  /** The size as readers see it ("12 kB", "1,4 MB"), when known. */
  sizeLabel?: string | undefined;
}

/** "12 kB", "1,4 MB" (Vietnamese decimal comma). */
export function formatFileSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

export interface Decision extends Omit<DecisionInput, 'year'> {
  /** The year a recognition is about, else the year it was issued. */
  year: number;
  /** Whether it records recognised units (outcomes and groups). */
  recognises: boolean;
  /** Its legal status for readers; "không rõ (nguồn không ghi)" when the source says nothing. */
  statusLabel: string;
  /** Căn cứ, each with the document's page when the registry has it. */
  basis: (DecisionInput['legalBasis'][number] & { page?: Decision | undefined })[];
  replacesDocs: Decision[];
  amendsDocs: Decision[];
  replacedBy: Decision[];
  amendedBy: Decision[];
  attachments: DocumentFile[];
  url: string;
  /** "Quyết định số 5844" or "Quyết định số 5844/QĐ-UBND". */
  label: string;
  /** Số/Ký hiệu: "5844", or "5844/QĐ-UBND" when the source gives the symbol. */
  identifier: string;
  /** Per group: the units listed and the count declared (if any). */
  groupsResolved: ({ outcome: string; outcomeLabel: string; bloc: string | null; units: Unit[] } & Count)[];
  /** Per outcome: declared total (if any) and listed. */
  totals: ({ id: string; label: string } & Count)[];
  /** All groups together: the grand total declared (if any) and listed. */
  total: Count;
  /** Whether any total (per outcome or overall) differs from what is listed. */
  totalsMismatch: boolean;
  /** Blocs of the units it lists (the group's, or each unit's when the source names none). */
  blocs: string[];
}

export interface Recognition {
  decision: string;
  decisionLabel: string;
  decisionUrl: string;
  date: string;
  year: number;
  unit: string;
  outcome: string;
  outcomeLabel: string;
  /** Bloc of the group that lists the unit; the unit's own bloc when the source names none. */
  bloc: string;
}

export interface Taxon {
  name: string;
  slug: string;
  /** Its listing's front page. */
  url: string;
  articles: Article[];
  pages: ListingPage<Article>[];
}

export interface Matrix {
  /** Columns, oldest first. */
  years: number[];
  /** Each outcome shown, with the CSS class its cells carry (o1, o2 …), in order of first appearance. */
  outcomes: { label: string; className: string }[];
  blocs: {
    bloc: string;
    rows: { unit: Unit; cells: { className: string | undefined; text: string }[] }[];
  }[];
  /** The blocs as the matrix page opens on them: only the rows of units with a recognition. */
  recognised: Matrix['blocs'];
  /** The units with no recognition yet (listed after the tables). */
  unrecognised: Unit[];
}

/** One filter of the document registry (/van-ban/): its values, each a paginated listing. */
export interface RegistryFilter {
  /** URL segment: loai, nam, co-quan, tinh-trang. */
  key: string;
  label: string;
  values: { value: string; slug: string; count: number; pages: ListingPage<Decision>[] }[];
}

export interface Model {
  /** Published articles, newest first. */
  articles: Article[];
  neighbours: Map<string, Neighbours<Article>>;
  article: Map<string, Article>;
  /** The archive (/tin-tuc/), page by page. */
  archive: ListingPage<Article>[];
  /** Decisions, newest first. */
  decisions: Decision[];
  decision: Map<string, Decision>;
  decisionsByYear: { year: number; decisions: Decision[] }[];
  units: Unit[];
  unit: Map<string, Unit>;
  unitBySlug: Map<string, Unit>;
  unitsByBloc: { bloc: string; units: Unit[] }[];
  /** Every recognition, oldest decision first (open data). */
  recognitions: Recognition[];
  /** A unit's recognitions as its page shows them: newest year first. */
  recognitionsByUnit: Map<string, Recognition[]>;
  articlesByUnit: Map<string, Article[]>;
  articlesByDecision: Map<string, Article[]>;
  categories: Taxon[];
  tags: Taxon[];
  /** Years decisions are about, newest first. */
  years: number[];
  matrix: Matrix;
  /** Values of the search page's filters (the loại values are fixed: search-text.ts). */
  searchFilters: { years: number[]; blocs: string[]; documentTypes: string[] };
  /** What an article page shows next to the text: the decisions it reports, the units it mentions. */
  related(a: Article): { decisions: Decision[]; units: Unit[] };
  /** The document registry (/van-ban/): all documents newest first, page by page, and its filters. */
  registry: { pages: ListingPage<Decision>[]; filters: RegistryFilter[] };
  /** Each unit's successors and predecessors. */
  lineage: Map<string, Lineage>;
  /** The matrix again, rows grouped by the units of today (a unit that ended, under what took it in). */
  matrixToday: { unit: Unit | undefined; rows: Matrix['blocs'][number]['rows'] }[];
}

/** How a document's status reads when the source gives none. */
export const STATUS_NOT_GIVEN = 'không rõ (nguồn không ghi)';
/** Documents per registry page. */
export const REGISTRY_PAGE_SIZE = 50;

export function decisionLabel(d: Pick<DecisionData, 'type' | 'number' | 'symbol'>): string {
  return `${d.type} số ${d.number}${d.symbol ? `/${d.symbol}` : ''}`;
}

const newestFirst = <T extends { date?: string | undefined; id: string }>(a: T, b: T) =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);

const count = (declared: number | undefined, listed: number): Count => ({
  declared,
  listed,
  mismatch: declared !== undefined && declared !== listed,
});

function taxa(articles: Article[], pick: (a: Article) => string[], url: (slug: string) => string): Taxon[] {
  const bySlug = new Map<string, Omit<Taxon, 'pages'>>();
  for (const a of articles) {
    for (const name of pick(a)) {
      const slug = slugify(name);
      let t = bySlug.get(slug);
      if (!t) bySlug.set(slug, (t = { name, slug, url: url(slug), articles: [] }));
      t.articles.push(a);
    }
  }
  return sortVi([...bySlug.values()], (t) => t.name).map((t) => ({ ...t, pages: newestFirstPages(t.articles, TAXON_PAGE_SIZE, t.url) }));
}

function resolveDecision(d: DecisionInput, unit: Map<string, Unit>, fileSize: (file: string) => number | undefined): Decision {
  const outcomeLabel = new Map(d.outcomes.map((o) => [o.id, o.label]));
  const groupsResolved = d.groups.map((g) => {
    const units = g.units.map((id) => unit.get(id)).filter((u): u is Unit => u !== undefined);
    return {
      outcome: g.outcome,
      outcomeLabel: outcomeLabel.get(g.outcome) ?? g.outcome,
      bloc: g.bloc,
      units,
      ...count(g.declaredCount, units.length),
    };
  });
  const totals = d.outcomes.map((o) => ({
    id: o.id,
    label: o.label,
    ...count(
      o.declaredTotal,
      groupsResolved.filter((g) => g.outcome === o.id).reduce((n, g) => n + g.units.length, 0),
    ),
  }));
  const total = count(
    d.declaredTotal,
    groupsResolved.reduce((n, g) => n + g.units.length, 0),
  );
  return {
    ...d,
    year: d.year ?? yearOf(d.date),
    recognises: d.groups.length > 0,
    statusLabel: d.status && d.status !== 'không rõ' ? d.status : STATUS_NOT_GIVEN,
    basis: d.legalBasis.map((b) => ({ ...b })),
    replacesDocs: [],
    amendsDocs: [],
    replacedBy: [],
    amendedBy: [],
    attachments: (d.files ?? []).map((f) => {
      if (!f.file) return { title: f.title, href: f.url!, kind: 'liên kết' };
      const size = fileSize(f.file);
      const kind = documentFileType(f.file)?.label ?? f.file.split('.').pop()!.toUpperCase();
      return {
        title: f.title,
        href: ROUTES.decisionFile(d.id, f.file.split('/').pop()!),
        kind,
        size,
        sizeLabel: size === undefined ? undefined : formatFileSize(size),
      };
    }),
    url: ROUTES.decision(d.id),
    label: decisionLabel(d),
    identifier: d.symbol ? `${d.number}/${d.symbol}` : d.number,
    groupsResolved,
    totals,
    total,
    totalsMismatch: total.mismatch || totals.some((t) => t.mismatch),
    blocs: [...new Set(groupsResolved.flatMap((g) => (g.bloc ? [g.bloc] : g.units.map((u) => u.bloc))))],
  };
}

function buildMatrix(
  unitsByBloc: Model['unitsByBloc'],
  chronological: Map<string, Recognition[]>,
  all: Recognition[],
  years: number[],
): Matrix {
  const labels = [...new Set(all.map((r) => r.outcomeLabel))];
  const className = (label: string) => `o${labels.indexOf(label) + 1}`;
  const ascending = [...years].sort((a, b) => a - b);
  const blocs = unitsByBloc.map(({ bloc, units }) => ({
    bloc,
    rows: units.map((unit) => ({
      unit,
      cells: ascending.map((y) => {
        const cell = (chronological.get(unit.id) ?? []).filter((r) => r.year === y);
        return { className: cell[0] ? className(cell[0].outcomeLabel) : undefined, text: cell.map((r) => r.outcomeLabel).join('; ') };
      }),
    })),
  }));
  const has = (u: Unit) => (chronological.get(u.id) ?? []).length > 0;
  return {
    years: ascending,
    outcomes: labels.map((label) => ({ label, className: className(label) })),
    blocs,
    recognised: blocs.map((b) => ({ bloc: b.bloc, rows: b.rows.filter((r) => has(r.unit)) })).filter((b) => b.rows.length > 0),
    unrecognised: blocs.flatMap((b) => b.rows.map((r) => r.unit).filter((u) => !has(u))),
  };
}

type ModelView = Pick<SiteView, 'pages' | 'elsewhere' | 'ownSites' | 'records'>;

/** Every unit as pages show it (its address here, elsewhere or none), and those with a page on this site. */
function modelUnits(input: readonly UnitInput[], view: ModelView | undefined): { all: Unit[]; units: Unit[] } {
  const here = view?.pages && new Set(view.pages);
  const all: Unit[] = input.map((u) => {
    const slug = unitSlug(u);
    const displayName = unitDisplayName(u);
    return {
      ...u,
      slug,
      url: view?.elsewhere[u.id] ?? (!here || here.has(u.id) ? ROUTES.unit(slug) : undefined),
      displayName,
      heading: displayName,
      ownSite: view?.ownSites[u.id],
    };
  });
  // The units with a page on this site: the ones its lists, matrix and search filters show.
  return { all, units: here ? all.filter((u) => here.has(u.id)) : all };
}

/** The articles that are not drafts, with their addresses and the units they mention. */
function publishedArticles(input: readonly ArticleInput[], matcher: MentionMatcher, unit: Map<string, Unit>): Article[] {
  return input
    .filter((a) => !a.draft)
    .map(({ body, bodyFound, ...a }) => ({
      ...a,
      url: ROUTES.article(a.id),
      year: a.date ? yearOf(a.date) : undefined,
      mentions: bodyFound
        ? articleMentions(matcher, [a.title, a.summary], a.units, (id) => unit.has(id), { alsoFound: bodyFound.units, date: a.date })
        : articleMentions(matcher, [a.title, a.summary, body], a.units, (id) => unit.has(id), { date: a.date }),
      hasBody: bodyFound ? bodyFound.hasBody : Boolean(body?.trim()),
    }));
}

/** Each document's links to the documents it is based on, replaces or amends, both ways. */
function linkDecisions(decisions: Decision[], decision: Map<string, Decision>): void {
  for (const d of decisions) {
    for (const b of d.basis) b.page = b.ref ? decision.get(b.ref) : undefined;
    for (const [ids, own, other] of [
      [d.replaces ?? [], d.replacesDocs, 'replacedBy'],
      [d.amends ?? [], d.amendsDocs, 'amendedBy'],
    ] as const) {
      for (const id of ids) {
        const target = decision.get(id);
        if (!target) continue;
        own.push(target);
        target[other].push(d);
      }
    }
  }
}

/** Every recognition the documents record, oldest document first. */
function recognitionsOf(decisions: Decision[]): Recognition[] {
  return [...decisions].reverse().flatMap((d) =>
    d.groupsResolved.flatMap((g) =>
      g.units.map((u) => ({
        decision: d.id,
        decisionLabel: d.label,
        decisionUrl: d.url,
        date: d.date,
        year: d.year,
        unit: u.id,
        outcome: g.outcome,
        outcomeLabel: g.outcomeLabel,
        bloc: g.bloc ?? u.bloc,
      })),
    ),
  );
}

/** The articles of each document (those that name it, and its source article), newest first. */
function articlesByDecisionOf(decisions: Decision[], articles: Article[], article: Map<string, Article>): Map<string, Article[]> {
  const byDecision = new Map<string, Article[]>(decisions.map((d) => [d.id, []]));
  for (const a of articles) for (const id of a.decisions) byDecision.get(id)?.push(a);
  for (const d of decisions) {
    const src = d.sourceArticle ? article.get(d.sourceArticle) : undefined;
    const list = byDecision.get(d.id)!;
    if (src && !list.includes(src)) list.push(src);
    list.sort(newestFirst);
  }
  return byDecision;
}

/**
 * Each unit's successors and predecessors, its namesake (two units of one name: each heading says
 * which, by the day one became the other), and the records of its predecessors with a page.
 */
function lineageOf(
  all: Unit[],
  unit: Map<string, Unit>,
  known: { recognitionsByUnit: Map<string, Recognition[]>; articlesByUnit: Map<string, Article[]>; view: ModelView | undefined },
): Map<string, Lineage> {
  const lineage = new Map<string, Lineage>(all.map((u) => [u.id, { successors: [], predecessors: [], namesake: undefined, earlier: [] }]));
  for (const u of all) {
    for (const id of u.succession?.into ?? []) {
      const next = unit.get(id);
      if (!next) continue;
      lineage.get(u.id)!.successors.push(next);
      lineage.get(id)!.predecessors.push(u);
    }
  }
  for (const [id, l] of lineage) {
    l.namesake = l.predecessors.find((p) => p.name === unit.get(id)!.name);
    const u = unit.get(id)!;
    const day = l.namesake && (u.since ?? l.namesake.succession?.date);
    if (l.namesake && day) {
      u.heading = `${u.displayName} (từ ${formatDateVi(day)})`;
      l.namesake.heading = `${l.namesake.displayName} (trước ${formatDateVi(day)})`;
    }
    // The records of a predecessor are known where it has a page (the archive); one with a page nowhere has none here.
    l.earlier = l.predecessors
      .filter((p) => p.url !== undefined)
      .map((p) => ({
        unit: p,
        recognitions: known.recognitionsByUnit.get(p.id) ?? [],
        articles: known.view?.records[p.id]?.articles ?? (known.articlesByUnit.get(p.id) ?? []).slice(0, EARLIER_ARTICLES_SHOWN),
      }));
  }
  return lineage;
}

/** Each unit's recognitions, oldest first (`chronological`) and newest first (with the records another site holds). */
function recognitionsByUnitOf(all: Unit[], recognitions: Recognition[], unit: Map<string, Unit>, view: ModelView | undefined) {
  const chronological = new Map<string, Recognition[]>(all.map((u) => [u.id, []]));
  for (const r of recognitions) chronological.get(r.unit)!.push(r);
  const byUnit = new Map(
    [...chronological].map(([id, rs]) => [id, [...rs].sort((a, b) => b.year - a.year || b.date.localeCompare(a.date))]),
  );
  // Units whose records another site holds: theirs, as that site shows them.
  for (const [id, held] of Object.entries(view?.records ?? {})) if (unit.has(id)) byUnit.set(id, held.recognitions);
  return { chronological, byUnit };
}

export function buildModel(
  input: { articles: readonly ArticleInput[]; decisions: readonly DecisionInput[]; units: readonly UnitInput[] },
  {
    matcher,
    fileSize = () => undefined,
    view,
  }: {
    matcher: MentionMatcher;
    fileSize?: (file: string) => number | undefined;
    /** What this site shows of the other sites of its province (src/lib/province.ts); none for a site alone. */
    view?: ModelView | undefined;
  },
): Model {
  const { all, units } = modelUnits(input.units, view);
  const unit = new Map(all.map((u) => [u.id, u]));
  const ordered = publicationOrder(publishedArticles(input.articles, matcher, unit));
  const articles = [...ordered].reverse();
  const article = new Map(articles.map((a) => [a.id, a]));

  const decisions = input.decisions.map((d) => resolveDecision(d, unit, fileSize)).sort(newestFirst);
  const decision = new Map(decisions.map((d) => [d.id, d]));
  linkDecisions(decisions, decision);

  const years = [...new Set(decisions.filter((d) => d.recognises).map((d) => d.year))].sort((a, b) => b - a);
  const documentYears = [...new Set(decisions.map((d) => d.year))].sort((a, b) => b - a);
  const decisionsByYear = documentYears.map((year) => ({ year, decisions: decisions.filter((d) => d.year === year) }));
  const recognitions = recognitionsOf(decisions);
  const { chronological, byUnit: recognitionsByUnit } = recognitionsByUnitOf(all, recognitions, unit, view);

  const articlesByUnit = new Map<string, Article[]>(all.map((u) => [u.id, []]));
  for (const a of articles) for (const id of a.mentions) articlesByUnit.get(id)!.push(a);
  const unitsByBloc = [...new Set(units.map((u) => u.bloc))].map((bloc) => ({
    bloc,
    units: sortVi(
      units.filter((u) => u.bloc === bloc),
      (u) => u.name,
    ),
  }));
  const articleYears = articles.flatMap((a) => (a.year === undefined ? [] : [a.year]));
  const lineage = lineageOf(all, unit, { recognitionsByUnit, articlesByUnit, view });
  const matrix = buildMatrix(unitsByBloc, chronological, recognitions, years);
  return {
    articles,
    neighbours: neighbours(ordered),
    article,
    archive: newestFirstPages(articles, ARCHIVE_PAGE_SIZE, ROUTES.archive()),
    decisions,
    decision,
    decisionsByYear,
    units: unitsByBloc.flatMap((b) => b.units),
    unit,
    unitBySlug: new Map(units.map((u) => [u.slug, u])),
    unitsByBloc,
    recognitions,
    recognitionsByUnit,
    articlesByUnit,
    articlesByDecision: articlesByDecisionOf(decisions, articles, article),
    categories: taxa(articles, (a) => (a.category ? [a.category] : []), ROUTES.category),
    tags: taxa(articles, (a) => a.tags, ROUTES.tag),
    years,
    matrix,
    matrixToday: matrixToday(matrix, lineage, unitsByBloc),
    lineage,
    registry: buildRegistry(decisions),
    searchFilters: {
      years: [...new Set([...documentYears, ...articleYears])].sort((a, b) => b - a),
      blocs: sortVi(
        unitsByBloc.map((b) => b.bloc),
        (b) => b,
      ),
      documentTypes: sortVi([...new Set(decisions.map((d) => d.type))], (t) => t),
    },
    related: (a) => ({
      decisions: a.decisions.flatMap((id) => decision.get(id) ?? []),
      units: a.mentions.flatMap((id) => unit.get(id) ?? []),
    }),
  };
}

/** The registry's listings: all documents, and one listing per value of each filter. */
function buildRegistry(decisions: Decision[]): Model['registry'] {
  const filter = (key: string, label: string, valueOf: (d: Decision) => string): RegistryFilter => {
    const groups = new Map<string, Decision[]>();
    for (const d of decisions) {
      const v = valueOf(d);
      const list = groups.get(v);
      if (list) list.push(d);
      else groups.set(v, [d]);
    }
    const values = [...groups].map(([value, docs]) => {
      const slug = slugify(value) || 'khong-ro';
      return {
        value,
        slug,
        count: docs.length,
        pages: listingPages(docs, REGISTRY_PAGE_SIZE, (page) => ROUTES.registryFilter(key, slug, page)),
      };
    });
    return {
      key,
      label,
      values: key === 'nam' ? values.sort((a, b) => Number(b.value) - Number(a.value)) : sortVi(values, (v) => v.value),
    };
  };
  return {
    pages: listingPages(decisions, REGISTRY_PAGE_SIZE, ROUTES.registry),
    filters: [
      filter('loai', 'Loại văn bản', (d) => d.type),
      filter('nam', 'Năm ban hành', (d) => d.date.slice(0, 4)),
      filter('co-quan', 'Cơ quan ban hành', (d) => d.issuer),
      filter('tinh-trang', 'Tình trạng', (d) => d.statusLabel),
    ],
  };
}

/** The matrix's rows grouped by today's units: each unit that took others in, then the rest. */
function matrixToday(matrix: Matrix, lineage: Map<string, Lineage>, unitsByBloc: Model['unitsByBloc']): Model['matrixToday'] {
  const rows = new Map(matrix.blocs.flatMap((b) => b.rows).map((r) => [r.unit.id, r]));
  const placed = new Set<string>();
  const groups: Model['matrixToday'] = [];
  for (const u of unitsByBloc.flatMap((b) => b.units)) {
    const predecessors = lineage.get(u.id)!.predecessors;
    if (predecessors.length === 0) continue;
    groups.push({ unit: u, rows: predecessors.map((p) => rows.get(p.id)!).filter(Boolean) });
    for (const p of predecessors) placed.add(p.id);
  }
  const rest = [...rows.values()].filter((r) => !placed.has(r.unit.id) && lineage.get(r.unit.id)!.predecessors.length === 0);
  if (rest.length) groups.push({ unit: undefined, rows: rest });
  return groups;
}
