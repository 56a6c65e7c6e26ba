// The fast Stockholm clock equals luxon's zone conversion for every instant: around each
// change to and from summer time, at random instants over fifteen years, and for ISO texts
// with and without a zone.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { formatDate, formatInstant, localToday } from './dates.js';
import { stockholmClock } from './stockholm-clock.js';
import { localDate, localDateOf, localDateTime } from '../../modules/carers/time.js';
import { stockholm } from '../../modules/requests/views/staff-labels.js';

const luxon = (iso: string) => {
  const d = DateTime.fromISO(iso, { zone: 'utc' }).setZone('Europe/Stockholm');
  return d.isValid ? { year: d.year, month: d.month, day: d.day, hour: d.hour, minute: d.minute } : undefined;
};

/** Every minute-ish instant around the changes of 2026 and 2031, and a seeded spread of others. */
function instants(): string[] {
  const out: string[] = [];
  for (const change of ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2031-03-30T01:00:00Z', '2031-10-26T01:00:00Z']) {
    const at = Date.parse(change);
    for (let m = -120; m <= 120; m += 7) out.push(new Date(at + m * 60_000 + 13_000).toISOString());
  }
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const from = Date.parse('2020-01-01T00:00:00Z');
  const span = Date.parse('2035-12-31T00:00:00Z') - from;
  for (let i = 0; i < 3000; i++) out.push(new Date(from + Math.floor(next() * span)).toISOString());
  return out;
}

describe('Stockholm clock', () => {
  it('equals luxon for instants around summer-time changes and spread over fifteen years', () => {
    for (const iso of instants()) {
      expect(stockholmClock(iso), iso).toEqual(luxon(iso));
      expect(stockholmClock(new Date(iso)), iso).toEqual(luxon(iso));
    }
  });

  it('reads ISO texts as luxon does: no zone means UTC, an offset is honoured, other text is invalid', () => {
    for (const iso of ['2026-07-01T22:30:00', '2026-07-01T22:30', '2026-07-01T22:30:00.123456', '2026-07-01T22:30:00+02:00', '2026-12-31T23:59:59-05:00', '2026-07-01']) {
      expect(stockholmClock(iso), iso).toEqual(luxon(iso));
    }
    for (const bad of ['2026-02-30', '2026-13-01', 'x']) expect(formatDate(bad)).toBe(bad);
    for (const bad of ['', 'igår', '2026-07-01 22:30:00', '12/07/2026']) expect(stockholmClock(bad), bad).toBeUndefined();
  });

  it('gives the same texts as the luxon formats it replaced', () => {
    for (const iso of instants().slice(0, 400)) {
      const d = DateTime.fromISO(iso, { zone: 'utc' }).setZone('Europe/Stockholm');
      expect(stockholm(iso)).toBe(d.setLocale('sv').toFormat('d MMM yyyy HH:mm'));
      expect(localDateTime(iso)).toBe(d.toFormat('yyyy-MM-dd HH:mm'));
      expect(localDateOf(iso)).toBe(d.toISODate());
      expect(localDate(new Date(iso))).toBe(d.toISODate());
      expect(localToday(new Date(iso))).toBe(d.toISODate());
      const date = iso.slice(0, 10);
      const l = DateTime.fromISO(date, { zone: 'Europe/Stockholm' });
      expect(formatDate(date)).toBe(`${l.day} ${l.setLocale('sv').toFormat('MMMM')} ${l.year}`);
      expect(formatInstant(iso)).toMatch(new RegExp(`^${d.day} \\S+ ${d.year} kl\\. ${d.toFormat('HH.mm')}$`));
    }
  });
});
