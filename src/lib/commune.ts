/**
 * What a commune site carries besides news and documents, ready for pages: the pages of "Giới
 * thiệu", the leaders, the contacts, what it makes public (documents by disclosure group, newest
 * period first), the weekly work schedule (this week's, and every week), the procedures it
 * handles, and each part's state for "Tiếp cận thông tin" and the conformance report
 * (conformance.ts). Pure: the caller reads the files and says what day it is.
 */
import {
  BUDGET_KINDS,
  CONTENT_PARTS,
  DISCLOSURE_GROUPS,
  INTRO_KINDS,
  PERIOD_SPANS,
  type DisclosureGroup,
  type IntroKind,
  type IntroPageData,
  type LeadersData,
  type ProceduresData,
  type ScheduleData,
  type Site,
} from './schemas.ts';
import { formatDateVi, isoWeekOf, weekDays } from './dates.ts';
import { ROUTES } from './routes.ts';
import { fold } from './vi.ts';

/** A page of "Giới thiệu" as read: its front matter and Markdown body. */
export interface IntroPageInput {
  kind: IntroKind | 'en';
  data: IntroPageData;
  body: string;
}

/** The commune content of a site, as read and checked (src/source/commune.ts). */
export interface CommuneInput {
  intro: readonly IntroPageInput[];
  leaders?: LeadersData | undefined;
  procedures?: ProceduresData | undefined;
  /** Each week's schedule, by its file name ("2026-w49"). */
  schedules: readonly { week: string; data: ScheduleData }[];
}

/** A document as the disclosure pages need it. */
export interface DisclosedDocument {
  id: string;
  url: string;
  label: string;
  title: string;
  date: string;
  disclosure?:
    | {
        group: DisclosureGroup;
        kind?: (typeof BUDGET_KINDS)[number] | undefined;
        year: number;
        span: (typeof PERIOD_SPANS)[number];
        published: string;
      }
    | undefined;
}

export interface IntroPage {
  kind: IntroKind;
  label: string;
  url: string;
  /** The page's content; undefined while the commune has not published it. */
  page?: IntroPageInput | undefined;
}

export interface DisclosureItem extends DisclosedDocument {
  disclosure: NonNullable<DisclosedDocument['disclosure']>;
  /** "Dự toán năm 2026", "Quý I/2026". */
  periodLabel: string;
}

export interface DisclosureGroupView {
  id: DisclosureGroup;
  label: string;
  url: string;
  /** Newest period first; within a period, the newest published first. */
  items: DisclosureItem[];
}

export interface ScheduleWeek {
  week: string;
  url: string;
  /** "Tuần 49/2026 (30/11/2026 – 06/12/2026)" */
  label: string;
  days: { date: string; items: ScheduleData['items'] }[];
  /** The number of entries in the week. */
  count: number;
}

/** One part of what a site makes public: whether it has content, and when it was last updated. */
export interface PartState {
  part: string;
  label: string;
  url: string;
  present: boolean;
  /** The last update the content gives (ISO date); undefined when it has none or is empty. */
  updated?: string | undefined;
  /** What it lacks, when it is not there for a reason other than having no content. */
  needs?: string | undefined;
}

export interface Commune {
  intro: IntroPage[];
  english: IntroPageInput | undefined;
  leaders: LeadersData['leaders'];
  leadersUpdated: string | undefined;
  contacts: NonNullable<Site['contacts']> | undefined;
  disclosure: DisclosureGroupView[];
  /** Every week with a schedule, newest first. */
  weeks: ScheduleWeek[];
  /** The week `today` falls in, when it has a schedule. */
  thisWeek: ScheduleWeek | undefined;
  /** The week `today` falls in ("2026-w49"), with or without a schedule. */
  currentWeek: string;
  procedures: ProceduresData['procedures'];
  proceduresUpdated: string | undefined;
  /** Every part a site can make public, in CONTENT_PARTS order. */
  parts: PartState[];
}

/** "Dự toán năm 2026", "Thực hiện quý I/2026", "Năm 2025". */
export function periodLabel(d: DisclosureItem['disclosure']): string {
  const span = d.span === 'năm' ? `năm ${d.year}` : `${d.span}/${d.year}`;
  const text = d.kind ? `${d.kind} ${span}` : span;
  return text[0]!.toUpperCase() + text.slice(1);
}

/** Newest period first: a later year, then a later part of the year, then published later. */
function byPeriod(a: DisclosureItem, b: DisclosureItem): number {
  return (
    b.disclosure.year - a.disclosure.year ||
    PERIOD_SPANS.indexOf(b.disclosure.span) - PERIOD_SPANS.indexOf(a.disclosure.span) ||
    b.disclosure.published.localeCompare(a.disclosure.published) ||
    a.id.localeCompare(b.id)
  );
}

/** "Tuần 49/2026 (30/11/2026 – 06/12/2026)" */
export function weekLabel(week: string): string {
  const days = weekDays(week);
  return `Tuần ${Number(week.slice(6))}/${week.slice(0, 4)} (${formatDateVi(days[0]!)} – ${formatDateVi(days[6]!)})`;
}

function scheduleWeek(week: string, data: ScheduleData): ScheduleWeek {
  const items = [...data.items].sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? ''));
  return {
    week,
    url: ROUTES.scheduleWeek(week),
    label: weekLabel(week),
    days: weekDays(week)
      .map((date) => ({ date, items: items.filter((i) => i.date === date) }))
      .filter((d) => d.items.length > 0),
    count: items.length,
  };
}

const newest = (dates: (string | undefined)[]) =>
  dates
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);

