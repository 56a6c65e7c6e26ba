// One function per query; the executor comes first, the tenant and unit scope are arguments.
import { sql, type Insertable, type Kysely, type Selectable, type Transaction, type Updateable } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { NeedsAssessmentsTable, ReferralsTable } from './table.js';
import { reusable } from '../../platform/db/reuse.js';
import { pageWithTotal } from '../../platform/db/helpers.js';

export type Exec = Kysely<DB> | Transaction<DB>;
export type Units = 'all' | string[];
export type ReferralRow = Selectable<ReferralsTable>;
export type NeedsAssessmentRow = Selectable<NeedsAssessmentsTable>;

/** The open statuses. */
export const OPEN = ['new', 'assigned', 'contacted'];

export async function insertReferral(db: Exec, row: Insertable<ReferralsTable>): Promise<void> {
  await db.insertInto('referrals').values(row).execute();
}

function inScope(db: Exec, tenantId: string, units: Units) {
  let q = db.selectFrom('referrals').where('referrals.tenant_id', '=', tenantId);
  if (units !== 'all') q = q.where('referrals.to_unit_id', 'in', units.length > 0 ? units : ['-']);
  return q;
}

export async function findReferral(db: Exec, tenantId: string, units: Units, id: string): Promise<ReferralRow | undefined> {
  return inScope(db, tenantId, units).selectAll('referrals').where('referrals.id', '=', id).executeTakeFirst();
}

export interface InboxQuery { statuses: string[]; assignedUserId?: string; overdueOn?: string }

/** OPEN above, exactly as the partial index referrals_open_idx names them (migration 0044). */
const isOpenSet = (statuses: readonly string[]): boolean => statuses.length === OPEN.length && OPEN.every((s) => statuses.includes(s));

export async function listInbox(db: Exec, tenantId: string, units: Units, f: InboxQuery, limit: number, offset: number) {
  // The open set as literals, so the partial index is usable (a planner cannot prove a bound
  // parameter matches the index's condition).
  let base = inScope(db, tenantId, units).where('referrals.status', 'in', isOpenSet(f.statuses) ? OPEN.map((s) => sql.lit(s)) : f.statuses);
  if (f.assignedUserId) base = base.where('referrals.assigned_user_id', '=', f.assignedUserId);
  if (f.overdueOn) base = base.where('referrals.first_contact_at', 'is', null).where('referrals.target_date', '<', f.overdueOn);
  const rows = await base.leftJoin('users', 'users.id', 'referrals.assigned_user_id').leftJoin('org_units', 'org_units.id', 'referrals.to_unit_id')
      .select(['referrals.id', 'referrals.created_at', 'referrals.topic', 'referrals.target_group', 'referrals.carer_age_band', 'referrals.urgency',
        'referrals.status', 'referrals.assigned_user_id', 'referrals.target_date', 'referrals.first_contact_at', 'referrals.closed_at',
        'referrals.close_reason', 'referrals.to_unit_id', 'referrals.violence_flag', 'users.name as assigned_name', 'org_units.name as unit_name'])
      .orderBy('referrals.created_at', 'desc').orderBy('referrals.id').limit(limit).offset(offset).execute();
  // Counted only when the page cannot tell the total (pageWithTotal).
  return pageWithTotal(rows, limit, offset, async () => Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n));
}

export async function updateReferral(db: Exec, tenantId: string, id: string, patch: Updateable<ReferralsTable>, onlyStatuses?: string[]): Promise<number> {
  let q = db.updateTable('referrals').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id);
  if (onlyStatuses) q = q.where('status', 'in', onlyStatuses);
  return Number((await q.executeTakeFirst()).numUpdatedRows);
}

