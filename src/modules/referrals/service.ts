// Referrals ("förmedla kontakt"), SPEC C3: any staff member passes on a carer who has agreed to
// be contacted; the municipality's rules route it to the right specialists, who answer it from
// their combined inbox within a target time counted in Swedish working days.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { newId } from '../../platform/db/helpers.js';
import type { Clock } from '../../platform/db/clock.js';
import { Conflict, Invalid, NotFound } from '../../platform/http/errors.js';
import { audit } from '../../platform/audit/audit.js';
import { enqueue } from '../../platform/mail/outbox.js';
import { ROLE_PERMISSIONS } from '../../platform/auth/permissions.js';
import { scopeFor, type Principal, type Scope } from '../../platform/auth/principal.js';
import { listUnits, type OrgUnit, type Tenant } from '../../platform/tenancy/tenancy.js';
import type { RoutingRule } from '../../platform/tenancy/settings.js';
import type { AgeBand, TargetGroup } from '../../platform/domain/vocab.js';
import * as q from './queries.js';
import type { ReferralForm } from './schema.js';
import { routeReferral } from './routing.js';
import { addWorkingDays } from './working-days.js';
import { CARED_FOR_CONSENT_WORDING, CARER_CONSENT_WORDING, REFERRAL_TOPIC_LABELS, STATUS_LABELS, type CaredForConsent, type CloseReason, type ReferralTopic, type Urgency } from './vocab.js';
import { CREATE, INBOX } from './policy.js';
import { handlersFor, type Handler } from './handlers.js';
import { localDate } from './time.js';
import { JOBS } from '../../platform/jobs/scheduler.js';
import { eraseClosedReferralDetails } from './retention.js';
import { sm } from '../../platform/i18n/staff-messages.js';

export { yearlyReferralStats, type ReferralStats } from './stats.js';
export { workingDaysBetween } from './working-days.js';
export { recordNeedsAssessment, listNeedsAssessments, yearlyNeedsAssessmentStats, assessmentReferralOptions, type NeedsAssessmentStats } from './needs-assessment.js';
export { eraseClosedReferralDetails } from './retention.js';
export { addWorkingDays, isWorkingDay, swedishHolidays } from './working-days.js';
export { seedReferralViolenceFlag, setReferralViolenceFlag, violenceFlaggedReferrals } from './violence.js';

JOBS.push({ name: 'referrals.erase-contact-details', everyMs: 3600_000, run: async (deps, now) => void (await eraseClosedReferralDetails(deps.db, now)) });

export { handlersFor, type Handler } from './handlers.js';

/** Units a staff member refers from: those where they hold referrals:create. */
export function referringUnits(p: Principal): { id: string; name: string }[] {
  const ids = p.roles.filter((r) => ROLE_PERMISSIONS[r.role]?.includes(CREATE)).map((r) => r.unitId);
  const list = ids.includes(null) ? p.units.filter((u) => !u.external && u.active).map((u) => u.id) : (ids as string[]);
  return [...new Set(list)].map((id) => ({ id, name: p.units.find((u) => u.id === id)?.name ?? 'Okänd enhet' }));
}

/** Working days to first contact: the municipality's target, shorter when it is urgent. */
export function targetDays(urgency: Urgency, setting: number): number {
  return urgency === 'urgent' ? 1 : urgency === 'soon' ? Math.min(3, setting) : setting;
}

async function fallbackUnit(db: Kysely<DB>, tenantId: string): Promise<string | null> {
  const rows = await q.staffRoles(db, tenantId);
  return rows.find((r) => r.role === 'specialist' && r.unit_id !== null)?.unit_id ?? null;
}

export interface Sent { id: string; unitName: string; note: string; targetDate: string }

