// Violence in close relationships on a referral: the same staff-only flag and note as on a
// contact request (requests/violence.ts). The referrer never sees it; the yearly report counts
// flagged referrals without identity; the note is erased with the contact details.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/db/clock.js';
import { Invalid, NotFound } from '../../platform/http/errors.js';
import { audit } from '../../platform/audit/audit.js';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import { enqueue } from '../../platform/mail/outbox.js';
import { listUnits } from '../../platform/tenancy/tenancy.js';
import type { TenantSettings } from '../../platform/tenancy/settings.js';
import { violenceMoveNotice, violenceRouteTarget, type ViolenceFlagForm, type ViolenceFlagResult } from '../requests/service.js';
import { handlersFor } from './handlers.js';
import * as q from './queries.js';

/**
 * Set or clear the flag. Setting it moves an open referral to the unit the municipality's
 * setting names (if it is elsewhere), with a content-free notice to that unit's staff.
 */
export async function setReferralViolenceFlag(db: Kysely<DB>, clock: Clock, tenantUrl: string, settings: TenantSettings, actor: Principal, scope: Scope, id: string, form: ViolenceFlagForm): Promise<ViolenceFlagResult> {
  const row = await q.findReferral(db, scope.tenantId, scope.units, id);
  if (!row) throw new NotFound();
  if (row.contact_deleted_at !== null && form.violenceNote) {
    throw new Invalid({ violenceNote: 'Kontaktuppgifterna är gallrade, så ingen anteckning kan sparas. Markeringen kan sparas utan anteckning.' });
  }
  const now = clock.now();
  const at = now.toISOString();
  const keep = form.violence && row.violence_flag === 1;
  const units = await listUnits(db, scope.tenantId);
  const target = form.violence && row.violence_flag !== 1 && row.status !== 'closed' ? violenceRouteTarget(settings, units, row.to_unit_id) : null;
  const handlers = target ? await handlersFor(db, scope.tenantId, units, target.id) : [];
  await db.transaction().execute(async (trx) => {
    await q.updateReferral(trx, scope.tenantId, id, {
      violence_flag: form.violence ? 1 : 0, violence_note: form.violence ? form.violenceNote : null,
      violence_flagged_at: form.violence ? (keep ? row.violence_flagged_at : at) : null,
      violence_flagged_by: form.violence ? (keep ? row.violence_flagged_by : actor.userId) : null, updated_at: at,
      // The new unit assigns its own handler.
      ...(target ? { to_unit_id: target.id, assigned_user_id: null, status: row.status === 'assigned' ? 'new' : row.status } : {}),
    });
    if (target) {
      const notice = violenceMoveNotice('referral', `${tenantUrl}/personal/inkorg/formedlingar/${id}`);
      for (const h of handlers) {
        await enqueue(trx, { tenantId: scope.tenantId, to: h.email, dedupeKey: `referral:${id}:violence-move:${h.id}:${at}`, ...notice }, now);
      }
      await audit(trx, {
        tenantId: scope.tenantId, userId: actor.userId, unitId: target.id, action: 'referral.route', subjectType: 'referral', subjectId: id,
        purpose: 'flyttad enligt rutin för våld i nära relation',
      }, now);
    }
    await audit(trx, {
      tenantId: scope.tenantId, userId: actor.userId, unitId: row.to_unit_id, action: 'referral.violence_flag', subjectType: 'referral', subjectId: id,
      purpose: form.violence ? 'markering om våld i nära relation satt' : 'markering om våld i nära relation borttagen',
    }, now);
  });
  const finalUnit = target ? target.id : row.to_unit_id;
  return { movedTo: target ? { id: target.id, name: target.name } : null, stillVisible: scope.units === 'all' || (finalUnit !== null && scope.units.includes(finalUnit)) };
}

/** Demo data: a referral flagged by staff, without an audit row (as seedReferral). */
export async function seedReferralViolenceFlag(db: Kysely<DB>, tenantId: string, id: string, note: string | null, at: Date): Promise<void> {
  await q.updateReferral(db, tenantId, id, { violence_flag: 1, violence_note: note, violence_flagged_at: at.toISOString(), violence_flagged_by: null });
}

/** Referrals received in [fromIso, toIso) that staff flagged, in the receiving units (yearly report). */
export async function violenceFlaggedReferrals(db: Kysely<DB>, tenantId: string, units: 'all' | string[], fromIso: string, toIso: string): Promise<number> {
  return q.countViolenceFlagged(db, tenantId, units, fromIso, toIso);
}
