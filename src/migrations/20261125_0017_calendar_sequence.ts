import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// iCalendar SEQUENCE per session (issue 17): calendars (Outlook, Apple) replace a copy they
// already hold only when the SEQUENCE is higher, so every change of a session, or of its event's
// text, place or status, counts it up. Existing sessions start at 0, as they were sent.
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.alterTable('event_sessions').addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.alterTable('event_sessions').dropColumn('sequence').execute();
}
