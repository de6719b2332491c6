/**
 * The portal's derived model, built once per build from plain content: publication order and
 * neighbours, decisions by year, units by bloc, each unit's recognitions across decisions and
 * years, the articles that mention or report each unit and decision, categories and tags, and
 * the recognition matrix. Pure: pages read from it, they compute nothing.
 */
import type { ArticleData, DecisionData, UnitData } from './schemas.ts';
import { createMatcher, type MentionMatcher } from './mentions.ts';
import { neighbours, publicationOrder, type Neighbours } from './order.ts';
import { unitDisplayName, unitSlug } from './units.ts';
import { slugify, sortVi } from './vi.ts';
import { ROUTES } from './routes.ts';

export { ARCHIVE_PAGE_SIZE, ROUTES, TAXON_PAGE_SIZE, UNIT_ARTICLES_SHOWN } from './routes.ts';

/** Article fields the model needs (references already reduced to ids). */
export type ArticleInput = Pick<ArticleData, 'title' | 'date' | 'after' | 'author' | 'summary' | 'category' | 'tags' | 'decisions' | 'units' | 'draft'> & {
  id: string;
  /** Raw body text, for mention detection. */
  body?: string | undefined;
};
export type DecisionInput = DecisionData & { id: string };
export type UnitInput = UnitData;

export interface Article extends Omit<ArticleInput, 'body'> {
  url: string;
  /** Whether the article has any body text (the source may give only a title). */
  hasBody: boolean;
  /** Units mentioned in title, summary or body, plus explicit `units`. */
  mentions: string[];
}

export interface Unit extends UnitInput {
  slug: string;
  url: string;
  displayName: string;
}

export interface Decision extends DecisionInput {
  url: string;
  /** "Quyết định số 5844" or "Quyết định số 5844/QĐ-UBND". */
  label: string;
  /** Per group: declared count (if any) and the units listed. */
  groupsResolved: {
    outcome: string;
    outcomeLabel: string;
    bloc: string | null;
    declared: number | undefined;
    units: Unit[];
  }[];
  /** Per outcome: declared total (if any) and listed. */
  totals: { id: string; label: string; declared: number | undefined; listed: number }[];
  listedTotal: number;
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
  /** URL of page `n` of the taxon's listing. */
  url: (page?: number) => string;
  articles: Article[];
}

export interface Portal {
  /** Published articles, newest first. */
  articles: Article[];
  neighbours: Map<string, Neighbours<Article>>;
  article: Map<string, Article>;
  /** Decisions, newest first. */
  decisions: Decision[];
  decision: Map<string, Decision>;
  decisionsByYear: { year: number; decisions: Decision[] }[];
  units: Unit[];
  unit: Map<string, Unit>;
  unitsByBloc: { bloc: string; units: Unit[] }[];
  recognitions: Recognition[];
  recognitionsByUnit: Map<string, Recognition[]>;
  articlesByUnit: Map<string, Article[]>;
  articlesByDecision: Map<string, Article[]>;
  categories: Taxon[];
  tags: Taxon[];
  years: number[];
  matcher: MentionMatcher;
}


export function decisionLabel(d: Pick<DecisionData, 'type' | 'number' | 'symbol'>): string {
  return `${d.type} số ${d.number}${d.symbol ? `/${d.symbol}` : ''}`;
}

const newestFirst = <T extends { date?: string | undefined; id: string }>(a: T, b: T) =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);

function taxa(articles: Article[], pick: (a: Article) => string[], url: (slug: string, page?: number) => string): Taxon[] {
  const bySlug = new Map<string, Taxon>();
  for (const a of articles) {
    for (const name of pick(a)) {
      const slug = slugify(name);
      let t = bySlug.get(slug);
      if (!t) bySlug.set(slug, (t = { name, slug, url: (page = 1) => url(slug, page), articles: [] }));
      t.articles.push(a);
    }
  }
  return sortVi([...bySlug.values()], (t) => t.name);
}

