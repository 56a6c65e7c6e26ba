import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Ambassadors (anhörigombud) and their trainings, governance members, meetings with their
// attachments, and outreach campaigns (SPEC C4).
export async function up(db: Kysely<any>, ctx: MigrationContext): Promise<void> {
  await db.schema.createTable('ambassadors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    // A staff member with an account, or a named one without (person_name).
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('person_name', 'text')
    .addColumn('person_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('designated_by', 'text', (c) => c.references('users.id'))
    .addColumn('since', 'text', (c) => c.notNull())
    .addColumn('ended_on', 'text')
    .addColumn('ended_by', 'text', (c) => c.references('users.id'))
    .addColumn('end_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ambassadors_tenant_unit_idx').on('ambassadors').columns(['tenant_id', 'unit_id']).execute();

  await db.schema.createTable('ambassador_trainings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('ambassador_id', 'text', (c) => c.notNull().references('ambassadors.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ambassador_trainings_amb_idx').on('ambassador_trainings').columns(['tenant_id', 'ambassador_id']).execute();

  await db.schema.createTable('governance_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('body_id', 'text', (c) => c.notNull().references('governance_bodies.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    // Partners live in the partners module; stored as text so neither migration depends on the other.
    .addColumn('partner_id', 'text')
    .addColumn('representative_name', 'text')
    .addColumn('role_in_body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('governance_members_body_idx').on('governance_members').columns(['tenant_id', 'body_id']).execute();

  await db.schema.createTable('governance_meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('body_id', 'text', (c) => c.notNull().references('governance_bodies.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text')
    .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('topic', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('governance_meetings_date_idx').on('governance_meetings').columns(['tenant_id', 'date']).execute();

  await db.schema.createTable('governance_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('governance_meetings.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_type', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    // In the database, not on disk: several app instances and one-command backups see it.
    .addColumn('content', ctx.dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.references('users.id'))
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('governance_attachments_meeting_idx').on('governance_attachments').columns(['tenant_id', 'meeting_id']).execute();

  await db.schema.createTable('outreach_campaigns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('channels', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('cost_kr', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outreach_campaigns_tenant_idx').on('outreach_campaigns').columns(['tenant_id', 'starts_on']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['outreach_campaigns', 'governance_attachments', 'governance_meetings', 'governance_members', 'ambassador_trainings', 'ambassadors']) {
    await db.schema.dropTable(t).execute();
  }
}
