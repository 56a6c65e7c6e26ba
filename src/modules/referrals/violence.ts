// Violence in close relationships on a referral: the same staff-only flag and note as on a
// contact request (requests/violence.ts). The referrer never sees it; the yearly report counts
// flagged referrals without identity; the note is erased with the contact details.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/db/clock.js';
import { Invalid, NotFound } from '../../platform/http/errors.js';
import { audit } from '../../platform/audit/audit.js';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import type { ViolenceFlagForm } from '../requests/service.js';
import * as q from './queries.js';

export async function setReferralViolenceFlag(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string, form: ViolenceFlagForm): Promise<void> {
  const row = await q.findReferral(db, scope.tenantId, scope.units, id);
  if (!row) throw new NotFound();
  if (row.contact_deleted_at !== null && form.violenceNote) {
    throw new Invalid({ violenceNote: 'Kontaktuppgifterna är gallrade, så ingen anteckning kan sparas. Markeringen kan sparas utan anteckning.' });
  }
  const now = clock.now();
  const at = now.toISOString();
  const keep = form.violence && row.violence_flag === 1;
  await db.transaction().execute(async (trx) => {
    await q.updateReferral(trx, scope.tenantId, id, {
      violence_flag: form.violence ? 1 : 0, violence_note: form.violence ? form.violenceNote : null,
      violence_flagged_at: form.violence ? (keep ? row.violence_flagged_at : at) : null,
      violence_flagged_by: form.violence ? (keep ? row.violence_flagged_by : actor.userId) : null, updated_at: at,
    });
    await audit(trx, {
      tenantId: scope.tenantId, userId: actor.userId, unitId: row.to_unit_id, action: 'referral.violence_flag', subjectType: 'referral', subjectId: id,
      purpose: form.violence ? 'markering om våld i nära relation satt' : 'markering om våld i nära relation borttagen',
    }, now);
  });
}

/** Demo data: a referral flagged by staff, without an audit row (as seedReferral). */
export async function seedReferralViolenceFlag(db: Kysely<DB>, tenantId: string, id: string, note: string | null, at: Date): Promise<void> {
  await q.updateReferral(db, tenantId, id, { violence_flag: 1, violence_note: note, violence_flagged_at: at.toISOString(), violence_flagged_by: null });
}

/** Referrals received in [fromIso, toIso) that staff flagged, in the receiving units (yearly report). */
export async function violenceFlaggedReferrals(db: Kysely<DB>, tenantId: string, units: 'all' | string[], fromIso: string, toIso: string): Promise<number> {
  return q.countViolenceFlagged(db, tenantId, units, fromIso, toIso);
}
