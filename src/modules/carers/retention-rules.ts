// Retention (gallring) and erasure rules for identified carers, as pure functions of dates.
//  - An identified carer is deleted N months after the last activity (carerRetentionMonths).
//  - Under the journal policy, signed journal entries are kept five years after the last
//    entry (socialtjänstlagens gallringsregel), and never deleted for people born on the 5th,
//    15th or 25th of a month (kept for research under the archive rules). An unknown birth
//    date (no personnummer) is not covered by that exception.
import { DateTime } from 'luxon';

export const JOURNAL_YEARS = 5;
export const ARCHIVE_BIRTH_DAYS: ReadonlySet<number> = new Set([5, 15, 25]);

export interface RetentionFacts {
  lastActivityAt: string; // ISO timestamp
  lastJournalAt: string | null; // ISO timestamp of the latest signed entry
  birthDay: number | null; // day of month from the personnummer
}

export type Decision =
  | { action: 'delete' }
  | { action: 'keep'; rule: 'activity' | 'journal_five_years' | 'journal_archive_sample'; until: string | null; reason: string };

const plus = (iso: string, what: { months?: number; years?: number }) => DateTime.fromISO(iso, { zone: 'utc' }).plus(what);

/** The journal rules that block deleting a carer now, if any (used by erasure and retention). */
export function journalBlock(f: RetentionFacts, now: Date): Decision | null {
  if (f.lastJournalAt === null) return null;
  if (f.birthDay !== null && ARCHIVE_BIRTH_DAYS.has(f.birthDay)) {
    return {
      action: 'keep', rule: 'journal_archive_sample', until: null,
      reason: 'Personen är född den 5, 15 eller 25 i en månad. Enligt arkivreglerna bevaras journalen för forskning och får inte gallras.',
    };
  }
  const until = plus(f.lastJournalAt, { years: JOURNAL_YEARS });
  if (DateTime.fromJSDate(now, { zone: 'utc' }) < until) {
    return {
      action: 'keep', rule: 'journal_five_years', until: until.toISO(),
      reason: `Signerade journalanteckningar gallras tidigast fem år efter den sista anteckningen, det vill säga ${until.setZone('Europe/Stockholm').toISODate()}.`,
    };
  }
  return null;
}

/** What the daily retention job does with one carer. */
export function retentionDecision(f: RetentionFacts, now: Date, retentionMonths: number): Decision {
  const due = plus(f.lastActivityAt, { months: retentionMonths });
  if (DateTime.fromJSDate(now, { zone: 'utc' }) < due) {
    return { action: 'keep', rule: 'activity', until: due.toISO(), reason: `Uppgifterna sparas ${retentionMonths} månader efter senaste aktivitet.` };
  }
  return journalBlock(f, now) ?? { action: 'delete' };
}

/** Erasure on request: allowed unless a journal rule blocks it. */
export function erasureDecision(f: RetentionFacts, now: Date): Decision {
  return journalBlock(f, now) ?? { action: 'delete' };
}
