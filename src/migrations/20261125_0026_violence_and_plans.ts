import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Issue 15 (SoL 2025:400 as amended 1 July 2026).
// 1. Violence in close relationships: staff flag a contact request or a referral (Vetlanda's
//    guideline asks staff to notice it). The flag is staff-only and survives as a statistic; the
//    optional note is erased with the contact details.
// 2. "Planera åtgärder": the stödkontakt plans measures with the identified carer; one row per
//    measure, deleted with the carer.
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  for (const table of ['contact_requests', 'referrals']) {
    await db.schema.alterTable(table).addColumn('violence_flag', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable(table).addColumn('violence_note', 'text').execute();
    await db.schema.alterTable(table).addColumn('violence_flagged_at', 'text').execute();
    await db.schema.alterTable(table).addColumn('violence_flagged_by', 'text').execute();
  }
  await db.schema.createTable('carer_plan_measures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('carer_id', 'text', (c) => c.notNull().references('carers.id').onDelete('cascade'))
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('responsible', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('follow_up_on', 'text')
    .addColumn('note', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('carer_plan_measures_carer_idx').on('carer_plan_measures').columns(['tenant_id', 'carer_id']).execute();
  await db.schema.createIndex('carer_plan_measures_follow_up_idx').on('carer_plan_measures').columns(['tenant_id', 'follow_up_on']).execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.dropTable('carer_plan_measures').execute();
  for (const table of ['contact_requests', 'referrals']) {
    for (const col of ['violence_flagged_by', 'violence_flagged_at', 'violence_note', 'violence_flag']) {
      await db.schema.alterTable(table).dropColumn(col).execute();
    }
  }
}
