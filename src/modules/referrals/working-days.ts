// Swedish working days: the target time to first contact is counted in them (SPEC C3). Pure
// functions over ISO dates (YYYY-MM-DD), no time zones involved.
// Non-working: Saturdays, Sundays, the public holidays of lagen (1989:253) om allmänna
// helgdagar, and the eves that are de facto days off: midsommarafton, julafton, nyårsafton.

const DAY = 86_400_000;

const toDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date): string => d.toISOString().slice(0, 10);
const ymd = (y: number, m: number, d: number): string => toIso(new Date(Date.UTC(y, m - 1, d)));
const addDays = (iso: string, n: number): string => toIso(new Date(toDate(iso).getTime() + n * DAY));

/** Easter Sunday (Gregorian calendar; anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

/** The first date on or after `from` (within the next 7 days) that falls on the weekday (0 = Sunday). */
function weekdayOnOrAfter(from: string, weekday: number): string {
  const d = toDate(from).getUTCDay();
  return addDays(from, (weekday - d + 7) % 7);
}

const cache = new Map<number, Map<string, string>>();

/** Every non-working day of the year other than ordinary weekends, with its Swedish name. */
export function swedishHolidays(year: number): Map<string, string> {
  const hit = cache.get(year);
  if (hit) return hit;
  const easter = easterSunday(year);
  const list: [string, string][] = [
    [ymd(year, 1, 1), 'Nyårsdagen'],
    [ymd(year, 1, 6), 'Trettondedag jul'],
    [addDays(easter, -2), 'Långfredagen'],
    [addDays(easter, -1), 'Påskafton'],
    [easter, 'Påskdagen'],
    [addDays(easter, 1), 'Annandag påsk'],
    [ymd(year, 5, 1), 'Första maj'],
    [addDays(easter, 39), 'Kristi himmelsfärdsdag'],
    [addDays(easter, 49), 'Pingstdagen'],
    [ymd(year, 6, 6), 'Sveriges nationaldag'],
    [weekdayOnOrAfter(ymd(year, 6, 19), 5), 'Midsommarafton'],
    [weekdayOnOrAfter(ymd(year, 6, 20), 6), 'Midsommardagen'],
    [weekdayOnOrAfter(ymd(year, 10, 31), 6), 'Alla helgons dag'],
    [ymd(year, 12, 24), 'Julafton'],
    [ymd(year, 12, 25), 'Juldagen'],
    [ymd(year, 12, 26), 'Annandag jul'],
    [ymd(year, 12, 31), 'Nyårsafton'],
  ];
  const map = new Map<string, string>();
  // Two holidays can fall on one date (Kristi himmelsfärd on 1 May in 2160): keep both names.
  for (const [date, name] of list) map.set(date, map.has(date) ? `${map.get(date)} och ${name}` : name);
  cache.set(year, map);
  return map;
}

export function isWorkingDay(iso: string): boolean {
  const d = toDate(iso);
  const wd = d.getUTCDay();
  if (wd === 0 || wd === 6) return false;
  return !swedishHolidays(d.getUTCFullYear()).has(iso);
}

/** The date n working days after `iso` (the start date itself is not counted). */
export function addWorkingDays(iso: string, n: number): string {
  let cur = iso;
  let left = n;
  while (left > 0) {
    cur = addDays(cur, 1);
    if (isWorkingDay(cur)) left--;
  }
  return cur;
}

/** Working days d with from < d ≤ to (0 when to ≤ from): "how many working days it took". */
export function workingDaysBetween(from: string, to: string): number {
  if (to <= from) return 0;
  const days = Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY);
  // Weekdays: five per full week, then the remaining days one by one.
  let n = Math.floor(days / 7) * 5;
  const startWd = toDate(from).getUTCDay();
  for (let i = 1; i <= days % 7; i++) {
    const wd = (startWd + i) % 7;
    if (wd !== 0 && wd !== 6) n++;
  }
  // Minus the holidays (distinct dates) that fall on a weekday inside the span.
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    for (const d of swedishHolidays(y).keys()) {
      if (d <= from || d > to) continue;
      const wd = toDate(d).getUTCDay();
      if (wd !== 0 && wd !== 6) n--;
    }
  }
  return n;
}
