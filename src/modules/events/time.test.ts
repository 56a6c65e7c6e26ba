// Pure logic: series planning in Stockholm time, CSV cells, the private-link token.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { csvCell } from './attendance.js';
import { local, localToUtc, planSessions, toLocalDate, toLocalTime, upcomingMonths } from './time.js';
import { bookingToken, tokenHash } from './tokens.js';
import { toE164 } from '../../platform/mail/sms.js';

const dates = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2032-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const times = fc.tuple(fc.integer({ min: 6, max: 20 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

describe('planSessions', () => {
  it('keeps the local wall-clock time and weekday for every session, across summer time', () => {
    fc.assert(fc.property(dates, times, fc.integer({ min: 1, max: 20 }), fc.constantFrom(1, 7, 14, 28), (date, start, count, interval) => {
      const [h, m] = start.split(':').map(Number);
      const end = `${String(h + 1).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
      const planned = planSessions(date, start, end, count, interval)!;
      expect(planned).toHaveLength(count);
      const weekday = DateTime.fromISO(date, { zone: 'Europe/Stockholm' }).weekday;
      planned.forEach((s, i) => {
        expect(toLocalTime(s.startsAt)).toBe(start);
        expect(toLocalTime(s.endsAt)).toBe(end);
        expect(Date.parse(s.endsAt) - Date.parse(s.startsAt)).toBe(3600_000);
        if (interval % 7 === 0) expect(DateTime.fromISO(s.startsAt).setZone('Europe/Stockholm').weekday).toBe(weekday);
        expect(toLocalDate(s.startsAt)).toBe(DateTime.fromISO(date).plus({ days: i * interval }).toFormat('yyyy-MM-dd'));
      });
    }), { numRuns: 300 });
  });

  it('converts local time to UTC with the right offset and rejects times that do not exist', () => {
    expect(localToUtc('2027-01-12', '17:30')).toBe('2027-01-12T16:30:00.000Z'); // CET
    expect(localToUtc('2027-06-15', '17:30')).toBe('2027-06-15T15:30:00.000Z'); // CEST
    expect(localToUtc('2027-03-28', '02:30')).toBeUndefined(); // skipped by the change to summer time
    expect(localToUtc('2027-02-30', '10:00')).toBeUndefined();
    expect(localToUtc('2027-01-12', '7:30')).toBeUndefined();
    expect(planSessions('2027-03-21', '02:30', '03:30', 2, 7)).toBeUndefined();
  });
});

describe('csvCell', () => {
  it('never lets a cell start a formula and always round-trips the text', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const cell = csvCell(s);
      expect(cell.startsWith('"') && cell.endsWith('"')).toBe(true);
      const inner = cell.slice(1, -1).replace(/""/g, '"');
      expect(/^[=+\-@\t\r]/.test(inner)).toBe(false);
      expect(inner.endsWith(s)).toBe(true);
    }));
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('-2')).toBe(`"'-2"`);
  });
});

describe('private-link tokens', () => {
  it('are 43 url-safe characters, differ per booking and secret, and are stored only as a hash', () => {
    const a = bookingToken('s'.repeat(40), 'id-1');
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(bookingToken('s'.repeat(40), 'id-2')).not.toBe(a);
    expect(bookingToken('t'.repeat(40), 'id-1')).not.toBe(a);
    expect(tokenHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash(a)).not.toContain(a);
  });
});

describe('toE164', () => {
  it('writes Swedish numbers internationally', () => {
    expect(toE164('070-123 45 67')).toBe('+46701234567');
    expect(toE164('0046701234567')).toBe('+46701234567');
    expect(toE164('+358 40 123 4567')).toBe('+358401234567');
  });
});

describe('upcomingMonths and local (kept conversions)', () => {
  it('counts Stockholm months across a new year, from the Stockholm month of the instant', () => {
    expect(upcomingMonths(new Date('2026-12-31T23:30:00Z'), 3)).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(upcomingMonths(new Date('2026-11-15T12:00:00Z'), 3)).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(upcomingMonths(new Date('2027-03-01T00:00:00Z'), 14)).toHaveLength(14);
    expect(upcomingMonths(new Date('2027-03-01T00:00:00Z'), 14).at(-1)).toBe('2028-04');
  });

  it('gives the same Stockholm time however often an instant is converted', () => {
    expect(local('2027-07-01T15:30:00.000Z').toFormat('yyyy-MM-dd HH:mm')).toBe('2027-07-01 17:30');
    expect(local('2027-07-01T15:30:00.000Z').toFormat('yyyy-MM-dd HH:mm')).toBe('2027-07-01 17:30');
    expect(local('2027-01-01T15:30:00.000Z').toFormat('HH:mm')).toBe('16:30');
  });
});