export async function listByReferrer(db: Exec, tenantId: string, userId: string, limit: number) {
  return db.selectFrom('referrals').leftJoin('org_units', 'org_units.id', 'referrals.to_unit_id')
    .select(['referrals.id', 'referrals.created_at', 'referrals.topic', 'referrals.first_contact_at', 'org_units.name as unit_name',
      'referrals.violence_flag', 'referrals.target_group', 'referrals.carer_age_band'])
    .where('referrals.tenant_id', '=', tenantId).where('referrals.from_user_id', '=', userId)
    .orderBy('referrals.created_at', 'desc').limit(limit).execute();
}

export async function listFromUnits(db: Exec, tenantId: string, units: Units, sinceIso: string) {
  let q = db.selectFrom('referrals').select(['id', 'created_at', 'topic', 'carer_id']).where('tenant_id', '=', tenantId).where('created_at', '>=', sinceIso);
  if (units !== 'all') q = q.where('from_unit_id', 'in', units.length > 0 ? units : ['-']);
  return q.orderBy('created_at', 'desc').limit(200).execute();
}

// Built once (platform/db/reuse.ts): read on every view of a carer's page.
export const listForCarer = reusable('referrals.forCarer', (db, tenantId: string, carerId: string) =>
  db.selectFrom('referrals').select(['id', 'created_at', 'topic', 'status', 'first_contact_at', 'closed_at'])
    .where('tenant_id', '=', tenantId).where('carer_id', '=', carerId).orderBy('created_at', 'desc'));

export async function relinkCarer(db: Exec, tenantId: string, fromId: string, toId: string): Promise<void> {
  await db.updateTable('referrals').set({ carer_id: toId }).where('tenant_id', '=', tenantId).where('carer_id', '=', fromId).execute();
  await db.updateTable('needs_assessments').set({ carer_id: toId }).where('tenant_id', '=', tenantId).where('carer_id', '=', fromId).execute();
}

const BLANK = { carer_name: null, carer_phone: null, carer_email: null, reach_note: null, message: null, violence_note: null };

/** Erase the contact details of referrals about a carer whose record is deleted. */
export async function blankForCarer(db: Exec, tenantId: string, carerId: string, at: string): Promise<void> {
  await db.updateTable('referrals').set({ ...BLANK, contact_deleted_at: at, carer_id: null }).where('tenant_id', '=', tenantId).where('carer_id', '=', carerId).execute();
  await db.updateTable('needs_assessments').set({ carer_id: null }).where('tenant_id', '=', tenantId).where('carer_id', '=', carerId).execute();
}

/** Closed referrals still holding contact details, closed before the cut-off. */
export async function closedWithDetails(db: Exec, tenantId: string, closedBefore: string) {
  return db.selectFrom('referrals').select(['id', 'to_unit_id']).where('tenant_id', '=', tenantId).where('status', '=', 'closed')
    .where('closed_at', '<', closedBefore).where('contact_deleted_at', 'is', null).limit(1000).execute();
}

