// Demo data: a realistic spread of anonymous contacts over the past 14 months, drawn from a
// generator seeded by the municipality's slug (the same every run). No names anywhere.
import type { SeedContext } from '../../demo/seeders.js';
import { newId } from '../../platform/db/helpers.js';
import { AGE_BANDS, GENDERS, HEARD_VIA, RELATIONSHIPS, TARGET_GROUPS, type OfferAnswer } from '../../platform/domain/vocab.js';
import { parseSettings } from '../../platform/tenancy/settings.js';
import { updateSettings } from '../org/service.js';
import { listCampaigns } from '../campaigns/service.js';
import { seedContacts } from './service.js';
import { seedOffers } from '../carers/service.js';
import { ONWARD_TARGETS } from './vocab.js';
import { localDate } from './time.js';

/** Districts (place names) the municipalities' own documents use for their areas. */
export const DEMO_DISTRICTS: Record<string, string[]> = {
  sodertalje: ['Centrala Södertälje', 'Järna', 'Hölö och Mörkö', 'Enhörna', 'Geneta', 'Hovsjö', 'Ronna', 'Pershagen'],
  vetlanda: ['Vetlanda tätort', 'Landsbro', 'Holsbybrunn', 'Ekenässjön', 'Korsberga', 'Myresjö', 'Bäckseda'],
  herrljunga: ['Herrljunga tätort', 'Ljung', 'Annelund', 'Od', 'Hudene'],
  hassleholm: ['Hässleholm centrum', 'Tyringe', 'Vinslöv', 'Sösdala', 'Hästveda', 'Bjärnum', 'Vittsjö'],
};

export function demoRandom(seed: string): () => number {
  let a = [...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function weighted<T extends string | number>(rnd: () => number, table: [T, number][]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = rnd() * total;
  for (const [v, w] of table) if ((x -= w) < 0) return v;
  return table[table.length - 1][0];
}

/** The demo's specialists with the unit each logs contacts for. */
export function demoSpecialists(ctx: SeedContext): { userId: string; unitId: string }[] {
  return ctx.data.staff.filter((s) => s.roles.some((r) => r.role === 'specialist' && r.unitKey)).map((s) => ({
    userId: ctx.userIds.get(s.key)!, unitId: ctx.unitIds.get(s.roles.find((r) => r.role === 'specialist' && r.unitKey)!.unitKey!)!,
  }));
}

export async function seedContactLog(ctx: SeedContext): Promise<void> {
  const { db, tenantId, now } = ctx;
  const row = await db.selectFrom('tenants').select('settings').where('id', '=', tenantId).executeTakeFirstOrThrow();
  const settings = parseSettings(row.settings);
  const districts = DEMO_DISTRICTS[ctx.data.slug] ?? [];
  if (settings.districts.length === 0 && districts.length > 0) await updateSettings(db, tenantId, { ...settings, districts });
  const specialists = demoSpecialists(ctx);
  if (specialists.length === 0) return;
  const campaigns = await listCampaigns(db, tenantId);
  const rnd = demoRandom(`contacts:${ctx.data.slug}`);
  const count = 150 + Math.round(ctx.data.settings.population / 500);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const rows = [];
  for (let i = 0; i < count; i++) {
    let day = new Date(now.getTime() - Math.floor(rnd() * 425) * 86_400_000);
    const wd = day.getUTCDay();
    if (wd === 0 || wd === 6) day = new Date(day.getTime() - (wd === 0 ? 2 : 1) * 86_400_000);
    const created = new Date(Math.min(now.getTime(), Date.parse(`${localDate(day)}T07:00:00Z`) + Math.floor(rnd() * 9 * 60) * 60_000));
    const s = pick(specialists);
    const channel = weighted(rnd, [['phone', 55], ['visit', 14], ['home_visit', 8], ['video', 5], ['email', 12], ['group', 6]]);
    const activity = channel === 'home_visit' ? 'home_visit' : channel === 'group' ? 'group_session'
      : weighted(rnd, [['support_conversation', 45], ['information', 20], ['guidance', 15], ['follow_up', 10], ['other', 3]]);
    const ageBand = rnd() < 0.1 ? null : weighted(rnd, AGE_BANDS.map((b, k) => [b, [2, 4, 4, 15, 35, 28, 12][k]] as [string, number]));
    const child = ageBand === 'under_13' || ageBand === '13_17';
    const relationship = rnd() < 0.08 ? null : child ? weighted(rnd, [['child', 8], ['sibling', 2]])
      : weighted(rnd, RELATIONSHIPS.map((r, k) => [r, [35, 15, 30, 5, 5, 5, 2, 3][k]] as [string, number]));
    const referred = rnd() < 0.15;
    const contactDate = localDate(day);
    const heardVia = rnd() < 0.2 ? null : weighted(rnd, HEARD_VIA.map((h, k) => [h, [20, 25, 20, 8, 5, 4, 3, 5, 10, 2][k]] as [string, number]));
    const campaign = campaigns.find((c) => c.startsOn <= contactDate && contactDate <= c.endsOn);
    rows.push({
      id: newId(), tenant_id: tenantId, unit_id: s.unitId, user_id: s.userId, contact_date: contactDate, channel,
      duration_min: weighted(rnd, [[10, 5], [15, 10], [20, 10], [30, 25], [40, 10], [45, 15], [60, 20], [90, 5]]),
      activity_type: activity, target_group: rnd() < 0.05 ? null : weighted(rnd, TARGET_GROUPS.map((g, k) => [g, [45, 15, 15, 10, 15][k]] as [string, number])),
      relationship, age_band: ageBand, gender: rnd() < 0.07 ? null : weighted(rnd, GENDERS.map((g, k) => [g, [64, 30, 1, 5][k]] as [string, number])),
      district: districts.length > 0 && rnd() < 0.85 ? pick(districts) : null, heard_via: heardVia,
      campaign_id: campaign && rnd() < 0.3 ? campaign.id : null, referred_onward: referred ? 1 : 0, referred_to: referred ? pick(ONWARD_TARGETS) : null,
      carer_id: null, created_at: created.toISOString(), updated_at: created.toISOString(),
    });
  }
  await seedContacts(db, rows);
  // "Erbjudande om stödkontakt" recorded without identity in most support conversations.
  const offered = rows.filter((r) => r.activity_type === 'support_conversation' || r.activity_type === 'information').filter(() => rnd() < 0.7);
  await seedOffers(db, tenantId, offered.map((r) => ({
    unitId: r.unit_id, carerId: null, contactId: r.id, firstContactOn: r.contact_date, offeredOn: r.contact_date,
    answer: weighted(rnd, [['accepted', 45], ['declined', 45], ['not_reached', 10]] as [OfferAnswer, number][]),
    supportContactUserId: null, recordedBy: r.user_id, recordedAt: r.created_at,
  })));
}
