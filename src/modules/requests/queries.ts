// One function per query; the executor comes first, the tenant (and for staff reads the unit
// scope) is always an argument.
import { sql, type Insertable, type Kysely, type Selectable, type Transaction, type Updateable } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { ContactRequestsTable } from './table.js';
import { shaped } from '../../platform/db/reuse.js';
import { pageWithTotal } from '../../platform/db/helpers.js';

type Exec = Kysely<DB> | Transaction<DB>;
export type RequestRow = Selectable<ContactRequestsTable>;

/** The contact details a withdrawal or retention erases; everything else is statistics. */
export const ERASED = { name: null, phone: null, email: null, message: null, selfcheck_summary: null, violence_note: null } as const;

export async function insertRequest(db: Exec, row: Insertable<ContactRequestsTable>): Promise<void> {
  await db.insertInto('contact_requests').values(row).execute();
}

export async function findByTokenHash(db: Exec, tenantId: string, hash: string): Promise<RequestRow | undefined> {
  return db.selectFrom('contact_requests').selectAll().where('tenant_id', '=', tenantId).where('status_token_hash', '=', hash).executeTakeFirst();
}

export async function findByReference(db: Exec, tenantId: string, reference: string): Promise<RequestRow | undefined> {
  return db.selectFrom('contact_requests').selectAll().where('tenant_id', '=', tenantId).where('reference', '=', reference).executeTakeFirst();
}

export async function findByIds(db: Exec, tenantId: string, ids: string[]): Promise<RequestRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('contact_requests').selectAll().where('tenant_id', '=', tenantId).where('id', 'in', ids).orderBy('created_at', 'desc').execute();
}

