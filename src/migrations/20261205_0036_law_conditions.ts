import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Issue 15 (SoL 2025:400 as amended 1 July 2026), the remaining parts:
// 1. Review dates: every information page and offering has "senast granskad" and an owner (a
//    staff user); overdue ones (older than 12 months or never) are listed for the admin.
// 2. Offering conditions as data: the närstående's highest age, living together, quantity per
//    period, booking lead time and times of day (the carer's age range and the närstående's
//    lowest age exist already).
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.alterTable('info_pages').addColumn('review_owner_id', 'text').execute();
  await db.schema.alterTable('offerings').addColumn('last_reviewed_on', 'text').execute();
  await db.schema.alterTable('offerings').addColumn('review_owner_id', 'text').execute();
  await db.schema.alterTable('offerings').addColumn('relative_max_age', 'integer').execute();
  await db.schema.alterTable('offerings').addColumn('lives_together', 'text').execute();
  await db.schema.alterTable('offerings').addColumn('quantity_amount', 'integer').execute();
  await db.schema.alterTable('offerings').addColumn('quantity_unit', 'text').execute();
  await db.schema.alterTable('offerings').addColumn('quantity_period', 'text').execute();
  await db.schema.alterTable('offerings').addColumn('lead_time_days', 'integer').execute();
  await db.schema.alterTable('offerings').addColumn('times_of_day', 'text', (c) => c.notNull().defaultTo('[]')).execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  for (const col of ['times_of_day', 'lead_time_days', 'quantity_period', 'quantity_unit', 'quantity_amount', 'lives_together',
    'relative_max_age', 'review_owner_id', 'last_reviewed_on']) {
    await db.schema.alterTable('offerings').dropColumn(col).execute();
  }
  await db.schema.alterTable('info_pages').dropColumn('review_owner_id').execute();
}
