import { describe, expect, it } from 'vitest';
import { localDateOf, localDateReader } from './time.js';

describe('localDateReader', () => {
  it('gives the Stockholm date of every quarter hour of two years, DST changes included, as localDateOf does', () => {
    const read = localDateReader();
    let checked = 0;
    let differentFromUtc = 0;
    for (let t = Date.UTC(2024, 11, 31); t < Date.UTC(2027, 0, 2); t += 15 * 60_000) {
      const iso = new Date(t + 7_000).toISOString(); // seconds and milliseconds as stored
      const local = localDateOf(iso);
      expect(read(iso), iso).toBe(local);
      checked++;
      if (local !== iso.slice(0, 10)) differentFromUtc++;
    }
    // Two years of quarter hours; one or two UTC hours a day fall on the next local date.
    expect(checked).toBe(2 * 365 * 96 + 2 * 96);
    expect(differentFromUtc).toBeGreaterThan(730 * 4);
  });

  it('reads other forms through luxon', () => {
    const read = localDateReader();
    expect(read('2025-06-30T23:30:00+02:00')).toBe(localDateOf('2025-06-30T23:30:00+02:00'));
    expect(read('2025-12-31T23:30:00.000Z')).toBe('2026-01-01');
    expect(read('2025-12-31T22:59:59.999Z')).toBe('2025-12-31');
  });
});
