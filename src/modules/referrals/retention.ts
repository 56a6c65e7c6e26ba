// Retention (gallring) of referrals: the carer's contact details are deleted a set number of
// days after the referral is closed (the municipality's contactRetentionDays); the referral
// survives as statistics. Every deletion is audited.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { audit } from '../../platform/audit/audit.js';
import { listTenants } from '../../platform/tenancy/tenancy.js';
import * as q from './queries.js';

export async function eraseClosedReferralDetails(db: Kysely<DB>, now: Date): Promise<number> {
  let erased = 0;
  for (const tenant of await listTenants(db)) {
    const cutoff = new Date(now.getTime() - tenant.settings.contactRetentionDays * 86_400_000).toISOString();
    for (const r of await q.closedWithDetails(db, tenant.id, cutoff)) {
      await db.transaction().execute(async (trx) => {
        if (await q.blankReferral(trx, tenant.id, r.id, now.toISOString()) === 0) return;
        await audit(trx, { tenantId: tenant.id, userId: null, unitId: r.to_unit_id, action: 'referral.retention', subjectType: 'referral', subjectId: r.id, purpose: 'gallring av kontaktuppgifter' }, now);
        erased++;
      });
    }
  }
  return erased;
}
