import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from './index.js';

// The contact log's running tallies (issue 7): the yearly report and the dashboards read these
// small tables instead of scanning a year of contact_log rows. The contacts module keeps them
// current in the same transaction as every write to contact_log; this migration fills them
// from the rows already logged.
//
// contact_tallies: per municipality, unit and month, for each counted field ("dimension") and
// each of its values ('' = not given): the number of contacts and their minutes.
// contact_carer_tallies: per municipality, unit and year, the number of contacts linked to each
// identified carer (an id only; no foreign key, like contact_log.carer_id), for unique carers.
const DIMENSIONS = ['identified', 'activity_type', 'channel', 'target_group', 'age_band', 'gender', 'relationship', 'heard_via',
  'campaign_id', 'district', 'referred_to', 'referred_onward'] as const;

export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.createTable('contact_tallies')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('contact_tallies_pkey', ['tenant_id', 'month', 'unit_id', 'dimension', 'value'])
    .execute();
  await db.schema.createTable('contact_carer_tallies')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('carer_id', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('contact_carer_tallies_pkey', ['tenant_id', 'year', 'unit_id', 'carer_id'])
    .execute();
  await db.schema.createIndex('contact_carer_tallies_carer_idx').on('contact_carer_tallies').columns(['tenant_id', 'carer_id']).execute();
  // The outreach pages count contacts per campaign: an index instead of a scan of the year.
  await db.schema.createIndex('contact_log_campaign_idx').on('contact_log').columns(['tenant_id', 'campaign_id', 'contact_date']).execute();

  for (const d of DIMENSIONS) {
    const value = d === 'identified' ? sql`CASE WHEN carer_id IS NULL THEN '0' ELSE '1' END`
      : d === 'referred_onward' ? sql`CAST(referred_onward AS TEXT)` : sql`COALESCE(${sql.ref(d)}, '')`;
    await sql`INSERT INTO contact_tallies (tenant_id, month, unit_id, dimension, value, n, minutes)
      SELECT tenant_id, substr(contact_date, 1, 7), unit_id, ${d}, ${value}, count(*), sum(duration_min)
      FROM contact_log GROUP BY tenant_id, substr(contact_date, 1, 7), unit_id, ${value}`.execute(db);
  }
  await sql`INSERT INTO contact_carer_tallies (tenant_id, year, unit_id, carer_id, n)
    SELECT tenant_id, CAST(substr(contact_date, 1, 4) AS INTEGER), unit_id, carer_id, count(*)
    FROM contact_log WHERE carer_id IS NOT NULL GROUP BY tenant_id, substr(contact_date, 1, 4), unit_id, carer_id`.execute(db);
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.dropIndex('contact_log_campaign_idx').execute();
  await db.schema.dropTable('contact_carer_tallies').execute();
  await db.schema.dropTable('contact_tallies').execute();
}
