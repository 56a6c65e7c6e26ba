// Every read, write, print and export of an identified carer writes an access-log row with the
// record's unit (so the unit's manager reviews it) and a purpose.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/db/clock.js';
import type { Principal } from '../../platform/auth/principal.js';
import { audit } from '../../platform/audit/audit.js';

export type Db = Kysely<DB> | Transaction<DB>;

export async function auditCarer(db: Db, clock: Clock, actor: Principal | null, action: string, carer: { id: string; unit_id: string } | null, purpose: string, tenantId?: string): Promise<void> {
  await audit(db, {
    tenantId: actor?.tenantId ?? tenantId ?? null, userId: actor?.userId ?? null, unitId: carer?.unit_id ?? null, action,
    subjectType: 'carer', subjectId: carer?.id ?? null, purpose,
  }, clock.now());
}
