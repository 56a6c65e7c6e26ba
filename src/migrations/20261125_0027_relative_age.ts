import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Issue 15: the närstående's age band on a contact request (optional, asked on the contact
// form), so a municipality's rules can depend on it ("respite only when the närstående is 65
// or older"). Statistics: an age band, never an identity. Offerings get the same condition as
// data (offerings.relative_min_age), shown on the public catalogue and used as its filter.
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.alterTable('contact_requests').addColumn('relative_age_band', 'text').execute();
  await db.schema.alterTable('offerings').addColumn('relative_min_age', 'integer').execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.alterTable('offerings').dropColumn('relative_min_age').execute();
  await db.schema.alterTable('contact_requests').dropColumn('relative_age_band').execute();
}
