import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from './index.js';

// Specialist workspace (issue 5): the anonymous contact log, identified carers with consents,
// planned actions and journal, referrals, needs-assessment participation, access-log reviews.
export async function up(db: Kysely<any>, ctx: MigrationContext): Promise<void> {
  // Statistics only: nothing here identifies a carer. carer_id is a plain column (no foreign
  // key) so counts of unique carers survive when a carer record is deleted.
  await db.schema.createTable('contact_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('contact_date', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('duration_min', 'integer', (c) => c.notNull())
    .addColumn('activity_type', 'text', (c) => c.notNull())
    .addColumn('target_group', 'text')
    .addColumn('relationship', 'text')
    .addColumn('age_band', 'text')
    .addColumn('gender', 'text')
    .addColumn('district', 'text')
    .addColumn('heard_via', 'text')
    .addColumn('campaign_id', 'text')
    .addColumn('referred_onward', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('referred_to', 'text')
    .addColumn('carer_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contact_log_tenant_date_idx').on('contact_log').columns(['tenant_id', 'contact_date']).execute();
  await db.schema.createIndex('contact_log_user_idx').on('contact_log').columns(['tenant_id', 'user_id', 'created_at']).execute();
  await db.schema.createIndex('contact_log_carer_idx').on('contact_log').column('carer_id').execute();

  await db.schema.createTable('carers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_norm', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('phone_norm', 'text')
    .addColumn('email', 'text')
    .addColumn('personnummer', 'text')
    .addColumn('target_group', 'text')
    .addColumn('relationship', 'text')
    .addColumn('age_band', 'text')
    .addColumn('gender', 'text')
    .addColumn('support_contact_user_id', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('last_activity_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('carers_tenant_unit_idx').on('carers').columns(['tenant_id', 'unit_id']).execute();
  await db.schema.createIndex('carers_tenant_pnr_idx').on('carers').columns(['tenant_id', 'personnummer']).execute();
  await db.schema.createIndex('carers_tenant_phone_idx').on('carers').columns(['tenant_id', 'phone_norm']).execute();
  await db.schema.createIndex('carers_tenant_email_idx').on('carers').columns(['tenant_id', 'email']).execute();
  await db.schema.createIndex('carers_tenant_name_idx').on('carers').columns(['tenant_id', 'name_norm']).execute();

  await db.schema.createTable('carer_consents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('carer_id', 'text', (c) => c.notNull().references('carers.id').onDelete('cascade'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('wording', 'text', (c) => c.notNull())
    .addColumn('given_on', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('withdrawn_on', 'text')
    .addColumn('withdrawn_by', 'text')
    .execute();
  await db.schema.createIndex('carer_consents_carer_idx').on('carer_consents').column('carer_id').execute();

  await db.schema.createTable('carer_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('carer_id', 'text', (c) => c.notNull().references('carers.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('action_type', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('assigned_user_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('done_on', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('carer_actions_due_idx').on('carer_actions').columns(['tenant_id', 'status', 'due_on']).execute();
  await db.schema.createIndex('carer_actions_carer_idx').on('carer_actions').column('carer_id').execute();

  await db.schema.createTable('journal_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('carer_id', 'text', (c) => c.notNull().references('carers.id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('signed_by', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .addColumn('corrects_id', 'text')
    .execute();
  await db.schema.createIndex('journal_entries_carer_idx').on('journal_entries').columns(['carer_id', 'signed_at']).execute();
  // Signed entries are immutable: the database refuses changes to their content. (Moving an
  // entry to another carer on a merge changes carer_id only, which stays allowed.)
  if (ctx.dialect === 'postgres') {
    await sql`CREATE FUNCTION journal_entries_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'signed journal entries are immutable'; END $$`.execute(db);
    await sql`CREATE TRIGGER journal_entries_no_edit BEFORE UPDATE OF body, signed_by, signed_at, corrects_id ON journal_entries
      FOR EACH ROW EXECUTE FUNCTION journal_entries_immutable()`.execute(db);
  } else {
    await sql`CREATE TRIGGER journal_entries_no_edit BEFORE UPDATE OF body, signed_by, signed_at, corrects_id ON journal_entries
      BEGIN SELECT RAISE(ABORT, 'signed journal entries are immutable'); END`.execute(db);
  }

  await db.schema.createTable('referrals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('from_unit_id', 'text')
    .addColumn('from_user_id', 'text')
    .addColumn('to_unit_id', 'text')
    .addColumn('carer_name', 'text')
    .addColumn('carer_phone', 'text')
    .addColumn('carer_email', 'text')
    .addColumn('reach_note', 'text')
    .addColumn('message', 'text')
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('target_group', 'text')
    .addColumn('carer_age_band', 'text')
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('consent_carer', 'integer', (c) => c.notNull())
    .addColumn('consent_carer_wording', 'text', (c) => c.notNull())
    .addColumn('consent_cared_for', 'text', (c) => c.notNull())
    .addColumn('consent_cared_for_wording', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('assigned_user_id', 'text')
    .addColumn('target_date', 'text', (c) => c.notNull())
    .addColumn('first_contact_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('close_reason', 'text')
    .addColumn('carer_id', 'text')
    .addColumn('contact_deleted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('referrals_tenant_unit_idx').on('referrals').columns(['tenant_id', 'to_unit_id', 'status']).execute();
  await db.schema.createIndex('referrals_tenant_created_idx').on('referrals').columns(['tenant_id', 'created_at']).execute();
  await db.schema.createIndex('referrals_from_user_idx').on('referrals').columns(['tenant_id', 'from_user_id']).execute();

  await db.schema.createTable('needs_assessments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('unit_id', 'text')
    .addColumn('recorded_by', 'text')
    .addColumn('assessed_on', 'text', (c) => c.notNull())
    .addColumn('took_part', 'integer', (c) => c.notNull())
    .addColumn('views_considered', 'text', (c) => c.notNull())
    .addColumn('own_support', 'integer', (c) => c.notNull())
    .addColumn('referral_id', 'text')
    .addColumn('carer_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('needs_assessments_tenant_idx').on('needs_assessments').columns(['tenant_id', 'assessed_on']).execute();

  await db.schema.createTable('audit_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('reviewer_id', 'text', (c) => c.notNull())
    .addColumn('unit_ids', 'text', (c) => c.notNull())
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('seed', 'text', (c) => c.notNull())
    .addColumn('sample_size', 'integer', (c) => c.notNull())
    .addColumn('population', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .addColumn('conclusion', 'text')
    .execute();
  await db.schema.createIndex('audit_reviews_tenant_idx').on('audit_reviews').columns(['tenant_id', 'created_at']).execute();

  await db.schema.createTable('audit_review_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('review_id', 'text', (c) => c.notNull().references('audit_reviews.id').onDelete('cascade'))
    .addColumn('audit_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('verdict', 'text')
    .addColumn('comment', 'text')
    .execute();
  await db.schema.createIndex('audit_review_items_review_idx').on('audit_review_items').columns(['review_id', 'position']).execute();
}

export async function down(db: Kysely<any>, ctx: MigrationContext): Promise<void> {
  for (const t of ['audit_review_items', 'audit_reviews', 'needs_assessments', 'referrals']) await db.schema.dropTable(t).execute();
  await db.schema.dropTable('journal_entries').execute();
  if (ctx.dialect === 'postgres') await sql`DROP FUNCTION IF EXISTS journal_entries_immutable()`.execute(db);
  for (const t of ['carer_actions', 'carer_consents', 'carers', 'contact_log']) await db.schema.dropTable(t).execute();
}
