// The anonymity-first contact log, SPEC C3: a specialist records a contact as statistics only
// (date, channel, duration, activity, target group, relationship, age band, gender, district,
// how they heard of us) with no identity at all; the yearly report counts them (C6).
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { newId } from '../../platform/db/helpers.js';
import type { Clock } from '../../platform/db/clock.js';
import { Invalid, NotFound } from '../../platform/http/errors.js';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import { ROLE_PERMISSIONS } from '../../platform/auth/permissions.js';
import { listUnits } from '../../platform/tenancy/tenancy.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import type { AgeBand, Gender, HeardVia, OfferAnswer, Relationship, TargetGroup } from '../../platform/domain/vocab.js';
import * as q from './queries.js';
import type { ContactForm } from './schema.js';
import { DEFAULTS, type ActivityType, type Channel, type OnwardTarget } from './vocab.js';
import { editableUntil, isEditable, LOG } from './policy.js';
import { localDate } from './time.js';
import { activeCampaignOptions, isCampaign } from '../campaigns/service.js';

export { contactMinutesByUnit, contactsPerMonth, yearlyContactStats, type ContactStats } from './stats.js';
export { ACTIVITY_TYPE_LABELS, CHANNEL_LABELS } from './vocab.js';

export interface Contact {
  id: string;
  unitId: string;
  userId: string | null;
  contactDate: string;
  channel: Channel;
  durationMin: number;
  activityType: ActivityType;
  targetGroup: TargetGroup | null;
  relationship: Relationship | null;
  ageBand: AgeBand | null;
  gender: Gender | null;
  district: string | null;
  heardVia: HeardVia | null;
  campaignId: string | null;
  referredOnward: boolean;
  referredTo: OnwardTarget | null;
  carerId: string | null;
  createdAt: string;
  editableUntil: string;
}

export function toContact(r: q.ContactRow): Contact {
  return {
    id: r.id, unitId: r.unit_id, userId: r.user_id, contactDate: r.contact_date, channel: r.channel as Channel, durationMin: r.duration_min,
    activityType: r.activity_type as ActivityType, targetGroup: r.target_group as TargetGroup | null, relationship: r.relationship as Relationship | null,
    ageBand: r.age_band as AgeBand | null, gender: r.gender as Gender | null, district: r.district, heardVia: r.heard_via as HeardVia | null,
    campaignId: r.campaign_id, referredOnward: r.referred_onward === 1, referredTo: r.referred_to as OnwardTarget | null, carerId: r.carer_id,
    createdAt: r.created_at, editableUntil: editableUntil(r.created_at).toISOString(),
  };
}

/** The form as it opens: today, phone, stödsamtal, 30 minutes. */
export function formDefaults(now: Date, carerId?: string): Record<string, string> {
  return {
    contactDate: localDate(now), channel: DEFAULTS.channel, activityType: DEFAULTS.activityType, durationMin: String(DEFAULTS.durationMin),
    ...(carerId ? { carerId } : {}),
  };
}

export function toFormValues(c: Contact): Record<string, string> {
  const v: Record<string, string> = {
    contactDate: c.contactDate, channel: c.channel, durationMin: String(c.durationMin), activityType: c.activityType,
    targetGroup: c.targetGroup ?? '', relationship: c.relationship ?? '', ageBand: c.ageBand ?? '', gender: c.gender ?? '',
    district: c.district ?? '', heardVia: c.heardVia ?? '', campaignId: c.campaignId ?? '', referredTo: c.referredTo ?? '', carerId: c.carerId ?? '',
  };
  if (c.referredOnward) v.referredOnward = 'on';
  return v;
}

/** The municipality's district list: its own setting, else its organisation's areas. */
export async function districtOptions(db: Kysely<DB>, tenant: Tenant): Promise<string[]> {
  if (tenant.settings.districts.length > 0) return tenant.settings.districts;
  const units = await listUnits(db, tenant.id);
  return [...new Set(units.filter((u) => u.kind === 'area' && !u.external && u.active).map((u) => u.name))];
}

/** The unit a contact is logged for: the first unit the user holds contacts:log in. */
export function loggingUnit(p: Principal): string | null {
  return p.roles.find((r) => r.unitId !== null && ROLE_PERMISSIONS[r.role]?.includes(LOG))?.unitId
    ?? p.units.find((u) => !u.external && u.kind === 'unit')?.id ?? null;
}

/** Outreach campaigns of the last months, for "came through a campaign" (outreach module). */
export async function campaignOptions(db: Kysely<DB>, tenantId: string, now: Date): Promise<{ value: string; label: string }[]> {
  return activeCampaignOptions(db, tenantId, localDate(now));
}

async function validate(db: Kysely<DB>, tenantId: string, form: ContactForm, districts: string[], now: Date): Promise<void> {
  const errors: Record<string, string> = {};
  if (form.campaignId !== null && !(await isCampaign(db, tenantId, form.campaignId))) errors.campaignId = 'Välj en kampanj i listan';
  if (form.district !== null && !districts.includes(form.district)) errors.district = 'Välj ett område i listan';
  const today = localDate(now);
  if (form.contactDate > today) errors.contactDate = 'Datumet kan inte vara i framtiden';
  const oldest = localDate(new Date(now.getTime() - 366 * 86_400_000));
  if (form.contactDate < oldest) errors.contactDate = 'Datumet kan inte vara mer än ett år bakåt';
  if (Object.keys(errors).length > 0) throw new Invalid(errors);
}

