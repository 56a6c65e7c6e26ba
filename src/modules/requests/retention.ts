// Gallring of contact requests (SPEC §5.6): the contact details go when the carer withdraws,
// at once when an anonymous request is closed, and after the municipality's retention period
// (contactRetentionDays, default 30) for other closed requests. Statistics stay. Every
// deletion writes an audit row.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { audit } from '../../platform/audit/audit.js';
import { parseSettings } from '../../platform/tenancy/settings.js';
import * as q from './queries.js';

export type ErasePurpose = 'withdrawn' | 'closed_anonymous' | 'retention' | 'account_deleted';

export async function eraseContactDetails(trx: Transaction<DB> | Kysely<DB>, tenantId: string, id: string, unitId: string | null,
  now: Date, purpose: ErasePurpose, userId: string | null): Promise<void> {
  await q.updateRequest(trx, tenantId, id, { ...q.ERASED, erased_at: now.toISOString(), updated_at: now.toISOString() });
  await q.deleteConfirmationMail(trx, id);
  await audit(trx, { tenantId, userId, unitId, action: 'contact_request.erase', subjectType: 'contact_request', subjectId: id, purpose }, now);
}

/** The retention cut-off: requests closed before it lose their contact details. */
export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 24 * 3600_000);
}

/** The scheduled job's work: every municipality, its own retention period. */
export async function eraseExpired(db: Kysely<DB>, now: Date): Promise<number> {
  let erased = 0;
  for (const t of await q.listTenantIds(db)) {
    const days = parseSettings(t.settings).contactRetentionDays;
    const due = await q.listErasable(db, t.id, retentionCutoff(now, days).toISOString());
    for (const r of due) {
      await db.transaction().execute((trx) => eraseContactDetails(trx, t.id, r.id, r.routed_unit_id, now, 'retention', null));
      erased++;
    }
  }
  return erased;
}
