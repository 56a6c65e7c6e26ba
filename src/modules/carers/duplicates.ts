// Duplicate detection (same personnummer, phone, e-mail or name) and merge of two records
// with their whole history. Only carers inside the user's scope are ever shown or merged.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/db/clock.js';
import { Invalid, NotFound } from '../../platform/http/errors.js';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import { relinkContacts } from '../contacts/service.js';
import { relinkReferralCarer } from '../referrals/service.js';
import * as q from './queries.js';
import { auditCarer, type Db } from './audit.js';
import { normName, normPhone } from './normalize.js';
import { moveCarerResults } from '../selfcheck/service.js';
import { moveCarerLinks } from '../accounts/service.js';

export interface DuplicateCandidate {
  id: string;
  name: string;
  unitName: string;
  reasons: string[];
}

export interface DuplicateKeys { name: string; phone: string | null; email: string | null; personnummer: string | null }

/** Likely duplicates in scope; showing them is a read of their data and is audited. */
export async function findDuplicates(db: Db, clock: Clock, actor: Principal, scope: Scope, keys: DuplicateKeys, excludeId?: string): Promise<DuplicateCandidate[]> {
  const phoneNorm = normPhone(keys.phone);
  const email = keys.email?.toLowerCase() ?? null;
  const nameNorm = normName(keys.name);
  const rows = (await q.findMatching(db, actor.tenantId, scope.units, {
    personnummer: keys.personnummer ?? undefined, nameNorm, phoneNorm: phoneNorm ?? undefined, email: email ?? undefined,
  })).filter((r) => r.id !== excludeId);
  const unitNames = new Map(actor.units.map((u) => [u.id, u.name]));
  const out: DuplicateCandidate[] = [];
  for (const r of rows) {
    const reasons: string[] = [];
    if (keys.personnummer && r.personnummer === keys.personnummer) reasons.push('samma personnummer');
    if (r.name_norm === nameNorm) reasons.push('samma namn');
    if (phoneNorm && r.phone_norm === phoneNorm) reasons.push('samma telefonnummer');
    if (email && r.email === email) reasons.push('samma e-postadress');
    out.push({ id: r.id, name: r.name, unitName: unitNames.get(r.unit_id) ?? 'Okänd enhet', reasons });
    await auditCarer(db, clock, actor, 'carer.read', r, 'dubblettkontroll');
  }
  return out;
}

/**
 * Merge `otherId` into `keepId`: consents, actions, journal, linked contacts and referrals
 * follow; empty fields of the kept record are filled from the other; the other is deleted.
 */
export async function mergeCarers(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, keepId: string, otherId: string): Promise<void> {
  if (keepId === otherId) throw new Invalid({ otherId: 'Välj en annan anhörig att slå samman med' });
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    const keep = await q.findCarer(trx, actor.tenantId, scope.units, keepId);
    const other = await q.findCarer(trx, actor.tenantId, scope.units, otherId);
    if (!keep || !other) throw new NotFound();
    if (keep.personnummer && other.personnummer && keep.personnummer !== other.personnummer) {
      throw new Invalid({ otherId: 'Posterna har olika personnummer och kan inte vara samma person' });
    }
    await q.moveChildren(trx, actor.tenantId, otherId, keepId);
    await relinkContacts(trx, actor.tenantId, otherId, keepId);
    await relinkReferralCarer(trx, actor.tenantId, otherId, keepId);
    await moveCarerResults(trx, actor.tenantId, otherId, keepId);
    await moveCarerLinks(trx, actor.tenantId, otherId, keepId);
    await q.updateCarer(trx, actor.tenantId, scope.units, keepId, {
      phone: keep.phone ?? other.phone, phone_norm: keep.phone_norm ?? other.phone_norm, email: keep.email ?? other.email,
      personnummer: keep.personnummer ?? other.personnummer, target_group: keep.target_group ?? other.target_group,
      relationship: keep.relationship ?? other.relationship, age_band: keep.age_band ?? other.age_band, gender: keep.gender ?? other.gender,
      support_contact_user_id: keep.support_contact_user_id ?? other.support_contact_user_id,
      created_at: keep.created_at < other.created_at ? keep.created_at : other.created_at,
      last_activity_at: now, updated_at: now,
    });
    await q.deleteCarer(trx, actor.tenantId, otherId);
    await auditCarer(trx, clock, actor, 'carer.merge', keep, `sammanslagning: ${otherId} → ${keepId}`);
    await auditCarer(trx, clock, actor, 'carer.merged_away', other, `sammanslagen med ${keepId}`);
  });
}
