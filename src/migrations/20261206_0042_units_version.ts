import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

// Signed-in pages keep the municipality's organisation tree in memory (issue 17): every request
// needs it to compute the unit scope of the staff member's roles. tenants.units_version is
// counted up by the database itself on every insert, update and delete of org_units, in the
// same transaction as the change, so nothing that writes units (the app, the CLI, a restore,
// another instance) can forget it. The session read carries the version; a request whose
// version differs from the kept tree's reads the tree again.
export async function up(db: Kysely<any>, ctx: MigrationContext): Promise<void> {
  await db.schema.alterTable('tenants').addColumn('units_version', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  if (ctx.dialect === 'postgres') {
    await sql`CREATE FUNCTION org_units_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          UPDATE tenants SET units_version = units_version + 1 WHERE id = OLD.tenant_id;
        END IF;
        IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.tenant_id IS DISTINCT FROM OLD.tenant_id) THEN
          UPDATE tenants SET units_version = units_version + 1 WHERE id = NEW.tenant_id;
        END IF;
        RETURN NULL;
      END $$`.execute(db);
    await sql`CREATE TRIGGER org_units_version AFTER INSERT OR UPDATE OR DELETE ON org_units
      FOR EACH ROW EXECUTE FUNCTION org_units_bump_version()`.execute(db);
    return;
  }
  await sql`CREATE TRIGGER org_units_version_insert AFTER INSERT ON org_units
    BEGIN UPDATE tenants SET units_version = units_version + 1 WHERE id = NEW.tenant_id; END`.execute(db);
  await sql`CREATE TRIGGER org_units_version_update AFTER UPDATE ON org_units
    BEGIN UPDATE tenants SET units_version = units_version + 1 WHERE id IN (OLD.tenant_id, NEW.tenant_id); END`.execute(db);
  await sql`CREATE TRIGGER org_units_version_delete AFTER DELETE ON org_units
    BEGIN UPDATE tenants SET units_version = units_version + 1 WHERE id = OLD.tenant_id; END`.execute(db);
}

export async function down(db: Kysely<any>, ctx: MigrationContext): Promise<void> {
  if (ctx.dialect === 'postgres') {
    await sql`DROP TRIGGER org_units_version ON org_units`.execute(db);
    await sql`DROP FUNCTION org_units_bump_version()`.execute(db);
  } else {
    for (const t of ['insert', 'update', 'delete']) await sql.raw(`DROP TRIGGER org_units_version_${t}`).execute(db);
  }
  await db.schema.alterTable('tenants').dropColumn('units_version').execute();
}
