// The one writer of the append-only access log (SPEC §5.5). Nothing updates or deletes rows;
// on both databases a trigger refuses it.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { newId } from '../db/helpers.js';
import { reusable } from '../db/reuse.js';

export interface AuditEntry {
  tenantId: string | null;
  userId: string | null;
  unitId?: string | null;
  action: string;
  subjectType?: string | null;
  subjectId?: string | null;
  purpose?: string | null;
  outcome?: 'ok' | 'denied' | 'failed';
  /** Sign-in rows only: how the person signed in */
  authMethod?: string | null;
}

// Built once (db/reuse.ts): a row is written on every read of identified personal data.
const insertAudit = reusable('audit.insert', (db, id: string, tenantId: string | null, userId: string | null, unitId: string | null,
  action: string, subjectType: string | null, subjectId: string | null, purpose: string | null, outcome: string,
  authMethod: string | null, at: string) => db.insertInto('audit_log').values({
  id, tenant_id: tenantId, user_id: userId, unit_id: unitId, action, subject_type: subjectType, subject_id: subjectId,
  purpose, outcome, auth_method: authMethod, at,
}), { nullValues: true });

export async function audit(db: Kysely<DB> | Transaction<DB>, entry: AuditEntry, at: Date = new Date()): Promise<void> {
  await insertAudit(db, newId(), entry.tenantId, entry.userId, entry.unitId ?? null, entry.action, entry.subjectType ?? null,
    entry.subjectId ?? null, entry.purpose ?? null, entry.outcome ?? 'ok', entry.authMethod ?? null, at.toISOString());
}

export interface AuditFilter {
  action?: string;
  userId?: string;
  subjectId?: string;
  from?: string; // ISO date
  to?: string;
  /** Unit managers review only their units' rows. */
  unitIds?: string[] | 'all';
}

export async function listAudit(db: Kysely<DB>, tenantId: string, f: AuditFilter, limit = 50, offset = 0) {
  let q = db.selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .select(['audit_log.id', 'audit_log.action', 'audit_log.subject_type', 'audit_log.subject_id', 'audit_log.purpose',
      'audit_log.outcome', 'audit_log.at', 'audit_log.unit_id', 'audit_log.user_id', 'audit_log.auth_method', 'users.name as user_name'])
    .where('audit_log.tenant_id', '=', tenantId);
  if (f.action) q = q.where('audit_log.action', 'like', `${f.action}%`);
  if (f.userId) q = q.where('audit_log.user_id', '=', f.userId);
  if (f.subjectId) q = q.where('audit_log.subject_id', '=', f.subjectId);
  if (f.from) q = q.where('audit_log.at', '>=', f.from);
  if (f.to) q = q.where('audit_log.at', '<', f.to);
  if (f.unitIds && f.unitIds !== 'all') {
    if (f.unitIds.length === 0) return { rows: [], total: 0 };
    q = q.where('audit_log.unit_id', 'in', f.unitIds);
  }
  const total = await q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q.orderBy('audit_log.at', 'desc').orderBy('audit_log.id').limit(limit).offset(offset).execute();
  return { rows, total: Number(total.n) };
}
