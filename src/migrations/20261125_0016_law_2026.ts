import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// SoL 2025:400 as amended from 1 July 2026: the nämnd offers a stödkontakt to every carer who
// makes contact. support_offers records each offer and its answer, for an identified carer
// (carer_id) or for an anonymous contact-log entry (contact_id, no identity at all), so the
// yearly report can show that the duty is met.
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.createTable('support_offers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('carer_id', 'text', (c) => c.references('carers.id').onDelete('cascade'))
    .addColumn('contact_id', 'text')
    .addColumn('first_contact_on', 'text', (c) => c.notNull())
    .addColumn('offered_on', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('support_contact_user_id', 'text')
    .addColumn('recorded_by', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('support_offers_tenant_day_idx').on('support_offers').columns(['tenant_id', 'offered_on']).execute();
  await db.schema.createIndex('support_offers_carer_idx').on('support_offers').column('carer_id').execute();
  await db.schema.createIndex('support_offers_contact_idx').on('support_offers').column('contact_id').execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.dropTable('support_offers').execute();
}
