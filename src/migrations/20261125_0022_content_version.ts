import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Render cache for public pages (issue 17): a counter per municipality, counted up after every
// staff change of the catalogue, information pages or partners. Each instance keeps rendered
// pages stamped with the counter and re-reads it at most every couple of seconds, so a change
// made through another instance (PostgreSQL) empties the others' caches too.
// events.ever_published: a cancelled event stays in the public calendar feed as
// STATUS:CANCELLED only if subscribers could have it, i.e. it was published at some point (a
// cancelled draft was never shown). Events cancelled before this migration count as published.
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.alterTable('tenants').addColumn('content_version', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('events').addColumn('ever_published', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.updateTable('events').set({ ever_published: 1 }).where('status', '<>', 'draft').execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.alterTable('events').dropColumn('ever_published').execute();
  await db.schema.alterTable('tenants').dropColumn('content_version').execute();
}
