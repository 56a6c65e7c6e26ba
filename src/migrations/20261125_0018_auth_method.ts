import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// How a staff member signed in (issue 12): each session keeps its method (password,
// password+totp, password+recovery, passkey, sso), and the access log records it on the sign-in
// row, so an access review can tell a password-only session from one with a second factor.
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.alterTable('sessions').addColumn('auth_method', 'text', (c) => c.notNull().defaultTo('password')).execute();
  await db.schema.alterTable('audit_log').addColumn('auth_method', 'text').execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.alterTable('audit_log').dropColumn('auth_method').execute();
  await db.schema.alterTable('sessions').dropColumn('auth_method').execute();
}
