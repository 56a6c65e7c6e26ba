import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Staff single sign-on over OpenID Connect (issue 12): one provider per municipality, set up by
// its admin. The client secret is stored sealed (platform/crypto/secret-box.ts), never in clear.
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.createTable('oidc_configs')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id').onDelete('cascade'))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('issuer_url', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('client_secret_sealed', 'text')
    .addColumn('email_claim', 'text', (c) => c.notNull().defaultTo('email'))
    .addColumn('groups_claim', 'text')
    .addColumn('group_mappings', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('auto_provision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('password_sign_in_off', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.dropTable('oidc_configs').execute();
}
