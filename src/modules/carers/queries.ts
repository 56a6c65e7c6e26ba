// One function per query; the executor comes first, then the tenant and the unit scope. A
// carer outside the scope is simply not found.
import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { likeEscape, pageWithTotal } from '../../platform/db/helpers.js';
import type { CarerActionsTable, CarerConsentsTable, CarersTable, JournalEntriesTable } from './table.js';
import { reusable, shaped } from '../../platform/db/reuse.js';

export type Exec = Kysely<DB> | Transaction<DB>;
export type Units = 'all' | string[];
export type CarerRow = Selectable<CarersTable>;
export type ConsentRow = Selectable<CarerConsentsTable>;
export type ActionRow = Selectable<CarerActionsTable>;
export type JournalRow = Selectable<JournalEntriesTable>;

function scoped(db: Exec, tenantId: string, units: Units) {
  let q = db.selectFrom('carers').where('carers.tenant_id', '=', tenantId);
  if (units !== 'all') q = q.where('carers.unit_id', 'in', units.length > 0 ? units : ['-']);
  return q;
}

// The carer page's reads are built once (platform/db/reuse.ts); the scope's units are an
// argument, their count and 'all' part of the key.
const carerById = shaped('carers.byId', (db, all: boolean, tenantId: string, units: readonly string[], id: string) =>
  scoped(db, tenantId, all ? 'all' : [...units]).selectAll('carers').where('carers.id', '=', id));

export async function findCarer(db: Exec, tenantId: string, units: Units, id: string): Promise<CarerRow | undefined> {
  return (await carerById(db, units === 'all', tenantId, units === 'all' ? [] : units, id))[0];
}

const carerWithContactById = shaped('carers.byIdWithContact', (db, all: boolean, tenantId: string, units: readonly string[], id: string) =>
  scoped(db, tenantId, all ? 'all' : [...units])
    .leftJoin('users', (j) => j.onRef('users.id', '=', 'carers.support_contact_user_id').onRef('users.tenant_id', '=', 'carers.tenant_id'))
    .selectAll('carers').select('users.name as support_contact_name').where('carers.id', '=', id));

/** findCarer with the stödkontakt's name in the same statement (for the pages that show the carer). */
export async function findCarerWithContact(db: Exec, tenantId: string, units: Units, id: string): Promise<{ row: CarerRow; supportContactName: string | null } | undefined> {
  const found = (await carerWithContactById(db, units === 'all', tenantId, units === 'all' ? [] : units, id))[0];
  if (!found) return undefined;
  const { support_contact_name: supportContactName, ...row } = found;
  return { row, supportContactName };
}

export async function listCarers(db: Exec, tenantId: string, units: Units, f: { supportContact?: string }, limit: number, offset: number) {
  let base = scoped(db, tenantId, units);
  if (f.supportContact) base = base.where('carers.support_contact_user_id', '=', f.supportContact);
  const rows = await base.selectAll('carers').orderBy('carers.name_norm').orderBy('carers.id').limit(limit).offset(offset).execute();
  // Counted only when the page cannot tell the total (pageWithTotal).
  return pageWithTotal(rows, limit, offset, async () => Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n));
}

export interface Match { personnummer?: string; nameNorm?: string; phoneNorm?: string; email?: string; nameLike?: string }

/**
 * Carers in scope matching any of the given keys (search and duplicate detection). Each key is
 * looked up by its own index (tenant_id, key) and the few matches joined to their rows, the
 * matches first (CROSS JOIN keeps that order on SQLite): written as one OR over the keys, SQLite
 * walked every carer of the municipality on every carer page (the duplicate check). A name
 * fragment (search) cannot use an index and reads the municipality's carers, as a search must.
 */
type MatchKey = 'personnummer' | 'name_norm' | 'phone_norm' | 'email' | 'name_like';

// Built once per set of keys and scope form (platform/db/reuse.ts): the duplicate check runs on
// every view of a carer, and a union of three or four arms took Kysely longer to build and
// compile than SQLite takes to run it. `values` and `tenants` are lists whose items each go to
// one arm (the tenant once more for the outer query), so each is still exactly one parameter.
const matching = shaped('carers.matching', (db, s: { keys: MatchKey[]; all: boolean; limit: number }, values: readonly string[],
  tenants: readonly string[], units: readonly string[]) => {
  const arms = s.keys.map((key, i) => db.selectFrom('carers').select('carers.id').where('carers.tenant_id', '=', tenants[i]!)
    .where(`carers.${key === 'name_like' ? 'name_norm' : key}`, key === 'name_like' ? 'like' : '=', values[i]!));
  const matches = arms.slice(1).reduce((all, arm) => all.union(arm), arms[0]!);
  let q = db.selectFrom(matches.as('m')).crossJoin('carers').whereRef('carers.id', '=', 'm.id').where('carers.tenant_id', '=', tenants[s.keys.length]!);
  if (!s.all) q = q.where('carers.unit_id', 'in', units);
  return q.selectAll('carers').orderBy('carers.name_norm').limit(s.limit);
});

