// The register of outreach campaigns (uppsökande verksamhet): what a campaign is, and the one
// place the outreach_campaigns table is read and written. A module of its own, under outreach,
// contacts and requests: contacts and requests store which campaign a contact or request came
// from (they ask this register), and outreach shows what each campaign brought (it asks them),
// so neither depends on the other through a circle.
// Public API: listCampaigns, getCampaign, activeCampaignOptions, isCampaign, createCampaign,
// updateCampaign, seedCampaign.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/db/clock.js';
import { newId, parseJson, toJson } from '../../platform/db/helpers.js';
import { audit } from '../../platform/audit/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { NotFound } from '../../platform/http/errors.js';
import { addDays } from '../../platform/domain/dates.js';
import * as q from './queries.js';

/** Channels of outreach the seed documents name. */
export const OUTREACH_CHANNELS = ['letter', 'advert', 'newspaper', 'fair', 'home_visit', 'en_bra_plats', 'other'] as const;
export type OutreachChannel = (typeof OUTREACH_CHANNELS)[number];

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

/** What a campaign is written from (outreach's validated form). */
export interface CampaignFields {
  name: string;
  target: string;
  description?: string;
  channels: OutreachChannel[];
  startsOn: string;
  endsOn: string;
  /** Whole kronor */
  cost: number;
}

function toCampaign(r: q.CampaignRow): Campaign {
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

function columns(form: CampaignFields) {
  return {
    name: form.name, target: form.target, description: form.description ?? '', channels: toJson(form.channels),
    starts_on: form.startsOn, ends_on: form.endsOn, cost_kr: form.cost,
  };
}

export async function createCampaign(db: Kysely<DB>, clock: Clock, actor: Principal, form: CampaignFields): Promise<string> {
  const id = newId();
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await q.insertCampaign(trx, { id, tenant_id: actor.tenantId, ...columns(form), created_by: actor.userId, created_at: now, updated_at: now });
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'outreach.create', subjectType: 'outreach_campaign', subjectId: id }, clock.now());
  });
  return id;
}

export async function updateCampaign(db: Kysely<DB>, clock: Clock, actor: Principal, id: string, form: CampaignFields): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if ((await q.updateCampaign(trx, actor.tenantId, id, { ...columns(form), updated_at: clock.now().toISOString() })) === 0) throw new NotFound();
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'outreach.update', subjectType: 'outreach_campaign', subjectId: id }, clock.now());
  });
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