export async function createReferral(db: Kysely<DB>, clock: Clock, baseUrl: string, actor: Principal, tenant: Tenant, form: ReferralForm): Promise<Sent> {
  if (!referringUnits(actor).some((u) => u.id === form.fromUnitId)) throw new Invalid({ fromUnitId: 'Välj en av dina enheter' });
  const now = clock.now();
  const units = await listUnits(db, tenant.id);
  const routed = routeReferral(tenant.settings.routing, form.targetGroup as TargetGroup | null, form.carerAgeBand as AgeBand | null, new Set(units.map((u) => u.id)));
  const toUnitId = routed.unitId ?? await fallbackUnit(db, tenant.id);
  const targetDate = addWorkingDays(localDate(now), targetDays(form.urgency, tenant.settings.contactTargetWorkingDays));
  const handlers = await handlersFor(db, tenant.id, units, toUnitId);
  const id = newId();
  const iso = now.toISOString();
  const unitName = units.find((u) => u.id === toUnitId)?.name ?? 'anhörigstödet';
  await db.transaction().execute(async (trx) => {
    await q.insertReferral(trx, {
      id, tenant_id: tenant.id, from_unit_id: form.fromUnitId, from_user_id: actor.userId, to_unit_id: toUnitId,
      carer_name: form.carerName, carer_phone: form.carerPhone, carer_email: form.carerEmail, reach_note: form.reachNote, message: form.message,
      topic: form.topic, target_group: form.targetGroup, carer_age_band: form.carerAgeBand, urgency: form.urgency,
      consent_carer: 1, consent_carer_wording: CARER_CONSENT_WORDING, consent_cared_for: form.consentCaredFor,
      consent_cared_for_wording: form.consentCaredFor === 'yes' ? CARED_FOR_CONSENT_WORDING : null, status: 'new', assigned_user_id: null,
      target_date: targetDate, first_contact_at: null, closed_at: null, close_reason: null, carer_id: null, contact_deleted_at: null,
      created_at: iso, updated_at: iso,
    });
    // The notice says only that something arrived: no personal data in e-mail.
    for (const h of handlers) {
      await enqueue(trx, {
        tenantId: tenant.id, to: h.email, dedupeKey: `referral:${id}:${h.id}`, subject: 'Ny förmedling i Bredvid',
        text: `En ny förmedling har kommit till ${unitName}${form.urgency === 'urgent' ? ' och är markerad som brådskande' : ''}.\n\nLogga in i Bredvid för att läsa den: ${baseUrl}/${tenant.slug}/personal/inkorg\n\nMeddelandet innehåller inga personuppgifter.`,
      }, now);
    }
    await audit(trx, { tenantId: tenant.id, userId: actor.userId, unitId: form.fromUnitId, action: 'referral.create', subjectType: 'referral', subjectId: id, purpose: 'förmedla kontakt med samtycke' }, now);
  });
  return { id, unitName, note: routed.note, targetDate };
}

/** What the referrer sees: received, and whether contact was made. Nothing more. */
export interface SentReferral { id: string; createdAt: string; topicLabel: string; unitName: string; contactMade: boolean }

export async function myReferrals(db: Kysely<DB>, actor: Principal, rules: RoutingRule[]): Promise<SentReferral[]> {
  const rows = await q.listByReferrer(db, actor.tenantId, actor.userId, 50);
  const units = rows.some((r) => r.violence_flag === 1) ? await listUnits(db, actor.tenantId) : [];
  // A referral moved for suspected violence (violence.ts) shows the unit the rules chose: the
  // move, and the receiving unit's name, would reveal the flag to the referrer.
  const unitNameOf = (r: (typeof rows)[number]) => {
    if (r.violence_flag !== 1) return r.unit_name;
    const routed = routeReferral(rules, r.target_group as TargetGroup | null, r.carer_age_band as AgeBand | null, new Set(units.map((u) => u.id)));
    return units.find((u) => u.id === routed.unitId)?.name ?? null;
  };
  return rows.map((r) => ({
    id: r.id, createdAt: r.created_at, topicLabel: REFERRAL_TOPIC_LABELS[r.topic as ReferralTopic] ?? r.topic,
    unitName: unitNameOf(r) ?? 'anhörigstödet', contactMade: r.first_contact_at !== null,
  }));
}

export interface Referral {
  id: string; createdAt: string; topic: ReferralTopic; targetGroup: TargetGroup | null; ageBand: AgeBand | null; urgency: Urgency;
  status: string; assignedUserId: string | null; targetDate: string; firstContactAt: string | null; closedAt: string | null;
  closeReason: CloseReason | null; toUnitId: string | null; fromUnitName: string; toUnitName: string;
  carerName: string | null; carerPhone: string | null; carerEmail: string | null; reachNote: string | null; message: string | null;
  consentCarerWording: string; consentCaredFor: CaredForConsent; consentCaredForWording: string | null; carerId: string | null; erased: boolean;
  violenceFlag: boolean; violenceNote: string | null; violenceFlaggedAt: string | null;
}

