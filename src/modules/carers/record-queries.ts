// The carer page's own lists (consents, planned actions, journal, plan, stödkontakt offers) in one
// statement: as five statements they were five round trips to PostgreSQL on every view of a
// carer, and five passes through the query pipeline on SQLite. Each list is a JSON array built by
// the database in the list's own order (ORDER BY inside the aggregate, exact on both databases).
// Every column is text (platform/db/helpers.ts conventions), so JSON carries the values unchanged.
import { PostgresAdapter, sql, type RawBuilder } from 'kysely';
import type { Exec } from './queries.js';
import type { ActionRow, ConsentRow, JournalRow } from './queries.js';
import type { PlanMeasureRow } from './plan-queries.js';
import type { OfferRow } from './offer-queries.js';
import type { CarerActionsTable, CarerConsentsTable, CarerPlanMeasuresTable, JournalEntriesTable, SupportOffersTable } from './table.js';
import { reusable } from '../../platform/db/reuse.js';

/** Every column of the table, checked by the compiler: a column added to the table must be added here. */
type AllColumns<T, C extends readonly (keyof T)[]> = Exclude<keyof T, C[number]> extends never ? C : never;
const columns = <T>() => <const C extends readonly (keyof T)[]>(c: AllColumns<T, C>): readonly string[] => c as readonly string[];

const CONSENT = columns<CarerConsentsTable>()(['id', 'tenant_id', 'carer_id', 'subject', 'scope', 'wording', 'given_on', 'recorded_by', 'recorded_at', 'withdrawn_on', 'withdrawn_by']);
const ACTION = columns<CarerActionsTable>()(['id', 'tenant_id', 'carer_id', 'kind', 'action_type', 'due_on', 'assigned_user_id', 'status', 'done_on', 'created_by', 'created_at', 'updated_at']);
const JOURNAL = columns<JournalEntriesTable>()(['id', 'tenant_id', 'carer_id', 'body', 'signed_by', 'signed_at', 'corrects_id']);
const MEASURE = columns<CarerPlanMeasuresTable>()(['id', 'tenant_id', 'carer_id', 'what', 'responsible', 'due_on', 'status', 'follow_up_on', 'note', 'created_by', 'created_at', 'updated_by', 'updated_at']);
const OFFER = columns<SupportOffersTable>()(['id', 'tenant_id', 'unit_id', 'carer_id', 'contact_id', 'first_contact_on', 'offered_on', 'answer', 'support_contact_user_id', 'recorded_by', 'recorded_at']);

/** A colleague's name, only from the row's own municipality. */
const nameOf = (column: string) => sql`(select u.name from users u where u.id = t.${sql.raw(column)} and u.tenant_id = t.tenant_id)`;

/** The carer's rows of one table as a JSON array (text on SQLite, parsed by pg on PostgreSQL). */
function jsonList(pg: boolean, table: string, cols: readonly string[], names: Record<string, string>, orderBy: string,
  tenantId: string, carerId: string): RawBuilder<unknown> {
  const pairs = [
    ...cols.map((c) => sql`${sql.lit(c)}, t.${sql.raw(c)}`),
    ...Object.entries(names).map(([as, column]) => sql`${sql.lit(as)}, ${nameOf(column)}`),
  ];
  const object = pg ? sql`json_build_object(${sql.join(pairs)})` : sql`json_object(${sql.join(pairs)})`;
  const array = pg ? sql`coalesce(json_agg(${object} order by ${sql.raw(orderBy)}), '[]'::json)` : sql`json_group_array(${object} order by ${sql.raw(orderBy)})`;
  return sql`(select ${array} from ${sql.raw(table)} t where t.tenant_id = ${tenantId} and t.carer_id = ${carerId})`;
}

const lists = reusable('carers.recordLists', (db, t1: string, c1: string, t2: string, c2: string, t3: string, c3: string, t4: string, c4: string,
  t5: string, c5: string) => {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  return db.selectNoFrom([
    jsonList(pg, 'carer_consents', CONSENT, {}, 't.given_on desc, t.recorded_at desc', t1, c1).as('consents'),
    jsonList(pg, 'carer_actions', ACTION, { assigned_name: 'assigned_user_id' }, 't.due_on, t.created_at', t2, c2).as('actions'),
    jsonList(pg, 'journal_entries', JOURNAL, { signer_name: 'signed_by' }, 't.signed_at, t.id', t3, c3).as('journal'),
    jsonList(pg, 'carer_plan_measures', MEASURE, {}, 't.created_at, t.id', t4, c4).as('plan'),
    jsonList(pg, 'support_offers', OFFER, { support_contact_name: 'support_contact_user_id' }, 't.offered_on, t.recorded_at', t5, c5).as('offers'),
  ]);
});

export interface RecordLists {
  consents: ConsentRow[];
  actions: (ActionRow & { assigned_name: string | null })[];
  journal: (JournalRow & { signer_name: string | null })[];
  plan: PlanMeasureRow[];
  offers: (OfferRow & { support_contact_name: string | null })[];
}

const parsed = <T>(v: unknown): T[] => (typeof v === 'string' ? JSON.parse(v) : v) as T[];

/** The carer's consents, actions, journal, plan and offers, each in the order its own query
 *  (queries.ts, plan-queries.ts, offer-queries.ts) gives, in one statement. */
export async function recordLists(db: Exec, tenantId: string, carerId: string): Promise<RecordLists> {
  const [row] = await lists(db, tenantId, carerId, tenantId, carerId, tenantId, carerId, tenantId, carerId, tenantId, carerId);
  const r = row as Record<keyof RecordLists, unknown>;
  return {
    consents: parsed(r.consents), actions: parsed(r.actions), journal: parsed(r.journal), plan: parsed(r.plan), offers: parsed(r.offers),
  };
}
