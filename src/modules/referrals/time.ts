// Times are stored as UTC ISO text and shown in Europe/Stockholm.
import { DateTime } from 'luxon';

export const ZONE = 'Europe/Stockholm';

/** Today's date (YYYY-MM-DD) in Stockholm at the given instant. */
export const localDate = (now: Date): string => DateTime.fromJSDate(now).setZone(ZONE).toISODate()!;

/** A stored UTC timestamp as local 'YYYY-MM-DD HH:mm'. */
export const localDateTime = (iso: string): string => DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE).toFormat('yyyy-MM-dd HH:mm');

/** A stored UTC timestamp's local date. */
export const localDateOf = (iso: string): string => DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE).toISODate()!;

/**
 * localDateOf for thousands of instants (a year's referrals). Stockholm is one or two hours ahead
 * of UTC, so before 22:00 UTC the local date is the UTC date; only the last two UTC hours of a day
 * ask luxon, once per hour. Anything not in the stored form 'YYYY-MM-DDTHH:…Z' asks luxon too.
 */
export function localDateReader(): (iso: string) => string {
  const late = new Map<string, string>();
  return (iso) => {
    if (iso.length >= 20 && iso[10] === 'T' && iso.endsWith('Z') && iso.slice(11, 13) < '22') return iso.slice(0, 10);
    const hour = iso.slice(0, 13);
    let d = late.get(hour);
    if (d === undefined) late.set(hour, d = localDateOf(iso));
    return d;
  };
}

/** Start of the local day, as a UTC ISO timestamp. */
export const startOfLocalDay = (date: string): string => DateTime.fromISO(date, { zone: ZONE }).startOf('day').toUTC().toISO()!;

export const isIsoDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && DateTime.fromISO(s).isValid;
