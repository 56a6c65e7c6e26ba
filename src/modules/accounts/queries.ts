// One function per query; the executor first, the tenant always an argument.
import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { CarerAccountsTable, CarerCodesTable } from './table.js';

type Exec = Kysely<DB> | Transaction<DB>;
export type AccountRow = Selectable<CarerAccountsTable>;
export type CodeRow = Selectable<CarerCodesTable>;

export async function insertAccount(db: Exec, row: Insertable<CarerAccountsTable>): Promise<void> {
  await db.insertInto('carer_accounts').values(row).execute();
}

export async function findAccount(db: Exec, tenantId: string, id: string): Promise<AccountRow | undefined> {
  return db.selectFrom('carer_accounts').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function findAccountByAddress(db: Exec, tenantId: string, addressHash: string): Promise<AccountRow | undefined> {
  return db.selectFrom('carer_accounts').selectAll().where('tenant_id', '=', tenantId).where('address_hash', '=', addressHash).executeTakeFirst();
}

export async function findAccountByEid(db: Exec, tenantId: string, subjectHash: string): Promise<AccountRow | undefined> {
  return db.selectFrom('carer_accounts').selectAll().where('tenant_id', '=', tenantId).where('eid_subject_hash', '=', subjectHash).executeTakeFirst();
}

export async function updateAccount(db: Exec, tenantId: string, id: string, patch: Updateable<CarerAccountsTable>): Promise<void> {
  await db.updateTable('carer_accounts').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

/** The codes the account asked for (claims) or that went to its address (sign-in). */
export async function codesOfAccount(db: Exec, tenantId: string, id: string, addressHash: string | null): Promise<string[]> {
  const rows = await db.selectFrom('carer_codes').select('id').where('tenant_id', '=', tenantId)
    .where((eb) => eb.or([eb('account_id', '=', id), ...(addressHash ? [eb('address_hash', '=', addressHash)] : [])])).execute();
  return rows.map((r) => r.id);
}

export async function deleteAccount(db: Exec, tenantId: string, id: string): Promise<void> {
  await db.deleteFrom('carer_sessions').where('tenant_id', '=', tenantId).where('account_id', '=', id).execute();
  await db.deleteFrom('carer_codes').where('tenant_id', '=', tenantId).where('account_id', '=', id).execute();
  await db.deleteFrom('carer_account_items').where('tenant_id', '=', tenantId).where('account_id', '=', id).execute();
  await db.deleteFrom('carer_saved_selfchecks').where('tenant_id', '=', tenantId).where('account_id', '=', id).execute();
  await db.deleteFrom('carer_accounts').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

/** Accounts the carer chose to link to the identified carer record. */
export async function accountsOfCarer(db: Exec, tenantId: string, carerId: string): Promise<string[]> {
  return (await db.selectFrom('carer_accounts').select('id').where('tenant_id', '=', tenantId).where('carer_id', '=', carerId).orderBy('id').execute()).map((r) => r.id);
}

/** Moves (merge) or clears (erasure, retention) the link from accounts to a carer record. */
export async function relinkCarer(db: Exec, tenantId: string, fromCarerId: string, toCarerId: string | null): Promise<void> {
  const patch = toCarerId ? { carer_id: toCarerId } : { carer_id: null, link_consent_at: null };
  await db.updateTable('carer_accounts').set(patch).where('tenant_id', '=', tenantId).where('carer_id', '=', fromCarerId).execute();
}

/** Accounts whose last activity is before `before` (the inactivity job). */
export async function inactiveAccounts(db: Exec, tenantId: string, before: string): Promise<AccountRow[]> {
  return db.selectFrom('carer_accounts').selectAll().where('tenant_id', '=', tenantId).where('last_active_at', '<', before).execute();
}

// ---- sessions ----------------------------------------------------------------------------

export async function insertSession(db: Exec, row: { id_hash: string; tenant_id: string; account_id: string; auth_method: string; created_at: string }): Promise<void> {
  await db.insertInto('carer_sessions').values({ ...row, last_seen_at: row.created_at }).execute();
}

export async function findSession(db: Exec, idHash: string) {
  return db.selectFrom('carer_sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
}

export async function touchSession(db: Exec, idHash: string, at: string): Promise<void> {
  await db.updateTable('carer_sessions').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(db: Exec, idHash: string): Promise<void> {
  await db.deleteFrom('carer_sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteSessionsOf(db: Exec, tenantId: string, accountId: string): Promise<number> {
  const res = await db.deleteFrom('carer_sessions').where('tenant_id', '=', tenantId).where('account_id', '=', accountId).executeTakeFirst();
  return Number(res.numDeletedRows);
}

export async function pruneSessions(db: Exec, idleBefore: string, createdBefore: string): Promise<void> {
  await db.deleteFrom('carer_sessions').where((eb) => eb.or([eb('last_seen_at', '<', idleBefore), eb('created_at', '<', createdBefore)])).execute();
}

// ---- one-time codes ---------------------------------------------------------------------

export async function insertCode(db: Exec, row: Insertable<CarerCodesTable>): Promise<void> {
  await db.insertInto('carer_codes').values(row).execute();
}

export async function findCode(db: Exec, tenantId: string, id: string): Promise<CodeRow | undefined> {
  return db.selectFrom('carer_codes').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function findCodeByLink(db: Exec, tenantId: string, linkHash: string): Promise<CodeRow | undefined> {
  return db.selectFrom('carer_codes').selectAll().where('tenant_id', '=', tenantId).where('link_hash', '=', linkHash).executeTakeFirst();
}

/** Single use: only the first caller gets 1. */
export async function useCode(db: Exec, tenantId: string, id: string, at: string): Promise<boolean> {
  const res = await db.updateTable('carer_codes').set({ used_at: at }).where('tenant_id', '=', tenantId).where('id', '=', id)
    .where('used_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function countFailure(db: Exec, tenantId: string, id: string): Promise<void> {
  await db.updateTable('carer_codes').set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1) }))
    .where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

/** A new code for an address ends every earlier unused one of the same purpose. */
export async function retireCodes(db: Exec, tenantId: string, addressHash: string, purpose: string, at: string): Promise<void> {
  await db.updateTable('carer_codes').set({ used_at: at }).where('tenant_id', '=', tenantId).where('address_hash', '=', addressHash)
    .where('purpose', '=', purpose).where('used_at', 'is', null).execute();
}

export async function expiredCodes(db: Exec, before: string): Promise<{ id: string; tenant_id: string }[]> {
  return db.selectFrom('carer_codes').select(['id', 'tenant_id']).where('expires_at', '<', before).execute();
}

export async function deleteCodes(db: Exec, ids: string[]): Promise<void> {
  if (ids.length > 0) await db.deleteFrom('carer_codes').where('id', 'in', ids).execute();
}

// ---- items and saved self-checks --------------------------------------------------------

export async function linkItem(db: Exec, row: { id: string; tenant_id: string; account_id: string; kind: string; item_id: string; created_at: string }): Promise<void> {
  await db.insertInto('carer_account_items').values(row).onConflict((oc) => oc.columns(['tenant_id', 'kind', 'item_id']).doNothing()).execute();
}

export async function itemsOf(db: Exec, tenantId: string, accountId: string): Promise<{ kind: string; item_id: string }[]> {
  return db.selectFrom('carer_account_items').select(['kind', 'item_id']).where('tenant_id', '=', tenantId).where('account_id', '=', accountId)
    .orderBy('created_at', 'desc').execute();
}

export async function ownerOf(db: Exec, tenantId: string, kind: string, itemId: string): Promise<string | undefined> {
  return (await db.selectFrom('carer_account_items').select('account_id').where('tenant_id', '=', tenantId).where('kind', '=', kind)
    .where('item_id', '=', itemId).executeTakeFirst())?.account_id;
}

export async function insertSelfcheck(db: Exec, row: { id: string; tenant_id: string; account_id: string; summary: string; saved_at: string }): Promise<void> {
  await db.insertInto('carer_saved_selfchecks').values(row).execute();
}

export async function selfchecksOf(db: Exec, tenantId: string, accountId: string) {
  return db.selectFrom('carer_saved_selfchecks').select(['id', 'summary', 'saved_at']).where('tenant_id', '=', tenantId)
    .where('account_id', '=', accountId).orderBy('saved_at', 'desc').execute();
}

export async function deleteSelfcheck(db: Exec, tenantId: string, accountId: string, id: string): Promise<number> {
  const res = await db.deleteFrom('carer_saved_selfchecks').where('tenant_id', '=', tenantId).where('account_id', '=', accountId)
    .where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows);
}
