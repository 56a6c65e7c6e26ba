import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Self-check (belastningskoll): instruments with immutable versions, results attached to an
// identified carer, and anonymous monthly counters.
export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.createTable('selfcheck_instruments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('draft', 'text', (c) => c.notNull())
    .addColumn('offered_public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('current_version_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('selfcheck_instruments_tenant_idx').on('selfcheck_instruments').column('tenant_id').execute();

  await db.schema.createTable('selfcheck_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('instrument_id', 'text', (c) => c.notNull().references('selfcheck_instruments.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text')
    .execute();
  await db.schema.createIndex('selfcheck_versions_instrument_uq').on('selfcheck_versions').columns(['instrument_id', 'version']).unique().execute();

  await db.schema.createTable('selfcheck_results')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('carer_id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text')
    .addColumn('version_id', 'text', (c) => c.notNull().references('selfcheck_versions.id'))
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('scores', 'text', (c) => c.notNull())
    .addColumn('consent_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('selfcheck_results_carer_idx').on('selfcheck_results').columns(['tenant_id', 'carer_id', 'recorded_at']).execute();

  await db.schema.createTable('selfcheck_counters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('version_id', 'text', (c) => c.notNull().references('selfcheck_versions.id'))
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('selfcheck_counters_uq').on('selfcheck_counters').columns(['tenant_id', 'month', 'version_id', 'band']).unique().execute();
}

export async function down(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.dropTable('selfcheck_counters').execute();
  await db.schema.dropTable('selfcheck_results').execute();
  await db.schema.dropTable('selfcheck_versions').execute();
  await db.schema.dropTable('selfcheck_instruments').execute();
}
