// Running tallies of the contact log (issue 7). The yearly report must come out in well under
// two seconds over a million contacts; counting a year of contact_log rows a dozen ways cannot.
// So every write to contact_log also adds its +1/−1 to two small tables, in the same
// transaction, and the report sums those:
//  - contact_tallies: per municipality, month, unit, counted field and value: contacts, minutes;
//  - contact_carer_tallies: per municipality, year, unit and linked carer: contacts (unique carers).
// Every write goes through this file; tally.test.ts checks the tallies against a recount of the
// rows after random sequences of logging, editing and merging carers, on both databases.
import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { ContactCarerTallyTable, ContactLogTable, ContactTallyTable } from './table.js';

type Exec = Kysely<DB> | Transaction<DB>;

/** The fields counted. 'identified' ('0'/'1') doubles as the total: every contact has one value. */
export const TALLY_DIMENSIONS = ['identified', 'activity_type', 'channel', 'target_group', 'age_band', 'gender', 'relationship', 'heard_via',
  'campaign_id', 'district', 'referred_to', 'referred_onward'] as const;
export type TallyDimension = (typeof TALLY_DIMENSIONS)[number];

/** What a contact contributes to the tallies. */
export type Countable = Pick<ContactLogTable, 'tenant_id' | 'unit_id' | 'contact_date' | 'duration_min' | 'activity_type' | 'channel'
  | 'target_group' | 'age_band' | 'gender' | 'relationship' | 'heard_via' | 'campaign_id' | 'district' | 'referred_to' | 'referred_onward' | 'carer_id'>;

function valueOf(row: Countable, d: TallyDimension): string {
  switch (d) {
    case 'identified': return row.carer_id === null ? '0' : '1';
    case 'referred_onward': return String(row.referred_onward);
    default: return row[d] ?? '';
  }
}

type TallyRow = Insertable<ContactTallyTable> & { n: number; minutes: number };
type CarerRow = Insertable<ContactCarerTallyTable> & { n: number };

/** Changes to the tallies, summed in memory, then written in one ordered batch. */
export class TallyDelta {
  private readonly rows = new Map<string, TallyRow>();
  private readonly carers = new Map<string, CarerRow>();

  add(row: Countable, sign: 1 | -1): this {
    const month = row.contact_date.slice(0, 7);
    for (const dimension of TALLY_DIMENSIONS) {
      const value = valueOf(row, dimension);
      const key = `${row.tenant_id}|${month}|${row.unit_id}|${dimension}|${value}`;
      const cur = this.rows.get(key) ?? { tenant_id: row.tenant_id, month, unit_id: row.unit_id, dimension, value, n: 0, minutes: 0 };
      cur.n += sign;
      cur.minutes += sign * row.duration_min;
      this.rows.set(key, cur);
    }
    if (row.carer_id !== null) {
      const year = Number(row.contact_date.slice(0, 4));
      const key = `${row.tenant_id}|${year}|${row.unit_id}|${row.carer_id}`;
      const cur = this.carers.get(key) ?? { tenant_id: row.tenant_id, year, unit_id: row.unit_id, carer_id: row.carer_id, n: 0 };
      cur.n += sign;
      this.carers.set(key, cur);
    }
    return this;
  }

  /**
   * Upserts in key order: concurrent writers on PostgreSQL take the row locks in the same order,
   * so they queue rather than deadlock. Changes that cancel out (an edit of nothing counted) are skipped.
   */
  async apply(db: Exec): Promise<void> {
    const rows = [...this.rows.entries()].filter(([, r]) => r.n !== 0 || r.minutes !== 0).sort(([a], [b]) => (a < b ? -1 : 1)).map(([, r]) => r);
    for (let i = 0; i < rows.length; i += 200) {
      await db.insertInto('contact_tallies').values(rows.slice(i, i + 200))
        .onConflict((oc) => oc.columns(['tenant_id', 'month', 'unit_id', 'dimension', 'value']).doUpdateSet((eb) => ({
          n: eb('contact_tallies.n', '+', eb.ref('excluded.n')),
          minutes: eb('contact_tallies.minutes', '+', eb.ref('excluded.minutes')),
        }))).execute();
    }
    const carers = [...this.carers.entries()].filter(([, r]) => r.n !== 0).sort(([a], [b]) => (a < b ? -1 : 1)).map(([, r]) => r);
    for (let i = 0; i < carers.length; i += 200) {
      await db.insertInto('contact_carer_tallies').values(carers.slice(i, i + 200))
        .onConflict((oc) => oc.columns(['tenant_id', 'year', 'unit_id', 'carer_id']).doUpdateSet((eb) => ({
          n: eb('contact_carer_tallies.n', '+', eb.ref('excluded.n')),
        }))).execute();
    }
  }
}

/**
 * Recount one municipality's carer tallies for these carers from the contact log (after a merge
 * moved contacts from one carer record to another).
 */
export async function recountCarers(db: Exec, tenantId: string, carerIds: string[]): Promise<void> {
  if (carerIds.length === 0) return;
  await db.deleteFrom('contact_carer_tallies').where('tenant_id', '=', tenantId).where('carer_id', 'in', carerIds).execute();
  const year = sql<number>`CAST(substr(contact_date, 1, 4) AS INTEGER)`;
  await db.insertInto('contact_carer_tallies').columns(['tenant_id', 'year', 'unit_id', 'carer_id', 'n']).expression(
    db.selectFrom('contact_log').select((eb) => ['tenant_id', year.as('year'), 'unit_id', 'carer_id', eb.fn.countAll<number>().as('n')])
      .where('tenant_id', '=', tenantId).where('carer_id', 'in', carerIds)
      .groupBy(['tenant_id', year, 'unit_id', 'carer_id']),
  ).execute();
}

