import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { birthDayOfMonth, formatPersonnummer, luhnCheckDigit, luhnValid, parsePersonnummer } from './personnummer.js';

const today = new Date('2026-11-25T09:00:00Z');
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A valid number: a real date between 1900 and today, any serial, the right check digit. */
const validArb = fc.record({
  date: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2026-11-24T00:00:00Z'), noInvalidDate: true }),
  serial: fc.integer({ min: 0, max: 999 }),
  coordination: fc.boolean(),
}).map(({ date, serial, coordination }) => {
  const y = date.getUTCFullYear();
  const day = date.getUTCDate() + (coordination ? 60 : 0);
  const nine = `${pad(y % 100)}${pad(date.getUTCMonth() + 1)}${pad(day)}${pad(serial, 3)}`;
  const twelve = `${String(y).slice(0, 2)}${nine}${luhnCheckDigit(nine)}`;
  return { twelve, y, birth: date.toISOString().slice(0, 10), coordination };
});

describe('personnummer', () => {
  it('accepts the Skatteverket test example in every written form', () => {
    for (const form of ['811218-9876', '8112189876', '19811218-9876', '198112189876', ' 19811218 - 9876 '.replace(/ /g, '')]) {
      const r = parsePersonnummer(form, today);
      expect(r).toEqual({ ok: true, normalized: '198112189876', birthDate: '1981-12-18', coordination: false });
    }
    expect(parsePersonnummer('811218-9877', today).ok).toBe(false);
    expect(parsePersonnummer('19811318-9876', today).ok).toBe(false);
    expect(parsePersonnummer('abc', today).ok).toBe(false);
  });

  it('accepts every valid number in its 12-digit form and finds the birth date', () => {
    fc.assert(fc.property(validArb, ({ twelve, birth, coordination }) => {
      const r = parsePersonnummer(`${twelve.slice(0, 8)}-${twelve.slice(8)}`, today);
      expect(r).toEqual({ ok: true, normalized: twelve, birthDate: birth, coordination });
      expect(formatPersonnummer(twelve)).toBe(`${twelve.slice(0, 8)}-${twelve.slice(8)}`);
      expect(birthDayOfMonth(twelve)).toBe(Number(birth.slice(8, 10)));
    }));
  });

  it('reads the century of a short form from the separator', () => {
    fc.assert(fc.property(validArb, ({ twelve, y }) => {
      const short = `${twelve.slice(2, 8)}${y <= 1926 ? '+' : '-'}${twelve.slice(8)}`;
      const r = parsePersonnummer(short, today);
      // Short forms are ambiguous exactly for people aged 100 or more without '+': skip those.
      if (y > 1926 || short.includes('+')) expect(r.ok && r.normalized).toBe(twelve);
    }));
  });

  it('rejects any single changed digit (Luhn catches it, or the date does)', () => {
    fc.assert(fc.property(validArb, fc.integer({ min: 2, max: 11 }), fc.integer({ min: 1, max: 9 }), ({ twelve }, pos, delta) => {
      const changed = twelve.slice(0, pos) + String((Number(twelve[pos]) + delta) % 10) + twelve.slice(pos + 1);
      expect(parsePersonnummer(changed, today).ok).toBe(false);
    }));
  });

  it('rejects dates in the future and non-dates', () => {
    expect(parsePersonnummer('20301218-9876', today).ok).toBe(false);
    fc.assert(fc.property(fc.integer({ min: 32, max: 60 }), (day) => {
      const nine = `8112${pad(day)}987`;
      expect(parsePersonnummer(`19${nine}${luhnCheckDigit(nine)}`, today).ok).toBe(false);
    }));
  });

  it('luhnValid matches the check digit it computes', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{9}$/), (nine) => {
      expect(luhnValid(`${nine}${luhnCheckDigit(nine)}`)).toBe(true);
    }));
  });
});