function columns(form: ContactForm) {
  return {
    contact_date: form.contactDate, channel: form.channel, duration_min: form.durationMin, activity_type: form.activityType,
    target_group: form.targetGroup, relationship: form.relationship, age_band: form.ageBand, gender: form.gender, district: form.district,
    heard_via: form.heardVia, campaign_id: form.campaignId, referred_onward: form.referredOnward || form.referredTo !== null ? 1 : 0,
    referred_to: form.referredTo,
  };
}

/** Optional hook run inside the transaction when the contact is linked to an identified carer. */
export type OnLinked = (trx: Transaction<DB>, carerId: string) => Promise<void>;
/** Hook run inside the transaction with the stödkontakt offer made in the contact (or none). */
export type OnOffer = (trx: Transaction<DB>, c: { contactId: string; unitId: string; contactDate: string; carerId: string | null; answer: OfferAnswer | null }) => Promise<void>;

export async function logContact(db: Kysely<DB>, clock: Clock, actor: Principal, tenant: Tenant, form: ContactForm, onLinked?: OnLinked, onOffer?: OnOffer): Promise<string> {
  const now = clock.now();
  await validate(db, actor.tenantId, form, await districtOptions(db, tenant), now);
  const unitId = loggingUnit(actor);
  if (!unitId) throw new Invalid({ _form: 'Du har ingen enhet att registrera kontakter för' });
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await q.insertContacts(trx, [{
      id, tenant_id: actor.tenantId, unit_id: unitId, user_id: actor.userId, ...columns(form), carer_id: form.carerId,
      created_at: now.toISOString(), updated_at: now.toISOString(),
    }]);
    if (form.carerId && onLinked) await onLinked(trx, form.carerId);
    if (onOffer) await onOffer(trx, { contactId: id, unitId, contactDate: form.contactDate, carerId: form.carerId, answer: form.supportOffer });
  });
  return id;
}

/** The user's own entries of the last 24 hours (all of today's included). */
export async function recentOwn(db: Kysely<DB>, actor: Principal, now: Date): Promise<Contact[]> {
  const since = new Date(now.getTime() - 24 * 3600_000).toISOString();
  return (await q.listByUserSince(db, actor.tenantId, actor.userId, since)).map(toContact);
}

/** One of the user's own entries, for editing; another user's entry is not found. */
export async function getOwn(db: Kysely<DB>, actor: Principal, scope: Scope, id: string): Promise<Contact> {
  const row = await q.findContact(db, actor.tenantId, scope.units, id);
  if (!row || row.user_id !== actor.userId) throw new NotFound();
  return toContact(row);
}

export class Locked extends Error {}

export async function updateContact(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, tenant: Tenant, id: string, form: ContactForm, onLinked?: OnLinked, onOffer?: OnOffer): Promise<void> {
  const now = clock.now();
  const current = await getOwn(db, actor, scope, id);
  if (!isEditable(current, actor.userId, now)) throw new Locked();
  await validate(db, actor.tenantId, form, await districtOptions(db, tenant), now);
  await db.transaction().execute(async (trx) => {
    const found = await q.updateContact(trx, actor.tenantId, id, actor.userId, { ...columns(form), carer_id: form.carerId, updated_at: now.toISOString() });
    if (!found) throw new NotFound();
    if (form.carerId && form.carerId !== current.carerId && onLinked) await onLinked(trx, form.carerId);
    if (onOffer) await onOffer(trx, { contactId: id, unitId: current.unitId, contactDate: form.contactDate, carerId: form.carerId, answer: form.supportOffer });
  });
}

/** Contacts linked to an identified carer (the carers module shows them on the carer's page). */
export async function contactsForCarer(db: Kysely<DB> | Transaction<DB>, tenantId: string, carerId: string): Promise<Contact[]> {
  return (await q.listForCarer(db, tenantId, carerId)).map(toContact);
}

/** Merge of two carer records: the duplicate's contacts follow the surviving record. */
export async function relinkContacts(db: Transaction<DB>, tenantId: string, fromCarerId: string, toCarerId: string): Promise<number> {
  return q.relinkCarer(db, tenantId, fromCarerId, toCarerId);
}

/** Demo data and imports: many anonymous rows at once. */
export async function seedContacts(db: Kysely<DB>, rows: Parameters<typeof q.insertContacts>[1]): Promise<void> {
  await q.insertContacts(db, rows);
}

/** Tests with a constructed year: the whole contact log and its tallies emptied, in one transaction. */
export async function clearContactLog(db: Kysely<DB>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const t of ['contact_log', 'contact_tallies', 'contact_carer_tallies'] as const) await trx.deleteFrom(t).execute();
  });
}

/** For the outreach module's campaign pages: contacts naming each campaign, per day (aggregates). */
export async function contactsByCampaign(db: Kysely<DB>, tenantId: string, campaignIds: string[], from: string, to: string): Promise<{ campaignId: string; date: string; n: number }[]> {
  return q.countByCampaignDay(db, tenantId, campaignIds, from, to);
}
