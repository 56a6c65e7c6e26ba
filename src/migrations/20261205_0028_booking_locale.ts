import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// The language a booking was made in (issue 16): confirmations, queue offers, reminders and
// cancellations reach the carer in that language. Bookings made before this are Swedish.
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.alterTable('event_bookings').addColumn('locale', 'text', (c) => c.notNull().defaultTo('sv')).execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.alterTable('event_bookings').dropColumn('locale').execute();
}
