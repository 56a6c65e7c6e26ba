import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Staff identity (issue 12): a password someone else set (an administrator, the command line)
// must be changed by its owner at the first sign-in, so the one who set it no longer knows it.
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.alterTable('users').addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.alterTable('users').dropColumn('must_change_password').execute();
}
