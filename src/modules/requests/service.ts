// Contact requests, "Jag vill bli kontaktad" (SPEC C1, §5.3): a carer asks to be contacted —
// anonymously (an alias and one way to reach them) or by name — and follows or withdraws the
// request through a private link. Routed by the municipality's rules; handled in the inbox.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { newId } from '../../platform/db/helpers.js';
import { isUniqueViolation } from '../../platform/db/database.js';
import type { Clock } from '../../platform/db/clock.js';
import { Conflict, NotFound } from '../../platform/http/errors.js';
import type { AgeBand, TargetGroup } from '../../platform/domain/vocab.js';
import { audit } from '../../platform/audit/audit.js';
import { listUnits, type Tenant } from '../../platform/tenancy/tenancy.js';
import { JOBS } from '../../platform/jobs/scheduler.js';
import * as q from './queries.js';
import { isCampaign } from '../campaigns/service.js';
import { belowMinAge, carerSupportUnitId, commonQueueRule, routeRequest } from './routing.js';

/** Routing rules in the order they are tried (children's rules first): referrals use the same order. */
export { byPrecedence } from './routing.js';
import { referenceCode, statusToken, tokenHash } from './codes.js';
import { handlersFor, type Handler } from './staff.js';
import { canSeeRequest } from './policy.js';
import type { Scope } from '../../platform/auth/principal.js';
import { queueConfirmation, queueStaffNotices } from './notify.js';
import { eraseContactDetails, eraseExpired } from './retention.js';
import type { Channel, ContactForm, RequestMode, RequestStatus } from './schema.js';

// The public forms' defences (honeypot, fill time), shared with the accessibility feedback form
// of the org module; their limits are the platform's (platform/http/abuse-limits.ts).
export { checkFill, HONEYPOT, MIN_FILL_MS } from './form-guard.js';
export { fillStamp } from './codes.js';
export { listRequestsForInbox, getRequestForStaff, setRequestStatus, assignRequest, colleaguesFor, type InboxItem, type InboxFilter, type StaffRequest, type StatusChange } from './inbox.js';

export { setRequestViolenceFlag, tenantUrlOf, violenceFlaggedRequests, violenceFlagSchema, violenceMoveNotice, violenceRouteTarget, VIOLENCE_NOTE_MAX, type ViolenceFlagForm, type ViolenceFlagResult } from './violence.js';

JOBS.push({ name: 'requests.erase-contact-details', everyMs: 60 * 60_000, run: async (deps, now) => void (await eraseExpired(deps.db, now)) });

export const OPEN_STATUSES: RequestStatus[] = ['new', 'assigned', 'contacted'];

export interface Submitted {
  id: string;
  reference: string;
  /** The private status link's secret; shown once, never stored. */
  token: string;
}

/** Only what the carer chose to give: an anonymous request keeps the alias and one channel. */
export function contactDetails(form: ContactForm): { name: string; phone: string | null; email: string | null } {
  if (form.mode === 'anonymous') {
    return { name: form.name, phone: form.channel === 'phone' ? form.phone : null, email: form.channel === 'email' ? form.email : null };
  }
  return { name: form.name, phone: form.phone || null, email: form.email || null };
}

