// One function per query; the executor comes first, the tenant (and for identified results the
// unit scope) is always an argument.
import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Scope } from '../../platform/auth/principal.js';
import { newId } from '../../platform/db/helpers.js';
import type { SelfcheckInstrumentsTable, SelfcheckResultsTable, SelfcheckVersionsTable } from './table.js';

type Exec = Kysely<DB> | Transaction<DB>;
export type InstrumentRow = Selectable<SelfcheckInstrumentsTable>;
export type VersionRow = Selectable<SelfcheckVersionsTable>;
export type ResultRow = Selectable<SelfcheckResultsTable>;

// ---- instruments and versions ----

export async function listInstruments(db: Exec, tenantId: string): Promise<InstrumentRow[]> {
  return db.selectFrom('selfcheck_instruments').selectAll().where('tenant_id', '=', tenantId).orderBy('name').orderBy('created_at').execute();
}

export async function findInstrument(db: Exec, tenantId: string, id: string): Promise<InstrumentRow | undefined> {
  return db.selectFrom('selfcheck_instruments').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function insertInstrument(db: Exec, row: Insertable<SelfcheckInstrumentsTable>): Promise<void> {
  await db.insertInto('selfcheck_instruments').values(row).execute();
}

export async function updateInstrument(db: Exec, tenantId: string, id: string, patch: Updateable<SelfcheckInstrumentsTable>): Promise<number> {
  const res = await db.updateTable('selfcheck_instruments').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function clearOfferedPublic(db: Exec, tenantId: string, updatedAt: string): Promise<void> {
  await db.updateTable('selfcheck_instruments').set({ offered_public: 0, updated_at: updatedAt })
    .where('tenant_id', '=', tenantId).where('offered_public', '=', 1).execute();
}

/** The current version of the instrument offered to citizens, if any. */
export async function findPublicVersion(db: Exec, tenantId: string): Promise<VersionRow | undefined> {
  return db.selectFrom('selfcheck_instruments')
    .innerJoin('selfcheck_versions', 'selfcheck_versions.id', 'selfcheck_instruments.current_version_id')
    .selectAll('selfcheck_versions')
    .where('selfcheck_instruments.tenant_id', '=', tenantId).where('selfcheck_versions.tenant_id', '=', tenantId)
    .where('selfcheck_instruments.offered_public', '=', 1)
    .orderBy('selfcheck_instruments.updated_at', 'desc')
    .executeTakeFirst();
}

/** A version with its instrument's public flag; the tenant must own both. */
export async function findVersion(db: Exec, tenantId: string, versionId: string): Promise<(VersionRow & { offered_public: number; current_version_id: string | null }) | undefined> {
  return db.selectFrom('selfcheck_versions')
    .innerJoin('selfcheck_instruments', 'selfcheck_instruments.id', 'selfcheck_versions.instrument_id')
    .selectAll('selfcheck_versions')
    .select(['selfcheck_instruments.offered_public', 'selfcheck_instruments.current_version_id'])
    .where('selfcheck_versions.tenant_id', '=', tenantId).where('selfcheck_instruments.tenant_id', '=', tenantId)
    .where('selfcheck_versions.id', '=', versionId)
    .executeTakeFirst();
}

export async function listVersions(db: Exec, tenantId: string, instrumentId: string): Promise<(VersionRow & { published_by_name: string | null })[]> {
  return db.selectFrom('selfcheck_versions')
    .leftJoin('users', (j) => j.onRef('users.id', '=', 'selfcheck_versions.published_by').on('users.tenant_id', '=', tenantId))
    .selectAll('selfcheck_versions').select('users.name as published_by_name')
    .where('selfcheck_versions.tenant_id', '=', tenantId).where('selfcheck_versions.instrument_id', '=', instrumentId)
    .orderBy('selfcheck_versions.version', 'desc').execute();
}

/** Every instrument's current version, for staff to choose from. */
export async function listCurrentVersions(db: Exec, tenantId: string): Promise<VersionRow[]> {
  return db.selectFrom('selfcheck_instruments')
    .innerJoin('selfcheck_versions', 'selfcheck_versions.id', 'selfcheck_instruments.current_version_id')
    .selectAll('selfcheck_versions')
    .where('selfcheck_instruments.tenant_id', '=', tenantId).where('selfcheck_versions.tenant_id', '=', tenantId)
    .orderBy('selfcheck_instruments.name').execute();
}

export async function maxVersion(db: Exec, tenantId: string, instrumentId: string): Promise<number> {
  const row = await db.selectFrom('selfcheck_versions').select((eb) => eb.fn.max('version').as('v'))
    .where('tenant_id', '=', tenantId).where('instrument_id', '=', instrumentId).executeTakeFirst();
  return Number(row?.v ?? 0);
}

export async function insertVersion(db: Exec, row: Insertable<SelfcheckVersionsTable>): Promise<void> {
  await db.insertInto('selfcheck_versions').values(row).execute();
}

// ---- anonymous counters ----

/** +1 completed check for the month, version and overall band; the only write a citizen's check makes. */
export async function incrementCounter(db: Exec, c: { tenantId: string; month: string; versionId: string; band: string }): Promise<void> {
  await db.insertInto('selfcheck_counters')
    .values({ id: newId(), tenant_id: c.tenantId, month: c.month, version_id: c.versionId, band: c.band, count: 1 })
    .onConflict((oc) => oc.columns(['tenant_id', 'month', 'version_id', 'band']).doUpdateSet((eb) => ({ count: eb('selfcheck_counters.count', '+', 1) })))
    .execute();
}

/**
 * Remember a counted completion token; false when it was counted before (the row exists). A
 * concurrent insert of the same token waits for the first and then does nothing.
 */
export async function rememberCompletion(db: Exec, c: { tenantId: string; tokenHash: string; issuedOn: string }): Promise<boolean> {
  const res = await db.insertInto('selfcheck_completions').values({ token_hash: c.tokenHash, tenant_id: c.tenantId, issued_on: c.issuedOn })
    .onConflict((oc) => oc.column('token_hash').doNothing()).executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Forget completion tokens issued before `oldestDay`: they can no longer be counted anyway. */
export async function forgetCompletions(db: Exec, tenantId: string, oldestDay: string): Promise<void> {
  await db.deleteFrom('selfcheck_completions').where('tenant_id', '=', tenantId).where('issued_on', '<', oldestDay).execute();
}

/** The year's anonymous counters with their version number (definitions: versionsByIds, once per version). */
export async function countersForYear(db: Exec, tenantId: string, year: number) {
  return db.selectFrom('selfcheck_counters')
    .innerJoin('selfcheck_versions', 'selfcheck_versions.id', 'selfcheck_counters.version_id')
    .select(['selfcheck_counters.month', 'selfcheck_counters.band', 'selfcheck_counters.count', 'selfcheck_counters.version_id', 'selfcheck_versions.version'])
    .where('selfcheck_counters.tenant_id', '=', tenantId).where('selfcheck_versions.tenant_id', '=', tenantId)
    .where('selfcheck_counters.month', '>=', `${year}-01`).where('selfcheck_counters.month', '<=', `${year}-12`)
    .orderBy('selfcheck_counters.month').orderBy('selfcheck_versions.version').execute();
}

export async function versionsByIds(db: Exec, tenantId: string, ids: string[]): Promise<Pick<VersionRow, 'id' | 'instrument_id' | 'version' | 'definition'>[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('selfcheck_versions').select(['id', 'instrument_id', 'version', 'definition'])
    .where('tenant_id', '=', tenantId).where('id', 'in', ids).execute();
}

// ---- identified results ----

export async function insertResult(db: Exec, row: Insertable<SelfcheckResultsTable>): Promise<void> {
  await db.insertInto('selfcheck_results').values(row).execute();
}

/** A carer's results within the user's unit scope, oldest first, each with its version. */
export async function listResultsForCarer(db: Exec, scope: Scope, carerId: string) {
  let q = db.selectFrom('selfcheck_results')
    .innerJoin('selfcheck_versions', 'selfcheck_versions.id', 'selfcheck_results.version_id')
    .selectAll('selfcheck_results')
    .select(['selfcheck_versions.version', 'selfcheck_versions.definition', 'selfcheck_versions.instrument_id'])
    .where('selfcheck_results.tenant_id', '=', scope.tenantId).where('selfcheck_versions.tenant_id', '=', scope.tenantId)
    .where('selfcheck_results.carer_id', '=', carerId);
  if (scope.units !== 'all') {
    if (scope.units.length === 0) return [];
    q = q.where('selfcheck_results.unit_id', 'in', scope.units);
  }
  return q.orderBy('selfcheck_results.recorded_at').orderBy('selfcheck_results.id').execute();
}

export async function listAllResultsForCarer(db: Exec, tenantId: string, carerId: string): Promise<ResultRow[]> {
  return db.selectFrom('selfcheck_results').selectAll().where('tenant_id', '=', tenantId).where('carer_id', '=', carerId).orderBy('recorded_at').execute();
}

export async function deleteResultsForCarer(db: Exec, tenantId: string, carerId: string): Promise<number> {
  const res = await db.deleteFrom('selfcheck_results').where('tenant_id', '=', tenantId).where('carer_id', '=', carerId).executeTakeFirst();
  return Number(res.numDeletedRows);
}

/** When the carers module merges two records, the results follow the kept one. */
export async function moveResultsToCarer(db: Exec, tenantId: string, fromCarerId: string, toCarerId: string): Promise<number> {
  const res = await db.updateTable('selfcheck_results').set({ carer_id: toCarerId }).where('tenant_id', '=', tenantId).where('carer_id', '=', fromCarerId).executeTakeFirst();
  return Number(res.numUpdatedRows);
}
