import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Mina sidor (issue 18): carer accounts with the least identity. An account has a pseudonym and
// one verified address (sealed, found by a keyed hash) or only an e-legitimation subject (keyed
// hash, never the personnummer); its own sessions; single-use one-time codes (hashed); the
// requests and bookings it owns (links, the rows stay in their modules); and self-check
// results the carer chose to save.
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.createTable('carer_accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('pseudonym', 'text', (c) => c.notNull())
    .addColumn('address_kind', 'text')
    .addColumn('address_sealed', 'text')
    .addColumn('address_hash', 'text')
    .addColumn('eid_subject_hash', 'text')
    .addColumn('carer_id', 'text')
    .addColumn('link_consent_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_active_at', 'text', (c) => c.notNull())
    .addColumn('expiry_notice_at', 'text')
    .execute();
  await db.schema.createIndex('carer_accounts_address_uq').on('carer_accounts').columns(['tenant_id', 'address_hash']).unique().execute();
  await db.schema.createIndex('carer_accounts_eid_uq').on('carer_accounts').columns(['tenant_id', 'eid_subject_hash']).unique().execute();

  await db.schema.createTable('carer_sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('carer_accounts.id').onDelete('cascade'))
    .addColumn('auth_method', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('carer_sessions_account_idx').on('carer_sessions').column('account_id').execute();

  await db.schema.createTable('carer_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('address_hash', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('link_hash', 'text', (c) => c.notNull().unique())
    .addColumn('account_id', 'text', (c) => c.references('carer_accounts.id').onDelete('cascade'))
    .addColumn('item_kind', 'text')
    .addColumn('item_id', 'text')
    .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('carer_codes_address_idx').on('carer_codes').columns(['tenant_id', 'address_hash']).execute();

  await db.schema.createTable('carer_account_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('carer_accounts.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('carer_account_items_uq').on('carer_account_items').columns(['tenant_id', 'kind', 'item_id']).unique().execute();
  await db.schema.createIndex('carer_account_items_account_idx').on('carer_account_items').column('account_id').execute();

  await db.schema.createTable('carer_saved_selfchecks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('carer_accounts.id').onDelete('cascade'))
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('carer_saved_selfchecks_account_idx').on('carer_saved_selfchecks').column('account_id').execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.dropTable('carer_saved_selfchecks').execute();
  await db.schema.dropTable('carer_account_items').execute();
  await db.schema.dropTable('carer_codes').execute();
  await db.schema.dropTable('carer_sessions').execute();
  await db.schema.dropTable('carer_accounts').execute();
}
