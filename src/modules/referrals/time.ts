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
 * The Stockholm date of a day key as the referral statistics read them (queries.ts localDayKey):
 * a UTC date 'YYYY-MM-DD' is that date; a UTC hour 'YYYY-MM-DDTHH' (22 or 23) asks luxon, once per key.
 */
export function localDayOfKey(): (key: string) => string {
  const late = new Map<string, string>();
  return (key) => {
    if (key.length === 10) return key;
    let d = late.get(key);
    if (d === undefined) late.set(key, d = localDateOf(`${key}:00:00.000Z`));
    return d;
  };
}

/** Start of the local day, as a UTC ISO timestamp. */
export const startOfLocalDay = (date: string): string => DateTime.fromISO(date, { zone: ZONE }).startOf('day').toUTC().toISO()!;

export const isIsoDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && DateTime.fromISO(s).isValid;