export function buildCommune(
  input: CommuneInput,
  {
    site,
    documents,
    articles,
    today,
  }: { site: Site; documents: readonly DisclosedDocument[]; articles: readonly { date?: string | undefined }[]; today: string },
): Commune {
  const byKind = new Map(input.intro.map((p) => [p.kind, p]));
  const intro = (Object.entries(INTRO_KINDS) as [IntroKind, string][]).map(([kind, label]) => ({
    kind,
    label,
    url: ROUTES.intro(kind),
    page: byKind.get(kind),
  }));

  const disclosed = documents
    .filter((d): d is DisclosedDocument & { disclosure: DisclosureItem['disclosure'] } => d.disclosure !== undefined)
    .map((d) => ({ ...d, periodLabel: periodLabel(d.disclosure) }));
  const disclosure = (Object.entries(DISCLOSURE_GROUPS) as [DisclosureGroup, string][]).map(([id, label]) => ({
    id,
    label,
    url: ROUTES.disclosureGroup(id),
    items: disclosed.filter((d) => d.disclosure.group === id).sort(byPeriod),
  }));

  const weeks = input.schedules
    .map((s) => scheduleWeek(s.week, s.data))
    .filter((w) => w.count > 0)
    .sort((a, b) => b.week.localeCompare(a.week));
  const currentWeek = isoWeekOf(today);

  const leaders = input.leaders?.leaders ?? [];
  const procedures = input.procedures?.procedures ?? [];
  const contacts = site.contacts && Object.values(site.contacts).some(Boolean) ? site.contacts : undefined;
  const english = byKind.get('en');

  const state: Record<string, Omit<PartState, 'part' | 'label'>> = {
    ...Object.fromEntries(
      intro.map((p) => [`gioi-thieu/${p.kind}`, { url: p.url, present: Boolean(p.page), updated: p.page?.data.updated }]),
    ),
    'lanh-dao': { url: ROUTES.leaders, present: leaders.length > 0, updated: leaders.length ? input.leaders?.updated : undefined },
    'lien-he': { url: ROUTES.contact, present: contacts !== undefined },
    ...Object.fromEntries(
      disclosure.map((g) => [
        `cong-khai/${g.id}`,
        { url: g.url, present: g.items.length > 0, updated: newest(g.items.map((i) => i.disclosure.published)) },
      ]),
    ),
    'lich-cong-tac': {
      url: ROUTES.schedule,
      present: weeks.length > 0,
      updated:
        newest(weeks.flatMap((w) => w.days.map((d) => d.date)).filter((d) => d <= today)) ?? newest(weeks.map((w) => weekDays(w.week)[0]!)),
    },
    'thu-tuc': {
      url: ROUTES.procedures,
      present: procedures.length > 0,
      updated: procedures.length ? input.procedures?.updated : undefined,
    },
    'tieng-anh': { url: ROUTES.english, present: english !== undefined, updated: english?.data.updated },
    // Written by the portal itself; it needs a way to report a barrier (the contacts' e-mail or phone).
    'tuyen-bo-tiep-can': {
      url: ROUTES.accessibility,
      present: Boolean(contacts?.email || contacts?.phone || site.editorContact),
      needs: 'cần thư điện tử hoặc điện thoại để người dân báo rào cản (site.json: contacts)',
    },
    'tiep-can-thong-tin': { url: ROUTES.infoAccess, present: true },
    'tin-tuc': { url: ROUTES.archive(), present: articles.length > 0, updated: newest(articles.map((a) => a.date)) },
    'van-ban': { url: ROUTES.registry(), present: documents.length > 0, updated: newest(documents.map((d) => d.date)) },
  };
  const parts = Object.entries(CONTENT_PARTS).map(([part, label]) => ({ part, label, ...state[part]! }));

  return {
    intro,
    english,
    leaders,
    leadersUpdated: leaders.length ? input.leaders?.updated : undefined,
    contacts,
    disclosure,
    weeks,
    thisWeek: weeks.find((w) => w.week === currentWeek),
    currentWeek,
    procedures,
    proceduresUpdated: procedures.length ? input.procedures?.updated : undefined,
    parts,
  };
}

/**
 * The English name of the committee that publishes a site, made from its Vietnamese name by rule
 * ("Ủy ban nhân dân xã Nam Cường" → "People's Committee of Nam Cường Commune"); the name is kept
 * as written when it does not follow the rule.
 */
export function publisherInEnglish(publisher: string): string {
  const place = publisherPlace(publisher);
  if (!place) return publisher;
  const kind = { xã: 'Commune', phường: 'Ward', 'đặc khu': 'Special Zone', 'thị trấn': 'Town', huyện: 'District', tỉnh: 'Province' }[
    place.kind
  ];
  return `People's Committee of ${place.name} ${kind}`;
}

type PlaceKind = 'xã' | 'phường' | 'đặc khu' | 'thị trấn' | 'huyện' | 'tỉnh';

/** The place whose People's Committee publishes a site ("Ủy ban nhân dân xã Nam Cường" → xã, Nam Cường); undefined for another name. */
export function publisherPlace(publisher: string): { kind: PlaceKind; name: string } | undefined {
  const m = /^Ủy ban nhân dân (xã|phường|đặc khu|thị trấn|huyện|tỉnh) (.+)$/u.exec(publisher.trim());
  return m ? { kind: m[1] as PlaceKind, name: m[2]! } : undefined;
}

/**
 * The example a site's search box gives, from its own settings: the place that publishes it,
 * typed as residents type it, without diacritics ("Ủy ban nhân dân xã Nam Cường" → "nam cuong").
 * Only the settings, which every page's cache key holds: an example taken from the articles would
 * change pages a publish does not render again. Undefined for a publisher named otherwise.
 */
export function searchExample(publisher: string): string | undefined {
  const place = publisherPlace(publisher);
  return place && `Ví dụ: ${fold(place.name)}`;
}
