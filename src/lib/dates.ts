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

/** "2021-11-29" → "29/11/2021". Throws on anything that is not a real ISO date. */
export function formatDateVi(iso: string): string {
  if (!isIsoDate(iso)) throw new Error(`not an ISO date: ${JSON.stringify(iso)}`);
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The year of an ISO date, as a number. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