function toReferral(r: q.ReferralRow, units: readonly OrgUnit[]): Referral {
  const name = (id: string | null) => units.find((u) => u.id === id)?.name ?? '–';
  return {
    id: r.id, createdAt: r.created_at, topic: r.topic as ReferralTopic, targetGroup: r.target_group as TargetGroup | null, ageBand: r.carer_age_band as AgeBand | null,
    urgency: r.urgency as Urgency, status: r.status, assignedUserId: r.assigned_user_id, targetDate: r.target_date, firstContactAt: r.first_contact_at,
    closedAt: r.closed_at, closeReason: r.close_reason as CloseReason | null, toUnitId: r.to_unit_id, fromUnitName: name(r.from_unit_id), toUnitName: name(r.to_unit_id),
    carerName: r.carer_name, carerPhone: r.carer_phone, carerEmail: r.carer_email, reachNote: r.reach_note, message: r.message,
    consentCarerWording: r.consent_carer_wording, consentCaredFor: r.consent_cared_for as CaredForConsent, consentCaredForWording: r.consent_cared_for_wording,
    carerId: r.carer_id, erased: r.contact_deleted_at !== null,
    violenceFlag: r.violence_flag === 1, violenceNote: r.violence_note, violenceFlaggedAt: r.violence_flagged_at,
  };
}

async function loadInScope(db: Kysely<DB>, scope: Scope, id: string): Promise<q.ReferralRow> {
  const row = await q.findReferral(db, scope.tenantId, scope.units, id);
  if (!row) throw new NotFound();
  return row;
}

/** A referral with the carer's contact details: reading them is audited. */
export async function getReferral(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string, purpose = 'kontakta den anhöriga'): Promise<Referral> {
  const row = await loadInScope(db, scope, id);
  if (row.contact_deleted_at === null) {
    await audit(db, { tenantId: scope.tenantId, userId: actor.userId, unitId: row.to_unit_id, action: 'referral.read', subjectType: 'referral', subjectId: id, purpose }, clock.now());
  }
  return toReferral(row, actor.units);
}

const closedConflict = () => new Conflict('Förmedlingen är avslutad och kan inte ändras.');

async function change(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string, action: string, patch: (row: q.ReferralRow, at: string) => Parameters<typeof q.updateReferral>[3], purpose?: string): Promise<void> {
  const row = await loadInScope(db, scope, id);
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    const n = await q.updateReferral(trx, scope.tenantId, id, { ...patch(row, now.toISOString()), updated_at: now.toISOString() }, q.OPEN);
    if (n === 0) throw closedConflict();
    await audit(trx, { tenantId: scope.tenantId, userId: actor.userId, unitId: row.to_unit_id, action, subjectType: 'referral', subjectId: id, purpose: purpose ?? null }, now);
  });
}

export async function assignReferral(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string, userId: string): Promise<void> {
  const row = await loadInScope(db, scope, id);
  const handlers = await handlersFor(db, scope.tenantId, actor.units, row.to_unit_id);
  if (!handlers.some((h) => h.id === userId)) throw new Invalid({ userId: 'Välj en kollega som arbetar med den här kön' });
  await change(db, clock, actor, scope, id, 'referral.assign', (r) => ({ assigned_user_id: userId, status: r.status === 'new' ? 'assigned' : r.status }), `tilldelad ${userId}`);
}

export async function colleaguesForReferral(db: Kysely<DB>, actor: Principal, scope: Scope, id: string): Promise<Handler[]> {
  const row = await loadInScope(db, scope, id);
  return handlersFor(db, scope.tenantId, actor.units, row.to_unit_id);
}

/** The first contact is what the target time measures; later calls keep the first time. */
export async function markContacted(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string): Promise<void> {
  await change(db, clock, actor, scope, id, 'referral.contacted', (r, at) => ({
    status: 'contacted', first_contact_at: r.first_contact_at ?? at, assigned_user_id: r.assigned_user_id ?? actor.userId,
  }));
}

export async function closeReferral(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string, reason: CloseReason): Promise<void> {
  await change(db, clock, actor, scope, id, 'referral.close', (r, at) => ({
    status: 'closed', closed_at: at, close_reason: reason, assigned_user_id: r.assigned_user_id ?? actor.userId,
    // Reaching the carer with support or onward guidance counts as the first contact.
    first_contact_at: r.first_contact_at ?? (reason === 'support_given' || reason === 'referred_on' ? at : null),
  }), reason);
}

/** The identified carer created from this referral (the carers module calls this). */
export async function linkReferralToCarer(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string, carerId: string): Promise<void> {
  const row = await loadInScope(db, scope, id);
  await q.updateReferral(db, scope.tenantId, id, { carer_id: carerId, updated_at: clock.now().toISOString() });
  await audit(db, { tenantId: scope.tenantId, userId: actor.userId, unitId: row.to_unit_id, action: 'referral.link_carer', subjectType: 'referral', subjectId: id, purpose: carerId }, clock.now());
}

