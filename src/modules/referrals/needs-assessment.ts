// Case officers record that a carer took part in the närstående's needs assessment, whether the
// carer's views were taken into account, and whether the carer got needs-assessed support of
// their own (Södertälje's principles; counted in the yearly report). Counts only.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { newId } from '../../platform/db/helpers.js';
import type { Clock } from '../../platform/db/clock.js';
import { Invalid } from '../../platform/http/errors.js';
import { audit } from '../../platform/audit/audit.js';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import * as q from './queries.js';
import type { NeedsAssessmentForm } from './schema.js';
import { REFERRAL_TOPIC_LABELS, type ReferralTopic, type ViewsConsidered } from './vocab.js';
import { localDate, localDateTime } from './time.js';

/** The case officer's unit: the first unit their needs_assessment:record role is held in. */
function recordingUnit(scope: Scope): string | null {
  return scope.units === 'all' ? null : (scope.units[0] ?? null);
}

/** Referrals sent from the user's units in the past year, to link a record to (no names). */
export async function assessmentReferralOptions(db: Kysely<DB>, actor: Principal, scope: Scope, now: Date) {
  const since = new Date(now.getTime() - 366 * 86_400_000).toISOString();
  return (await q.listFromUnits(db, actor.tenantId, scope.units, since)).map((r) => ({
    id: r.id, carerId: r.carer_id, label: `${localDateTime(r.created_at).slice(0, 10)} – ${REFERRAL_TOPIC_LABELS[r.topic as ReferralTopic] ?? r.topic}`,
  }));
}

export async function recordNeedsAssessment(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, form: NeedsAssessmentForm): Promise<string> {
  const now = clock.now();
  const errors: Record<string, string> = {};
  if (form.assessedOn > localDate(now)) errors.assessedOn = 'Datumet kan inte vara i framtiden';
  let carerId: string | null = null;
  if (form.referralId) {
    const options = await assessmentReferralOptions(db, actor, scope, now);
    const hit = options.find((o) => o.id === form.referralId);
    if (!hit) errors.referralId = 'Välj en förmedling från din enhet';
    carerId = hit?.carerId ?? null;
  }
  if (Object.keys(errors).length > 0) throw new Invalid(errors);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await q.insertNeedsAssessment(trx, {
      id, tenant_id: actor.tenantId, unit_id: recordingUnit(scope), recorded_by: actor.userId, assessed_on: form.assessedOn,
      took_part: form.tookPart === 'yes' ? 1 : 0, views_considered: form.viewsConsidered, own_support: form.ownSupport === 'yes' ? 1 : 0,
      referral_id: form.referralId, carer_id: carerId, created_at: now.toISOString(),
    });
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, unitId: recordingUnit(scope), action: 'needs_assessment.record', subjectType: 'needs_assessment', subjectId: id, purpose: 'uppföljning' }, now);
  });
  return id;
}

export async function listNeedsAssessments(db: Kysely<DB>, actor: Principal, scope: Scope, now: Date) {
  const from = `${localDate(now).slice(0, 4)}-01-01`;
  return (await q.listNeedsAssessments(db, actor.tenantId, scope.units, from)).map((r) => ({
    id: r.id, assessedOn: r.assessed_on, tookPart: r.took_part === 1, viewsConsidered: r.views_considered as ViewsConsidered,
    ownSupport: r.own_support === 1, linked: r.referral_id !== null,
  }));
}

export interface NeedsAssessmentStats {
  year: number;
  recorded: number;
  tookPart: number;
  viewsConsidered: Record<ViewsConsidered, number>;
  ownSupport: number;
  linkedToIdentifiedCarer: number;
}

export async function yearlyNeedsAssessmentStats(db: Kysely<DB>, tenantId: string, year: number): Promise<NeedsAssessmentStats> {
  const rows = await q.needsAssessmentsOfYear(db, tenantId, year);
  const views: Record<ViewsConsidered, number> = { yes: 0, partly: 0, no: 0, unknown: 0 };
  const out = { year, recorded: 0, tookPart: 0, viewsConsidered: views, ownSupport: 0, linkedToIdentifiedCarer: 0 };
  for (const r of rows) {
    views[r.views_considered as ViewsConsidered] = (views[r.views_considered as ViewsConsidered] ?? 0) + r.n;
    out.recorded += r.n;
    if (r.took_part === 1) out.tookPart += r.n;
    if (r.own_support === 1) out.ownSupport += r.n;
    if (r.linked === 1) out.linkedToIdentifiedCarer += r.n;
  }
  return out;
}
