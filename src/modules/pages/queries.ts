// One function per query; the executor comes first and the tenant is always an argument.
import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { jsonArrayContains } from '../../platform/db/helpers.js';
import type { InfoPagesTable, InfoPageTextsTable } from './table.js';

type Exec = Kysely<DB> | Transaction<DB>;
export type PageRow = Selectable<InfoPagesTable>;
export type PageTextRow = Selectable<InfoPageTextsTable>;

export async function listPages(db: Exec, tenantId: string, f: { publishedOnly: boolean; group?: string }): Promise<PageRow[]> {
  let q = db.selectFrom('info_pages').selectAll().where('tenant_id', '=', tenantId);
  if (f.publishedOnly) q = q.where('published', '=', 1);
  if (f.group) q = q.where((eb) => eb.or([eb('target_groups', 'like', jsonArrayContains(f.group!)), eb('target_groups', '=', '[]')]));
  return q.orderBy('sort_order').orderBy('slug').execute();
}

export async function findPageById(db: Exec, tenantId: string, id: string): Promise<PageRow | undefined> {
  return db.selectFrom('info_pages').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function findPageBySlug(db: Exec, tenantId: string, slug: string): Promise<PageRow | undefined> {
  return db.selectFrom('info_pages').selectAll().where('tenant_id', '=', tenantId).where('slug', '=', slug).executeTakeFirst();
}

export async function listTexts(db: Exec, tenantId: string, pageIds: string[]): Promise<PageTextRow[]> {
  if (pageIds.length === 0) return [];
  return db.selectFrom('info_page_texts').selectAll().where('tenant_id', '=', tenantId).where('page_id', 'in', pageIds).execute();
}

export async function insertPage(db: Exec, row: Insertable<InfoPagesTable>): Promise<void> {
  await db.insertInto('info_pages').values(row).execute();
}

export async function updatePage(db: Exec, tenantId: string, id: string, patch: Updateable<InfoPagesTable>): Promise<number> {
  const res = await db.updateTable('info_pages').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Replaces every language version of a page. */
export async function replaceTexts(db: Exec, tenantId: string, pageId: string, rows: Insertable<InfoPageTextsTable>[]): Promise<void> {
  await db.deleteFrom('info_page_texts').where('tenant_id', '=', tenantId).where('page_id', '=', pageId).execute();
  if (rows.length > 0) await db.insertInto('info_page_texts').values(rows).execute();
}

/** Pages whose text was last checked before the cutoff date, or never (review dates). */
export async function listReviewOverdue(db: Exec, tenantId: string, cutoff: string): Promise<PageRow[]> {
  return db.selectFrom('info_pages').selectAll().where('tenant_id', '=', tenantId)
    .where((eb) => eb.or([eb('last_reviewed_on', 'is', null), eb('last_reviewed_on', '<', cutoff)]))
    .orderBy('last_reviewed_on').orderBy('slug').execute();
}
