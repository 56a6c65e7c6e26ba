// Suggested answers that read the workspace, events and outreach modules.
import { TARGET_GROUPS, TARGET_GROUP_LABELS } from '../../platform/domain/vocab.js';
import { yearlyEventStats } from '../events/service.js';
import { campaignResults } from '../outreach/service.js';
import { yearlyNeedsAssessmentStats } from '../referrals/service.js';
import { listPartners } from '../partners/service.js';
import { listGovernanceBodies } from '../org/service.js';
import { fromCatalogue, type Deriver, type ExtraEvidence } from './prefill.js';
import type { AnswerGroupKey } from './questions.js';
import { carerCounts } from './source-queries.js';
import { sm } from '../../platform/i18n/staff-messages.js';

const groupsHeld: ExtraEvidence = async (ctx) => {
  const s = await yearlyEventStats(ctx.db, ctx.tenant.id, ctx.year);
  const held = TARGET_GROUPS.filter((g) => s.byTargetGroup[g].sessions > 0);
  const forAll = s.byTargetGroup.all.sessions > 0;
  const yesFor: AnswerGroupKey[] = forAll ? [...TARGET_GROUPS] : held;
  return {
    yesFor,
    evidence: [
      sm('evidence.activities', { events: s.events, sessions: s.sessions, year: String(ctx.year) }),
      ...(forAll ? [`${s.byTargetGroup.all.events} av dem var öppna för alla målgrupper.`] : []),
      ...held.map((g) => sm('evidence.activitiesByGroup', { group: TARGET_GROUP_LABELS[g], events: s.byTargetGroup[g].events, sessions: s.byTargetGroup[g].sessions })),
    ],
  };
};

export const extraDerivers: Record<string, Deriver> = {
  carer_groups: fromCatalogue(['carer_group'], undefined, groupsHeld),
  outreach: async (ctx) => {
    const campaigns = await campaignResults(ctx.db, ctx.tenant.id, ctx.year);
    return {
      values: { all: campaigns.length > 0 ? 'yes' : 'no' },
      evidence: campaigns.length === 0 ? [`Ingen kampanj för uppsökande verksamhet pågick under ${ctx.year}.`]
        : campaigns.map((c) => `Kampanj ”${c.campaign.name}” (${c.campaign.startsOn}–${c.campaign.endsOn}).`),
    };
  },
  support_contact: async (ctx) => {
    const c = await carerCounts(ctx.db, ctx.tenant.id, ctx.year, 'all');
    return {
      values: { all: c.withSupportContact > 0 ? 'yes' : 'no' },
      evidence: [`${c.withSupportContact} av ${c.total} identifierade anhöriga har i dag en namngiven stödkontakt.`],
    };
  },
  own_needs: async (ctx) => {
    const s = await yearlyNeedsAssessmentStats(ctx.db, ctx.tenant.id, ctx.year);
    return {
      values: s.recorded === 0 ? {} : { all: s.ownSupport > 0 ? 'yes' : 'no' },
      evidence: [`Handläggarna registrerade ${s.recorded} behovsbedömningar under ${ctx.year}; den anhöriga deltog i ${s.tookPart}, och i ${s.ownSupport} fick den anhöriga biståndsbedömt stöd för egen del.`],
    };
  },
  region_agreement: async (ctx) => {
    const region = (await listPartners(ctx.db, ctx.tenant.id)).filter((p) => p.kind === 'region' || p.kind === 'health_centre');
    return { values: {}, evidence: [region.length === 0 ? 'Regionen finns inte bland samarbetspartnerna.' : `Samarbetspartner från regionen: ${region.map((p) => p.name).join(', ')}. Om en skriftlig överenskommelse finns vet bara ni.`] };
  },
  children_routine: async (ctx) => {
    const boss = (await listGovernanceBodies(ctx.db, ctx.tenant.id)).filter((b) => b.kind === 'boss');
    return { values: {}, evidence: [boss.length === 0 ? 'Ingen grupp för barn som anhöriga (BOSS) finns registrerad.' : `Grupp för barn som anhöriga: ${boss.map((b) => b.name).join(', ')}. Rutinen själv finns utanför Bredvid.`] };
  },
};
