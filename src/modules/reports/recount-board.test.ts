// What a board member sees of the recount's generated year (recount.test.ts), on both
// databases: the overview of every part of the tree shows the months and the year's totals the
// report shows, hidden or not, and counts requests, bookings and referrals per month as plain
// SQL does; and every cell of every report that is not hidden is the exact figure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type RawBuilder } from 'kysely';
import { DateTime } from 'luxon';
import { DIALECTS, type TestApp } from '../../../test/harness.js';
import { figures, FROM, generatedYear, TO, unitSql, YEAR, ZONE, type Where } from '../../../test/generated-year.js';
import { dashboard, yearlyReport } from './service.js';
import type { OrgUnit, Tenant } from '../../platform/tenancy/tenancy.js';
import type { ReportScope, YearlyReport } from './model.js';

describe.each(DIALECTS)('what a board member sees of a generated year on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  let units: OrgUnit[];
  let scopes: ReportScope[];
  let reports: YearlyReport[];
  const rows = async <R,>(q: RawBuilder<R>): Promise<R[]> => (await q.execute(t.db)).rows;

  beforeAll(async () => {
    ({ t, tenant, units, scopes, reports } = await generatedYear(dialect));
  }, 120_000);
  afterAll(async () => t?.close());

  it('shows on the overview of every part of the tree the months of contacts exactly as the report of the year does, hidden or shown', async () => {
    for (const scope of scopes) {
      // The clock is in the year after the generated one: the overview's "previous year".
      const series = (await dashboard(t.db, t.clock, tenant, scope, 'suppressed')).find((p) => p.id === 'kontakter')!.previous;
      expect(series.year).toBe(YEAR);
      const board = await yearlyReport(t.db, t.clock, tenant, YEAR, scope, 'suppressed');
      const months = board.sections.flatMap((s) => s.tables).find((tb) => tb.table.id === 'kontakter-manad')!;
      expect({ scope: scope.unitName, shown: [...series.display, series.totalText] }).toEqual({ scope: scope.unitName, shown: months.rows.map((r) => r.cells[0].text) });
    }
  });

  it('counts the overview\'s requests, bookings and referrals per month as plain SQL does, adding up to the report\'s totals of the year', async () => {
    const monthOf = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE).month - 1;
    const perMonth = (xs: { at: string }[]) => xs.reduce((m, x) => { m[monthOf(x.at)]++; return m; }, Array.from({ length: 12 }, () => 0));
    let nonZero = 0;
    for (const scope of scopes) {
      const w: Where = scope.unitIds === 'all' ? { all: true } : { in: scope.unitIds };
      const tid = tenant.id;
      const sources: [string, number[], string, string][] = [
        ['forfragningar', perMonth(await rows(sql<{ at: string }>`select created_at as at from contact_requests where tenant_id = ${tid} and created_at >= ${FROM} and created_at < ${TO} and ${unitSql('routed_unit_id', w)}`)),
          'forfragningar-satt', 'Totalt'],
        ['bokningar', perMonth(await rows(sql<{ at: string }>`select b.created_at as at from event_bookings b join events e on e.id = b.event_id where b.tenant_id = ${tid}
          and b.created_at >= ${FROM} and b.created_at < ${TO} and e.audience like '%"carers"%' and ${unitSql('e.unit_id', w)}`)), 'grupper-deltagare', 'Bokningar som gjordes under året'],
        ['formedlingar', perMonth(await rows(sql<{ at: string }>`select created_at as at from referrals where tenant_id = ${tid} and created_at >= ${FROM} and created_at < ${TO} and ${unitSql('to_unit_id', w)}`)),
          'formedlingar-enhet', 'Totalt'],
      ];
      const panels = await dashboard(t.db, t.clock, tenant, scope, 'exact');
      const report = figures(reports[scopes.indexOf(scope)]);
      for (const [id, months, table, label] of sources) {
        const series = panels.find((p) => p.id === id)!.previous;
        expect(series.year).toBe(YEAR);
        expect({ scope: scope.unitName, id, months: series.values }).toEqual({ scope: scope.unitName, id, months });
        const sum = months.reduce((a, b) => a + b, 0);
        expect({ scope: scope.unitName, id, total: report.get(table)?.get(label) }).toEqual({ scope: scope.unitName, id, total: sum });
        if (sum > 0) nonZero++;
      }
    }
    // More than one source with figures per part above the units (most units recorded nothing).
    expect(nonZero).toBeGreaterThan(scopes.filter((s) => units.find((u) => u.id === s.unitId)?.kind !== 'unit').length);
  });

  it('shows the year\'s total of requests, bookings and referrals on the overview exactly where the report shows it', async () => {
    const at: Record<string, [string, string]> = {
      forfragningar: ['forfragningar-satt', 'Totalt'], bokningar: ['grupper-deltagare', 'Bokningar som gjordes under året'], formedlingar: ['formedlingar-enhet', 'Totalt'],
    };
    for (const scope of scopes) {
      const panels = await dashboard(t.db, t.clock, tenant, scope, 'suppressed');
      const board = await yearlyReport(t.db, t.clock, tenant, YEAR, scope, 'suppressed');
      for (const [id, [table, label]] of Object.entries(at)) {
        const cell = board.sections.flatMap((s) => s.tables).find((tb) => tb.table.id === table)!.rows.find((r) => r.label === label)!.cells[0];
        const series = panels.find((p) => p.id === id)!.previous;
        expect({ scope: scope.unitName, id, hidden: cell.hidden, text: cell.hidden ? '' : cell.text })
          .toEqual({ scope: scope.unitName, id, hidden: !/^[\d\s\u00a0]+$/.test(series.totalText), text: /^[\d\s\u00a0]+$/.test(series.totalText) ? series.totalText : '' });
      }
    }
  });

  it('shows a board member, in every report of the tree, exactly the recounted figure in every cell that is not hidden', async () => {
    let shownCells = 0;
    for (const [i, scope] of scopes.entries()) {
      const exact = await yearlyReport(t.db, t.clock, tenant, YEAR, scope, 'exact');
      const board = await yearlyReport(t.db, t.clock, tenant, YEAR, scope, 'suppressed');
      board.sections.forEach((s, si) => {
        s.facts.forEach((f, fi) => {
          if (!f.cell.hidden) expect(f.cell.text).toBe(exact.sections[si].facts[fi].cell.text);
        });
        s.tables.forEach((tb, ti) => tb.rows.forEach((row, ri) => row.cells.forEach((cell, ci) => {
          if (cell.hidden) return;
          expect({ scope: scope.unitName, table: tb.table.id, row: row.label, text: cell.text }).toEqual({ scope: scope.unitName, table: tb.table.id, row: row.label, text: exact.sections[si].tables[ti].rows[ri].cells[ci].text });
          if (cell.numeric) shownCells++;
        })));
      });
      expect(exact.sections.map((s) => s.id)).toEqual(reports[i].sections.map((s) => s.id));
    }
    expect(shownCells).toBeGreaterThan(500);
  });
});
