import { sql, type Kysely } from 'kysely';

// Staff lists whose plan must not depend on statistics. SQLite keeps none here, and when one
// index gives a list's order (tenant_id, created_at or name) and another its filter (a unit,
// a status, a person), it took the order and walked every row the municipality ever had to find
// the page's few: over a generated year (20 000 requests, 12 500 referrals, 10 000 carers) the
// request inbox took 6.6 ms a view, a small unit's referral inbox 3.9 ms (0.1 ms and 25 µs with
// these). Each list's filter now leads an index that ends in the list's order, so the cost
// follows what the viewer may see, not the size of the municipality; query-plans.test.ts checks it.
// - Open requests (the inbox's default view) in a partial index, newest first: the inbox names
//   the open statuses as literals (requests/queries.ts), which both databases need to use it.
// - Open referrals to a unit (the referral inbox's default view), in a partial index by unit and
//   date, named as literals the same way; all of a unit's referrals by status and date; the
//   referrals someone sent, by date.
// - Carers by unit and name; by support contact (a specialist's own carers) and name.
const OPEN = ['new', 'assigned', 'contacted'];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('contact_requests_open_idx').on('contact_requests').columns(['tenant_id', 'created_at', 'routed_unit_id'])
    .where(sql.ref('status'), 'in', OPEN.map((s) => sql.lit(s))).execute();
  await db.schema.createIndex('referrals_open_idx').on('referrals').columns(['tenant_id', 'to_unit_id', 'created_at'])
    .where(sql.ref('status'), 'in', OPEN.map((s) => sql.lit(s))).execute();
  await db.schema.dropIndex('referrals_tenant_unit_idx').execute();
  await db.schema.createIndex('referrals_tenant_unit_idx').on('referrals').columns(['tenant_id', 'to_unit_id', 'status', 'created_at']).execute();
  await db.schema.dropIndex('referrals_from_user_idx').execute();
  await db.schema.createIndex('referrals_from_user_idx').on('referrals').columns(['tenant_id', 'from_user_id', 'created_at']).execute();
  await db.schema.dropIndex('carers_tenant_unit_idx').execute();
  await db.schema.createIndex('carers_tenant_unit_idx').on('carers').columns(['tenant_id', 'unit_id', 'name_norm']).execute();
  await db.schema.createIndex('carers_support_contact_idx').on('carers').columns(['tenant_id', 'support_contact_user_id', 'name_norm']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('carers_support_contact_idx').execute();
  await db.schema.dropIndex('carers_tenant_unit_idx').execute();
  await db.schema.createIndex('carers_tenant_unit_idx').on('carers').columns(['tenant_id', 'unit_id']).execute();
  await db.schema.dropIndex('referrals_from_user_idx').execute();
  await db.schema.createIndex('referrals_from_user_idx').on('referrals').columns(['tenant_id', 'from_user_id']).execute();
  await db.schema.dropIndex('referrals_tenant_unit_idx').execute();
  await db.schema.createIndex('referrals_tenant_unit_idx').on('referrals').columns(['tenant_id', 'to_unit_id', 'status']).execute();
  await db.schema.dropIndex('referrals_open_idx').execute();
  await db.schema.dropIndex('contact_requests_open_idx').execute();
}
