// Times are stored as UTC ISO text and shown in Europe/Stockholm.
import { DateTime } from 'luxon';

export const ZONE = 'Europe/Stockholm';

/** Today's date (YYYY-MM-DD) in Stockholm at the given instant. */
export const localDate = (now: Date): string => DateTime.fromJSDate(now).setZone(ZONE).toISODate()!;

/** A stored UTC timestamp as local 'YYYY-MM-DD HH:mm'. */
export const localDateTime = (iso: string): string => DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE).toFormat('yyyy-MM-dd HH:mm');

/** A stored UTC timestamp's local date. */
export const localDateOf = (iso: string): string => DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE).toISODate()!;

/** Start of the local day, as a UTC ISO timestamp. */
export const startOfLocalDay = (date: string): string => DateTime.fromISO(date, { zone: ZONE }).startOf('day').toUTC().toISO()!;

export const isIsoDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && DateTime.fromISO(s).isValid;