export async function blankReferral(db: Exec, tenantId: string, id: string, at: string): Promise<number> {
  const res = await db.updateTable('referrals').set({ ...BLANK, contact_deleted_at: at }).where('tenant_id', '=', tenantId).where('id', '=', id)
    .where('contact_deleted_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Referrals received in [fromIso, toIso) counted per receiving and referring unit, status, topic, urgency and close reason. */
export async function referralKindsOfPeriod(db: Exec, tenantId: string, fromIso: string, toIso: string) {
  const rows = await db.selectFrom('referrals')
    .select((eb) => ['to_unit_id', 'from_unit_id', 'status', 'topic', 'urgency', 'close_reason', eb.fn.countAll<number>().as('n')])
    .where('tenant_id', '=', tenantId).where('created_at', '>=', fromIso).where('created_at', '<', toIso)
    .groupBy(['to_unit_id', 'from_unit_id', 'status', 'topic', 'urgency', 'close_reason']).execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/**
 * A stored UTC instant ('YYYY-MM-DDTHH:…Z') cut to what decides its Stockholm date: the UTC date
 * before 22:00 UTC (Stockholm is one or two hours ahead, so the date is the same), the UTC hour
 * after (the date depends on summer time; see time.ts localDayOfKey). Null stays null.
 */
const localDayKey = (column: string) =>
  sql<string | null>`CASE WHEN substr(${sql.ref(column)}, 12, 2) >= '22' THEN substr(${sql.ref(column)}, 1, 13) ELSE substr(${sql.ref(column)}, 1, 10) END`;

/**
 * Referrals received in [fromIso, toIso) counted per receiving unit, day of arrival, day of first
 * contact (null: none yet) and target date, the days as localDayKey: what the time to first
 * contact is computed from, some thousand groups in a year instead of a row per referral.
 */
export async function referralTimesOfPeriod(db: Exec, tenantId: string, fromIso: string, toIso: string) {
  const received = localDayKey('created_at');
  const contacted = localDayKey('first_contact_at');
  const rows = await db.selectFrom('referrals')
    .select((eb) => ['to_unit_id', received.as('received'), contacted.as('contacted'), 'target_date', eb.fn.countAll<number>().as('n')])
    .where('tenant_id', '=', tenantId).where('created_at', '>=', fromIso).where('created_at', '<', toIso)
    .groupBy(['to_unit_id', received, contacted, 'target_date']).execute();
  return rows.map((r) => ({ ...r, received: r.received!, n: Number(r.n) }));
}

/** Staff holding a role (user + the unit the role is held in). */
export async function staffRoles(db: Exec, tenantId: string) {
  return db.selectFrom('user_roles').innerJoin('users', 'users.id', 'user_roles.user_id')
    .select(['users.id', 'users.name', 'users.email', 'user_roles.role', 'user_roles.unit_id'])
    .where('user_roles.tenant_id', '=', tenantId).where('users.disabled', '=', 0).orderBy('users.name').execute();
}

export async function insertNeedsAssessment(db: Exec, row: Insertable<NeedsAssessmentsTable>): Promise<void> {
  await db.insertInto('needs_assessments').values(row).execute();
}

export async function listNeedsAssessments(db: Exec, tenantId: string, units: Units, fromDate: string) {
  let q = db.selectFrom('needs_assessments').selectAll().where('tenant_id', '=', tenantId).where('assessed_on', '>=', fromDate);
  if (units !== 'all') q = q.where('unit_id', 'in', units.length > 0 ? units : ['-']);
  return q.orderBy('assessed_on', 'desc').orderBy('created_at', 'desc').limit(200).execute();
}

/** The year's needs assessments counted by what the report shows of them (a few dozen rows, not one per assessment). */
export async function needsAssessmentsOfYear(db: Exec, tenantId: string, year: number): Promise<{ took_part: number; views_considered: string; own_support: number; linked: number; n: number }[]> {
  const linked = sql<number>`CASE WHEN carer_id IS NULL THEN 0 ELSE 1 END`;
  const rows = await db.selectFrom('needs_assessments').select((eb) => ['took_part', 'views_considered', 'own_support', linked.as('linked'), eb.fn.countAll<number>().as('n')])
    .where('tenant_id', '=', tenantId).where('assessed_on', '>=', `${year}-01-01`).where('assessed_on', '<=', `${year}-12-31`)
    .groupBy(['took_part', 'views_considered', 'own_support', linked]).execute();
  return rows.map((r) => ({ took_part: Number(r.took_part), views_considered: r.views_considered, own_support: Number(r.own_support), linked: Number(r.linked), n: Number(r.n) }));
}

/** Referrals received in [fromIso, toIso) carrying the violence flag, in the receiving units (no identity). */
export async function countViolenceFlagged(db: Exec, tenantId: string, units: Units, fromIso: string, toIso: string): Promise<number> {
  const r = await inScope(db, tenantId, units).select((eb) => eb.fn.countAll<number>().as('n')).where('referrals.violence_flag', '=', 1)
    .where('referrals.created_at', '>=', fromIso).where('referrals.created_at', '<', toIso).executeTakeFirstOrThrow();
  return Number(r.n);
}
