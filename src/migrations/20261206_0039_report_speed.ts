import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Indexes for the yearly report over a big year (issue 14, docs/performance.md). Each holds every
// column its report read uses, so the read never visits the table rows.
// - Stödkontakt offers of the year grouped by unit, answer and days from first contact to offer.
// - Named attendance per session of the year (the events module's yearly figures).
// - Portal requests naming a campaign in its period (the outreach section).
// - Identified carers per unit: created in the year, with a named stödkontakt.
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.createIndex('support_offers_report_idx').on('support_offers')
    .columns(['tenant_id', 'offered_on', 'unit_id', 'answer', 'first_contact_on', 'carer_id']).execute();
  await db.schema.createIndex('event_attendance_tenant_session_idx').on('event_attendance').columns(['tenant_id', 'session_id', 'attended']).execute();
  await db.schema.createIndex('contact_requests_campaign_idx').on('contact_requests').columns(['tenant_id', 'campaign_id', 'created_at']).execute();
  await db.schema.createIndex('carers_report_idx').on('carers').columns(['tenant_id', 'unit_id', 'created_at', 'support_contact_user_id']).execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.dropIndex('carers_report_idx').execute();
  await db.schema.dropIndex('contact_requests_campaign_idx').execute();
  await db.schema.dropIndex('event_attendance_tenant_session_idx').execute();
  await db.schema.dropIndex('support_offers_report_idx').execute();
}
