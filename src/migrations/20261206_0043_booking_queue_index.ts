import type { Kysely } from 'kysely';

// A booking on the waiting list takes the next place in the queue: max(queue_pos) of the
// holder's waitlisted bookings. With queue_pos last in the holder's index that is one seek
// instead of a read of the whole waiting list under the event's lock (issue 17, booking POST).
// The index keeps event_id first, so foreign-key checks on deleting an event still seek by it.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('event_bookings_event_queue_idx').on('event_bookings').columns(['event_id', 'tenant_id', 'session_id', 'status', 'queue_pos']).execute();
  await db.schema.dropIndex('event_bookings_event_tenant_idx').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('event_bookings_event_tenant_idx').on('event_bookings').columns(['event_id', 'tenant_id', 'session_id', 'status']).execute();
  await db.schema.dropIndex('event_bookings_event_queue_idx').execute();
}
