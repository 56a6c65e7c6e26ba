import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Carers' sign-in to Mina sidor with Swedish e-legitimation through an OpenID Connect broker,
// configured per municipality (issue 18), like staff single sign-on (oidc_configs): the client
// secret sealed, and the claim that carries the personnummer (used only to link an account to an
// identified carer record, with consent; never stored by this table).
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.createTable('eid_broker_configs')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id'))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('issuer_url', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('client_secret_sealed', 'text')
    .addColumn('personnummer_claim', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.dropTable('eid_broker_configs').execute();
}
