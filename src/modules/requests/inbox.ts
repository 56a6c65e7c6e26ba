// The specialists' side of contact requests: a list filtered to the user's units, the request
// with its contact details (reading them is audited), assignment and status. The combined
// inbox (referrals + requests) reuses listRequestsForInbox and setRequestStatus via service.ts.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/db/clock.js';
import { Conflict, Invalid, NotFound } from '../../platform/http/errors.js';
import type { AgeBand, HeardVia, TargetGroup } from '../../platform/domain/vocab.js';
import { audit } from '../../platform/audit/audit.js';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import { listUnits } from '../../platform/tenancy/tenancy.js';
import { parseSettings, type TenantSettings } from '../../platform/tenancy/settings.js';
import * as q from './queries.js';
import { canSeeRequest, visibleUnits } from './policy.js';
import { carerSupportUnitId } from './routing.js';
import { handlersFor, type Handler } from './staff.js';
import { eraseContactDetails } from './retention.js';
import type { Channel, CloseReason, PreferredLanguage, PreferredTime, RequestMode, RequestStatus, RequestTopic } from './schema.js';

export interface InboxItem {
  id: string;
  reference: string;
  createdAt: string;
  status: RequestStatus;
  mode: RequestMode;
  channel: Channel;
  topic: RequestTopic;
  targetGroup: TargetGroup | null;
  ageBand: AgeBand | null;
  relativeAgeBand: AgeBand | null;
  preferredLanguage: PreferredLanguage;
  preferredTime: PreferredTime;
  heardVia: HeardVia | null;
  campaignId: string | null;
  routedUnitId: string | null;
  unitName: string | null;
  assignedUserId: string | null;
  assignedName: string | null;
  contactedAt: string | null;
  closedAt: string | null;
  closeReason: CloseReason | null;
  erased: boolean;
  /** Staff-only: violence in close relationships is suspected. */
  violenceFlag: boolean;
}

/** The request with its contact details, for the specialist handling it. */
export interface StaffRequest extends InboxItem {
  name: string | null;
  phone: string | null;
  email: string | null;
  message: string | null;
  selfcheckSummary: string | null;
  routingNote: string;
  violenceNote: string | null;
  violenceFlaggedAt: string | null;
}

export interface InboxFilter {
  /** Default: the open ones (new, assigned, contacted); 'all': every status (no filter, so the
   *  list walks the municipality's requests newest first instead of sorting each status's). */
  statuses?: RequestStatus[] | 'all';
  assignedUserId?: string;
  limit?: number;
  offset?: number;
}

export type StatusChange = { status: 'contacted' } | { status: 'closed'; reason: CloseReason };

type Row = q.InboxRow & { unit_name?: string | null; assigned_name?: string | null };

function toItem(r: Row): InboxItem {
  return {
    id: r.id, reference: r.reference, createdAt: r.created_at, status: r.status as RequestStatus, mode: r.mode as RequestMode,
    channel: r.channel as Channel, topic: r.topic as RequestTopic, targetGroup: r.target_group as TargetGroup | null,
    ageBand: r.age_band as AgeBand | null, relativeAgeBand: r.relative_age_band as AgeBand | null, preferredLanguage: r.preferred_language as PreferredLanguage,
    preferredTime: r.preferred_time as PreferredTime, heardVia: r.heard_via as HeardVia | null, campaignId: r.campaign_id,
    routedUnitId: r.routed_unit_id, unitName: r.unit_name ?? null, assignedUserId: r.assigned_user_id,
    assignedName: r.assigned_name ?? null, contactedAt: r.contacted_at, closedAt: r.closed_at,
    closeReason: r.close_reason as CloseReason | null, erased: r.erased_at !== null, violenceFlag: r.violence_flag === 1,
  };
}

/** The common queue's unit; from `settings` when the caller has them (the request's tenant,
 *  cached by the tenant cache), else read from the row. */
async function commonQueueUnit(db: Kysely<DB>, tenantId: string, settings?: Pick<TenantSettings, 'routing'>): Promise<string | null> {
  return carerSupportUnitId((settings ?? parseSettings((await q.tenantSettingsJson(db, tenantId)) ?? '{}')).routing);
}

