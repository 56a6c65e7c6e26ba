// Bredvid's suggested answers to the yearly questionnaire, each with its evidence: what in the
// registered data says yes (or finds nothing). Staff confirm or correct; nothing here is final.
// Each deriver reads another module through its service; evidence holds aggregates and names of
// offerings, pages, partners and campaigns, never a carer.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import { CONTENT_LOCALES, LOCALE_NAMES, OFFERING_TYPE_LABELS, type OfferingType } from '../../platform/domain/vocab.js';
import { listAll as listOfferings, type Offering } from '../catalog/service.js';
import { yearlyContactStats } from '../contacts/service.js';
import { listPublished as listPublishedPages } from '../pages/service.js';
import { listPartners } from '../partners/service.js';
import { listGovernanceBodies } from '../org/service.js';
import { planBudgetForYear } from '../plans/service.js';
import { PER_GROUP_KEYS, type AnswerGroupKey } from './questions.js';
import { countUsersWithRole } from './source-queries.js';
import { sm } from '../../platform/i18n/staff-messages.js';

export interface Suggestion {
  /** Suggested answer per group ('yes' | 'no' | a number as text); missing = no suggestion. */
  values: Partial<Record<AnswerGroupKey, string>>;
  evidence: string[];
}

export interface PrefillContext {
  db: Kysely<DB>;
  tenant: Tenant;
  year: number;
  now: Date;
}

export type Deriver = (ctx: PrefillContext) => Promise<Suggestion>;

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

/** Whether an offering is meant for a group: its target groups (empty = all), or for children,
 *  an upper age limit that makes it an offer to young carers. */
function servesGroup(o: Offering, g: AnswerGroupKey): boolean {
  if (g === 'children') return o.carerMaxAge !== null && o.carerMaxAge <= 25 && (o.carerMinAge ?? 0) < 18;
  if (g === 'all') return true;
  return o.targetGroups.length === 0 || o.targetGroups.includes(g);
}

async function publishedOfferings(ctx: PrefillContext): Promise<Offering[]> {
  return (await listOfferings(ctx.db, ctx.tenant.id, 1)).offerings.filter((o) => o.published);
}

/** More evidence for a per-group question, and the groups it says yes for. */
export type ExtraEvidence = (ctx: PrefillContext) => Promise<{ evidence: string[]; yesFor?: AnswerGroupKey[] }>;

/** A per-group question answered from the catalogue: yes for a group with a matching offering. */
export function fromCatalogue(types: OfferingType[], needsAssessment: boolean | undefined, extra?: ExtraEvidence): Deriver {
  return async (ctx) => {
    const offerings = (await publishedOfferings(ctx)).filter((o) => types.includes(o.type) && (needsAssessment === undefined || o.needsAssessment === needsAssessment));
    const more = extra ? await extra(ctx) : { evidence: [], yesFor: [] };
    const values: Suggestion['values'] = {};
    for (const g of PER_GROUP_KEYS) values[g] = yesNo(offerings.some((o) => servesGroup(o, g)) || (more.yesFor ?? []).includes(g));
    const kinds = types.map((t) => OFFERING_TYPE_LABELS[t].toLowerCase()).join(', ');
    const assessment = needsAssessment === undefined ? '' : needsAssessment ? ' med biståndsbeslut' : ' utan biståndsbeslut';
    const evidence = offerings.length === 0
      ? [`Stödutbudet har inget publicerat erbjudande av typen ${kinds}${assessment}.`]
      : offerings.map((o) => `Stödutbudet: ”${o.title}” (${OFFERING_TYPE_LABELS[o.type].toLowerCase()}${o.needsAssessment ? ', med biståndsbeslut' : ', utan biståndsbeslut'}; ${o.targetGroups.length === 0 ? 'alla målgrupper' : `${o.targetGroups.length} målgrupper`}${o.carerMaxAge !== null ? `, ${o.carerMinAge ?? 0}–${o.carerMaxAge} år` : ''}).`);
    return { values, evidence: [...evidence, ...more.evidence] };
  };
}

const supportConversationContacts: ExtraEvidence = async (ctx) => {
  const s = await yearlyContactStats(ctx.db, ctx.tenant.id, ctx.year, 'all');
  const n = s.byActivityType.support_conversation ?? 0;
  return { evidence: [sm('evidence.supportConversations', { count: n, year: String(ctx.year) })] };
};

export const baseDerivers: Record<string, Deriver> = {
  function: async (ctx) => {
    const n = await countUsersWithRole(ctx.db, ctx.tenant.id, 'specialist');
    return { values: { all: yesNo(n > 0) }, evidence: [sm('evidence.activeSpecialists', { count: n, title: ctx.tenant.settings.specialistTitle })] };
  },
  guideline: async (ctx) => {
    const b = await planBudgetForYear(ctx.db, ctx.tenant.id, ctx.year);
    return b.plans.length === 0
      ? { values: {}, evidence: ['Ingen verksamhetsplan i Bredvid omfattar året. En riktlinje kan finnas utanför Bredvid.'] }
      : { values: { all: 'yes' }, evidence: b.plans.map((p) => `Verksamhetsplan ”${p.title}” (${p.startYear}–${p.endYear}) omfattar året.`) };
  },
  support_conversation: fromCatalogue(['support_conversation'], false, supportConversationContacts),
  education: fromCatalogue(['education', 'carer_meeting'], undefined),
  respite_free: fromCatalogue(['respite'], false),
  respite_decision: fromCatalogue(['respite', 'short_term_stay', 'day_activity'], true),
  wellness: fromCatalogue(['wellness'], undefined),
  information_languages: async (ctx) => {
    const pages = await listPublishedPages(ctx.db, ctx.tenant.id);
    const count = (l: string) => pages.filter((p) => (p.texts as Record<string, unknown>)[l]).length;
    const others = CONTENT_LOCALES.filter((l) => l !== 'sv' && l !== 'sv-easy' && count(l) > 0);
    const easy = count('sv-easy');
    return {
      values: { all: yesNo(easy > 0 && others.length > 0) },
      evidence: [
        `${pages.length} publicerade informationssidor, ${easy} av dem på lätt svenska.`,
        others.length === 0 ? 'Inga sidor på andra språk än svenska.' : `På andra språk: ${others.map((l) => `${LOCALE_NAMES[l]} (${count(l)})`).join(', ')}.`,
      ],
    };
  },
  associations: async (ctx) => {
    const [partners, bodies] = await Promise.all([listPartners(ctx.db, ctx.tenant.id), listGovernanceBodies(ctx.db, ctx.tenant.id)]);
    const council = partners.filter((p) => p.councilMember);
    const councils = bodies.filter((b) => b.kind === 'carers_council');
    const associations = partners.filter((p) => p.kind === 'association' || p.kind === 'church');
    return {
      values: { all: yesNo(councils.length > 0 || council.length > 0) },
      evidence: [
        councils.length === 0 ? 'Inget anhörigråd finns registrerat.' : `Anhörigråd: ${councils.map((b) => b.name).join(', ')}.`,
        `${council.length} samarbetspartner är med i anhörigrådet; ${associations.length} föreningar och kyrkor finns bland samarbetspartnerna.`,
      ],
    };
  },
};
