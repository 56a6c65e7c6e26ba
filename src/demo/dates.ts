// Demo dates are relative to the day the demo is seeded and always fall on a Swedish working
// day: never a weekend, a public holiday, julafton, nyårsafton or midsommarafton.
import { isWorkingDay } from '../modules/referrals/service.js';

const DAY = 86_400_000;
const shift = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** The date itself if it is a working day, else the next working day. */
export function workingDayOnOrAfter(iso: string): string {
  let d = iso;
  while (!isWorkingDay(d)) d = shift(d, 1);
  return d;
}

/** The date itself if it is a working day, else the working day before (for dates in the past). */
export function workingDayOnOrBefore(iso: string): string {
  let d = iso;
  while (!isWorkingDay(d)) d = shift(d, -1);
  return d;
}

/** A working day `days` calendar days from `iso` (negative = earlier), moved off non-working days
 *  in the same direction, so a past date stays in the past. */
export function workingDayNear(iso: string, days: number): string {
  const d = shift(iso, days);
  return days < 0 ? workingDayOnOrBefore(d) : workingDayOnOrAfter(d);
}
