import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// A daily cap on the messages a public form can make Bredvid send to one recipient (issue 13):
// rows caused by someone typing an address into a public form are marked, and counted per
// recipient over the last day before another is queued.
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('public_trigger', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.createIndex('outbox_recipient_idx').on('outbox').columns(['recipient', 'created_at']).execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.dropIndex('outbox_recipient_idx').execute();
  await db.schema.alterTable('outbox').dropColumn('public_trigger').execute();
}
