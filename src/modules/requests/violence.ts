// Violence in close relationships (Vetlanda's guideline: the carer perspective must be
// considered especially when violence is suspected). Staff flag a contact request, with an
// optional note; the flag is staff-only (never on the carer's status page), every change is
// audited without the note's text, and the yearly report counts flags without identity.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/db/clock.js';
import { f } from '../../platform/http/forms.js';
import { Invalid, NotFound } from '../../platform/http/errors.js';
import { audit } from '../../platform/audit/audit.js';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import { parseSettings } from '../../platform/tenancy/settings.js';
import { canSeeRequest } from './policy.js';
import { carerSupportUnitId } from './routing.js';
import * as q from './queries.js';

export const VIOLENCE_NOTE_MAX = 1000;

/** The staff form: tick to flag (with an optional note), untick to clear flag and note. */
export const violenceFlagSchema = z.object({
  violence: f.checkbox(),
  violenceNote: z.string().max(VIOLENCE_NOTE_MAX, `Högst ${VIOLENCE_NOTE_MAX} tecken`).optional().transform((v) => v?.trim() || null),
}).strict().superRefine((v, ctx) => {
  if (!v.violence && v.violenceNote) ctx.addIssue({ code: 'custom', path: ['violenceNote'], message: 'Kryssa i rutan om våld i nära relation för att spara en anteckning' });
});
export type ViolenceFlagForm = z.infer<typeof violenceFlagSchema>;

export async function setRequestViolenceFlag(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string, form: ViolenceFlagForm): Promise<void> {
  const row = await q.findById(db, scope.tenantId, id);
  const common = carerSupportUnitId(parseSettings((await q.tenantSettingsJson(db, scope.tenantId)) ?? '{}').routing);
  if (!row || !canSeeRequest(scope, row.routed_unit_id, common)) throw new NotFound();
  if (row.erased_at !== null && form.violenceNote) {
    throw new Invalid({ violenceNote: 'Kontaktuppgifterna är raderade, så ingen anteckning kan sparas. Markeringen kan sparas utan anteckning.' });
  }
  const now = clock.now();
  const at = now.toISOString();
  const keepTime = form.violence && row.violence_flag === 1;
  await db.transaction().execute(async (trx) => {
    await q.updateRequest(trx, scope.tenantId, id, {
      violence_flag: form.violence ? 1 : 0, violence_note: form.violence ? form.violenceNote : null,
      violence_flagged_at: form.violence ? (keepTime ? row.violence_flagged_at : at) : null,
      violence_flagged_by: form.violence ? (keepTime ? row.violence_flagged_by : actor.userId) : null, updated_at: at,
    });
    await audit(trx, {
      tenantId: scope.tenantId, userId: actor.userId, unitId: row.routed_unit_id, action: 'contact_request.violence_flag',
      subjectType: 'contact_request', subjectId: id, purpose: form.violence ? 'markering om våld i nära relation satt' : 'markering om våld i nära relation borttagen',
    }, now);
  });
}

/** Requests received in [fromIso, toIso) that staff flagged, in the given routed units (yearly report). */
export async function violenceFlaggedRequests(db: Kysely<DB>, tenantId: string, units: 'all' | string[], fromIso: string, toIso: string): Promise<number> {
  return q.countViolenceFlagged(db, tenantId, units, fromIso, toIso);
}
