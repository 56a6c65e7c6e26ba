// Calendar dates as the municipality sees them: stored as YYYY-MM-DD (a local date, no time
// zone) or UTC ISO instants; shown in Swedish, in Europe/Stockholm.
import { DateTime } from 'luxon';
import { z } from 'zod';
import { isoDateOf, stockholmClock, timeOf } from './stockholm-clock.js';

export const ZONE = 'Europe/Stockholm';

export const MONTH_NAMES = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'] as const;

/** Today's local date (YYYY-MM-DD) in Stockholm at the instant `now`. */
export function localToday(now: Date): string {
  return isoDateOf(stockholmClock(now)!);
}

export function isIsoDate(v: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && DateTime.fromISO(v, { zone: ZONE }).isValid;
}

/** A local date moved by whole months (clamped to the month's end, as luxon does). */
export function addMonths(isoDate: string, months: number): string {
  return DateTime.fromISO(isoDate, { zone: ZONE }).plus({ months }).toISODate()!;
}

export function addDays(isoDate: string, days: number): string {
  return DateTime.fromISO(isoDate, { zone: ZONE }).plus({ days }).toISODate()!;
}

/** "12 mars 2026" */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  // A local date needs no zone: read the digits, and check that the day exists.
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.slice(0, 10));
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const real = m !== null && month >= 1 && month <= 12 && day >= 1 && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
  return real ? `${day} ${MONTH_NAMES[month - 1]} ${year}` : isoDate;
}

/** "12 mars 2026 kl. 14.05" for a UTC instant. */
export function formatInstant(iso: string): string {
  const c = stockholmClock(iso);
  return c ? `${c.day} ${MONTH_NAMES[c.month - 1]} ${c.year} kl. ${timeOf(c, '.')}` : iso;
}

/** A form field holding a date (YYYY-MM-DD, what <input type="date"> sends). */
export const isoDateField = (message = 'Skriv ett datum som ÅÅÅÅ-MM-DD') =>
  z.string({ message: 'Fyll i ett datum' }).min(1, 'Fyll i ett datum').refine(isIsoDate, message);
