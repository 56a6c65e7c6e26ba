// The stödkontakt duty (SoL 2025:400 as amended 1 July 2026): every carer who makes contact is
// offered a stödkontakt. The specialist records the offer and the answer on the identified
// carer's page, or on an anonymous contact-log entry with no identity; the yearly report counts
// offers, acceptances and the days from first contact to offer.
import type { Kysely, Transaction } from 'kysely';
import { DateTime } from 'luxon';
import type { DB } from '../../platform/db/schema.js';
import { newId } from '../../platform/db/helpers.js';
import { sharedRead } from '../../platform/db/shared-reads.js';
import type { Clock } from '../../platform/db/clock.js';
import { Invalid, NotFound } from '../../platform/http/errors.js';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import { contactsForCarer } from '../contacts/service.js';
import * as q from './queries.js';
import * as oq from './offer-queries.js';
import { auditCarer } from './audit.js';
import type { OfferAnswer } from './vocab.js';
import type { OfferForm } from './schema.js';
import { localDate, localDateOf } from './time.js';

type Exec = Kysely<DB> | Transaction<DB>;

export interface SupportOffer {
  id: string; offeredOn: string; firstContactOn: string; answer: OfferAnswer; supportContactName: string | null; anonymous: boolean;
}

export const toOffer = (r: oq.OfferRow & { support_contact_name: string | null }): SupportOffer => ({
  id: r.id, offeredOn: r.offered_on, firstContactOn: r.first_contact_on, answer: r.answer as OfferAnswer,
  supportContactName: r.support_contact_name ?? null, anonymous: r.contact_id !== null,
});

export async function offersOf(db: Exec, tenantId: string, carerId: string): Promise<SupportOffer[]> {
  return (await oq.listOffersForCarer(db, tenantId, carerId)).map(toOffer);
}

/** The carer's first contact: registration, an earlier linked contact or offer, or this offer. */
async function firstContactOn(db: Exec, tenantId: string, carer: q.CarerRow, offeredOn: string): Promise<string> {
  const [contacts, earlier] = await Promise.all([contactsForCarer(db, tenantId, carer.id), oq.listOffersForCarer(db, tenantId, carer.id)]);
  return [localDateOf(carer.created_at), offeredOn, ...contacts.map((c) => c.contactDate), ...earlier.map((o) => o.first_contact_on)].sort()[0];
}

export async function recordOffer(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, carerId: string, form: OfferForm, assignable: { id: string }[]): Promise<void> {
  const now = clock.now();
  if (form.offeredOn > localDate(now)) throw new Invalid({ offeredOn: 'Datumet kan inte vara i framtiden' });
  const contactUser = form.answer === 'accepted' ? form.offerSupportContactUserId : null;
  if (contactUser !== null && !assignable.some((o) => o.id === contactUser)) throw new Invalid({ offerSupportContactUserId: 'Välj någon i listan: en person som arbetar med enheten' });
  await db.transaction().execute(async (trx) => {
    const carer = await q.findCarer(trx, actor.tenantId, scope.units, carerId);
    if (!carer) throw new NotFound();
    await oq.insertOffers(trx, [{
      id: newId(), tenant_id: actor.tenantId, unit_id: carer.unit_id, carer_id: carerId, contact_id: null,
      first_contact_on: await firstContactOn(trx, actor.tenantId, carer, form.offeredOn), offered_on: form.offeredOn, answer: form.answer,
      support_contact_user_id: contactUser, recorded_by: actor.userId, recorded_at: now.toISOString(),
    }]);
    await q.updateCarer(trx, actor.tenantId, scope.units, carerId, {
      ...(contactUser ? { support_contact_user_id: contactUser } : {}), last_activity_at: now.toISOString(), updated_at: now.toISOString(),
    });
    await auditCarer(trx, clock, actor, 'carer.support_offer', carer, `erbjudande om stödkontakt: ${form.answer}`);
  });
}

/**
 * The offer made in a contact-log entry, written in the entry's own transaction: replaced when the
 * entry is edited, removed when the answer is cleared. Anonymous unless the entry is linked to
 * an identified carer (whose scope the contacts module has checked).
 */
export async function recordContactOffer(trx: Transaction<DB>, c: {
  tenantId: string; unitId: string; contactId: string; contactDate: string; carerId: string | null; answer: OfferAnswer | null; userId: string; now: Date;
}): Promise<void> {
  await oq.deleteContactOffer(trx, c.tenantId, c.contactId);
  if (c.answer === null) return;
  const carer = c.carerId ? await q.findCarer(trx, c.tenantId, 'all', c.carerId) : undefined;
  await oq.insertOffers(trx, [{
    id: newId(), tenant_id: c.tenantId, unit_id: c.unitId, carer_id: carer?.id ?? null, contact_id: c.contactId,
    first_contact_on: carer ? await firstContactOn(trx, c.tenantId, carer, c.contactDate) : c.contactDate,
    offered_on: c.contactDate, answer: c.answer, support_contact_user_id: null, recorded_by: c.userId, recorded_at: c.now.toISOString(),
  }]);
}

/** The answer recorded with a contact-log entry, for its edit form. */
export async function contactOfferAnswer(db: Exec, tenantId: string, contactId: string): Promise<OfferAnswer | null> {
  return ((await oq.findContactOffer(db, tenantId, contactId))?.answer as OfferAnswer | undefined) ?? null;
}

export interface OfferFigures {
  offers: number; accepted: number; declined: number; notReached: number; identified: number; anonymous: number;
  /** Median whole days from the carer's first contact to the offer; null without offers. */
  medianDaysToOffer: number | null;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const daysBetween = (from: string, to: string): number => Math.round(DateTime.fromISO(to).diff(DateTime.fromISO(from), 'days').days);

/** Offers made in [from, to] by the given units (yearly report and questionnaire). */
export async function supportOfferFigures(db: Exec, tenantId: string, units: 'all' | string[], from: string, to: string): Promise<OfferFigures> {
  // Every unit's offers read once per shared call (the reports of the whole organisation tree are
  // built together); each scope keeps its own units.
  const all = await sharedRead(db, `carers.offers:${tenantId}:${from}:${to}`, () => oq.offersBetween(db, tenantId, 'all', from, to));
  const set = units === 'all' ? null : new Set(units);
  const rows = set ? all.filter((r) => set.has(r.unit_id)) : all;
  const n = (a: OfferAnswer) => rows.filter((r) => r.answer === a).length;
  return {
    offers: rows.length, accepted: n('accepted'), declined: n('declined'), notReached: n('not_reached'),
    identified: rows.filter((r) => r.carer_id !== null).length, anonymous: rows.filter((r) => r.carer_id === null).length,
    medianDaysToOffer: median(rows.map((r) => daysBetween(r.first_contact_on, r.offered_on))),
  };
}

/** Demo data and imports: offers with their answers, written as given. */
export async function seedOffers(db: Kysely<DB>, tenantId: string, offers: {
  unitId: string; carerId: string | null; contactId: string | null; firstContactOn: string; offeredOn: string; answer: OfferAnswer;
  supportContactUserId: string | null; recordedBy: string | null; recordedAt: string;
}[]): Promise<void> {
  await oq.insertOffers(db, offers.map((o) => ({
    id: newId(), tenant_id: tenantId, unit_id: o.unitId, carer_id: o.carerId, contact_id: o.contactId, first_contact_on: o.firstContactOn,
    offered_on: o.offeredOn, answer: o.answer, support_contact_user_id: o.supportContactUserId, recorded_by: o.recordedBy, recorded_at: o.recordedAt,
  })));
}