export async function relinkReferralCarer(db: q.Exec, tenantId: string, fromCarerId: string, toCarerId: string): Promise<void> {
  await q.relinkCarer(db, tenantId, fromCarerId, toCarerId);
}

/** A carer's record is deleted: referrals about them lose the contact details, counts stay. */
export async function forgetCarerInReferrals(db: q.Exec, tenantId: string, carerId: string, now: Date): Promise<void> {
  await q.blankForCarer(db, tenantId, carerId, now.toISOString());
}

export async function referralsForCarer(db: q.Exec, tenantId: string, carerId: string) {
  return (await q.listForCarer(db, tenantId, carerId)).map((r) => ({
    id: r.id, createdAt: r.created_at, topicLabel: REFERRAL_TOPIC_LABELS[r.topic as ReferralTopic] ?? r.topic,
    statusLabel: STATUS_LABELS[r.status] ?? r.status, firstContactAt: r.first_contact_at,
  }));
}

export { toReferral };
export const todayIn = (now: Date): string => localDate(now);

/** Demo data and imports: a referral as it stands at some point of its life (no audit row). */
export async function seedReferral(db: Kysely<DB>, tenantId: string, r: {
  fromUnitId: string; fromUserId: string; toUnitId: string | null; carerName: string; carerPhone: string | null; topic: ReferralTopic;
  targetGroup: TargetGroup | null; ageBand: AgeBand | null; urgency: Urgency; caredFor: CaredForConsent; createdAt: Date; targetWorkingDays: number;
  status: 'new' | 'assigned' | 'contacted' | 'closed'; assignedUserId: string | null; firstContactAt: Date | null; closeReason: CloseReason | null; closedAt: Date | null;
}): Promise<string> {
  const id = newId();
  const at = r.createdAt.toISOString();
  await q.insertReferral(db, {
    id, tenant_id: tenantId, from_unit_id: r.fromUnitId, from_user_id: r.fromUserId, to_unit_id: r.toUnitId, carer_name: r.closedAt ? null : r.carerName,
    carer_phone: r.closedAt ? null : r.carerPhone, carer_email: null, reach_note: null, message: null, topic: r.topic, target_group: r.targetGroup,
    carer_age_band: r.ageBand, urgency: r.urgency, consent_carer: 1, consent_carer_wording: CARER_CONSENT_WORDING, consent_cared_for: r.caredFor,
    consent_cared_for_wording: r.caredFor === 'yes' ? CARED_FOR_CONSENT_WORDING : null, status: r.status, assigned_user_id: r.assignedUserId,
    target_date: addWorkingDays(localDate(r.createdAt), targetDays(r.urgency, r.targetWorkingDays)), first_contact_at: r.firstContactAt?.toISOString() ?? null,
    closed_at: r.closedAt?.toISOString() ?? null, close_reason: r.closeReason, carer_id: null, contact_deleted_at: r.closedAt ? r.closedAt.toISOString() : null,
    created_at: at, updated_at: at,
  });
  return id;
}

export async function seedNeedsAssessment(db: Kysely<DB>, tenantId: string, a: { unitId: string; userId: string; assessedOn: string; tookPart: boolean; views: 'yes' | 'partly' | 'no' | 'unknown'; ownSupport: boolean }): Promise<void> {
  await q.insertNeedsAssessment(db, {
    id: newId(), tenant_id: tenantId, unit_id: a.unitId, recorded_by: a.userId, assessed_on: a.assessedOn, took_part: a.tookPart ? 1 : 0,
    views_considered: a.views, own_support: a.ownSupport ? 1 : 0, referral_id: null, carer_id: null, created_at: `${a.assessedOn}T12:00:00.000Z`,
  });
}

/** The start page's line for the inbox: new and overdue referrals in my queues (counts only). */
export async function inboxReminder(db: Kysely<DB>, clock: Clock, actor: Principal): Promise<string | null> {
  const scope = scopeFor(actor, INBOX);
  if (!scope) return null;
  const today = localDate(clock.now());
  const open = await q.listInbox(db, actor.tenantId, scope.units, { statuses: ['new'] }, 1, 0);
  const late = await q.listInbox(db, actor.tenantId, scope.units, { statuses: q.OPEN, overdueOn: today }, 1, 0);
  if (open.total === 0 && late.total === 0) return null;
  return [open.total > 0 ? sm('inbox.newReferrals', { count: open.total }) : '', late.total > 0 ? sm('inbox.overdue', { count: late.total }) : ''].filter(Boolean).join(', ');
}
