// Review dates of public content (issue 15): every information page and offering carries
// "senast granskad" and an owner; text not checked for 12 months (or never) is overdue.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../db/schema.js';

export const REVIEW_MONTHS = 12;

/** The date ('YYYY-MM-DD') before which a review is overdue: 12 months before today. */
export function reviewCutoff(now: Date): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - REVIEW_MONTHS, now.getUTCDate()));
  return d.toISOString().slice(0, 10);
}

export function isReviewOverdue(lastReviewedOn: string | null, now: Date): boolean {
  return lastReviewedOn === null || lastReviewedOn < reviewCutoff(now);
}

/** A form's date as 'YYYY-MM-DD' or null when left empty. */
export const reviewDateField = z.string().optional().transform((v, ctx) => {
  if (!v) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m ? new Date(`${v}T00:00:00Z`) : undefined;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
    ctx.addIssue({ code: 'custom', message: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-25' });
    return z.NEVER;
  }
  return v;
});

/** The owner chosen in a form: a user id, or null for "nobody yet". */
export const reviewOwnerField = z.union([z.literal(''), z.string().uuid('Välj en person i listan')]).optional()
  .transform((v) => (v ? v : null));

export const OWNER_NOT_FOUND = 'Välj en person i listan';

export interface ContentOwner { id: string; name: string }

/** Staff who may own public content: active users holding the admin or specialist role. */
export async function listContentOwners(db: Kysely<DB>, tenantId: string): Promise<ContentOwner[]> {
  return db.selectFrom('users').innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.name']).distinct()
    .where('users.tenant_id', '=', tenantId).where('user_roles.tenant_id', '=', tenantId)
    .where('users.disabled', '=', 0).where('user_roles.role', 'in', ['admin', 'specialist'])
    .orderBy('users.name').execute();
}

/** True when the id is one of the municipality's possible owners. */
export async function isContentOwner(db: Kysely<DB>, tenantId: string, userId: string): Promise<boolean> {
  return (await listContentOwners(db, tenantId)).some((o) => o.id === userId);
}