export function buildPortal(input: {
  articles: readonly ArticleInput[];
  decisions: readonly DecisionInput[];
  units: readonly UnitInput[];
}): Portal {
  const matcher = createMatcher(input.units);

  const units: Unit[] = input.units.map((u) => {
    const slug = unitSlug(u);
    return { ...u, slug, url: ROUTES.unit(slug), displayName: unitDisplayName(u) };
  });
  const unit = new Map(units.map((u) => [u.id, u]));

  const published: Article[] = input.articles
    .filter((a) => !a.draft)
    .map(({ body, ...a }) => {
      const text = [a.title, a.summary ?? '', body ?? ''].join('\n\n');
      const mentions = [...new Set([...a.units, ...matcher.find(text).map((m) => m.unit)])].filter((id) => unit.has(id));
      return { ...a, url: ROUTES.article(a.id), mentions, hasBody: Boolean(body?.trim()) };
    });
  const ordered = publicationOrder(published);
  const articles = [...ordered].reverse();
  const article = new Map(articles.map((a) => [a.id, a]));

  const decisions: Decision[] = input.decisions
    .map((d) => {
      const outcomeLabel = new Map(d.outcomes.map((o) => [o.id, o.label]));
      const groupsResolved = d.groups.map((g) => ({
        outcome: g.outcome,
        outcomeLabel: outcomeLabel.get(g.outcome) ?? g.outcome,
        bloc: g.bloc,
        declared: g.declaredCount,
        units: g.units.map((id) => unit.get(id)).filter((u): u is Unit => u !== undefined),
      }));
      const totals = d.outcomes.map((o) => ({
        id: o.id,
        label: o.label,
        declared: o.declaredTotal,
        listed: groupsResolved.filter((g) => g.outcome === o.id).reduce((n, g) => n + g.units.length, 0),
      }));
      return {
        ...d,
        url: ROUTES.decision(d.id),
        label: decisionLabel(d),
        groupsResolved,
        totals,
        listedTotal: groupsResolved.reduce((n, g) => n + g.units.length, 0),
      };
    })
    .sort(newestFirst);
  const decision = new Map(decisions.map((d) => [d.id, d]));

  const years = [...new Set(decisions.map((d) => d.year))].sort((a, b) => b - a);
  const decisionsByYear = years.map((year) => ({ year, decisions: decisions.filter((d) => d.year === year) }));

  const recognitions: Recognition[] = [];
  for (const d of [...decisions].reverse()) {
    for (const g of d.groupsResolved) {
      for (const u of g.units) {
        recognitions.push({
          decision: d.id,
          decisionLabel: d.label,
          decisionUrl: d.url,
          date: d.date,
          year: d.year,
          unit: u.id,
          outcome: g.outcome,
          outcomeLabel: g.outcomeLabel,
          bloc: g.bloc ?? u.bloc,
        });
      }
    }
  }
  const recognitionsByUnit = new Map<string, Recognition[]>(units.map((u) => [u.id, []]));
  for (const r of recognitions) recognitionsByUnit.get(r.unit)!.push(r);

  const articlesByDecision = new Map<string, Article[]>(decisions.map((d) => [d.id, []]));
  for (const a of articles) for (const id of a.decisions) articlesByDecision.get(id)?.push(a);
  for (const d of decisions) {
    const src = d.sourceArticle ? article.get(d.sourceArticle) : undefined;
    const list = articlesByDecision.get(d.id)!;
    if (src && !list.includes(src)) list.push(src);
    list.sort(newestFirst);
  }

  const articlesByUnit = new Map<string, Article[]>(units.map((u) => [u.id, []]));
  for (const a of articles) for (const id of a.mentions) articlesByUnit.get(id)!.push(a);

  const blocs = [...new Set(units.map((u) => u.bloc))];
  const unitsByBloc = blocs.map((bloc) => ({
    bloc,
    units: sortVi(
      units.filter((u) => u.bloc === bloc),
      (u) => u.name,
    ),
  }));

  return {
    articles,
    neighbours: neighbours(ordered),
    article,
    decisions,
    decision,
    decisionsByYear,
    units: unitsByBloc.flatMap((b) => b.units),
    unit,
    unitsByBloc,
    recognitions,
    recognitionsByUnit,
    articlesByUnit,
    articlesByDecision,
    categories: taxa(articles, (a) => (a.category ? [a.category] : []), ROUTES.category),
    tags: taxa(articles, (a) => a.tags, ROUTES.tag),
    years,
    matcher,
  };
}

/** Matrix cell: outcome labels of a unit in a year (several when several decisions apply). */
export function matrixCell(p: Portal, unitId: string, year: number): Recognition[] {
  return (p.recognitionsByUnit.get(unitId) ?? []).filter((r) => r.year === year);
}

