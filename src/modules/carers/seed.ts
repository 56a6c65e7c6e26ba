// Carers written without an actor (no audit rows): the demo data and imports (seedCarer,
// seedTouch) and the reports module's generated years (seedGeneratedCarers). Exposed by service.ts.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { newId } from '../../platform/db/helpers.js';
import type { AgeBand, Gender, Relationship, TargetGroup } from '../../platform/domain/vocab.js';
import * as q from './queries.js';
import { CONSENT_WORDINGS } from './vocab.js';
import { normName, normPhone } from './normalize.js';

/** Demo data and imports: a carer with consent, without an actor (no audit row). */
export async function seedCarer(db: Kysely<DB>, tenantId: string, c: {
  unitId: string; name: string; phone: string | null; email: string | null; personnummer: string | null; targetGroup: TargetGroup | null;
  relationship: Relationship | null; ageBand: AgeBand | null; gender: Gender | null; supportContactUserId: string | null; createdAt: Date;
  actions: { kind: 'action' | 'follow_up'; actionType: string; dueOn: string; status: 'planned' | 'done'; assignedUserId: string | null }[];
  journal: { body: string; signedBy: string; signedAt: Date }[]; caredForConsent: boolean;
}): Promise<string> {
  const id = newId();
  const at = c.createdAt.toISOString();
  await db.transaction().execute(async (trx) => {
    await q.insertCarer(trx, {
      id, tenant_id: tenantId, unit_id: c.unitId, name: c.name, name_norm: normName(c.name), phone: c.phone, phone_norm: normPhone(c.phone), email: c.email,
      personnummer: c.personnummer, target_group: c.targetGroup, relationship: c.relationship, age_band: c.ageBand, gender: c.gender,
      support_contact_user_id: c.supportContactUserId, created_by: c.supportContactUserId, created_at: at, updated_at: at, last_activity_at: at,
    });
    const consents = c.caredForConsent ? (['registration', 'contact', 'share_information'] as const) : (['registration', 'contact'] as const);
    for (const s of consents) {
      await q.insertConsent(trx, {
        id: newId(), tenant_id: tenantId, carer_id: id, subject: s === 'share_information' ? 'cared_for' : 'carer', scope: s, wording: CONSENT_WORDINGS[s],
        given_on: at.slice(0, 10), recorded_by: c.supportContactUserId, recorded_at: at, withdrawn_on: null, withdrawn_by: null,
      });
    }
    for (const a of c.actions) {
      await q.insertAction(trx, {
        id: newId(), tenant_id: tenantId, carer_id: id, kind: a.kind, action_type: a.actionType, due_on: a.dueOn, assigned_user_id: a.assignedUserId,
        status: a.status, done_on: a.status === 'done' ? a.dueOn : null, created_by: c.supportContactUserId, created_at: at, updated_at: at,
      });
    }
    for (const j of c.journal) {
      await q.insertJournal(trx, { id: newId(), tenant_id: tenantId, carer_id: id, body: j.body, signed_by: j.signedBy, signed_at: j.signedAt.toISOString(), corrects_id: null });
    }
  });
  return id;
}

/**
 * Generated years (reports module's generator): many carers at once, in the caller's transaction,
 * each with its registration and contact consents and its planned actions. Synthetic names only.
 */
export async function seedGeneratedCarers(db: Kysely<DB>, tenantId: string, carers: {
  id: string; unitId: string; name: string; targetGroup: TargetGroup | null; relationship: Relationship | null; ageBand: AgeBand | null; gender: Gender | null;
  supportContactUserId: string | null; createdAt: string;
  actions: { kind: 'action' | 'follow_up'; actionType: string; dueOn: string; status: 'planned' | 'done' | 'cancelled' }[];
}[]): Promise<void> {
  for (let i = 0; i < carers.length; i += 100) {
    const chunk = carers.slice(i, i + 100);
    await db.insertInto('carers').values(chunk.map((c) => ({
      id: c.id, tenant_id: tenantId, unit_id: c.unitId, name: c.name, name_norm: normName(c.name), phone: null, phone_norm: null, email: null,
      personnummer: null, target_group: c.targetGroup, relationship: c.relationship, age_band: c.ageBand, gender: c.gender,
      support_contact_user_id: c.supportContactUserId, created_by: null, created_at: c.createdAt, updated_at: c.createdAt, last_activity_at: c.createdAt,
    }))).execute();
    await db.insertInto('carer_consents').values(chunk.flatMap((c) => (['registration', 'contact'] as const).map((scope) => ({
      id: newId(), tenant_id: tenantId, carer_id: c.id, subject: 'carer', scope, wording: CONSENT_WORDINGS[scope],
      given_on: c.createdAt.slice(0, 10), recorded_by: null, recorded_at: c.createdAt, withdrawn_on: null, withdrawn_by: null,
    })))).execute();
    const actions = chunk.flatMap((c) => c.actions.map((a) => ({
      id: newId(), tenant_id: tenantId, carer_id: c.id, kind: a.kind, action_type: a.actionType, due_on: a.dueOn, assigned_user_id: null,
      status: a.status, done_on: a.status === 'done' ? a.dueOn : null, created_by: null, created_at: c.createdAt, updated_at: c.createdAt,
    })));
    if (actions.length > 0) await db.insertInto('carer_actions').values(actions).execute();
  }
}

/** Demo data: the carer's last activity (after seeding linked contacts). */
export async function seedTouch(db: Kysely<DB>, tenantId: string, id: string, at: Date): Promise<void> {
  await q.updateCarer(db, tenantId, 'all', id, { last_activity_at: at.toISOString() });
}
