import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addWorkingDays, easterSunday, isWorkingDay, swedishHolidays, workingDaysBetween } from './working-days.js';

const dateArb = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe('Swedish holidays', () => {
  it('knows Easter of years checked against the almanac', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2285)).toBe('2285-03-22');
  });

  it('keeps both names when two holidays share a date', () => {
    expect(easterSunday(2160)).toBe('2160-03-23');
    expect(swedishHolidays(2160).get('2160-05-01')).toBe('Första maj och Kristi himmelsfärdsdag');
    expect(isWorkingDay('2160-05-01')).toBe(false);
  });

  it('lists the 2026 holidays as the almanac does', () => {
    const h = swedishHolidays(2026);
    expect(h.get('2026-04-03')).toBe('Långfredagen');
    expect(h.get('2026-04-06')).toBe('Annandag påsk');
    expect(h.get('2026-05-14')).toBe('Kristi himmelsfärdsdag');
    expect(h.get('2026-06-19')).toBe('Midsommarafton');
    expect(h.get('2026-06-20')).toBe('Midsommardagen');
    expect(h.get('2026-10-31')).toBe('Alla helgons dag');
    expect(h.get('2026-12-24')).toBe('Julafton');
    expect(h.get('2026-12-31')).toBe('Nyårsafton');
  });

  it('Easter is a Sunday between 22 March and 25 April, in any year', () => {
    fc.assert(fc.property(fc.integer({ min: 1583, max: 4099 }), (y) => {
      const e = easterSunday(y);
      expect(weekday(e)).toBe(0);
      expect(e >= `${y}-03-22` && e <= `${y}-04-25`).toBe(true);
    }));
  });

  it('puts midsommar, alla helgon and the Easter days on the right weekdays', () => {
    fc.assert(fc.property(fc.integer({ min: 1990, max: 2200 }), (y) => {
      const h = swedishHolidays(y);
      const byName = new Map([...h].flatMap(([d, n]) => n.split(' och ').map((one) => [one, d] as const)));
      expect(weekday(byName.get('Midsommarafton')!)).toBe(5);
      expect(byName.get('Midsommarafton')! >= `${y}-06-19` && byName.get('Midsommarafton')! <= `${y}-06-25`).toBe(true);
      expect(weekday(byName.get('Midsommardagen')!)).toBe(6);
      expect(weekday(byName.get('Alla helgons dag')!)).toBe(6);
      expect(byName.get('Alla helgons dag')! >= `${y}-10-31` && byName.get('Alla helgons dag')! <= `${y}-11-06`).toBe(true);
      expect(weekday(byName.get('Långfredagen')!)).toBe(5);
      expect(weekday(byName.get('Annandag påsk')!)).toBe(1);
      expect(weekday(byName.get('Kristi himmelsfärdsdag')!)).toBe(4);
      // Every holiday of the year is a non-working day and falls in that year.
      for (const d of h.keys()) {
        expect(isWorkingDay(d)).toBe(false);
        expect(d.startsWith(String(y))).toBe(true);
      }
    }));
  });

  it('never counts a weekend as a working day', () => {
    fc.assert(fc.property(dateArb, (d) => {
      if (weekday(d) === 0 || weekday(d) === 6) expect(isWorkingDay(d)).toBe(false);
    }));
  });

  it('addWorkingDays lands on a working day exactly n working days later', () => {
    fc.assert(fc.property(dateArb, fc.integer({ min: 1, max: 40 }), (d, n) => {
      const target = addWorkingDays(d, n);
      expect(isWorkingDay(target)).toBe(true);
      expect(target > d).toBe(true);
      expect(workingDaysBetween(d, target)).toBe(n);
      // The day before the target holds one working day less.
      const before = new Date(Date.parse(`${target}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      expect(workingDaysBetween(d, before)).toBe(n - 1);
    }));
  });

  it('workingDaysBetween is additive and never more than the calendar days', () => {
    fc.assert(fc.property(dateArb, dateArb, dateArb, (a, b, c) => {
      const [x, y, z] = [a, b, c].sort();
      expect(workingDaysBetween(x, z)).toBe(workingDaysBetween(x, y) + workingDaysBetween(y, z));
      const days = Math.round((Date.parse(z) - Date.parse(x)) / 86_400_000);
      expect(workingDaysBetween(x, z)).toBeLessThanOrEqual(days);
      expect(workingDaysBetween(z, x)).toBe(0);
    }), { numRuns: 200 });
  });

  it('workingDaysBetween agrees with counting day by day', () => {
    fc.assert(fc.property(dateArb, fc.integer({ min: 0, max: 800 }), (d, span) => {
      const end = new Date(Date.parse(`${d}T00:00:00Z`) + span * 86_400_000).toISOString().slice(0, 10);
      let naive = 0;
      for (let i = 1; i <= span; i++) {
        if (isWorkingDay(new Date(Date.parse(`${d}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10))) naive++;
      }
      expect(workingDaysBetween(d, end)).toBe(naive);
    }), { numRuns: 200 });
  });

  it('counts a referral over Christmas and New Year correctly', () => {
    // Arrives Monday 21 Dec 2026: 22, 23, 28, 29, 30 Dec are working days (24–27 and 31 are not).
    expect(addWorkingDays('2026-12-21', 5)).toBe('2026-12-30');
    expect(addWorkingDays('2026-12-30', 1)).toBe('2027-01-04');
    expect(workingDaysBetween('2026-06-18', '2026-06-22')).toBe(1);
  });
});
