// Outreach campaigns (uppsökande verksamhet), SPEC C4: finding carers who do not find the
// service — a target group, channels (letter, advert, Anhöringen, fairs, home visits, En bra
// plats), a period and a cost — and what each brought: contacts and requests naming it.
// Public API: activeCampaignOptions (pickers in contacts and requests), campaignResults (reports).
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/db/clock.js';
import { newId, parseJson, toJson } from '../../platform/db/helpers.js';
import { audit } from '../../platform/audit/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { NotFound } from '../../platform/http/errors.js';
import { addDays, addMonths, MONTH_NAMES } from '../../platform/domain/dates.js';
import * as q from './queries.js';
import { campaignCounts, type MonthCounts } from './results.js';
import { OUTREACH_CHANNELS, type CampaignForm, type OutreachChannel } from './schema.js';

export interface Campaign {
  id: string;
  name: string;
  target: string;
  description: string;
  channels: OutreachChannel[];
  startsOn: string;
  endsOn: string;
  costKr: number;
}

export function toCampaign(r: q.CampaignRow): Campaign {
  const channels = parseJson<string[]>(r.channels, []).filter((c): c is OutreachChannel => (OUTREACH_CHANNELS as readonly string[]).includes(c));
  return { id: r.id, name: r.name, target: r.target, description: r.description, channels, startsOn: r.starts_on, endsOn: r.ends_on, costKr: r.cost_kr };
}

export const isActive = (c: Pick<Campaign, 'startsOn' | 'endsOn'>, date: string): boolean => c.startsOn <= date && date <= c.endsOn;

export async function listCampaigns(db: Kysely<DB>, tenantId: string, year?: number): Promise<Campaign[]> {
  const rows = await q.listCampaigns(db, tenantId, year ? { from: `${year}-01-01`, to: `${year}-12-31` } : undefined);
  return rows.map(toCampaign);
}

export async function getCampaign(db: Kysely<DB>, tenantId: string, id: string): Promise<Campaign> {
  const row = await q.findCampaign(db, tenantId, id);
  if (!row) throw new NotFound();
  return toCampaign(row);
}

/**
 * Options for a campaign picker (a Select) in the contact log and the contact-request forms:
 * campaigns running on `date` (YYYY-MM-DD) plus those ended within the last 90 days, since
 * people answer an advert or a letter for a while after it went out.
 */
export async function activeCampaignOptions(db: Kysely<DB>, tenantId: string, date: string): Promise<{ value: string; label: string }[]> {
  const rows = await q.listCampaigns(db, tenantId, { from: addDays(date, -90), to: date });
  return rows.map(toCampaign).map((c) => ({ value: c.id, label: c.name }));
}

/** Is this id a campaign of the municipality? For the modules that store campaign_id. */
export async function isCampaign(db: Kysely<DB>, tenantId: string, id: string): Promise<boolean> {
  return (await q.findCampaign(db, tenantId, id)) !== undefined;
}

function columns(form: CampaignForm) {
  return {
    name: form.name, target: form.target, description: form.description ?? '', channels: toJson(form.channels),
    starts_on: form.startsOn, ends_on: form.endsOn, cost_kr: form.cost,
  };
}

export async function createCampaign(db: Kysely<DB>, clock: Clock, actor: Principal, form: CampaignForm): Promise<string> {
  const id = newId();
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await q.insertCampaign(trx, { id, tenant_id: actor.tenantId, ...columns(form), created_by: actor.userId, created_at: now, updated_at: now });
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'outreach.create', subjectType: 'outreach_campaign', subjectId: id }, clock.now());
  });
  return id;
}

export async function updateCampaign(db: Kysely<DB>, clock: Clock, actor: Principal, id: string, form: CampaignForm): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if ((await q.updateCampaign(trx, actor.tenantId, id, { ...columns(form), updated_at: clock.now().toISOString() })) === 0) throw new NotFound();
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'outreach.update', subjectType: 'outreach_campaign', subjectId: id }, clock.now());
  });
}

export function toFormValues(c: Campaign): Record<string, string | string[]> {
  return {
    name: c.name, target: c.target, description: c.description, channels: c.channels, startsOn: c.startsOn, endsOn: c.endsOn,
    cost: c.costKr === 0 ? '' : String(c.costKr),
  };
}

export interface MonthResult {
  /** 'YYYY-MM' */
  month: string;
  label: string;
  contacts: number;
  requests: number;
}

export interface CampaignResult {
  campaign: Campaign;
  contacts: number;
  requests: number;
  /** Every month of the period asked for, zeros included. */
  byMonth: MonthResult[];
  /** Cost per contact or request brought, whole kronor; null when none came. */
  costPerReached: number | null;
}

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [ty, tm] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  while ((y < ty || (y === ty && m <= tm)) && out.length < 240) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

const sum = (m: Map<string, number> | undefined) => [...(m?.values() ?? [])].reduce((a, b) => a + b, 0);

export function resultFor(c: Campaign, counts: { contacts: MonthCounts; requests: MonthCounts }, months: string[]): CampaignResult {
  const contacts = counts.contacts.get(c.id);
  const requests = counts.requests.get(c.id);
  const byMonth = months.map((month) => ({
    month, label: `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`, contacts: contacts?.get(month) ?? 0, requests: requests?.get(month) ?? 0,
  }));
  const reached = sum(contacts) + sum(requests);
  return { campaign: c, contacts: sum(contacts), requests: sum(requests), byMonth, costPerReached: reached > 0 ? Math.round(c.costKr / reached) : null };
}

/** One campaign with what it brought, month by month from its start until a year after its end. */
export async function campaignDetail(db: Kysely<DB>, tenantId: string, id: string, today: string): Promise<CampaignResult> {
  const campaign = await getCampaign(db, tenantId, id);
  // Until today, but at least to the campaign's end and at most a year after it.
  const yearAfter = addDays(campaign.endsOn, 365);
  const until = today < yearAfter ? today : yearAfter;
  const last = until > campaign.endsOn ? until : campaign.endsOn;
  const months = monthsBetween(campaign.startsOn, last);
  const monthEnd = addDays(addMonths(`${last.slice(0, 7)}-01`, 1), -1);
  const counts = await campaignCounts(db, tenantId, [campaign.id], campaign.startsOn, monthEnd);
  return resultFor(campaign, counts, months);
}

/**
 * For the reports module: every campaign running at some point in `year`, with the contacts
 * and requests dated in that year that name it, per month. Aggregates only.
 */
export async function campaignResults(db: Kysely<DB>, tenantId: string, year: number): Promise<CampaignResult[]> {
  const campaigns = await listCampaigns(db, tenantId, year);
  const counts = await campaignCounts(db, tenantId, campaigns.map((c) => c.id), `${year}-01-01`, `${year}-12-31`);
  const months = monthsBetween(`${year}-01-01`, `${year}-12-31`);
  return campaigns.map((c) => resultFor(c, counts, months));
}

/** Demo seed: a campaign without an actor. */
export async function seedCampaign(db: Kysely<DB>, tenantId: string, now: Date, c: Omit<Campaign, 'id'>): Promise<string> {
  const id = newId();
  await q.insertCampaign(db, {
    id, tenant_id: tenantId, name: c.name, target: c.target, description: c.description, channels: toJson(c.channels),
    starts_on: c.startsOn, ends_on: c.endsOn, cost_kr: c.costKr, created_by: null, created_at: now.toISOString(), updated_at: now.toISOString(),
  });
  return id;
}
