// Unit tier: coverage arithmetic on a constructed organisation, and the CSV cell encoding.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { OrgUnit } from '../../platform/tenancy/tenancy.js';
import { computeCoverage, percent, statusOf, type CoverageAmbassador } from './coverage.js';
import { csvCell, toCsv } from './export.js';

const u = (id: string, parentId: string | null, kind: OrgUnit['kind'], extra: Partial<OrgUnit> = {}): OrgUnit =>
  ({ id, parentId, kind, name: id.toUpperCase(), external: false, active: true, sortOrder: 0, ...extra });

// Two administrations; one area has a unit without an area between; the region is external.
const ORG: OrgUnit[] = [
  u('adm1', null, 'administration'),
  u('area1', 'adm1', 'area'),
  u('a', 'area1', 'unit'), u('b', 'area1', 'unit'), u('c', 'area1', 'unit'),
  u('area2', 'adm1', 'area'),
  u('d', 'area2', 'unit'), u('old', 'area2', 'unit', { active: false }),
  u('adm2', null, 'administration'),
  u('e', 'adm2', 'unit'),
  u('region', null, 'administration', { external: true }),
  u('rarea', 'region', 'area', { external: true }),
  u('vc', 'rarea', 'unit', { external: true }),
];
const amb = (id: string, lastTraining: string | null): CoverageAmbassador => ({ id, name: `Ombud ${id}`, lastTraining });

describe('coverage', () => {
  const ambassadorsByUnit = new Map<string, CoverageAmbassador[]>([
    ['a', [amb('1', '2026-01-10')]], // trained in the window
    ['b', [amb('2', '2024-05-01'), amb('3', null)]], // only stale or untrained
    ['d', [amb('4', '2025-11-25')]], // exactly on the boundary counts
    ['vc', [amb('5', '2026-06-01')]], // external: never counted
  ]);
  const cov = computeCoverage({ units: ORG, scope: 'all', ambassadorsByUnit, trainedSince: '2025-11-25', months: 12 });

  it('classifies each unit and counts per area, administration and in total', () => {
    expect(cov.administrations.map((a) => a.name)).toEqual(['ADM1', 'ADM2']);
    const [adm1, adm2] = cov.administrations;
    const area1 = adm1.areas.find((a) => a.id === 'area1')!;
    expect(area1.units.map((x) => [x.id, x.status])).toEqual([['a', 'covered'], ['b', 'untrained'], ['c', 'none']]);
    expect(area1).toMatchObject({ total: 3, covered: 1, untrained: 1, none: 1 });
    expect(adm1.areas.find((a) => a.id === 'area2')!.units.map((x) => x.id)).toEqual(['d']); // inactive unit left out
    expect(adm1).toMatchObject({ total: 4, covered: 2, untrained: 1, none: 1, share: 0.5 });
    expect(adm2.areas).toHaveLength(1);
    expect(adm2.areas[0]).toMatchObject({ id: null, name: 'Direkt under förvaltningen', total: 1, none: 1 });
    expect(cov).toMatchObject({ total: 5, covered: 2, untrained: 1, none: 2, share: 0.4 });
  });

  it('limits to the scope: a unit manager sees their own unit only', () => {
    const mine = computeCoverage({ units: ORG, scope: ['b'], ambassadorsByUnit, trainedSince: '2025-11-25', months: 12 });
    expect(mine.administrations).toHaveLength(1);
    expect(mine.administrations[0].areas.flatMap((a) => a.units.map((x) => x.id))).toEqual(['b']);
    expect(mine).toMatchObject({ total: 1, covered: 0, untrained: 1, share: 0 });
    expect(computeCoverage({ units: ORG, scope: [], ambassadorsByUnit, trainedSince: '2025-11-25', months: 12 }).total).toBe(0);
  });

  it('keeps its sums whole for any organisation and ambassadors (property)', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'vc', 'x'), fc.option(fc.constantFrom('2023-01-01', '2025-11-24', '2025-11-25', '2026-11-01'), { nil: null })), { maxLength: 20 }),
      fc.subarray(['a', 'b', 'c', 'd', 'e', 'vc', 'old']),
      (pairs, scope) => {
        const m = new Map<string, CoverageAmbassador[]>();
        pairs.forEach(([unit, last], i) => m.set(unit, [...(m.get(unit) ?? []), amb(String(i), last)]));
        const c = computeCoverage({ units: ORG, scope, ambassadorsByUnit: m, trainedSince: '2025-11-25', months: 12 });
        const units = c.administrations.flatMap((a) => a.areas.flatMap((x) => x.units));
        expect(c.covered + c.untrained + c.none).toBe(c.total);
        expect(units.length).toBe(c.total);
        expect(c.total).toBe(scope.filter((s) => ['a', 'b', 'c', 'd', 'e'].includes(s)).length);
        expect(c.share).toBeGreaterThanOrEqual(0);
        expect(c.share).toBeLessThanOrEqual(1);
        for (const unit of units) expect(unit.status).toBe(statusOf(m.get(unit.id) ?? [], '2025-11-25'));
      },
    ));
  });

  it('never rounds a share up to full coverage', () => {
    expect(percent(0.996)).toBe('99 %');
    expect(percent(1)).toBe('100 %');
    expect(percent(0)).toBe('0 %');
  });
});

describe('CSV encoding', () => {
  it('neutralises formulas and quotes every cell', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+46 70')).toBe('"\'+46 70"');
    expect(csvCell('-1')).toBe('"\'-1"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('\tx')).toBe('"\'\tx"');
    expect(csvCell('Hemvård; Tyringe')).toBe('"Hemvård; Tyringe"');
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('\uFEFF"a";"b"\r\n"c";"d"\r\n');
  });

  it('never lets a cell start a formula (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const cell = csvCell(s);
      expect(cell.startsWith('"')).toBe(true);
      expect(cell.endsWith('"')).toBe(true);
      expect(/^[=+\-@\t\r]/.test(cell.slice(1))).toBe(false);
      // Inner quotes are doubled: the cell parses back to one value.
      expect(cell.slice(1, -1).replace(/""/g, '')).not.toContain('"');
    }));
  });
});
