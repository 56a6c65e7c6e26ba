// Where a contact request goes (SPEC C1, §3): the municipality's rules, first match wins, by
// the närstående's target group and the carer's age. Pure functions, property-tested.
import type { AgeBand, TargetGroup } from '../../platform/domain/vocab.js';
import type { RoutingRule } from '../../platform/tenancy/settings.js';

const BAND_RANGE: Record<AgeBand, [number, number]> = {
  under_13: [0, 12], '13_17': [13, 17], '18_24': [18, 24], '25_44': [25, 44], '45_64': [45, 64], '65_79': [65, 79], '80_plus': [80, 120],
};

export const ageBandRange = (b: AgeBand): [number, number] => BAND_RANGE[b];

/** True when everyone in the band is at least the age (a band is never split). */
export function bandAtLeast(b: AgeBand, age: number): boolean {
  return BAND_RANGE[b][0] >= age;
}

/** True when everyone in the band is younger than the age (a band is never split). */
export function bandUnder(b: AgeBand, age: number): boolean {
  return BAND_RANGE[b][1] < age;
}

export interface RoutingInput {
  targetGroup?: TargetGroup;
  ageBand?: AgeBand;
  /** The närstående's age band (contact form, optional). */
  relativeAgeBand?: AgeBand;
}

export function ruleMatches(rule: RoutingRule, input: RoutingInput): boolean {
  if (rule.targetGroup !== undefined && rule.targetGroup !== input.targetGroup) return false;
  if (rule.carerUnder !== undefined && !(input.ageBand && bandUnder(input.ageBand, rule.carerUnder))) return false;
  // An unknown age never meets an age condition (a band is never split).
  if (rule.relativeAtLeast !== undefined && !(input.relativeAgeBand && bandAtLeast(input.relativeAgeBand, rule.relativeAtLeast))) return false;
  return true;
}

const isCatchAll = (r: RoutingRule) => r.targetGroup === undefined && r.carerUnder === undefined && r.relativeAtLeast === undefined;

/** A rule for children who are carers: an age limit of 18 or lower and no other condition. */
export const isChildRule = (r: RoutingRule): boolean => r.targetGroup === undefined && r.relativeAtLeast === undefined && r.carerUnder !== undefined && r.carerUnder <= 18;

/** Rules in the order they are tried: children's rules before any other (SoL 2025:400 as amended
 *  1 July 2026 makes the nämnd's responsibility for children clear), then the municipality's order. */
export const byPrecedence = (rules: RoutingRule[]): RoutingRule[] => [...rules.filter(isChildRule), ...rules.filter((r) => !isChildRule(r))];

/**
 * The first rule (by precedence) with a condition that matches and names a unit that still exists. Undefined
 * sends the request to the common queue: the carer-support unit that the rule without
 * conditions names, and anyone whose inbox covers the whole municipality.
 */
export function routeRequest(rules: RoutingRule[], input: RoutingInput, unitIds: ReadonlySet<string>): RoutingRule | undefined {
  return byPrecedence(rules).find((r) => !isCatchAll(r) && unitIds.has(r.routeToUnitId) && ruleMatches(r, input));
}

/** The rule for everything else (the common queue), if the municipality has one. */
export function commonQueueRule(rules: RoutingRule[]): RoutingRule | undefined {
  return rules.find(isCatchAll);
}

/** The carer-support unit: where the rule without conditions sends everything else. */
export function carerSupportUnitId(rules: RoutingRule[]): string | null {
  return commonQueueRule(rules)?.routeToUnitId ?? null;
}

/** The carer is younger than the municipality's own carer support serves (Herrljunga: 18). */
export function belowMinAge(carerMinAge: number | null, ageBand: AgeBand | undefined): boolean {
  return carerMinAge !== null && ageBand !== undefined && bandUnder(ageBand, carerMinAge);
}
