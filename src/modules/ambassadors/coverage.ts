// Coverage (SPEC C4): which units lack an active ambassador, which have only ambassadors who
// have not been trained within the window, and the share covered — per administration and
// area. Pure: the service loads the organisation and ambassadors and calls computeCoverage.
import type { OrgUnit } from '../../platform/tenancy/tenancy.js';

export type CoverageStatus = 'covered' | 'untrained' | 'none';

export interface CoverageAmbassador {
  id: string;
  name: string;
  /** Latest training (YYYY-MM-DD), by hand or from the events engine; null when none. */
  lastTraining: string | null;
}

export interface CoverageUnit {
  id: string;
  name: string;
  status: CoverageStatus;
  ambassadors: CoverageAmbassador[];
}

export interface Tally {
  total: number;
  covered: number;
  untrained: number;
  none: number;
  /** covered / total, 0 when there are no units */
  share: number;
}

export interface CoverageArea extends Tally {
  /** null: units placed directly under the administration */
  id: string | null;
  name: string;
  units: CoverageUnit[];
}

export interface CoverageAdministration extends Tally {
  id: string;
  name: string;
  areas: CoverageArea[];
}

export interface Coverage extends Tally {
  /** Trained on or after this date counts as trained (YYYY-MM-DD). */
  trainedSince: string;
  months: number;
  administrations: CoverageAdministration[];
}

export function tally(units: { status: CoverageStatus }[]): Tally {
  const covered = units.filter((u) => u.status === 'covered').length;
  const untrained = units.filter((u) => u.status === 'untrained').length;
  return { total: units.length, covered, untrained, none: units.length - covered - untrained, share: units.length === 0 ? 0 : covered / units.length };
}

export function statusOf(ambassadors: CoverageAmbassador[], trainedSince: string): CoverageStatus {
  if (ambassadors.length === 0) return 'none';
  return ambassadors.some((a) => a.lastTraining !== null && a.lastTraining >= trainedSince) ? 'covered' : 'untrained';
}

/**
 * Units that count: active, the municipality's own (not external such as the region), of kind
 * unit, inside the scope. Each lands under its nearest administration and area ancestors.
 */
export function computeCoverage(input: {
  units: OrgUnit[];
  scope: 'all' | string[];
  /** Active ambassadors by unit id */
  ambassadorsByUnit: Map<string, CoverageAmbassador[]>;
  trainedSince: string;
  months: number;
}): Coverage {
  const byId = new Map(input.units.map((u) => [u.id, u]));
  const inScope = input.scope === 'all' ? () => true : ((set) => (id: string) => set.has(id))(new Set(input.scope));
  const ancestor = (u: OrgUnit, kind: 'administration' | 'area'): OrgUnit | undefined => {
    let cur = u.parentId ? byId.get(u.parentId) : undefined;
    for (let guard = 0; cur && guard < 20; guard++) {
      if (cur.kind === kind) return cur;
      cur = cur.parentId ? byId.get(cur.parentId) : undefined;
    }
    return undefined;
  };
  const admins = new Map<string, { admin: OrgUnit; areas: Map<string, { area: OrgUnit | null; units: CoverageUnit[] }> }>();
  for (const u of input.units) {
    if (u.kind !== 'unit' || !u.active || u.external || !inScope(u.id)) continue;
    const admin = ancestor(u, 'administration');
    if (!admin || admin.external) continue;
    const area = ancestor(u, 'area') ?? null;
    const entry = admins.get(admin.id) ?? { admin, areas: new Map() };
    admins.set(admin.id, entry);
    const areaKey = area?.id ?? '';
    const bucket = entry.areas.get(areaKey) ?? { area, units: [] };
    entry.areas.set(areaKey, bucket);
    const ambassadors = [...(input.ambassadorsByUnit.get(u.id) ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    bucket.units.push({ id: u.id, name: u.name, status: statusOf(ambassadors, input.trainedSince), ambassadors });
  }
  // Keep the organisation's own order (units arrive sorted by sort_order, then name).
  const administrations = [...admins.values()].map(({ admin, areas }) => {
    const areaList: CoverageArea[] = [...areas.values()].map(({ area, units }) => ({
      id: area?.id ?? null, name: area?.name ?? 'Direkt under förvaltningen', units, ...tally(units),
    }));
    return { id: admin.id, name: admin.name, areas: areaList, ...tally(areaList.flatMap((a) => a.units)) };
  });
  const all = administrations.flatMap((a) => a.areas.flatMap((x) => x.units));
  return { trainedSince: input.trainedSince, months: input.months, administrations, ...tally(all) };
}

/** "73 %" — whole per cent, rounded down so 99.6 % never shows as full coverage. */
export function percent(share: number): string {
  return `${Math.floor(share * 100)} %`;
}
