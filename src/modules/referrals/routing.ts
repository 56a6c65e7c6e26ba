// Where a referral goes: the municipality's routing rules (children's rules first, then first match wins, by the närstående's
// target group and the carer's age band), else the carer-support unit (the rule without
// conditions). Pure functions.
import type { AgeBand, TargetGroup } from '../../platform/domain/vocab.js';
import type { RoutingRule } from '../../platform/tenancy/settings.js';
import { byPrecedence } from '../requests/service.js';

const BAND_MAX: Record<AgeBand, number> = { under_13: 12, '13_17': 17, '18_24': 24, '25_44': 44, '45_64': 64, '65_79': 79, '80_plus': 120 };

export function matches(rule: RoutingRule, targetGroup: TargetGroup | null, ageBand: AgeBand | null): boolean {
  if (rule.targetGroup !== undefined && rule.targetGroup !== targetGroup) return false;
  if (rule.carerUnder !== undefined && !(ageBand !== null && BAND_MAX[ageBand] < rule.carerUnder)) return false;
  // A referral does not carry the närstående's age, so a rule on it never matches a referral.
  if (rule.relativeAtLeast !== undefined) return false;
  return true;
}

export function routeReferral(rules: RoutingRule[], targetGroup: TargetGroup | null, ageBand: AgeBand | null, unitIds: ReadonlySet<string>): { unitId: string | null; note: string } {
  // Children's rules first, as for contact requests; then the municipality's order.
  const rule = byPrecedence(rules).find((r) => unitIds.has(r.routeToUnitId) && matches(r, targetGroup, ageBand));
  if (rule) return { unitId: rule.routeToUnitId, note: rule.note };
  return { unitId: null, note: '' };
}
