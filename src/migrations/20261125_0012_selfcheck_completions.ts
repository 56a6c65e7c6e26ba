import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Counting a completed citizen self-check once (issue: a resubmitted result page counted the
// check twice). selfcheck_completions remembers, for a day or two, the SHA-256 of each one-time
// completion token already counted, with the day the token was issued; nothing else (no time of
// day, version, band, answer, cookie or address). The selfcheck module forgets rows older than
// that each time it counts a completion.
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.createTable('selfcheck_completions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('selfcheck_completions_day_idx').on('selfcheck_completions').columns(['tenant_id', 'issued_on']).execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.dropTable('selfcheck_completions').execute();
}
