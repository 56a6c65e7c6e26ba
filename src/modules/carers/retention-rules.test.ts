// Property tests over dates and birth dates (fake clock: `now` is an argument everywhere).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { erasureDecision, retentionDecision } from './retention-rules.js';

const instant = fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2045-12-31T00:00:00Z'), noInvalidDate: true });
const facts = fc.record({
  lastActivityAt: instant.map((d) => d.toISOString()),
  lastJournalAt: fc.option(instant.map((d) => d.toISOString()), { nil: null }),
  birthDay: fc.option(fc.integer({ min: 1, max: 31 }), { nil: null }),
});
const monthsLater = (iso: string, m: number) => {
  const d = new Date(iso);
  const out = new Date(d);
  out.setUTCMonth(out.getUTCMonth() + m);
  // Month-end rollover (31 Jan + 1 month) differs between libraries; a day's margin is enough.
  return out.getTime() + 86_400_000 * 3;
};

describe('carer retention rules', () => {
  it('never deletes before N months after the last activity', () => {
    fc.assert(fc.property(facts, instant, fc.integer({ min: 1, max: 120 }), (f, now, months) => {
      const d = retentionDecision(f, now, months);
      if (now.getTime() < Date.parse(f.lastActivityAt)) expect(d.action).toBe('keep');
      if (d.action === 'delete') expect(now.getTime()).toBeGreaterThanOrEqual(monthsLater(f.lastActivityAt, months) - 86_400_000 * 6);
    }));
  });

  it('never deletes a signed journal within five years of its last entry', () => {
    fc.assert(fc.property(facts, instant, fc.integer({ min: 1, max: 120 }), (f, now, months) => {
      for (const d of [retentionDecision(f, now, months), erasureDecision(f, now)]) {
        if (d.action === 'delete' && f.lastJournalAt) {
          expect(now.getTime()).toBeGreaterThanOrEqual(monthsLater(f.lastJournalAt, 60) - 86_400_000 * 6);
        }
      }
    }));
  });

  it('never deletes the journal of a person born on the 5th, 15th or 25th', () => {
    fc.assert(fc.property(facts, instant, fc.constantFrom(5, 15, 25), (f, now, day) => {
      const withJournal = { ...f, lastJournalAt: f.lastJournalAt ?? f.lastActivityAt, birthDay: day };
      expect(retentionDecision(withJournal, now, 1).action).toBe('keep');
      const e = erasureDecision(withJournal, now);
      expect(e.action === 'keep' && e.rule).toBe('journal_archive_sample');
    }));
  });

  it('deletes once every period has passed and no archive rule applies', () => {
    fc.assert(fc.property(facts, fc.integer({ min: 1, max: 120 }), (f, months) => {
      const birthDay = f.birthDay !== null && [5, 15, 25].includes(f.birthDay) ? 6 : f.birthDay;
      const last = Math.max(monthsLater(f.lastActivityAt, months), f.lastJournalAt ? monthsLater(f.lastJournalAt, 60) : 0);
      const now = new Date(last + 86_400_000);
      expect(retentionDecision({ ...f, birthDay }, now, months).action).toBe('delete');
    }));
  });

  it('lets a carer without a journal be erased at any time, and explains a block', () => {
    fc.assert(fc.property(facts, instant, (f, now) => {
      expect(erasureDecision({ ...f, lastJournalAt: null }, now).action).toBe('delete');
    }));
    const blocked = erasureDecision({ lastActivityAt: '2026-01-01T00:00:00Z', lastJournalAt: '2026-01-10T10:00:00Z', birthDay: 3 }, new Date('2026-11-25T09:00:00Z'));
    expect(blocked.action === 'keep' && blocked.reason).toContain('2031-01-10');
  });
});