export async function submitRequest(db: Kysely<DB>, clock: Clock, baseUrl: string, tenant: Tenant, form: ContactForm): Promise<Submitted> {
  const units = await listUnits(db, tenant.id);
  const rules = tenant.settings.routing;
  const rule = routeRequest(rules, { targetGroup: form.targetGroup, ageBand: form.ageBand, relativeAgeBand: form.relativeAgeBand }, new Set(units.map((u) => u.id)));
  const routedUnitId = rule?.routeToUnitId ?? null;
  const note = rule?.note ?? commonQueueRule(rules)?.note ?? '';
  const unitName = units.find((u) => u.id === (routedUnitId ?? carerSupportUnitId(rules)))?.name ?? null;
  const handlers = await handlersFor(db, tenant.id, units, routedUnitId, carerSupportUnitId(rules));
  const details = contactDetails(form);
  // A campaign that is not this municipality's (or no longer exists) is simply not recorded.
  const campaignId = form.campaignId && (await isCampaign(db, tenant.id, form.campaignId)) ? form.campaignId : null;
  const id = newId();
  for (let attempt = 0; ; attempt++) {
    const token = statusToken();
    const reference = referenceCode();
    const now = clock.now();
    try {
      await db.transaction().execute(async (trx) => {
        await q.insertRequest(trx, {
          id, tenant_id: tenant.id, reference, status_token_hash: tokenHash(token), mode: form.mode, ...details,
          message: form.message ?? null, selfcheck_summary: form.selfcheck ?? null, channel: form.channel, topic: form.topic,
          target_group: form.targetGroup ?? null, age_band: form.ageBand ?? null, relative_age_band: form.relativeAgeBand ?? null, preferred_language: form.language,
          preferred_time: form.time, heard_via: form.heardVia ?? null, campaign_id: campaignId, routed_unit_id: routedUnitId,
          routing_note: note, status: 'new', assigned_user_id: null, close_reason: null,
          created_at: now.toISOString(), updated_at: now.toISOString(), contacted_at: null, closed_at: null, erased_at: null,
        });
        if (details.email) await queueConfirmation(trx, tenant, id, details.email, reference, now);
        await queueStaffNotices(trx, tenant, baseUrl, id, reference, unitName, handlers, now);
        await audit(trx, { tenantId: tenant.id, userId: null, unitId: routedUnitId, action: 'contact_request.create', subjectType: 'contact_request', subjectId: id }, now);
      });
      return { id, reference, token };
    } catch (err) {
      // A reference code already in use: draw another (30 random bits make this rare).
      if (isUniqueViolation(err) && attempt < 5) continue;
      throw err;
    }
  }
}

/**
 * What the carer sees on the private status page. The routing rule's note is written by the
 * admin for staff ("visas för personalen") and is deliberately not part of this: nothing that
 * is only for staff may reach a citizen page.
 */
export interface CarerStatus {
  reference: string;
  status: RequestStatus;
  mode: RequestMode;
  channel: Channel;
  createdAt: string;
  unitName: string | null;
  targetGroup: TargetGroup | null;
  ageBand: AgeBand | null;
  /** Herrljunga: the carer is younger than the municipality's own carer support serves. */
  belowMinAge: boolean;
  selfcheckSent: boolean;
  erased: boolean;
}

export async function getStatus(db: Kysely<DB>, tenant: Tenant, token: string): Promise<CarerStatus> {
  const row = await q.findByTokenHash(db, tenant.id, tokenHash(token));
  if (!row) throw new NotFound();
  const units = await listUnits(db, tenant.id);
  // A request moved for suspected violence (requests/violence.ts) shows the unit the rules chose,
  // never the unit it moved to: the move itself must not reveal the suspicion.
  const routedUnitId = row.violence_flag === 1
    ? routeRequest(tenant.settings.routing, {
      targetGroup: (row.target_group ?? undefined) as TargetGroup | undefined, ageBand: (row.age_band ?? undefined) as AgeBand | undefined,
      relativeAgeBand: (row.relative_age_band ?? undefined) as AgeBand | undefined,
    }, new Set(units.map((u) => u.id)))?.routeToUnitId ?? null
    : row.routed_unit_id;
  const queueUnit = routedUnitId ?? carerSupportUnitId(tenant.settings.routing);
  return {
    reference: row.reference, status: row.status as RequestStatus, mode: row.mode as RequestMode, channel: row.channel as Channel,
    createdAt: row.created_at, unitName: units.find((u) => u.id === queueUnit)?.name ?? null,
    targetGroup: row.target_group as TargetGroup | null, ageBand: row.age_band as AgeBand | null,
    belowMinAge: belowMinAge(tenant.settings.carerMinAge, (row.age_band ?? undefined) as AgeBand | undefined),
    selfcheckSent: row.selfcheck_summary !== null, erased: row.erased_at !== null,
  };
}

/**
 * The carer withdraws: an open request is withdrawn and its contact details deleted now; a
 * closed one still holding details loses them. Nothing left to withdraw is a Conflict.
 */
export async function withdraw(db: Kysely<DB>, clock: Clock, tenant: Tenant, token: string): Promise<void> {
  const row = await q.findByTokenHash(db, tenant.id, tokenHash(token));
  if (!row) throw new NotFound();
  await withdrawRow(db, clock, tenant, row);
}