export async function findMatching(db: Exec, tenantId: string, units: Units, m: Match, limit = 50): Promise<CarerRow[]> {
  const wanted: [MatchKey, string | undefined][] = [
    ['personnummer', m.personnummer], ['name_norm', m.nameNorm], ['phone_norm', m.phoneNorm], ['email', m.email],
    ['name_like', m.nameLike ? `%${likeEscape(m.nameLike)}%` : undefined],
  ];
  const arms = wanted.filter((w): w is [MatchKey, string] => !!w[1]);
  if (arms.length === 0) return [];
  const scopeUnits = units === 'all' ? [] : units.length > 0 ? units : ['-'];
  return matching(db, { keys: arms.map(([k]) => k), all: units === 'all', limit }, arms.map(([, v]) => v), arms.map(() => tenantId).concat(tenantId),
    scopeUnits);
}

export async function insertCarer(db: Exec, row: Insertable<CarersTable>): Promise<void> {
  await db.insertInto('carers').values(row).execute();
}

export async function updateCarer(db: Exec, tenantId: string, units: Units, id: string, patch: Updateable<CarersTable>): Promise<number> {
  let q = db.updateTable('carers').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id);
  if (units !== 'all') q = q.where('unit_id', 'in', units.length > 0 ? units : ['-']);
  return Number((await q.executeTakeFirst()).numUpdatedRows);
}

export async function deleteCarer(db: Exec, tenantId: string, id: string): Promise<number> {
  for (const t of ['journal_entries', 'carer_actions', 'carer_consents', 'support_offers', 'carer_plan_measures', 'carer_plan_comments'] as const) {
    await db.deleteFrom(t).where('tenant_id', '=', tenantId).where('carer_id', '=', id).execute();
  }
  return Number((await db.deleteFrom('carers').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst()).numDeletedRows);
}

export const listConsents: (db: Exec, tenantId: string, carerId: string) => Promise<ConsentRow[]> = reusable('carers.consents', (db, tenantId: string, carerId: string) =>
  db.selectFrom('carer_consents').selectAll().where('tenant_id', '=', tenantId).where('carer_id', '=', carerId)
    .orderBy('given_on', 'desc').orderBy('recorded_at', 'desc'));