/** Requests the scope may see, newest first, without contact details. */
export async function listRequestsForInbox(db: Kysely<DB>, scope: Scope, filter: InboxFilter = {},
  settings?: Pick<TenantSettings, 'routing'>): Promise<{ items: InboxItem[]; total: number }> {
  const v = visibleUnits(scope, await commonQueueUnit(db, scope.tenantId, settings));
  const { rows, total } = await q.listInbox(db, {
    tenantId: scope.tenantId, units: v.units, commonQueue: v.commonQueue,
    statuses: filter.statuses === 'all' ? undefined : filter.statuses ?? ['new', 'assigned', 'contacted'], assignedUserId: filter.assignedUserId,
  }, filter.limit ?? 50, filter.offset ?? 0);
  return { items: rows.map(toItem), total };
}

async function findVisible(db: Kysely<DB>, scope: Scope, id: string): Promise<q.RequestRow> {
  const row = await q.findById(db, scope.tenantId, id);
  if (!row || !canSeeRequest(scope, row.routed_unit_id, await commonQueueUnit(db, scope.tenantId))) throw new NotFound();
  return row;
}

/** Opening a request: the contact details come with an audit row (user, subject, purpose). */
export async function getRequestForStaff(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string): Promise<StaffRequest> {
  const row = await findVisible(db, scope, id);
  const units = await listUnits(db, scope.tenantId);
  const assigned = row.assigned_user_id ? (await q.listStaffWithRoles(db, scope.tenantId)).find((u) => u.id === row.assigned_user_id) : undefined;
  const item = toItem({ ...row, unit_name: units.find((u) => u.id === row.routed_unit_id)?.name ?? null, assigned_name: assigned?.name ?? null });
  if (row.name !== null || row.phone !== null || row.email !== null) {
    await audit(db, {
      tenantId: scope.tenantId, userId: actor.userId, unitId: row.routed_unit_id, action: 'contact_request.read',
      subjectType: 'contact_request', subjectId: row.id, purpose: 'Kontakta den anhöriga som bett om kontakt',
    }, clock.now());
  }
  return { ...item, name: row.name, phone: row.phone, email: row.email, message: row.message, selfcheckSummary: row.selfcheck_summary, routingNote: row.routing_note,
    violenceNote: row.violence_note, violenceFlaggedAt: row.violence_flagged_at };
}

/** Colleagues who may take the request over (their own inbox roles cover it). */
export async function colleaguesFor(db: Kysely<DB>, tenantId: string, routedUnitId: string | null): Promise<Handler[]> {
  return handlersFor(db, tenantId, await listUnits(db, tenantId), routedUnitId, await commonQueueUnit(db, tenantId));
}

const OPEN = ['new', 'assigned', 'contacted'];
const closedConflict = () => new Conflict('Förfrågan är avslutad eller återkallad och kan inte ändras.');

export async function assignRequest(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string, userId: string): Promise<void> {
  const row = await findVisible(db, scope, id);
  const colleagues = await colleaguesFor(db, scope.tenantId, row.routed_unit_id);
  if (!colleagues.some((c) => c.id === userId)) throw new Invalid({ userId: 'Välj en kollega som arbetar med den här kön' });
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    const n = await q.updateRequest(trx, scope.tenantId, id, {
      assigned_user_id: userId, status: row.status === 'new' ? 'assigned' : row.status, updated_at: now.toISOString(),
    }, OPEN);
    if (n === 0) throw closedConflict();
    await audit(trx, { tenantId: scope.tenantId, userId: actor.userId, unitId: row.routed_unit_id, action: 'contact_request.assign', subjectType: 'contact_request', subjectId: id, purpose: `assigned_to:${userId}` }, now);
  });
}

/**
 * Contacted (the first time sets contacted_at, for the time-to-first-contact figure) or closed
 * with a reason. Closing an anonymous request deletes its contact details at once.
 */
export async function setRequestStatus(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string, change: StatusChange): Promise<void> {
  const row = await findVisible(db, scope, id);
  const now = clock.now();
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const patch = change.status === 'contacted'
      ? { status: 'contacted', contacted_at: row.contacted_at ?? at, updated_at: at }
      : { status: 'closed', close_reason: change.reason, closed_at: at, updated_at: at, assigned_user_id: row.assigned_user_id ?? actor.userId };
    const n = await q.updateRequest(trx, scope.tenantId, id, patch, OPEN);
    if (n === 0) throw closedConflict();
    await audit(trx, { tenantId: scope.tenantId, userId: actor.userId, unitId: row.routed_unit_id, action: `contact_request.${change.status}`, subjectType: 'contact_request', subjectId: id, purpose: change.status === 'closed' ? change.reason : null }, now);
    if (change.status === 'closed' && row.mode === 'anonymous' && row.erased_at === null) {
      await eraseContactDetails(trx, scope.tenantId, id, row.routed_unit_id, now, 'closed_anonymous', actor.userId);
    }
  });
}
