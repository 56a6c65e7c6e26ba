// The yearly report's read of stödkontakt offers (issue 14), re-exported by service.ts.
import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

/** One unit's stödkontakt offers in a period: counts by answer and identity, and days from first contact to offer. */
export interface UnitOfferTally {
  unitId: string;
  accepted: number; declined: number; notReached: number; identified: number; anonymous: number;
  /** Whole days from first contact to offer → number of offers. */
  days: Map<number, number>;
}

/**
 * Whole calendar days from first contact to offer, in SQL (as daysBetween in offers.ts counts
 * them: the dates' first ten characters, YYYY-MM-DD), so that the query groups by the number of
 * days (about a hundred groups a year) rather than by both dates (tens of thousands).
 */
function daysToOffer(db: Kysely<DB>): RawBuilder<number> {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? sql<number>`(substr(offered_on, 1, 10)::date - substr(first_contact_on, 1, 10)::date)`
    : sql<number>`cast(round(julianday(substr(offered_on, 1, 10)) - julianday(substr(first_contact_on, 1, 10))) as integer)`;
}

/**
 * One grouped query, every unit's tally, so that each part of the organisation sums its units'
 * tallies instead of filtering every offer. The same figures as supportOfferFigures. Reads only
 * columns of the covering index support_offers_report_idx (migration 0039).
 */
export async function offerTalliesByUnit(db: Kysely<DB>, tenantId: string, from: string, to: string): Promise<UnitOfferTally[]> {
  const rows = await db.selectFrom('support_offers')
    .select((eb) => ['unit_id', 'answer', daysToOffer(db).as('days'), eb.fn.count<number>('carer_id').as('identified'), eb.fn.countAll<number>().as('n')])
    .where('tenant_id', '=', tenantId).where('offered_on', '>=', from).where('offered_on', '<=', to)
    .groupBy(['unit_id', 'answer', 'days']).execute();
  const out = new Map<string, UnitOfferTally>();
  for (const r of rows) {
    let t = out.get(r.unit_id);
    if (!t) out.set(r.unit_id, t = { unitId: r.unit_id, accepted: 0, declined: 0, notReached: 0, identified: 0, anonymous: 0, days: new Map() });
    const n = Number(r.n);
    const identified = Number(r.identified);
    if (r.answer === 'accepted') t.accepted += n;
    else if (r.answer === 'declined') t.declined += n;
    else if (r.answer === 'not_reached') t.notReached += n;
    t.identified += identified;
    t.anonymous += n - identified;
    const d = Number(r.days);
    t.days.set(d, (t.days.get(d) ?? 0) + n);
  }
  return [...out.values()];
}
