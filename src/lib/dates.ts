/** ISO calendar dates (YYYY-MM-DD), checked for real days, shown as dd/mm/yyyy. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True only for a YYYY-MM-DD string naming a day that exists (2021-02-30 does not). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A Date (as YAML front matter gives) or a string, as an ISO date string. */
export function toIsoDate(value: string | Date): string {
  if (typeof value === 'string') return value;
  return value.toISOString().slice(0, 10);
}

/** The `date` of an article's front matter as an ISO date, when it has a real one (a mention's date: mentions.ts). */
export function frontMatterDate(frontMatter: unknown): string | undefined {
  const value = (frontMatter as { date?: unknown } | null | undefined)?.date;
  if (!(typeof value === 'string' || (value instanceof Date && !Number.isNaN(value.getTime())))) return undefined;
  const iso = toIsoDate(value);
  return isIsoDate(iso) ? iso : undefined;
}

/** "2021-11-29" → "29/11/2021". Throws on anything that is not a real ISO date. */
export function formatDateVi(iso: string): string {
  if (!isIsoDate(iso)) throw new Error(`not an ISO date: ${JSON.stringify(iso)}`);
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** "14:05:09 ngày 06/12/2026", in the machine's time zone. */
export function formatTimeVi(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return `không rõ (${iso})`;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
  return `${pad(t.getHours())}:${pad(t.getMinutes())}:${pad(t.getSeconds())} ngày ${formatDateVi(day)}`;
}

/** The year of an ISO date, as a number. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

const DAY_MS = 86_400_000;
const utcDay = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The day `days` after an ISO date (before, when negative). */
export function addDays(iso: string, days: number): string {
  return isoOf(utcDay(iso) + days * DAY_MS);
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/** The ISO week (Monday to Sunday) of a day, as a schedule file names it: "2026-w49". */
export function isoWeekOf(iso: string): string {
  const day = utcDay(iso);
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = day + (3 - weekday) * DAY_MS; // the week belongs to the year of its Thursday
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-w${String(week).padStart(2, '0')}`;
}

/** A week name ("2026-w49") when it is one that exists, else undefined. */
export function parseIsoWeek(name: string): { year: number; week: number } | undefined {
  const m = /^(\d{4})-w(\d{2})$/.exec(name);
  if (!m) return undefined;
  const [year, week] = [Number(m[1]), Number(m[2])];
  return week >= 1 && isoWeekOf(weekMonday(year, week)) === name ? { year, week } : undefined;
}

/** The Monday of week `week` of ISO year `year`. */
function weekMonday(year: number, week: number): string {
  const jan4 = Date.UTC(year, 0, 4); // always in week 1
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return isoOf(jan4 - weekday * DAY_MS + (week - 1) * 7 * DAY_MS);
}

/** The seven days (Monday first) of a week named "2026-w49". */
export function weekDays(name: string): string[] {
  const w = parseIsoWeek(name);
  if (!w) throw new Error(`not an ISO week: ${JSON.stringify(name)}`);
  const monday = weekMonday(w.year, w.week);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The day it is in Vietnam (UTC+7, no daylight saving) at `now`. */
export function dayInVietnam(now: Date): string {
  return isoOf(now.getTime() + 7 * 3_600_000);
}

/** "Thứ Hai" … "Chủ nhật" of an ISO date. */
export function weekdayVi(iso: string): string {
  const names = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
  return names[new Date(utcDay(iso)).getUTCDay()]!;
}
