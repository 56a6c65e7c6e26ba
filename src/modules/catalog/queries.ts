// One function per query; the executor comes first and the tenant is always an argument.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { jsonArrayContains, likeEscape } from '../../platform/db/helpers.js';
import type { OfferingsTable } from './table.js';
import type { Insertable, Selectable, Updateable } from 'kysely';

type Exec = Kysely<DB> | Transaction<DB>;
export type OfferingRow = Selectable<OfferingsTable>;

export interface OfferingFilter {
  publishedOnly: boolean;
  q?: string;
  group?: string;
  type?: string;
  needsAssessment?: boolean;
  /** The oldest age in the närstående's band: offerings requiring an older närstående are left out. */
  relativeMaxAge?: number;
  /** The youngest age in the närstående's band: offerings for a younger närstående only are left out. */
  relativeMinAge?: number;
  /** The reader's own age: offerings outside their age range are left out. */
  carerAge?: number;
  /** Offerings that require the other answer are left out. */
  livesTogether?: string;
}

function filtered(db: Exec, tenantId: string, f: OfferingFilter) {
  let q = db.selectFrom('offerings').where('tenant_id', '=', tenantId);
  if (f.publishedOnly) q = q.where('published', '=', 1);
  if (f.type) q = q.where('type', '=', f.type);
  if (f.needsAssessment !== undefined) q = q.where('needs_assessment', '=', f.needsAssessment ? 1 : 0);
  if (f.relativeMaxAge !== undefined) q = q.where((eb) => eb.or([eb('relative_min_age', 'is', null), eb('relative_min_age', '<=', f.relativeMaxAge!)]));
  if (f.relativeMinAge !== undefined) q = q.where((eb) => eb.or([eb('relative_max_age', 'is', null), eb('relative_max_age', '>=', f.relativeMinAge!)]));
  if (f.carerAge !== undefined) {
    q = q.where((eb) => eb.or([eb('carer_min_age', 'is', null), eb('carer_min_age', '<=', f.carerAge!)]))
      .where((eb) => eb.or([eb('carer_max_age', 'is', null), eb('carer_max_age', '>=', f.carerAge!)]));
  }
  if (f.livesTogether) q = q.where((eb) => eb.or([eb('lives_together', 'is', null), eb('lives_together', '=', f.livesTogether!)]));
  // An offering for every target group (empty list) matches any group filter.
  if (f.group) q = q.where((eb) => eb.or([eb('target_groups', 'like', jsonArrayContains(f.group!)), eb('target_groups', '=', '[]')]));
  if (f.q) {
    const pattern = `%${likeEscape(f.q.toLowerCase())}%`;
    q = q.where((eb) => eb.or([
      eb(eb.fn('lower', ['title']), 'like', eb.val(pattern)),
      eb(eb.fn('lower', ['summary']), 'like', eb.val(pattern)),
      eb(eb.fn('lower', ['description']), 'like', eb.val(pattern)),
      eb(eb.fn('lower', ['provider_name']), 'like', eb.val(pattern)),
    ]));
  }
  return q;
}

export async function listOfferings(db: Exec, tenantId: string, f: OfferingFilter, limit: number, offset: number): Promise<{ rows: OfferingRow[]; total: number }> {
  const base = filtered(db, tenantId, f);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('sort_order').orderBy('title').limit(limit).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function findOffering(db: Exec, tenantId: string, id: string): Promise<OfferingRow | undefined> {
  return db.selectFrom('offerings').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function insertOffering(db: Exec, row: Insertable<OfferingsTable>): Promise<void> {
  await db.insertInto('offerings').values(row).execute();
}

export async function updateOffering(db: Exec, tenantId: string, id: string, patch: Updateable<OfferingsTable>): Promise<number> {
  const res = await db.updateTable('offerings').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function deleteOffering(db: Exec, tenantId: string, id: string): Promise<number> {
  const res = await db.deleteFrom('offerings').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows);
}

/** Offerings whose text was last checked before the cutoff date, or never (review dates). */
export async function listReviewOverdue(db: Exec, tenantId: string, cutoff: string) {
  return db.selectFrom('offerings').select(['id', 'title', 'last_reviewed_on', 'review_owner_id', 'published'])
    .where('tenant_id', '=', tenantId)
    .where((eb) => eb.or([eb('last_reviewed_on', 'is', null), eb('last_reviewed_on', '<', cutoff)]))
    .orderBy('last_reviewed_on').orderBy('title').execute();
}