const inUnits = (unitIds: 'all' | string[]) => (unitIds === 'all' ? null : unitIds.length > 0 ? unitIds : ['-']);

/** A year's tallies summed over months and the given units: one row per field and value. */
export async function yearTallies(db: Exec, tenantId: string, year: number, unitIds: 'all' | string[]): Promise<{ dimension: TallyDimension; value: string; n: number; minutes: number }[]> {
  let q = db.selectFrom('contact_tallies')
    .select((eb) => ['dimension', 'value', eb.fn.sum<number>('n').as('n'), eb.fn.sum<number>('minutes').as('minutes')])
    .where('tenant_id', '=', tenantId).where('month', '>=', `${year}-01`).where('month', '<=', `${year}-12`);
  const units = inUnits(unitIds);
  if (units) q = q.where('unit_id', 'in', units);
  const rows = await q.groupBy(['dimension', 'value']).execute();
  return rows.map((r) => ({ dimension: r.dimension as TallyDimension, value: r.value, n: Number(r.n), minutes: Number(r.minutes) })).filter((r) => r.n !== 0);
}

/** Contacts per month of the year, January first. */
export async function monthTallies(db: Exec, tenantId: string, year: number, unitIds: 'all' | string[]): Promise<number[]> {
  let q = db.selectFrom('contact_tallies').select((eb) => ['month', eb.fn.sum<number>('n').as('n')])
    .where('tenant_id', '=', tenantId).where('dimension', '=', 'identified').where('month', '>=', `${year}-01`).where('month', '<=', `${year}-12`);
  const units = inUnits(unitIds);
  if (units) q = q.where('unit_id', 'in', units);
  const out = Array.from({ length: 12 }, () => 0);
  for (const r of await q.groupBy('month').execute()) out[Number(r.month.slice(5, 7)) - 1] = Number(r.n);
  return out;
}

/** A year's tallies summed over months, one row per unit (null: none recorded), field and value. */
export async function yearTalliesByUnit(db: Exec, tenantId: string, year: number): Promise<{ unit: string | null; dimension: TallyDimension; value: string; n: number; minutes: number }[]> {
  const rows = await db.selectFrom('contact_tallies')
    .select((eb) => [sql.ref<string | null>('unit_id').as('unit'), 'dimension', 'value', eb.fn.sum<number>('n').as('n'), eb.fn.sum<number>('minutes').as('minutes')])
    .where('tenant_id', '=', tenantId).where('month', '>=', `${year}-01`).where('month', '<=', `${year}-12`)
    .groupBy(['unit_id', 'dimension', 'value']).execute();
  return rows.map((r) => ({ unit: r.unit, dimension: r.dimension as TallyDimension, value: r.value, n: Number(r.n), minutes: Number(r.minutes) })).filter((r) => r.n !== 0);
}

/** Contacts per unit and month of the year (month 1…12). */
export async function monthTalliesByUnit(db: Exec, tenantId: string, year: number): Promise<{ unit: string | null; month: number; n: number }[]> {
  const rows = await db.selectFrom('contact_tallies').select((eb) => [sql.ref<string | null>('unit_id').as('unit'), 'month', eb.fn.sum<number>('n').as('n')])
    .where('tenant_id', '=', tenantId).where('dimension', '=', 'identified').where('month', '>=', `${year}-01`).where('month', '<=', `${year}-12`)
    .groupBy(['unit_id', 'month']).execute();
  return rows.map((r) => ({ unit: r.unit, month: Number(r.month.slice(5, 7)), n: Number(r.n) }));
}

/**
 * The identified carers with at least one contact in the year, grouped by the set of units they
 * had contacts in (most carers one unit; '' is no unit): the distinct carers of any set of units
 * are the sum over the groups that meet it. Some dozen rows instead of one per carer and unit.
 */
export async function carerUnitSets(db: Exec, tenantId: string, year: number): Promise<{ units: string[]; n: number }[]> {
  const perCarer = db.selectFrom('contact_carer_tallies')
    .select(['carer_id', sql<string>`string_agg(unit_id, ',' ORDER BY unit_id)`.as('units')])
    .where('tenant_id', '=', tenantId).where('year', '=', year).where('n', '>', 0).groupBy('carer_id');
  const rows = await db.selectFrom(perCarer.as('c')).select((eb) => ['c.units', eb.fn.countAll<number>().as('n')]).groupBy('c.units').execute();
  return rows.map((r) => ({ units: r.units.split(','), n: Number(r.n) }));
}

/** Distinct identified carers with at least one contact in the year in the given units. */
export async function uniqueCarers(db: Exec, tenantId: string, year: number, unitIds: 'all' | string[]): Promise<number> {
  let q = db.selectFrom('contact_carer_tallies').select((eb) => eb.fn.count<number>('carer_id').distinct().as('n'))
    .where('tenant_id', '=', tenantId).where('year', '=', year).where('n', '>', 0);
  const units = inUnits(unitIds);
  if (units) q = q.where('unit_id', 'in', units);
  return Number((await q.executeTakeFirstOrThrow()).n);
}
