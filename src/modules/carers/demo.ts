// Demo data: a handful of identified carers per municipality (invented names, example.se
// addresses, test-range personnummer), with consents, a stödkontakt, follow-ups (one overdue),
// linked contacts and — where the municipality documents — signed journal entries.
import type { SeedContext } from '../../demo/seeders.js';
import { newId } from '../../platform/db/helpers.js';
import type { AgeBand, Gender, Relationship, TargetGroup } from '../../platform/domain/vocab.js';
import { seedContacts } from '../contacts/service.js';
import { seedCarer, seedOffers, seedPlan, seedTouch } from './service.js';
import type { OfferAnswer } from './vocab.js';
import { luhnCheckDigit } from './personnummer.js';
import { localDate } from './time.js';

interface DemoCarer { name: string; targetGroup: TargetGroup; relationship: Relationship; ageBand: AgeBand; gender: Gender; birth?: string }

// Invented people. Birth dates only where a personnummer is registered; serials 98xx are the
// range used for test numbers.
const CARERS: DemoCarer[] = [
  { name: 'Margareta Holmlund', targetGroup: 'older', relationship: 'spouse', ageBand: '65_79', gender: 'woman', birth: '19480615' },
  { name: 'Yasmin Farah Ali', targetGroup: 'mental_health', relationship: 'parent', ageBand: '45_64', gender: 'woman' },
  { name: 'Kent Lindahl', targetGroup: 'older', relationship: 'child', ageBand: '45_64', gender: 'man', birth: '19690307' },
  { name: 'Sanna Virtala', targetGroup: 'disability', relationship: 'parent', ageBand: '25_44', gender: 'woman' },
  { name: 'Ibrahim Saleh Nour', targetGroup: 'substance_use', relationship: 'sibling', ageBand: '25_44', gender: 'man' },
  { name: 'Ann-Britt Sjöqvist', targetGroup: 'long_term_illness', relationship: 'spouse', ageBand: '80_plus', gender: 'woman' },
];

const JOURNAL = [
  'Stödsamtal per telefon, 40 minuter. Den anhöriga berättar att nätterna är tunga och att hon sover dåligt. Vill prova anhöriggruppen i höst. Återkontakt om två veckor.',
  'Hembesök. Gick igenom vilket stöd som finns utan biståndsbeslut. Den anhöriga vill veta mer om avlösning i hemmet och om närståendepenning. Lämnade skriftlig information.',
];

export async function seedCarers(ctx: SeedContext): Promise<void> {
  const { db, tenantId, now, data } = ctx;
  const specialists = data.staff.filter((s) => s.roles.some((r) => r.role === 'specialist' && r.unitKey))
    .map((s) => ({ userId: ctx.userIds.get(s.key)!, unitId: ctx.unitIds.get(s.roles.find((r) => r.role === 'specialist' && r.unitKey)!.unitKey!)! }));
  if (specialists.length === 0) return;
  const journal = data.settings.documentationPolicy === 'journal';
  const day = (offset: number) => localDate(new Date(now.getTime() + offset * 86_400_000));
  for (const [i, c] of CARERS.entries()) {
    const s = specialists[i % specialists.length];
    const createdAt = new Date(now.getTime() - (30 + i * 41) * 86_400_000);
    const pnr = c.birth ? (() => { const nine = `${c.birth.slice(2)}98${i}`; return `${c.birth}98${i}${luhnCheckDigit(nine)}`; })() : null;
    const id = await seedCarer(db, tenantId, {
      unitId: s.unitId, name: c.name, phone: `070-000 00 ${String(10 + i)}`, email: i % 2 === 0 ? `anhorig${i + 1}@example.se` : null, personnummer: pnr,
      targetGroup: c.targetGroup, relationship: c.relationship, ageBand: c.ageBand, gender: c.gender, supportContactUserId: s.userId, createdAt,
      caredForConsent: i % 3 === 0,
      actions: [
        { kind: 'follow_up', actionType: 'recontact', dueOn: i % 2 === 0 ? day(-3 - i) : day(5 + i), status: 'planned', assignedUserId: s.userId },
        { kind: 'action', actionType: i % 2 === 0 ? 'carer_group' : 'respite', dueOn: day(-20 - i), status: 'done', assignedUserId: s.userId },
      ],
      journal: journal && i < 3 ? JOURNAL.map((body, k) => ({ body, signedBy: s.userId, signedAt: new Date(createdAt.getTime() + (k + 1) * 7 * 86_400_000) })) : [],
    });
    // A few contacts the carer asked to have linked to their record.
    const contacts = [0, 1, 2].slice(0, 2 + (i % 2)).map((k) => {
      const at = new Date(createdAt.getTime() + (k * 9 + 1) * 86_400_000);
      return {
        id: newId(), tenant_id: tenantId, unit_id: s.unitId, user_id: s.userId, contact_date: localDate(at), channel: k === 1 ? 'home_visit' : 'phone',
        duration_min: [40, 60, 30][k], activity_type: k === 1 ? 'home_visit' : 'support_conversation', target_group: c.targetGroup, relationship: c.relationship,
        age_band: c.ageBand, gender: c.gender, district: null, heard_via: k === 0 ? 'staff' : null, campaign_id: null, referred_onward: 0, referred_to: null,
        carer_id: id, created_at: at.toISOString(), updated_at: at.toISOString(),
      };
    });
    await seedContacts(db, contacts);
    // The stödkontakt offered at the first contact (the last carer was not reached at first and
    // accepted when offered again).
    const answers: OfferAnswer[][] = [['accepted'], ['accepted'], ['declined'], ['accepted'], ['not_reached', 'accepted'], ['declined']];
    await seedOffers(db, tenantId, answers[i % answers.length].map((answer, k) => ({
      unitId: s.unitId, carerId: id, contactId: null, firstContactOn: localDate(createdAt), offeredOn: contacts[Math.min(k, contacts.length - 1)].contact_date,
      answer, supportContactUserId: answer === 'accepted' ? s.userId : null, recordedBy: s.userId, recordedAt: contacts[0].created_at,
    })));
    // A plan made with the carers who accepted a stödkontakt ("planera åtgärder"); one follow-up is due.
    if (answers[i % answers.length].at(-1) === 'accepted') {
      await seedPlan(db, tenantId, id, s.userId, contacts[0].created_at, [
        { what: 'Prova anhöriggruppen på tisdagskvällar', responsible: 'Den anhöriga', dueOn: day(20 + i), status: 'planned', followUpOn: day(i === 0 ? -2 : 10 + i), note: null },
        { what: 'Ansöka om avlösning i hemmet en förmiddag i veckan', responsible: 'Stödkontakten hjälper till med ansökan', dueOn: day(7), status: 'ongoing', followUpOn: day(14 + i), note: 'Den anhöriga vill att det blir samma person varje gång.' },
        { what: 'Informationsmöte om närståendepenning', responsible: 'Den anhöriga', dueOn: day(-15), status: 'done', followUpOn: null, note: null },
      ]);
    }
    await seedTouch(db, tenantId, id, new Date(Math.max(...contacts.map((x) => Date.parse(x.created_at)))));
  }
}
