import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Groups, events and booking (SPEC C2): events (series or single), their sessions, bookings
// with the waiting list, and attendance per session.
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.references('org_units.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('place_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('accessibility', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('online', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('online_link', 'text')
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('places_taken', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('leader_user_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('external_leaders', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('target_groups', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('sv'))
    .addColumn('booking_mode', 'text', (c) => c.notNull())
    .addColumn('booking_opens_at', 'text')
    .addColumn('booking_closes_at', 'text')
    .addColumn('requires_approval', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('waitlist_enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('reminder_hours', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('cancel_reason', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('first_starts_at', 'text')
    .addColumn('last_ends_at', 'text')
    .addColumn('contacts_erased_at', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('events_tenant_start_idx').on('events').columns(['tenant_id', 'status', 'first_starts_at']).execute();

  await db.schema.createTable('event_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('places_taken', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('head_count', 'integer')
    .addColumn('attendance_recorded_at', 'text')
    .addColumn('reminded_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_sessions_event_idx').on('event_sessions').columns(['event_id', 'starts_at']).execute();
  await db.schema.createIndex('event_sessions_tenant_start_idx').on('event_sessions').columns(['tenant_id', 'starts_at']).execute();

  await db.schema.createTable('event_bookings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('session_id', 'text', (c) => c.references('event_sessions.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('queue_pos', 'integer')
    .addColumn('name', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('needs', 'text')
    .addColumn('token_hash', 'text')
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('booked_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('offer_expires_at', 'text')
    .addColumn('late_cancellation', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cancelled_by', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('contact_erased_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_bookings_token_uq').on('event_bookings').column('token_hash').unique().execute();
  await db.schema.createIndex('event_bookings_event_idx').on('event_bookings').columns(['event_id', 'session_id', 'status']).execute();
  await db.schema.createIndex('event_bookings_tenant_email_idx').on('event_bookings').columns(['tenant_id', 'email']).execute();
  await db.schema.createIndex('event_bookings_tenant_phone_idx').on('event_bookings').columns(['tenant_id', 'phone']).execute();
  await db.schema.createIndex('event_bookings_user_idx').on('event_bookings').columns(['tenant_id', 'user_id']).execute();
  await db.schema.createIndex('event_bookings_offer_idx').on('event_bookings').columns(['status', 'offer_expires_at']).execute();

  await db.schema.createTable('event_attendance')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('session_id', 'text', (c) => c.notNull().references('event_sessions.id').onDelete('cascade'))
    .addColumn('booking_id', 'text', (c) => c.notNull().references('event_bookings.id').onDelete('cascade'))
    .addColumn('attended', 'integer', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('event_attendance_session_booking_uq').on('event_attendance').columns(['session_id', 'booking_id']).unique().execute();
  await db.schema.createIndex('event_attendance_booking_idx').on('event_attendance').column('booking_id').execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.dropTable('event_attendance').ifExists().execute();
  await db.schema.dropTable('event_bookings').ifExists().execute();
  await db.schema.dropTable('event_sessions').ifExists().execute();
  await db.schema.dropTable('events').ifExists().execute();
}
