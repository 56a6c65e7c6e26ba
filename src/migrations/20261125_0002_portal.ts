import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Public portal (issue 3): information pages with per-language texts, the partner directory
// and contact requests ("Jag vill bli kontaktad").
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.createTable('info_pages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('target_groups', 'text', (c) => c.notNull())
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_reviewed_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('info_pages_tenant_slug_uq').on('info_pages').columns(['tenant_id', 'slug']).unique().execute();

  await db.schema.createTable('info_page_texts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('page_id', 'text', (c) => c.notNull().references('info_pages.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('info_page_texts_page_locale_uq').on('info_page_texts').columns(['page_id', 'locale']).unique().execute();

  await db.schema.createTable('partners')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('offers', 'text', (c) => c.notNull())
    .addColumn('translations', 'text', (c) => c.notNull())
    .addColumn('target_groups', 'text', (c) => c.notNull())
    .addColumn('contact', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('council_member', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('partners_tenant_idx').on('partners').columns(['tenant_id', 'kind']).execute();

  await db.schema.createTable('contact_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('status_token_hash', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('message', 'text')
    .addColumn('selfcheck_summary', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('target_group', 'text')
    .addColumn('age_band', 'text')
    .addColumn('preferred_language', 'text', (c) => c.notNull())
    .addColumn('preferred_time', 'text', (c) => c.notNull())
    .addColumn('heard_via', 'text')
    .addColumn('campaign_id', 'text')
    .addColumn('routed_unit_id', 'text', (c) => c.references('org_units.id').onDelete('set null'))
    .addColumn('routing_note', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('assigned_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('close_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('contacted_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('erased_at', 'text')
    .execute();
  await db.schema.createIndex('contact_requests_tenant_ref_uq').on('contact_requests').columns(['tenant_id', 'reference']).unique().execute();
  await db.schema.createIndex('contact_requests_token_uq').on('contact_requests').column('status_token_hash').unique().execute();
  await db.schema.createIndex('contact_requests_inbox_idx').on('contact_requests').columns(['tenant_id', 'status', 'created_at']).execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  for (const t of ['contact_requests', 'partners', 'info_page_texts', 'info_pages']) await db.schema.dropTable(t).execute();
}
