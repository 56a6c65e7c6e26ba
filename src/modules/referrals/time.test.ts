import { describe, expect, it } from 'vitest';
import { localDateOf, localDayOfKey } from './time.js';

// queries.ts localDayKey in SQL: the UTC date before 22:00 UTC, the UTC hour from 22:00.
const keyOf = (iso: string) => (iso.slice(11, 13) >= '22' ? iso.slice(0, 13) : iso.slice(0, 10));

describe('localDayOfKey', () => {
  it('gives the Stockholm date of every quarter hour of two years from its day key, DST changes included, as localDateOf does', () => {
    const read = localDayOfKey();
    let checked = 0;
    let differentFromUtc = 0;
    for (let t = Date.UTC(2024, 11, 31); t < Date.UTC(2027, 0, 2); t += 15 * 60_000) {
      const iso = new Date(t + 7_000).toISOString(); // seconds and milliseconds as stored
      const local = localDateOf(iso);
      expect(read(keyOf(iso)), iso).toBe(local);
      checked++;
      if (local !== iso.slice(0, 10)) differentFromUtc++;
    }
    // Two years of quarter hours; one or two UTC hours a day fall on the next local date.
    expect(checked).toBe(2 * 365 * 96 + 2 * 96);
    expect(differentFromUtc).toBeGreaterThan(730 * 4);
  });

  it('reads the hours that decide the date across the turn of the year and the changes of summer time', () => {
    const read = localDayOfKey();
    expect(read('2025-12-31T23')).toBe('2026-01-01');
    expect(read('2025-12-31T22')).toBe('2025-12-31');
    expect(read('2025-06-30T22')).toBe('2025-07-01'); // summer: 00:xx the next day
    expect(read('2025-03-30T22')).toBe('2025-03-31'); // the day summer time began
    expect(read('2025-10-26T22')).toBe('2025-10-26'); // the day it ended
    expect(read('2025-10-25T22')).toBe('2025-10-26');
  });
});
