// Outreach campaigns (uppsökande verksamhet), SPEC C4: finding carers who do not find the
// service — a target group, channels (letter, advert, Anhöringen, fairs, home visits, En bra
// plats), a period and a cost — and what each brought: contacts and requests naming it.
// The campaigns themselves are kept by the campaigns module (its register, which contacts and
// requests also ask); this module adds what they brought, read from contacts and requests.
// Public API: campaignResults (reports), and the register's functions for outreach's own pages.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { addDays, addMonths, MONTH_NAMES } from '../../platform/domain/dates.js';
import { getCampaign, listCampaigns, type Campaign } from '../campaigns/service.js';
import { campaignCounts, type MonthCounts } from './results.js';

export { createCampaign, getCampaign, isActive, listCampaigns, updateCampaign, type Campaign } from '../campaigns/service.js';

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
