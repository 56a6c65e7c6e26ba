import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// The accessibility statement per municipality (DOS-lagen, issue 3) and the reports of
// accessibility problems sent through its feedback form.
//
// accessibility_statements: at most one row per municipality, written by its admin; without
// a row the statement shows Bredvid's default text. The *_text columns are staff-written rich
// text (platform/views/rich-text.tsx).
// accessibility_feedback: what a visitor reported, and an e-mail address only if they gave
// one. Deleted by the admin when handled, and by the job `org.prune-accessibility-feedback`
// after 12 months at the latest.
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.createTable('accessibility_statements')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id').onDelete('cascade'))
    .addColumn('compliance', 'text', (c) => c.notNull())
    .addColumn('non_compliance_text', 'text', (c) => c.notNull())
    .addColumn('burden_text', 'text', (c) => c.notNull())
    .addColumn('out_of_scope_text', 'text', (c) => c.notNull())
    .addColumn('assessment_text', 'text', (c) => c.notNull())
    .addColumn('reviewed_on', 'text', (c) => c.notNull())
    .addColumn('feedback_email', 'text', (c) => c.notNull())
    .addColumn('feedback_phone', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createTable('accessibility_feedback')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('page', 'text')
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('accessibility_feedback_tenant_idx').on('accessibility_feedback').columns(['tenant_id', 'created_at']).execute();
  await db.schema.createIndex('accessibility_feedback_created_idx').on('accessibility_feedback').column('created_at').execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.dropTable('accessibility_feedback').execute();
  await db.schema.dropTable('accessibility_statements').execute();
}
