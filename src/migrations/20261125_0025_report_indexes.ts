import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// The yearly report (issue 14) counts a year of bookings, late cancellations and contact requests
// per unit in one grouped query each. Without these indexes each of them reads every booking or
// request row of the municipality; with them, only the year's entries of a narrow index (the
// requests' index holds every column the report groups by, so the table itself is not read).
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.createIndex('event_bookings_tenant_created_idx').on('event_bookings').columns(['tenant_id', 'created_at', 'event_id']).execute();
  await db.schema.createIndex('event_bookings_tenant_late_idx').on('event_bookings').columns(['tenant_id', 'late_cancellation', 'cancelled_at']).execute();
  await db.schema.createIndex('contact_requests_tenant_created_idx').on('contact_requests')
    .columns(['tenant_id', 'created_at', 'routed_unit_id', 'mode', 'target_group', 'age_band', 'heard_via']).execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.dropIndex('contact_requests_tenant_created_idx').execute();
  await db.schema.dropIndex('event_bookings_tenant_late_idx').execute();
  await db.schema.dropIndex('event_bookings_tenant_created_idx').execute();
}
