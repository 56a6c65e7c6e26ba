// Times are stored as UTC ISO text and shown in Europe/Stockholm.
import { DateTime } from 'luxon';
import { isoDateOf, stockholmClock, timeOf } from '../../platform/domain/stockholm-clock.js';

export const ZONE = 'Europe/Stockholm';

/** Today's date (YYYY-MM-DD) in Stockholm at the given instant. */
export const localDate = (now: Date): string => isoDateOf(stockholmClock(now)!);

/** A stored UTC timestamp as local 'YYYY-MM-DD HH:mm'. */
export const localDateTime = (iso: string): string => {
  const c = stockholmClock(iso);
  return c ? `${isoDateOf(c)} ${timeOf(c)}` : 'Invalid DateTime';
};

/** A stored UTC timestamp's local date. */
export const localDateOf = (iso: string): string => {
  const c = stockholmClock(iso);
  return c ? isoDateOf(c) : (null as unknown as string); // as luxon's toISODate() of an invalid date
};

/** Start of the local day, as a UTC ISO timestamp. */
export const startOfLocalDay = (date: string): string => DateTime.fromISO(date, { zone: ZONE }).startOf('day').toUTC().toISO()!;

export const isIsoDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && DateTime.fromISO(s).isValid;