async function withdrawRow(db: Kysely<DB>, clock: Clock, tenant: Tenant, row: q.RequestRow): Promise<void> {
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    if (OPEN_STATUSES.includes(row.status as RequestStatus)) {
      const n = await q.updateRequest(trx, tenant.id, row.id, { status: 'withdrawn', closed_at: now.toISOString(), updated_at: now.toISOString() }, OPEN_STATUSES);
      if (n === 0) throw new Conflict('Förfrågan är redan återkallad eller avslutad.');
      await audit(trx, { tenantId: tenant.id, userId: null, unitId: row.routed_unit_id, action: 'contact_request.withdraw', subjectType: 'contact_request', subjectId: row.id }, now);
    } else if (row.erased_at !== null) {
      throw new Conflict(row.status === 'withdrawn' ? 'Förfrågan är redan återkallad, och dina kontaktuppgifter är redan raderade.' : 'Förfrågan är avslutad och dina kontaktuppgifter är redan raderade.');
    }
    await eraseContactDetails(trx, tenant.id, row.id, row.routed_unit_id, now, 'withdrawn', null);
  });
}

// ---- Mina sidor (issue 18): the accounts that own requests reach them by id ----------------

/** A request owned by a carer's account is withdrawn from Mina sidor (the id comes from the account's list). */
export async function withdrawById(db: Kysely<DB>, clock: Clock, tenant: Tenant, id: string): Promise<void> {
  const row = await q.findById(db, tenant.id, id);
  if (!row) throw new NotFound();
  await withdrawRow(db, clock, tenant, row);
}

/** The request behind a reference code and the address it was made with (for a claim), or undefined. */
export async function claimTarget(db: Kysely<DB>, tenantId: string, reference: string): Promise<{ id: string; email: string | null; phone: string | null } | undefined> {
  const row = await q.findByReference(db, tenantId, reference.trim().toUpperCase());
  if (!row || row.erased_at !== null) return undefined;
  return { id: row.id, email: row.email, phone: row.phone };
}

export interface OwnedRequest {
  id: string;
  reference: string;
  status: RequestStatus;
  createdAt: string;
  erased: boolean;
}

export async function requestsByIds(db: Kysely<DB>, tenantId: string, ids: string[]): Promise<OwnedRequest[]> {
  return (await q.findByIds(db, tenantId, ids)).map((r) => ({
    id: r.id, reference: r.reference, status: r.status as RequestStatus, createdAt: r.created_at, erased: r.erased_at !== null,
  }));
}

/** The carer deleted their account: the requests it owned lose every contact detail now (statistics stay). */
export async function eraseForAccount(trx: Kysely<DB>, tenantId: string, ids: string[], now: Date): Promise<void> {
  for (const r of await q.findByIds(trx, tenantId, ids)) {
    if (OPEN_STATUSES.includes(r.status as RequestStatus)) {
      await q.updateRequest(trx, tenantId, r.id, { status: 'withdrawn', closed_at: now.toISOString(), updated_at: now.toISOString() }, OPEN_STATUSES);
    }
    await eraseContactDetails(trx, tenantId, r.id, r.routed_unit_id, now, 'account_deleted', null);
  }
}

/** Whether the staff scope covers a queue (a unit, or null for the common queue), as for a request routed there. */
export const canSeeQueue = (scope: Scope, tenant: Tenant, unitId: string | null): boolean => canSeeRequest(scope, unitId, commonQueueUnitOf(tenant));

/** The queue a request was routed to (null: the common queue); undefined when there is no such request. */
export async function queueOf(db: Kysely<DB>, tenantId: string, id: string): Promise<{ unitId: string | null; reference: string } | undefined> {
  const row = await q.findById(db, tenantId, id);
  return row ? { unitId: row.routed_unit_id, reference: row.reference } : undefined;
}

/** Staff who handle a queue (for notices that carry no personal data). */
export async function handlersOfQueue(db: Kysely<DB>, tenant: Tenant, unitId: string | null): Promise<Handler[]> {
  return handlersFor(db, tenant.id, await listUnits(db, tenant.id), unitId, commonQueueUnitOf(tenant));
}

/** The unit whose queue answers the carer-support team's messages that are about no request. */
export const commonQueueUnitOf = (tenant: Tenant): string | null => carerSupportUnitId(tenant.settings.routing);

/** For the outreach module's campaign pages: arrival times of requests naming each campaign. */
export async function requestsByCampaign(db: Kysely<DB>, tenantId: string, campaignIds: string[], fromIso: string, toIso: string): Promise<{ campaignId: string; createdAt: string }[]> {
  return q.campaignArrivals(db, tenantId, campaignIds, fromIso, toIso);
}
