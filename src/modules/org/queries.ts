// One function per query; the executor first, the tenant (and the unit scope where staff data
// is listed) always in the arguments.
import type { Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { OrgUnitsTable } from '../../platform/tenancy/table.js';
import type { GovernanceBodiesTable } from './table.js';
import { invalidateTenant } from '../../platform/tenancy/cache.js';

type Exec = Kysely<DB> | Transaction<DB>;
export type UnitRow = Selectable<OrgUnitsTable>;
export type BodyRow = Selectable<GovernanceBodiesTable>;

export async function findUnit(db: Exec, tenantId: string, id: string): Promise<UnitRow | undefined> {
  return db.selectFrom('org_units').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function updateUnit(db: Exec, tenantId: string, id: string, patch: Updateable<OrgUnitsTable>): Promise<number> {
  const res = await db.updateTable('org_units').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function countActiveChildren(db: Exec, tenantId: string, id: string): Promise<number> {
  const r = await db.selectFrom('org_units').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId).where('parent_id', '=', id).where('active', '=', 1).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function listBodies(db: Exec, tenantId: string): Promise<BodyRow[]> {
  return db.selectFrom('governance_bodies').selectAll().where('tenant_id', '=', tenantId).orderBy('name').execute();
}

export async function findBody(db: Exec, tenantId: string, id: string): Promise<BodyRow | undefined> {
  return db.selectFrom('governance_bodies').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function updateBody(db: Exec, tenantId: string, id: string, patch: Updateable<GovernanceBodiesTable>): Promise<number> {
  const res = await db.updateTable('governance_bodies').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export interface UserRow {
  id: string;
  email: string;
  name: string;
  title: string;
  disabled: number;
  created_at: string;
  last_sign_in_at: string | null;
}
export interface RoleRow {
  id: string;
  user_id: string;
  role: string;
  unit_id: string | null;
}

const USER_COLUMNS = ['users.id', 'users.email', 'users.name', 'users.title', 'users.disabled', 'users.created_at', 'users.last_sign_in_at'] as const;

/** Users of the tenant; with a unit list, only those holding a role in one of those units. */
export async function listUsers(db: Exec, tenantId: string, units: 'all' | string[]): Promise<UserRow[]> {
  let q = db.selectFrom('users').select(USER_COLUMNS).where('users.tenant_id', '=', tenantId);
  if (units !== 'all') {
    if (units.length === 0) return [];
    q = q.where('users.id', 'in', (eb) => eb.selectFrom('user_roles').select('user_roles.user_id')
      .where('user_roles.tenant_id', '=', tenantId).where('user_roles.unit_id', 'in', units));
  }
  return q.orderBy('users.name').orderBy('users.email').execute();
}

export async function findUser(db: Exec, tenantId: string, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').select(USER_COLUMNS).where('users.tenant_id', '=', tenantId).where('users.id', '=', id).executeTakeFirst();
}

export async function listRoles(db: Exec, tenantId: string, userIds: string[]): Promise<RoleRow[]> {
  if (userIds.length === 0) return [];
  return db.selectFrom('user_roles').select(['id', 'user_id', 'role', 'unit_id'])
    .where('tenant_id', '=', tenantId).where('user_id', 'in', userIds).orderBy('created_at').orderBy('id').execute();
}

export async function setUserDisabled(db: Exec, tenantId: string, id: string, disabled: boolean): Promise<number> {
  const res = await db.updateTable('users').set({ disabled: disabled ? 1 : 0 }).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function deleteRole(db: Exec, tenantId: string, userId: string, roleId: string): Promise<number> {
  const res = await db.deleteFrom('user_roles').where('tenant_id', '=', tenantId).where('user_id', '=', userId).where('id', '=', roleId).executeTakeFirst();
  return Number(res.numDeletedRows);
}

export async function readSettingsJson(db: Exec, tenantId: string): Promise<string | undefined> {
  const r = await db.selectFrom('tenants').select('settings').where('id', '=', tenantId).executeTakeFirst();
  return r?.settings;
}

export async function writeSettingsJson(db: Exec, tenantId: string, json: string): Promise<void> {
  await db.updateTable('tenants').set({ settings: json }).where('id', '=', tenantId).execute();
  invalidateTenant(tenantId);
}

/** Other tenants' settings, to keep short aliases unique across the installation. */
export async function otherTenantsSettings(db: Exec, tenantId: string): Promise<{ slug: string; settings: string }[]> {
  return db.selectFrom('tenants').select(['slug', 'settings']).where('id', '!=', tenantId).execute();
}
