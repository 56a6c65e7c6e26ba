// Demo data: referrals from staff in various units at every stage (new, overdue, assigned,
// contacted, closed), spread over the past year, and case officers' needs-assessment records.
// Invented carers' first names only; closed referrals have had their contact details erased.
import type { SeedContext } from '../../demo/seeders.js';
import type { AgeBand, TargetGroup } from '../../platform/domain/vocab.js';
import { parseSettings } from '../../platform/tenancy/settings.js';
import { seedNeedsAssessment, seedReferral, seedReferralViolenceFlag } from './service.js';
import { routeReferral } from './routing.js';
import { addWorkingDays } from './working-days.js';
import { localDate } from './time.js';
import { REFERRAL_TOPICS, type CloseReason, type ReferralTopic, type Urgency } from './vocab.js';

const NAMES = ['Berit', 'Hassan', 'Ulla', 'Jonna', 'Tomas', 'Leyla', 'Gösta', 'Mira', 'Per-Olof', 'Aino', 'Nils', 'Fatima', 'Siv', 'Dragan', 'Elsa', 'Rune'];

function rng(seed: string): () => number {
  let a = [...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function seedReferrals(ctx: SeedContext): Promise<void> {
  const { db, tenantId, now, data } = ctx;
  const settingsRow = await db.selectFrom('tenants').select('settings').where('id', '=', tenantId).executeTakeFirstOrThrow();
  const settings = parseSettings(settingsRow.settings);
  const referrers = data.staff.filter((s) => s.roles.some((r) => ['staff', 'ambassador', 'case_officer', 'unit_manager'].includes(r.role) && r.unitKey))
    .map((s) => ({ userId: ctx.userIds.get(s.key)!, unitId: ctx.unitIds.get(s.roles.find((r) => r.unitKey)!.unitKey!)! }));
  // Each specialist with the units their roles cover directly (assignment stays within the queue).
  const specialists = data.staff.filter((s) => s.roles.some((r) => r.role === 'specialist'))
    .map((s) => ({ id: ctx.userIds.get(s.key)!, units: s.roles.filter((r) => r.role === 'specialist' && r.unitKey).map((r) => ctx.unitIds.get(r.unitKey!)!) }));
  if (referrers.length === 0 || specialists.length === 0) return;
  const unitIds = new Set(ctx.unitIds.values());
  const rnd = rng(`referrals:${data.slug}`);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const groups: TargetGroup[] = ['older', 'older', 'disability', 'mental_health', 'long_term_illness', 'substance_use'];
  // Days ago, status, and working days to first contact for each demo referral.
  const plan: { ago: number; status: 'new' | 'assigned' | 'contacted' | 'closed'; contactAfter: number | null; reason: CloseReason | null; urgency: Urgency }[] = [
    { ago: 1, status: 'new', contactAfter: null, reason: null, urgency: 'normal' },
    { ago: 14, status: 'new', contactAfter: null, reason: null, urgency: 'normal' },
    { ago: 3, status: 'assigned', contactAfter: null, reason: null, urgency: 'soon' },
    { ago: 20, status: 'contacted', contactAfter: 2, reason: null, urgency: 'normal' },
    ...Array.from({ length: 12 }, (_, k) => ({
      ago: 40 + k * 27, status: 'closed' as const, contactAfter: Math.floor(rnd() * 9), urgency: (k % 5 === 0 ? 'urgent' : 'normal') as Urgency,
      reason: pick(['support_given', 'support_given', 'support_given', 'referred_on', 'not_wanted', 'no_answer'] as CloseReason[]),
    })),
  ];
  for (const [i, p] of plan.entries()) {
    const from = referrers[i % referrers.length];
    const createdAt = new Date(now.getTime() - p.ago * 86_400_000);
    const targetGroup = pick(groups);
    const ageBand: AgeBand = i % 7 === 6 ? '13_17' : pick(['45_64', '65_79', '25_44'] as AgeBand[]);
    const toUnitId = routeReferral(settings.routing, targetGroup, ageBand, unitIds).unitId;
    const handlers = specialists.filter((x) => toUnitId !== null && x.units.includes(toUnitId));
    const contactDay = p.contactAfter === null ? null : addWorkingDays(localDate(createdAt), p.contactAfter);
    const firstContactAt = p.reason === 'no_answer' || !contactDay ? null : new Date(Math.min(now.getTime(), Date.parse(`${contactDay}T09:30:00Z`)));
    const id = await seedReferral(db, tenantId, {
      fromUnitId: from.unitId, fromUserId: from.userId, toUnitId, carerName: `${NAMES[i % NAMES.length]} (förnamn)`, carerPhone: `070-000 01 ${String(10 + i)}`,
      topic: pick(REFERRAL_TOPICS) as ReferralTopic, targetGroup, ageBand, urgency: p.urgency, caredFor: i % 3 === 0 ? 'yes' : 'not_asked', createdAt,
      targetWorkingDays: settings.contactTargetWorkingDays, status: p.status,
      assignedUserId: p.status === 'new' ? null : pick(handlers.length > 0 ? handlers : specialists).id,
      firstContactAt, closeReason: p.reason, closedAt: p.status === 'closed' ? new Date(createdAt.getTime() + 12 * 86_400_000) : null,
    });
    // Vetlanda's guideline asks staff to notice violence in close relationships: two demo referrals carry the flag.
    if (data.slug === 'vetlanda' && (i === 2 || i === 6)) {
      await seedReferralViolenceFlag(db, tenantId, id, p.status === 'closed' ? null : 'Den anhöriga vill bara bli uppringd på förmiddagar.', createdAt);
    }
  }
  const officers = data.staff.filter((s) => s.roles.some((r) => r.role === 'case_officer' && r.unitKey));
  for (const o of officers) {
    const unitId = ctx.unitIds.get(o.roles.find((r) => r.role === 'case_officer')!.unitKey!)!;
    for (let k = 0; k < 10; k++) {
      await seedNeedsAssessment(db, tenantId, {
        unitId, userId: ctx.userIds.get(o.key)!, assessedOn: localDate(new Date(now.getTime() - (5 + k * 33) * 86_400_000)),
        tookPart: k % 6 !== 5, views: pick(['yes', 'yes', 'yes', 'partly', 'no', 'unknown'] as const), ownSupport: k % 4 === 0,
      });
    }
  }
}
