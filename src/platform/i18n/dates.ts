// Dates in the reader's language with Intl (Node's full ICU): Gregorian calendar and Latin
// digits everywhere (Persian would otherwise get the Solar Hijri calendar), Stockholm time.
import type { ContentLocale } from '../domain/vocab.js';

export const INTL_TAG: Record<ContentLocale, string> = {
  sv: 'sv-SE', 'sv-easy': 'sv-SE', en: 'en-GB', ar: 'ar-u-nu-latn', fi: 'fi-FI', fa: 'fa-IR-u-ca-gregory-nu-latn', so: 'so-SO',
};

const formats = new Map<string, Intl.DateTimeFormat>();
function fmt(locale: ContentLocale, opts: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  const k = `${locale}|${key}`;
  let f = formats.get(k);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_TAG[locale], { ...opts, timeZone: 'Europe/Stockholm' });
    formats.set(k, f);
  }
  return f;
}

/** 2026-11-25 → "25 november 2026" in the reader's language. */
export function formatLongDate(isoDate: string, locale: ContentLocale): string {
  return fmt(locale, { day: 'numeric', month: 'long', year: 'numeric' }, 'date').format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`));
}

/** An instant's weekday and date: "tiistaina 5. tammikuuta 2027". */
export function formatWeekdayDate(iso: string, locale: ContentLocale): string {
  return fmt(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, 'weekday').format(new Date(iso));
}

/** "tammikuu 2027" for a 'YYYY-MM' month. */
export function formatMonthYear(yyyyMm: string, locale: ContentLocale): string {
  return fmt(locale, { month: 'long', year: 'numeric' }, 'month').format(new Date(`${yyyyMm}-15T12:00:00Z`));
}
