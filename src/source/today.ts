/**
 * The day a build is for: the day it is in Vietnam, or `PORTAL_TODAY` (YYYY-MM-DD) to build as of
 * another day (tests, a rebuild of a past week). This week's schedule on the home page and how
 * fresh each part of a commune site is are reckoned from it.
 */
import { dayInVietnam, isIsoDate } from '../lib/dates.ts';

export function buildDay(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const given = env.PORTAL_TODAY?.trim();
  if (!given) return dayInVietnam(now);
  if (!isIsoDate(given)) throw new Error(`PORTAL_TODAY="${given}": cần một ngày có thật, dạng YYYY-MM-DD`);
  return given;
}
