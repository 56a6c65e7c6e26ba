// Staff accounts as the admin sees them (SPEC §1, §5.8): list with roles and units, create
// with a typed or generated initial password, disable/enable (which ends their sessions), add
// and remove roles. Staff names and e-mail are personal data: reads and writes are audited.
import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/db/clock.js';
import { hasConfirmedFactor, resetFactors } from '../../platform/auth/second-factor.js';
import { audit } from '../../platform/audit/audit.js';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import { destroyUserSessions } from '../../platform/auth/sessions.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import { passwordProblem } from '../../platform/auth/password-policy.js';
import { Conflict, Invalid, NotFound } from '../../platform/http/errors.js';
import { listUnits, type OrgUnit } from '../../platform/tenancy/tenancy.js';
import type { Role } from '../../platform/domain/vocab.js';
import type { RoleForm, UserCreateForm } from './admin-schema.js';
import { assignRole, createUser } from './service.js';
import { mayPlaceAt } from './policy.js';
import { unitPathLabel } from './units.js';
import * as q from './queries.js';

export interface AdminRole {
  id: string;
  role: Role;
  unitId: string | null;
  /** The full path, "Förvaltning › Område › Enhet". */
  unitLabel: string;
  /** Just the unit's own name, for lists. */
  unitName: string;
  /** Inside the admin's scope, so they may remove it. */
  manageable: boolean;
}

export interface AdminUser {
  id: string;
  name: string;
  email: string;
  title: string;
  disabled: boolean;
  lastSignInAt: string | null;
  roles: AdminRole[];
  /** Every role inside the admin's scope: they may disable the account. */
  manageable: boolean;
  /** Has turned on a second factor (read on the user page only) */
  secondFactor?: boolean;
}

function toAdminUsers(rows: q.UserRow[], roles: q.RoleRow[], units: OrgUnit[], scope: Scope): AdminUser[] {
  return rows.map((r) => {
    const own = roles.filter((x) => x.user_id === r.id).map((x) => ({
      id: x.id, role: x.role as Role, unitId: x.unit_id,
      unitLabel: x.unit_id === null ? 'Hela kommunen' : unitPathLabel(units, x.unit_id) || 'Okänd enhet',
      unitName: x.unit_id === null ? 'Hela kommunen' : units.find((u) => u.id === x.unit_id)?.name ?? 'Okänd enhet',
      manageable: mayPlaceAt(scope, x.unit_id),
    }));
    return {
      id: r.id, name: r.name, email: r.email, title: r.title, disabled: r.disabled === 1, lastSignInAt: r.last_sign_in_at, roles: own,
      manageable: scope.units === 'all' || (own.length > 0 && own.every((x) => x.manageable)),
    };
  });
}

export async function listUsersFor(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope): Promise<AdminUser[]> {
  const [rows, units] = await Promise.all([q.listUsers(db, actor.tenantId, scope.units), listUnits(db, actor.tenantId)]);
  const roles = await q.listRoles(db, actor.tenantId, rows.map((r) => r.id));
  await audit(db, { tenantId: actor.tenantId, userId: actor.userId, action: 'user.list', subjectType: 'user', purpose: 'administration' }, clock.now());
  return toAdminUsers(rows, roles, units, scope);
}

/** One user, if the admin may see them (any of their roles in scope); otherwise not found. */
async function loadVisible(db: Kysely<DB>, actor: Principal, scope: Scope, id: string): Promise<AdminUser> {
  const row = await q.findUser(db, actor.tenantId, id);
  if (!row) throw new NotFound();
  const [roles, units] = await Promise.all([q.listRoles(db, actor.tenantId, [id]), listUnits(db, actor.tenantId)]);
  const [user] = toAdminUsers([row], roles, units, scope);
  if (scope.units !== 'all' && !user.roles.some((r) => r.manageable)) throw new NotFound();
  return user;
}

export async function getUserFor(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string): Promise<AdminUser> {
  const user = await loadVisible(db, actor, scope, id);
  await audit(db, { tenantId: actor.tenantId, userId: actor.userId, action: 'user.read', subjectType: 'user', subjectId: id, purpose: 'administration' }, clock.now());
  return { ...user, secondFactor: await hasConfirmedFactor(db, actor.tenantId, id) };
}

/** A lost phone: the user's second factor and recovery codes go, and they are signed out everywhere. */
export async function resetSecondFactor(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string): Promise<void> {
  const user = await loadVisible(db, actor, scope, id);
  if (!user.manageable) throw new Conflict('Användaren har roller utanför dina enheter. Be en administratör för hela kommunen.');
  await resetFactors(db, actor, id, clock.now());
}

