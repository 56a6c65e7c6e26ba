// Times of events: staff type local Stockholm wall-clock times, the database stores UTC ISO
// instants, pages show Stockholm time again. Series keep their wall-clock time across the
// changes to and from summer time (17:30 stays 17:30 local, the UTC instant moves).
import { DateTime } from 'luxon';
import type { ContentLocale } from '../../platform/domain/vocab.js';
import { formatLongDate, formatMonthYear, formatWeekdayDate } from '../../platform/i18n/dates.js';

export const ZONE = 'Europe/Stockholm';

const WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// Converting an instant to Stockholm time asks Intl for the zone's offset (most of the events
// list's CPU, issue 17); the same session times are shown on every request, and a DateTime is
// immutable, so conversions are kept (at most LOCAL_MAX, emptied when full).
const LOCAL_MAX = 10_000;
const locals = new Map<string, DateTime>();
export function local(iso: string): DateTime {
  let dt = locals.get(iso);
  if (!dt) {
    if (locals.size >= LOCAL_MAX) locals.clear();
    dt = DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE);
    locals.set(iso, dt);
  }
  return dt;
}

/**
 * The UTC instant of a local date and time, or undefined when the input is not a real
 * Stockholm time (a malformed value, or a time skipped by the change to summer time).
 */
export function localToUtc(date: string, time: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return undefined;
  const dt = DateTime.fromISO(`${date}T${time}`, { zone: ZONE });
  if (!dt.isValid) return undefined;
  // luxon moves a non-existent local time forward; a round trip catches it.
  if (dt.toFormat('yyyy-MM-dd') !== date || dt.toFormat('HH:mm') !== time) return undefined;
  return dt.toUTC().toISO()!;
}

/** 'YYYY-MM-DDTHH:MM' (an <input type="datetime-local"> value) → UTC ISO, or undefined. */
export function localDateTimeToUtc(value: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value);
  return m ? localToUtc(m[1], m[2]) : undefined;
}

export const toLocalDate = (iso: string): string => local(iso).toFormat('yyyy-MM-dd');
export const toLocalTime = (iso: string): string => local(iso).toFormat('HH:mm');
export const toLocalDateTime = (iso: string): string => local(iso).toFormat("yyyy-MM-dd'T'HH:mm");
export const localToday = (now: Date): string => DateTime.fromJSDate(now, { zone: ZONE }).toFormat('yyyy-MM-dd');
/** 'YYYY-MM' of an instant in Stockholm. */
export const localMonth = (iso: string): string => local(iso).toFormat('yyyy-MM');

export interface PlannedSession {
  startsAt: string;
  endsAt: string;
}

/**
 * The sessions of a series: `count` occasions `intervalDays` apart, each at the same local
 * wall-clock time. Returns undefined when a date or time is not a real Stockholm time.
 */
export function planSessions(firstDate: string, startTime: string, endTime: string, count: number, intervalDays: number): PlannedSession[] | undefined {
  const first = DateTime.fromISO(firstDate, { zone: ZONE });
  if (!first.isValid) return undefined;
  const out: PlannedSession[] = [];
  for (let i = 0; i < count; i++) {
    const date = first.plus({ days: i * intervalDays }).toFormat('yyyy-MM-dd');
    const startsAt = localToUtc(date, startTime);
    const endsAt = localToUtc(date, endTime);
    if (!startsAt || !endsAt) return undefined;
    out.push({ startsAt, endsAt });
  }
  return out;
}

/** Languages dates are written in: every content language (lätt svenska writes dates as Swedish does). */
export type DateLang = ContentLocale;

const WEEKDAYS_AR = ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'];
const MONTHS_AR = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
/** Keeps "17:30–19:00" reading left to right inside right-to-left text (LRI … PDI). */
const ltr = (s: string): string => `\u2066${s}\u2069`;
const rtl = (lang: DateLang): boolean => lang === 'ar' || lang === 'fa';
/** Finnish, Persian and Somali dates come from Intl (platform/i18n/dates.ts). */
const viaIntl = (lang: DateLang): boolean => lang === 'fi' || lang === 'fa' || lang === 'so';