export async function findById(db: Exec, tenantId: string, id: string): Promise<RequestRow | undefined> {
  return db.selectFrom('contact_requests').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export interface InboxWhere {
  tenantId: string;
  units: 'all' | string[];
  commonQueue: boolean;
  statuses?: string[];
  assignedUserId?: string;
}

/** The open statuses, exactly as the partial index contact_requests_open_idx names them. */
const OPEN = ['new', 'assigned', 'contacted'];
const isOpenSet = (statuses: readonly string[]): boolean => statuses.length === OPEN.length && OPEN.every((s) => statuses.includes(s));

function inboxQuery(db: Exec, w: InboxWhere) {
  let q = db.selectFrom('contact_requests')
    .leftJoin('org_units', 'org_units.id', 'contact_requests.routed_unit_id')
    .leftJoin('users', 'users.id', 'contact_requests.assigned_user_id')
    .where('contact_requests.tenant_id', '=', w.tenantId);
  if (w.units !== 'all') {
    const units = w.units;
    if (units.length === 0 && !w.commonQueue) return q.where('contact_requests.id', '=', '');
    q = q.where((eb) => eb.or([
      ...(units.length > 0 ? [eb('contact_requests.routed_unit_id', 'in', units)] : []),
      ...(w.commonQueue ? [eb('contact_requests.routed_unit_id', 'is', null)] : []),
    ]));
  }
  if (w.statuses && isOpenSet(w.statuses)) {
    // As literals, so the partial index of open requests (migration 0044, plans without statistics) is usable: a planner
    // cannot prove a bound parameter matches the index's condition.
    q = q.where('contact_requests.status', 'in', OPEN.map((s) => sql.lit(s)));
  } else if (w.statuses) q = q.where('contact_requests.status', 'in', w.statuses);
  if (w.assignedUserId) q = q.where('contact_requests.assigned_user_id', '=', w.assignedUserId);
  return q;
}

/** The columns the inbox list shows: no contact details, message or notes (reading those is
 *  audited, one request at a time), and half the values to convert per row. */
export const INBOX_COLUMNS = [
  'id', 'reference', 'created_at', 'status', 'mode', 'channel', 'topic', 'target_group', 'age_band', 'relative_age_band',
  'preferred_language', 'preferred_time', 'heard_via', 'campaign_id', 'routed_unit_id', 'assigned_user_id', 'contacted_at',
  'closed_at', 'close_reason', 'erased_at', 'violence_flag',
] as const satisfies readonly (keyof ContactRequestsTable)[];
export type InboxRow = Pick<RequestRow, (typeof INBOX_COLUMNS)[number]>;

/** The inbox's shape: which of its filters apply (the values are arguments). */
interface InboxShape { allUnits: boolean; commonQueue: boolean; statuses: boolean; open: boolean; assigned: boolean }
type InboxArgs = [tenantId: string, units: readonly string[], statuses: readonly string[], assigned: readonly string[]];

function inboxArgs(w: InboxWhere): { shape: InboxShape; args: InboxArgs } {
  const open = !!w.statuses && isOpenSet(w.statuses);
  return {
    shape: { allUnits: w.units === 'all', commonQueue: w.commonQueue, statuses: !!w.statuses, open, assigned: !!w.assignedUserId },
    // The open set is part of the shape (literals in the SQL), not an argument.
    args: [w.tenantId, w.units === 'all' ? [] : w.units, open ? [] : w.statuses ?? [], w.assignedUserId ? [w.assignedUserId] : []],
  };
}
const inboxWhere = (s: InboxShape, [tenantId, units, statuses, assigned]: InboxArgs): InboxWhere => ({
  tenantId, units: s.allUnits ? 'all' : [...units], commonQueue: s.commonQueue,
  statuses: s.open ? [...OPEN] : s.statuses ? [...statuses] : undefined, assignedUserId: s.assigned ? assigned[0] : undefined,
});

// Built once per shape (platform/db/reuse.ts): the inbox is the most visited staff page.
// The page size is part of the shape (a literal LIMIT, platform/db/sqlite-compiler.ts); the offset is an argument.
const inboxRows = shaped('requests.inboxRows', (db, s: InboxShape & { limit: number }, tenantId: string, units: readonly string[],
  statuses: readonly string[], assigned: readonly string[], offset: number) => inboxQuery(db, inboxWhere(s, [tenantId, units, statuses, assigned]))
  .select(INBOX_COLUMNS.map((c) => `contact_requests.${c}` as const)).select(['org_units.name as unit_name', 'users.name as assigned_name'])
  .orderBy('contact_requests.created_at', 'desc').orderBy('contact_requests.id').limit(s.limit).offset(offset));
const inboxCount = shaped('requests.inboxCount', (db, s: InboxShape, tenantId: string, units: readonly string[], statuses: readonly string[],
  assigned: readonly string[]) => inboxQuery(db, inboxWhere(s, [tenantId, units, statuses, assigned]))
  .select((eb) => eb.fn.countAll<number>().as('n')));

/** One page of the inbox and its total; the total is counted only when the page cannot tell it
 *  (pageWithTotal): a specialist's queue mostly fits on one page. */
export async function listInbox(db: Exec, w: InboxWhere, limit: number, offset: number) {
  const { shape, args } = inboxArgs(w);
  return pageWithTotal(await inboxRows(db, { ...shape, limit }, ...args, offset), limit, offset,
    async () => Number((await inboxCount(db, shape, ...args))[0]!.n));
}

export async function updateRequest(db: Exec, tenantId: string, id: string, patch: Updateable<ContactRequestsTable>, onlyStatuses?: string[]): Promise<number> {
  let q = db.updateTable('contact_requests').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id);
  if (onlyStatuses) q = q.where('status', 'in', onlyStatuses);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Closed or withdrawn requests whose contact details are still there and whose time is up. */
export async function listErasable(db: Exec, tenantId: string, closedBefore: string): Promise<{ id: string; routed_unit_id: string | null }[]> {
  return db.selectFrom('contact_requests').select(['id', 'routed_unit_id']).where('tenant_id', '=', tenantId)
    .where('erased_at', 'is', null).where('status', 'in', ['closed', 'withdrawn']).where('closed_at', '<', closedBefore).execute();
}

/** The confirmation e-mail to the carer holds their address: it goes with the contact details. */
export async function deleteConfirmationMail(db: Exec, requestId: string): Promise<void> {
  await db.deleteFrom('outbox').where('dedupe_key', '=', `contact-request:${requestId}:confirmation`).execute();
}

export async function tenantSettingsJson(db: Exec, tenantId: string): Promise<string | undefined> {
  return (await db.selectFrom('tenants').select('settings').where('id', '=', tenantId).executeTakeFirst())?.settings;
}

export async function listTenantIds(db: Exec): Promise<{ id: string; settings: string }[]> {
  return db.selectFrom('tenants').select(['id', 'settings']).execute();
}

/** Staff of the municipality with their roles, to find who may handle a request. */
export async function listStaffWithRoles(db: Exec, tenantId: string) {
  return db.selectFrom('users').innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.name', 'users.email', 'user_roles.role', 'user_roles.unit_id'])
    .where('users.tenant_id', '=', tenantId).where('users.disabled', '=', 0).orderBy('users.name').execute();
}

/** Outreach follow-up: when requests naming one of these campaigns arrived (no contact details). */
export async function campaignArrivals(db: Exec, tenantId: string, campaignIds: string[], fromIso: string, toIso: string): Promise<{ campaignId: string; createdAt: string }[]> {
  if (campaignIds.length === 0) return [];
  const rows = await db.selectFrom('contact_requests').select(['campaign_id', 'created_at']).where('tenant_id', '=', tenantId)
    .where('campaign_id', 'in', campaignIds).where('created_at', '>=', fromIso).where('created_at', '<', toIso).execute();
  return rows.map((r) => ({ campaignId: String(r.campaign_id), createdAt: r.created_at }));
}

/** Requests received in [fromIso, toIso) carrying the violence flag, in the routed units (no identity). */
export async function countViolenceFlagged(db: Exec, tenantId: string, units: 'all' | string[], fromIso: string, toIso: string): Promise<number> {
  let q = db.selectFrom('contact_requests').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId).where('violence_flag', '=', 1).where('created_at', '>=', fromIso).where('created_at', '<', toIso);
  if (units !== 'all') q = q.where('routed_unit_id', 'in', units.length > 0 ? units : ['-']);
  return Number((await q.executeTakeFirstOrThrow()).n);
}