const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Four groups of four from an alphabet without look-alikes: about 79 bits. */
export function generatePassword(): string {
  const group = () => Array.from({ length: 4 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}

async function checkRoleUnit(db: Kysely<DB>, tenantId: string, scope: Scope, unitId: string | null): Promise<void> {
  if (!mayPlaceAt(scope, unitId)) throw new Invalid({ unitId: unitId === null ? 'Du kan bara ge roller i dina egna enheter' : 'Välj en enhet i listan' });
  if (unitId !== null) {
    const unit = await q.findUnit(db, tenantId, unitId);
    if (!unit) throw new Invalid({ unitId: 'Välj en enhet i listan' });
    if (unit.active !== 1) throw new Invalid({ unitId: 'Enheten är inaktiv' });
  }
}

export async function createStaffUser(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, form: UserCreateForm): Promise<{ id: string; generatedPassword?: string }> {
  await checkRoleUnit(db, actor.tenantId, scope, form.unitId);
  const generated = form.passwordMode === 'generate' ? generatePassword() : undefined;
  const weak = generated ? undefined : await passwordProblem(form.password!, [form.email, ...form.name.split(/\s+/)]);
  if (weak) throw new Invalid({ password: weak });
  // Hash before the transaction: argon2 takes a while, and SQLite has one writer.
  const passwordHash = await hashPassword(generated ?? form.password!);
  let id = '';
  await db.transaction().execute(async (trx) => {
    id = await createUser(trx, actor.tenantId, { email: form.email, name: form.name, title: form.title, passwordHash, mustChangePassword: true, roles: [{ role: form.role, unitId: form.unitId }] }, clock.now());
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, unitId: form.unitId, action: 'user.create', subjectType: 'user', subjectId: id, purpose: form.role }, clock.now());
  });
  return { id, generatedPassword: generated };
}

export async function setUserDisabled(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string, disabled: boolean): Promise<void> {
  const user = await loadVisible(db, actor, scope, id);
  if (disabled && id === actor.userId) throw new Conflict('Du kan inte inaktivera ditt eget konto.');
  if (!user.manageable) throw new Conflict('Användaren har roller utanför dina enheter. Be en administratör för hela kommunen.');
  await db.transaction().execute(async (trx) => {
    await q.setUserDisabled(trx, actor.tenantId, id, disabled);
    // A disabled account is signed out everywhere at once, not at its next idle timeout.
    if (disabled) await destroyUserSessions(trx, id);
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: disabled ? 'user.disable' : 'user.enable', subjectType: 'user', subjectId: id, purpose: 'administration' }, clock.now());
  });
}

export async function addRole(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string, form: RoleForm): Promise<void> {
  const user = await loadVisible(db, actor, scope, id);
  await checkRoleUnit(db, actor.tenantId, scope, form.unitId);
  if (user.roles.some((r) => r.role === form.role && r.unitId === form.unitId)) {
    throw new Invalid({ role: 'Användaren har redan den rollen där' });
  }
  await db.transaction().execute(async (trx) => {
    await assignRole(trx, actor.tenantId, id, form.role, form.unitId, clock.now());
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, unitId: form.unitId, action: 'user.role_add', subjectType: 'user', subjectId: id, purpose: form.role }, clock.now());
  });
}

export async function removeRole(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string, roleId: string): Promise<void> {
  const user = await loadVisible(db, actor, scope, id);
  const role = user.roles.find((r) => r.id === roleId);
  if (!role) throw new NotFound();
  if (!role.manageable) throw new Conflict('Rollen gäller utanför dina enheter. Be en administratör för hela kommunen.');
  await db.transaction().execute(async (trx) => {
    if (id === actor.userId && role.role === 'admin') {
      // Counted inside the transaction, so two removals at once cannot both pass.
      const admins = (await q.listRoles(trx, actor.tenantId, [id])).filter((r) => r.role === 'admin');
      if (admins.length <= 1) throw new Conflict('Du kan inte ta bort din sista administratörsroll. Be en annan administratör om det behövs.');
    }
    const n = await q.deleteRole(trx, actor.tenantId, id, roleId);
    if (n === 0) throw new NotFound();
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, unitId: role.unitId, action: 'user.role_remove', subjectType: 'user', subjectId: id, purpose: role.role }, clock.now());
  });
}
