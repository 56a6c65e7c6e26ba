// The organisation (SPEC §2): municipalities, administrations → areas → units, governance
// bodies, users and their roles. Admin pages, the CLI and the demo seed all go through here.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { newId, toJson } from '../../platform/db/helpers.js';
import { isUniqueViolation } from '../../platform/db/database.js';
import { Conflict, Invalid } from '../../platform/http/errors.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import { tenantSettingsSchema, type TenantSettings } from '../../platform/tenancy/settings.js';
import { invalidateTenant } from '../../platform/tenancy/cache.js';
import { ROLES, type BodyKind, type Role, type UnitKind } from '../../platform/domain/vocab.js';

type Exec = Kysely<DB> | Transaction<DB>;

export async function createTenant(db: Exec, input: { slug: string; name: string; settings: Partial<TenantSettings> }, now: Date): Promise<string> {
  const id = newId();
  const settings = tenantSettingsSchema.parse(input.settings);
  try {
    await db.insertInto('tenants').values({ id, slug: input.slug, name: input.name, settings: toJson(settings), active: 1, created_at: now.toISOString() }).execute();
  } catch (err) {
    if (isUniqueViolation(err)) throw new Conflict('Det finns redan en kommun med den adressen', { slug: 'Adressen används redan' });
    throw err;
  }
  return id;
}

export async function updateSettings(db: Exec, tenantId: string, settings: TenantSettings): Promise<void> {
  await db.updateTable('tenants').set({ settings: toJson(tenantSettingsSchema.parse(settings)) }).where('id', '=', tenantId).execute();
  invalidateTenant(tenantId);
}

export async function addUnit(db: Exec, tenantId: string, u: { parentId: string | null; kind: UnitKind; name: string; external?: boolean; sortOrder?: number }, now: Date): Promise<string> {
  if (u.parentId) {
    const parent = await db.selectFrom('org_units').select('id').where('tenant_id', '=', tenantId).where('id', '=', u.parentId).executeTakeFirst();
    if (!parent) throw new Invalid({ parentId: 'Välj en enhet i den här kommunen' });
  }
  const id = newId();
  await db.insertInto('org_units').values({
    id, tenant_id: tenantId, parent_id: u.parentId, kind: u.kind, name: u.name, external: u.external ? 1 : 0, active: 1,
    sort_order: u.sortOrder ?? 0, created_at: now.toISOString(),
  }).execute();
  return id;
}

export async function addBody(db: Exec, tenantId: string, b: { kind: BodyKind; name: string; meetingsPerYear: number | null; description: string }, now: Date): Promise<string> {
  const id = newId();
  await db.insertInto('governance_bodies').values({
    id, tenant_id: tenantId, kind: b.kind, name: b.name, meetings_per_year: b.meetingsPerYear, description: b.description, created_at: now.toISOString(),
  }).execute();
  return id;
}

export interface NewUser {
  email: string;
  name: string;
  title?: string;
  password?: string;
  /** Pre-computed hash (the demo seed hashes one password once). */
  passwordHash?: string;
  /** Someone else set the password: its owner must change it at the first sign-in. */
  mustChangePassword?: boolean;
  roles: { role: Role; unitId: string | null }[];
}

/** Creates a user with roles, in the caller's transaction when given one. */
export async function createUser(db: Exec, tenantId: string, u: NewUser, now: Date): Promise<string> {
  for (const r of u.roles) if (!(ROLES as readonly string[]).includes(r.role)) throw new Invalid({ role: 'Okänd roll' });
  const hash = u.passwordHash ?? (u.password ? await hashPassword(u.password) : null);
  const id = newId();
  const insert = async (trx: Exec) => {
    await trx.insertInto('users').values({
      id, tenant_id: tenantId, email: u.email.toLowerCase(), name: u.name, title: u.title ?? '', password_hash: hash, disabled: 0, must_change_password: u.mustChangePassword ? 1 : 0,
      created_at: now.toISOString(), last_sign_in_at: null,
    }).execute();
    for (const r of u.roles) await assignRole(trx, tenantId, id, r.role, r.unitId, now);
  };
  try {
    if (db.isTransaction) await insert(db);
    else await db.transaction().execute(insert);
  } catch (err) {
    if (isUniqueViolation(err)) throw new Conflict('Det finns redan en användare med den e-postadressen', { email: 'E-postadressen används redan' });
    throw err;
  }
  return id;
}

export async function assignRole(db: Exec, tenantId: string, userId: string, role: Role, unitId: string | null, now: Date): Promise<void> {
  if (unitId) {
    const unit = await db.selectFrom('org_units').select('id').where('tenant_id', '=', tenantId).where('id', '=', unitId).executeTakeFirst();
    if (!unit) throw new Invalid({ unitId: 'Enheten finns inte i den här kommunen' });
  }
  await db.insertInto('user_roles').values({ id: newId(), tenant_id: tenantId, user_id: userId, role, unit_id: unitId, created_at: now.toISOString() }).execute();
}

// The governance module (governance:edit) keeps a body's meeting frequency up to date.
export async function setBodyMeetingsPerYear(db: Exec, tenantId: string, id: string, meetingsPerYear: number | null): Promise<number> {
  const res = await db.updateTable('governance_bodies').set({ meetings_per_year: meetingsPerYear })
    .where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

// Other modules (activity plans: "responsible body") pick a body by id or name.
export async function listGovernanceBodies(db: Exec, tenantId: string): Promise<{ id: string; kind: BodyKind; name: string }[]> {
  const rows = await db.selectFrom('governance_bodies').select(['id', 'kind', 'name']).where('tenant_id', '=', tenantId).orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind as BodyKind, name: r.name }));
}
