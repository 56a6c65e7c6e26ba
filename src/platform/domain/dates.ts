// Calendar dates as the municipality sees them: stored as YYYY-MM-DD (a local date, no time
// zone) or UTC ISO instants; shown in Swedish, in Europe/Stockholm.
import { DateTime } from 'luxon';
import { z } from 'zod';

export const ZONE = 'Europe/Stockholm';

export const MONTH_NAMES = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'] as const;

/** Today's local date (YYYY-MM-DD) in Stockholm at the instant `now`. */
export function localToday(now: Date): string {
  return DateTime.fromJSDate(now, { zone: ZONE }).toISODate()!;
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
  const d = DateTime.fromISO(isoDate.slice(0, 10), { zone: ZONE });
  return d.isValid ? `${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}` : isoDate;
}

/** "12 mars 2026 kl. 14.05" for a UTC instant. */
export function formatInstant(iso: string): string {
  const d = DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE);
  return d.isValid ? `${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year} kl. ${d.toFormat('HH.mm')}` : iso;
}

/** A form field holding a date (YYYY-MM-DD, what <input type="date"> sends). */
export const isoDateField = (message = 'Skriv ett datum som ÅÅÅÅ-MM-DD') =>
  z.string({ message: 'Fyll i ett datum' }).min(1, 'Fyll i ett datum').refine(isIsoDate, message);