/** "tisdag 6 januari 2027" / "Tuesday 6 January 2027" / "الثلاثاء 6 يناير 2027" / "tiistaina 6. tammikuuta 2027" */
export function formatDay(iso: string, lang: DateLang = 'sv'): string {
  const d = local(iso);
  if (viaIntl(lang)) return formatWeekdayDate(iso, lang);
  if (lang === 'en') return `${WEEKDAYS_EN[d.weekday - 1]} ${d.day} ${MONTHS_EN[d.month - 1]} ${d.year}`;
  if (lang === 'ar') return `${WEEKDAYS_AR[d.weekday - 1]} ${d.day} ${MONTHS_AR[d.month - 1]} ${d.year}`;
  return `${WEEKDAYS[d.weekday - 1]} ${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
}

/** "17.30–19.00" (Swedish and Finnish style) or "17:30–19:00" */
export function formatTimeRange(startsAt: string, endsAt: string, lang: DateLang = 'sv'): string {
  const f = lang === 'sv' || lang === 'sv-easy' || lang === 'fi' ? 'HH.mm' : 'HH:mm';
  const range = `${local(startsAt).toFormat(f)}–${local(endsAt).toFormat(f)}`;
  return rtl(lang) ? ltr(range) : range;
}

/** "tisdag 6 januari 2027 kl. 17.30–19.00" */
export function formatSession(startsAt: string, endsAt: string, lang: DateLang = 'sv'): string {
  const day = formatDay(startsAt, lang);
  const range = formatTimeRange(startsAt, endsAt, lang);
  switch (lang) {
    case 'en': return `${day}, ${range}`;
    case 'ar': return `${day}، الساعة ${range}`;
    case 'fa': return `${day}، ساعت ${range}`;
    case 'fi': return `${day} klo ${range}`;
    case 'so': return `${day}, saacadda ${range}`;
    default: return `${day} kl. ${range}`;
  }
}

/** "6 januari 2027 kl. 17.30" for deadlines and messages */
export function formatInstant(iso: string, lang: DateLang = 'sv'): string {
  const d = local(iso);
  const date = formatLongDate(d.toFormat('yyyy-MM-dd'), lang);
  switch (lang) {
    case 'en': return `${d.day} ${MONTHS_EN[d.month - 1]} ${d.year} at ${d.toFormat('HH:mm')}`;
    case 'ar': return `${d.day} ${MONTHS_AR[d.month - 1]} ${d.year}، الساعة ${ltr(d.toFormat('HH:mm'))}`;
    case 'fa': return `${date}، ساعت ${ltr(d.toFormat('HH:mm'))}`;
    case 'fi': return `${date} klo ${d.toFormat('HH.mm')}`;
    case 'so': return `${date}, saacadda ${d.toFormat('HH:mm')}`;
    default: return `${d.day} ${MONTHS[d.month - 1]} ${d.year} kl. ${d.toFormat('HH.mm')}`;
  }
}

/** "januari 2027" for month headings and the month filter. */
export function formatMonth(yyyyMm: string, lang: DateLang = 'sv'): string {
  if (viaIntl(lang)) return formatMonthYear(yyyyMm, lang);
  const [y, m] = yyyyMm.split('-').map(Number);
  return `${(lang === 'en' ? MONTHS_EN : lang === 'ar' ? MONTHS_AR : MONTHS)[m - 1]} ${y}`;
}

/** The next `n` months from now as 'YYYY-MM', for the calendar's month filter. */
export function upcomingMonths(now: Date, n: number): string[] {
  // Plain month arithmetic from this Stockholm month: luxon's plus() in a zone asks Intl for the
  // offset twice per month, on every request of the events list.
  const [y, m] = STOCKHOLM_MONTH.format(now).split('-').map(Number);
  return Array.from({ length: n }, (_, i) => {
    const k = y * 12 + (m - 1) + i;
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}
/** 'YYYY-MM' of an instant in Stockholm (sv-SE formats year-month as 2027-01). */
const STOCKHOLM_MONTH = new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE, year: 'numeric', month: '2-digit' });

/** UTC bounds [from, to) of a local month 'YYYY-MM', or of a local calendar year. */
export function monthBounds(yyyyMm: string): { from: string; to: string } {
  const start = DateTime.fromFormat(yyyyMm, 'yyyy-MM', { zone: ZONE });
  return { from: start.toUTC().toISO()!, to: start.plus({ months: 1 }).toUTC().toISO()! };
}
const yearBoundsMemo = new Map<number, { from: string; to: string }>();
/** The UTC instants of Stockholm's 1 January of the year and of the next (kept: the yearly report asks once per part of the organisation). */
export function yearBounds(year: number): { from: string; to: string } {
  let bounds = yearBoundsMemo.get(year);
  if (!bounds) {
    const start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: ZONE });
    yearBoundsMemo.set(year, bounds = { from: start.toUTC().toISO()!, to: start.plus({ years: 1 }).toUTC().toISO()! });
  }
  return { ...bounds };
}

export const addHours = (d: Date, hours: number): Date => new Date(d.getTime() + hours * 3600_000);
export const addDaysUtc = (d: Date, days: number): Date => new Date(d.getTime() + days * 86_400_000);
