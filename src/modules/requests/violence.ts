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
import { enqueue } from '../../platform/mail/outbox.js';
import { listUnits, type OrgUnit } from '../../platform/tenancy/tenancy.js';
import { parseSettings, type TenantSettings } from '../../platform/tenancy/settings.js';
import { canSeeRequest } from './policy.js';
import { carerSupportUnitId } from './routing.js';
import { handlersFor, type Handler } from './staff.js';
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

/**
 * The unit a newly flagged record moves to under the municipality's setting, or null when there
 * is no setting, the unit is gone or inactive, or the record is already there.
 */
export function violenceRouteTarget(settings: TenantSettings, units: OrgUnit[], currentUnitId: string | null): OrgUnit | null {
  const unit = settings.violenceUnitId ? units.find((u) => u.id === settings.violenceUnitId && u.active) : undefined;
  return unit && unit.id !== currentUnitId ? unit : null;
}

/**
 * The notice to the receiving unit's staff: that something was moved to them, and where to log
 * in. Deliberately without content: no reference, no reason, not even the unit's name (which
 * may itself name the reason); e-mail may be read by others.
 */
export function violenceMoveNotice(kind: 'request' | 'referral', link: string): { subject: string; text: string } {
  const what = kind === 'request' ? 'En förfrågan om kontakt' : 'En förmedling';
  return {
    subject: kind === 'request' ? 'En förfrågan har flyttats till er i Bredvid' : 'En förmedling har flyttats till er i Bredvid',
    text: [`${what} har flyttats till er enhet enligt kommunens rutin.`, '', `Logga in för att läsa den: ${link}`, '', 'Meddelandet innehåller inga personuppgifter.'].join('\n'),
  };
}

/** The municipality's address for links in e-mail: the public base URL and its slug. */
export const tenantUrlOf = (baseUrl: string, slug: string) => `${baseUrl.replace(/\/$/, '')}/${slug}`;

export interface ViolenceFlagResult {
  /** The unit the record moved to under the municipality's setting, if it moved. */
  movedTo: { id: string; name: string } | null;
  /** Whether the actor still sees the record after the move. */
  stillVisible: boolean;
}

export async function setRequestViolenceFlag(db: Kysely<DB>, clock: Clock, tenantUrl: string, actor: Principal, scope: Scope, id: string, form: ViolenceFlagForm): Promise<ViolenceFlagResult> {
  const row = await q.findById(db, scope.tenantId, id);
  const settings = parseSettings((await q.tenantSettingsJson(db, scope.tenantId)) ?? '{}');
  const common = carerSupportUnitId(settings.routing);
  if (!row || !canSeeRequest(scope, row.routed_unit_id, common)) throw new NotFound();
  if (row.erased_at !== null && form.violenceNote) {
    throw new Invalid({ violenceNote: 'Kontaktuppgifterna är raderade, så ingen anteckning kan sparas. Markeringen kan sparas utan anteckning.' });
  }
  const now = clock.now();
  const at = now.toISOString();
  const keepTime = form.violence && row.violence_flag === 1;
  // Only setting the flag moves the record; clearing it or saving a new note leaves it where it is.
  const units = await listUnits(db, scope.tenantId);
  const target = form.violence && row.violence_flag !== 1 && row.status !== 'closed' ? violenceRouteTarget(settings, units, row.routed_unit_id ?? common) : null;
  const handlers: Handler[] = target ? await handlersFor(db, scope.tenantId, units, target.id, common) : [];
  await db.transaction().execute(async (trx) => {
    await q.updateRequest(trx, scope.tenantId, id, {
      violence_flag: form.violence ? 1 : 0, violence_note: form.violence ? form.violenceNote : null,
      violence_flagged_at: form.violence ? (keepTime ? row.violence_flagged_at : at) : null,
      violence_flagged_by: form.violence ? (keepTime ? row.violence_flagged_by : actor.userId) : null, updated_at: at,
      // The new unit assigns its own handler.
      ...(target ? { routed_unit_id: target.id, routing_note: 'Flyttad enligt kommunens rutin för våld i nära relation', assigned_user_id: null, status: row.status === 'assigned' ? 'new' : row.status } : {}),
    });
    if (target) {
      const notice = violenceMoveNotice('request', `${tenantUrl}/personal/forfragningar/${id}`);
      for (const h of handlers) {
        await enqueue(trx, { tenantId: scope.tenantId, to: h.email, dedupeKey: `contact-request:${id}:violence-move:${h.id}:${at}`, ...notice }, now);
      }
      await audit(trx, {
        tenantId: scope.tenantId, userId: actor.userId, unitId: target.id, action: 'contact_request.route',
        subjectType: 'contact_request', subjectId: id, purpose: 'flyttad enligt rutin för våld i nära relation',
      }, now);
    }
    await audit(trx, {
      tenantId: scope.tenantId, userId: actor.userId, unitId: row.routed_unit_id, action: 'contact_request.violence_flag',
      subjectType: 'contact_request', subjectId: id, purpose: form.violence ? 'markering om våld i nära relation satt' : 'markering om våld i nära relation borttagen',
    }, now);
  });
  const finalUnit = target ? target.id : row.routed_unit_id;
  return { movedTo: target ? { id: target.id, name: target.name } : null, stillVisible: canSeeRequest(scope, finalUnit, common) };
}

/** Requests received in [fromIso, toIso) that staff flagged, in the given routed units (yearly report). */
export async function violenceFlaggedRequests(db: Kysely<DB>, tenantId: string, units: 'all' | string[], fromIso: string, toIso: string): Promise<number> {
  return q.countViolenceFlagged(db, tenantId, units, fromIso, toIso);
}
