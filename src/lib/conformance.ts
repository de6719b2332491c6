/**
 * What a commune site must publish against what it has: each obligation of the province's list
 * (nghia-vu.json: what, its legal basis as text, the content that fulfils it, how fresh it must
 * be) with its state on this site. `npm run check` reports the gaps as warnings; the editors' page
 * (/bien-tap/tuan-thu/) shows the whole table. Pure: the caller gives the parts and the day.
 */
import type { PartState } from './commune.ts';
import type { ObligationsData } from './schemas.ts';
import { daysBetween, formatDateVi } from './dates.ts';

export type ConformanceStatus = 'đáp ứng' | 'thiếu' | 'quá hạn cập nhật';

export interface ConformanceRow {
  obligation: ObligationsData['obligations'][number];
  status: ConformanceStatus;
  /** The part that fulfils it (the freshest one with content), or the first one named. */
  part: PartState;
  /** Why, in Vietnamese ("chưa có nội dung", "cập nhật lần cuối 01/01/2026, quá 90 ngày"). */
  detail: string;
}

/** Each obligation's state. A part with content and no date of its own counts as fresh. */
export function conformance(obligations: ObligationsData, parts: readonly PartState[], today: string): ConformanceRow[] {
  const byPart = new Map(parts.map((p) => [p.part, p]));
  return obligations.obligations.map((obligation) => {
    const named = obligation.fulfilledBy.map((id) => byPart.get(id)!);
    const present = named.filter((p) => p.present).sort((a, b) => (b.updated ?? '9999').localeCompare(a.updated ?? '9999'));
    const part = present[0] ?? named[0]!;
    if (!present[0])
      return {
        obligation,
        status: 'thiếu',
        part,
        detail: part.needs ? `${part.label}: ${part.needs}` : `chưa có nội dung (${named.map((p) => p.label).join(' hoặc ')})`,
      };
    const age = part.updated === undefined ? undefined : daysBetween(part.updated, today);
    if (obligation.freshDays !== undefined && age !== undefined && age > obligation.freshDays) {
      return {
        obligation,
        status: 'quá hạn cập nhật',
        part,
        detail: `${part.label}: cập nhật lần cuối ${formatDateVi(part.updated!)}, quá ${obligation.freshDays} ngày`,
      };
    }
    return {
      obligation,
      status: 'đáp ứng',
      part,
      detail: part.updated ? `${part.label}: cập nhật ${formatDateVi(part.updated)}` : part.label,
    };
  });
}

/**
 * A site's conformance: only a commune's site (one with an owner) is checked, and only when the
 * province has a list of obligations; undefined otherwise (the archive).
 */
export function siteConformance(
  owner: string | undefined,
  obligations: ObligationsData | undefined,
  parts: readonly PartState[],
  today: string,
): ConformanceRow[] | undefined {
  return owner && obligations ? conformance(obligations, parts, today) : undefined;
}

/** The rows that need the editors' attention. */
export const gaps = (rows: readonly ConformanceRow[]) => rows.filter((r) => r.status !== 'đáp ứng');
