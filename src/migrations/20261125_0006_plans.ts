import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Activity plans (SPEC C5): plans → goals (overarching and sub-goals) → activities → amounts per
// year in integer kronor.
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.createTable('plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('start_year', 'integer', (c) => c.notNull())
    .addColumn('end_year', 'integer', (c) => c.notNull())
    .addColumn('grant_per_inhabitant_ore', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plans_tenant_idx').on('plans').columns(['tenant_id', 'start_year']).execute();

  await db.schema.createTable('plan_goals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('parent_id', 'text', (c) => c.references('plan_goals.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plan_goals_plan_idx').on('plan_goals').columns(['tenant_id', 'plan_id']).execute();

  await db.schema.createTable('plan_activities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('goal_id', 'text', (c) => c.notNull().references('plan_goals.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('target_group', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('responsible', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('responsible_body_id', 'text', (c) => c.references('governance_bodies.id').onDelete('set null'))
    .addColumn('budget_line', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plan_activities_plan_idx').on('plan_activities').columns(['tenant_id', 'plan_id']).execute();
  await db.schema.createIndex('plan_activities_goal_idx').on('plan_activities').column('goal_id').execute();

  await db.schema.createTable('plan_activity_years')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('activity_id', 'text', (c) => c.notNull().references('plan_activities.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('budget_kr', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('actual_kr', 'integer')
    .addPrimaryKeyConstraint('plan_activity_years_pkey', ['activity_id', 'year'])
    .execute();
  await db.schema.createIndex('plan_activity_years_tenant_year_idx').on('plan_activity_years').columns(['tenant_id', 'year']).execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.dropTable('plan_activity_years').execute();
  await db.schema.dropTable('plan_activities').execute();
  await db.schema.dropTable('plan_goals').execute();
  await db.schema.dropTable('plans').execute();
}
