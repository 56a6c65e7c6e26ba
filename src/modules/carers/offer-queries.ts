// Offers of a stödkontakt: one function per query, executor first, then the tenant (and units).
import type { Insertable, Selectable } from 'kysely';
import type { SupportOffersTable } from './table.js';
import type { Exec, Units } from './queries.js';
import { reusable } from '../../platform/db/reuse.js';

export type OfferRow = Selectable<SupportOffersTable>;

export async function insertOffers(db: Exec, rows: Insertable<SupportOffersTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('support_offers').values(rows.slice(i, i + 500)).execute();
}

export const listOffersForCarer = reusable('carers.offers', (db, tenantId: string, carerId: string) =>
  db.selectFrom('support_offers').leftJoin('users', 'users.id', 'support_offers.support_contact_user_id')
    .selectAll('support_offers').select('users.name as support_contact_name')
    .where('support_offers.tenant_id', '=', tenantId).where('support_offers.carer_id', '=', carerId)
    .orderBy('support_offers.offered_on').orderBy('support_offers.recorded_at'));

export async function findContactOffer(db: Exec, tenantId: string, contactId: string): Promise<OfferRow | undefined> {
  return db.selectFrom('support_offers').selectAll().where('tenant_id', '=', tenantId).where('contact_id', '=', contactId).executeTakeFirst();
}

export async function deleteContactOffer(db: Exec, tenantId: string, contactId: string): Promise<void> {
  await db.deleteFrom('support_offers').where('tenant_id', '=', tenantId).where('contact_id', '=', contactId).execute();
}

/** Offers made in a date range (yearly report): dates and answers only, no identity. */
export async function offersBetween(db: Exec, tenantId: string, units: Units, from: string, to: string) {
  let q = db.selectFrom('support_offers').select(['unit_id', 'carer_id', 'first_contact_on', 'offered_on', 'answer'])
    .where('tenant_id', '=', tenantId).where('offered_on', '>=', from).where('offered_on', '<=', to);
  if (units !== 'all') q = q.where('unit_id', 'in', units.length > 0 ? units : ['-']);
  return q.execute();
}