export async function insertConsent(db: Exec, row: Insertable<CarerConsentsTable>): Promise<void> {
  await db.insertInto('carer_consents').values(row).execute();
}
export async function withdrawConsent(db: Exec, tenantId: string, carerId: string, id: string, on: string, by: string): Promise<number> {
  const res = await db.updateTable('carer_consents').set({ withdrawn_on: on, withdrawn_by: by }).where('tenant_id', '=', tenantId)
    .where('carer_id', '=', carerId).where('id', '=', id).where('withdrawn_on', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** A carer's planned actions with the assigned colleague's name (a join, not a second statement:
 *  the carer page is read often). A colleague of another municipality is never named. */
export const listActions: (db: Exec, tenantId: string, carerId: string) => Promise<(ActionRow & { assigned_name: string | null })[]> = reusable('carers.actions', (db, tenantId: string, carerId: string) =>
  db.selectFrom('carer_actions')
    .leftJoin('users', (j) => j.onRef('users.id', '=', 'carer_actions.assigned_user_id').onRef('users.tenant_id', '=', 'carer_actions.tenant_id'))
    .selectAll('carer_actions').select('users.name as assigned_name')
    .where('carer_actions.tenant_id', '=', tenantId).where('carer_actions.carer_id', '=', carerId)
    .orderBy('carer_actions.due_on').orderBy('carer_actions.created_at'));
export async function insertAction(db: Exec, row: Insertable<CarerActionsTable>): Promise<void> {
  await db.insertInto('carer_actions').values(row).execute();
}
export async function setActionStatus(db: Exec, tenantId: string, carerId: string, id: string, patch: Updateable<CarerActionsTable>): Promise<number> {
  const res = await db.updateTable('carer_actions').set(patch).where('tenant_id', '=', tenantId).where('carer_id', '=', carerId)
    .where('id', '=', id).where('status', '=', 'planned').executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Planned actions due on or before a date, for carers in scope (overdue lists). */
export async function plannedDue(db: Exec, tenantId: string, units: Units, onOrBefore: string, assignedTo?: string) {
  let q = db.selectFrom('carer_actions').innerJoin('carers', 'carers.id', 'carer_actions.carer_id')
    .leftJoin('users', 'users.id', 'carer_actions.assigned_user_id')
    .select(['carer_actions.id', 'carer_actions.carer_id', 'carer_actions.kind', 'carer_actions.action_type', 'carer_actions.due_on',
      'carer_actions.assigned_user_id', 'carers.name as carer_name', 'carers.unit_id', 'users.name as assigned_name'])
    .where('carer_actions.tenant_id', '=', tenantId).where('carers.tenant_id', '=', tenantId)
    .where('carer_actions.status', '=', 'planned').where('carer_actions.due_on', '<=', onOrBefore);
  if (units !== 'all') q = q.where('carers.unit_id', 'in', units.length > 0 ? units : ['-']);
  if (assignedTo) q = q.where('carer_actions.assigned_user_id', '=', assignedTo);
  return q.orderBy('carer_actions.due_on').orderBy('carer_actions.id').limit(500).execute();
}

export const listJournal = reusable('carers.journal', (db, tenantId: string, carerId: string) =>
  db.selectFrom('journal_entries').leftJoin('users', 'users.id', 'journal_entries.signed_by')
    .selectAll('journal_entries').select('users.name as signer_name')
    .where('journal_entries.tenant_id', '=', tenantId).where('journal_entries.carer_id', '=', carerId)
    .orderBy('journal_entries.signed_at').orderBy('journal_entries.id'));
export async function insertJournal(db: Exec, row: Insertable<JournalEntriesTable>): Promise<void> {
  await db.insertInto('journal_entries').values(row).execute();
}
export async function lastJournalAt(db: Exec, tenantId: string, carerId: string): Promise<string | null> {
  const r = await db.selectFrom('journal_entries').select((eb) => eb.fn.max('signed_at').as('last'))
    .where('tenant_id', '=', tenantId).where('carer_id', '=', carerId).executeTakeFirst();
  return (r?.last as string | null | undefined) ?? null;
}

/** Move a duplicate's history to the surviving record. */
export async function moveChildren(db: Exec, tenantId: string, fromId: string, toId: string): Promise<void> {
  for (const t of ['journal_entries', 'carer_actions', 'carer_consents', 'support_offers', 'carer_plan_measures', 'carer_plan_comments'] as const) {
    await db.updateTable(t).set({ carer_id: toId }).where('tenant_id', '=', tenantId).where('carer_id', '=', fromId).execute();
  }
}

/** Carers of a tenant whose last activity is before a date (retention candidates). */
export async function inactiveSince(db: Exec, tenantId: string, beforeIso: string): Promise<CarerRow[]> {
  return db.selectFrom('carers').selectAll().where('tenant_id', '=', tenantId).where('last_activity_at', '<', beforeIso).limit(1000).execute();
}

const namesOf = reusable('carers.userNames', (db, tenantId: string, ids: readonly string[]) =>
  db.selectFrom('users').select(['id', 'name']).where('tenant_id', '=', tenantId).where('id', 'in', ids));
export async function userNames(db: Exec, tenantId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await namesOf(db, tenantId, ids);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Staff holding the role somewhere in the tenant, with the unit each grant is held in. */
export const usersWithRole = reusable('carers.usersWithRole', (db, tenantId: string, role: string) =>
  db.selectFrom('user_roles').innerJoin('users', 'users.id', 'user_roles.user_id')
    .select(['users.id', 'users.name', 'users.email', 'users.title', 'user_roles.unit_id'])
    .where('user_roles.tenant_id', '=', tenantId).where('user_roles.role', '=', role).where('users.disabled', '=', 0)
    .orderBy('users.name'));

/** Planned actions and follow-ups due in a date range, by status (yearly report). */
/** Actions due in [from, to] counted by kind and status; `past`: of those, due before `today`. */
export async function actionTalliesDueBetween(db: Exec, tenantId: string, from: string, to: string, today: string): Promise<{ kind: string; status: string; n: number; past: number }[]> {
  const rows = await db.selectFrom('carer_actions')
    .select((eb) => ['kind', 'status', eb.fn.countAll<number>().as('n'), eb.fn.sum<number>(eb.case().when('due_on', '<', today).then(1).else(0).end()).as('past')])
    .where('tenant_id', '=', tenantId).where('due_on', '>=', from).where('due_on', '<=', to).groupBy(['kind', 'status']).execute();
  return rows.map((r) => ({ kind: r.kind, status: r.status, n: Number(r.n), past: Number(r.past ?? 0) }));
}
