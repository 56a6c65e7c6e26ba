import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Issue 18, "Min plan" on Mina sidor: the identified carer reads the plan of measures and may
// comment on it; the stödkontakt sees the comments on the plan page. Deleted with the carer
// (erasure, retention), moved with a merge.
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.createTable('carer_plan_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('carer_id', 'text', (c) => c.notNull().references('carers.id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('carer_plan_comments_carer_idx').on('carer_plan_comments').columns(['tenant_id', 'carer_id']).execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.dropTable('carer_plan_comments').execute();
}
