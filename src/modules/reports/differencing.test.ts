// Protection against differencing across reports: over random small organisations, no count
// shown both in a report and in the report of a larger part containing it differs by 1…t−1 (the
// rest of the larger part would then have a small number), and every cell hidden for that reason
// still cannot be recomputed inside its own table. The checks match cells by position and add up
// rows and columns themselves, apart from the matching and the engine they test.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { breakdownTable, count, type ReportCell, type ReportTable, type YearlyReport } from './model.js';
import { countStates, presentReport, type ShownReport } from './present.js';
import { forcedByLarger } from './differencing.js';
import { seriesTreeStates } from './series-tree.js';
import { alternativeChange, differencingText, ruleText, type CellState, type StructureCell } from './suppression.js';
import { breakdownCells, crosstabCells } from './table-shapes.js';
import { readerRange, wholeTableWithheld, within } from '../../../test/suppression-checker.js';

/** What each unit logged itself; a unit's report counts its own and everything below it. */
interface Own { parts: number[]; inner: number[][]; fact: number }

const CODES = ['a', 'b', 'c', 'd', 'e'];
const small = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 14 }));

const organisation = fc.record({
  size: fc.integer({ min: 2, max: 6 }), k: fc.integer({ min: 2, max: 5 }), m: fc.integer({ min: 1, max: 3 }), n: fc.integer({ min: 1, max: 3 }),
  t: fc.integer({ min: 3, max: 6 }), anchored: fc.boolean(), grouped: fc.boolean(),
}).chain((o) => fc.record({
  o: fc.constant(o),
  // parent of unit i (i ≥ 1) is one of the units before it; unit 0 is the whole municipality
  parents: fc.tuple(...Array.from({ length: o.size - 1 }, (_, i) => fc.integer({ min: 0, max: i }))),
  own: fc.array(fc.record({
    parts: fc.array(small, { minLength: o.k, maxLength: o.k }),
    inner: fc.array(fc.array(small, { minLength: o.n, maxLength: o.n }), { minLength: o.m, maxLength: o.m }),
    fact: small,
  }), { minLength: o.size, maxLength: o.size }),
}));

function tables(d: Own, o: { k: number; anchored: boolean; grouped: boolean }): ReportTable[] {
  const codes = CODES.slice(0, o.k);
  const width = d.inner[0].length;
  const rowTotals = d.inner.map((r) => r.reduce((s, v) => s + v, 0));
  const colTotals = Array.from({ length: width }, (_, j) => d.inner.reduce((s, r) => s + r[j], 0));
  return [
    breakdownTable({
      id: 'fordelning', title: 'Fördelning', definition: 'x', firstHeader: 'Kod', order: codes, labels: Object.fromEntries(codes.map((c) => [c, c.toUpperCase()])),
      counts: Object.fromEntries(codes.map((c, i) => [c, d.parts[i]])), totalIsAnchor: o.anchored,
      subtotals: o.grouped ? [{ label: 'A och B', codes: ['a', 'b'] }] : undefined,
    }),
    {
      id: 'korstabell', title: 'Korstabell', definition: 'x', firstHeader: 'Rad', columns: [...colTotals.map((_, j) => `K${j}`), 'Summa'], shape: { kind: 'crosstab' },
      rows: [
        ...d.inner.map((r, i) => ({ label: `R${i}`, cells: [...r, rowTotals[i]].map(count) })),
        { label: 'Totalt', total: true, cells: [...colTotals, rowTotals.reduce((s, v) => s + v, 0)].map(count) },
      ],
    },
  ];
}

interface Built { reports: YearlyReport[]; path: number[][]; t: number }

/** Every unit's report from the units' own figures, and each unit's larger parts, nearest first. */
function build(input: { o: { size: number; k: number; t: number; anchored: boolean; grouped: boolean }; parents: number[]; own: Own[] }): Built {
  const { o, parents, own } = input;
  const parentOf = (i: number) => (i === 0 ? -1 : parents[i - 1]);
  const path = own.map((_, i) => {
    const up: number[] = [];
    for (let p = parentOf(i); p >= 0; p = parentOf(p)) up.push(p);
    return up;
  });
  const sums: Own[] = own.map((d) => ({ parts: d.parts.map(() => 0), inner: d.inner.map((r) => r.map(() => 0)), fact: 0 }));
  own.forEach((d, u) => [u, ...path[u]].forEach((v) => {
    d.parts.forEach((x, i) => { sums[v].parts[i] += x; });
    d.inner.forEach((r, i) => r.forEach((x, j) => { sums[v].inner[i][j] += x; }));
    sums[v].fact += d.fact;
  }));
  const reports = sums.map((d, v): YearlyReport => ({
    tenantName: 'Test', year: 2025, periodEnd: '2025-12-31',
    scope: v === 0 ? { unitId: null, unitName: 'Hela kommunen', unitIds: 'all' } : { unitId: `u${v}`, unitName: `Enhet ${v}`, unitIds: [`u${v}`] },
    sections: [{ id: 'avsnitt', title: 'Avsnitt', facts: [{ label: 'Unika', cell: count(d.fact), definition: 'x' }], tables: tables(d, o) }],
  }));
  return { reports, path, t: o.t };
}

const present = (b: Built, v: number, mode: 'exact' | 'suppressed'): ShownReport =>
  presentReport(b.reports[v], mode, b.t, forcedByLarger(b.reports[v], b.path[v].map((a) => b.reports[a]), b.t));

const valueOf = (c: ReportCell) => (c.kind === 'count' ? c.value : null);

/** Every count cell of a report with what a suppressed reader sees: [position, value, hidden, text]. */
function countCells(r: YearlyReport, shown: ShownReport): [string, number, boolean, string][] {
  const out: [string, number, boolean, string][] = [];
  r.sections.forEach((s, si) => {
    (s.facts ?? []).forEach((f, fi) => {
      const c = shown.sections[si].facts[fi].cell;
      if (valueOf(f.cell) !== null) out.push([`${si}/fakta/${fi}`, valueOf(f.cell)!, c.hidden, c.text]);
    });
    s.tables.forEach((t, ti) => t.rows.forEach((row, ri) => row.cells.forEach((cell, ci) => {
      const c = shown.sections[si].tables[ti].rows[ri].cells[ci];
      if (valueOf(cell) !== null) out.push([`${si}/${ti}/${ri}/${ci}`, valueOf(cell)!, c.hidden, c.text]);
    })));
  });
  return out;
}

/** A table's cells in the engine's order (built here from the figures), with the states present.ts chose. */
function engineView(t: ReportTable, states: Map<string, CellState>): { cells: StructureCell[]; states: CellState[]; holds: (alt: number[]) => boolean } {
  const v = (r: number, c: number) => valueOf(t.rows[r].cells[c])!;
  const totalRow = t.rows.length - 1;
  if (t.shape.kind === 'columns') {
    const parts = t.rows.map((row, r) => (row.total || row.subtotalOf ? -1 : r)).filter((r) => r >= 0);
    const sub = t.rows.findIndex((row) => row.subtotalOf);
    const groups = sub >= 0 ? [t.rows[sub].subtotalOf!.map((r) => parts.indexOf(r))] : [];
    const order = [...parts, ...(sub >= 0 ? [sub] : []), totalRow];
    const cells = breakdownCells(parts.map((r) => v(r, 0)), v(totalRow, 0), { groups, totalIsAnchor: t.shape.totalIsAnchor });
    const holds = (alt: number[]) => alt.slice(0, parts.length).reduce((s, x) => s + x, 0) === alt[alt.length - 1]
      && (sub < 0 || groups[0].reduce((s, i) => s + alt[i], 0) === alt[parts.length]);
    return { cells, states: order.map((r) => states.get(`${r}:0`)!), holds };
  }
  const m = totalRow;
  const n = t.rows[0].cells.length - 1;
  const inner = Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => v(i, j)));
  const order = [
    ...inner.flatMap((_, i) => inner[0].map((__, j) => `${i}:${j}`)), ...inner.map((_, i) => `${i}:${n}`),
    ...inner[0].map((_, j) => `${m}:${j}`), `${m}:${n}`,
  ];
  const holds = (alt: number[]) => {
    const at = (i: number, j: number) => alt[i * n + j];
    const rowsOk = inner.every((_, i) => inner[0].reduce((s, __, j) => s + at(i, j), 0) === alt[m * n + i]);
    const colsOk = inner[0].every((_, j) => inner.reduce((s, __, i) => s + at(i, j), 0) === alt[m * n + m + j]);
    return rowsOk && colsOk && inner.reduce((s, _, i) => s + alt[m * n + i], 0) === alt[alt.length - 1];
  };
  return { cells: crosstabCells(inner), states: order.map((k) => states.get(k)!), holds };
}

describe('differencing across reports', () => {
  it('never shows a count in both a report and a larger one when they differ by 1…t−1, and hides every count the rule names', () => {
    let hiddenForTheRest = 0; // counts hidden only because of a larger report: the property is not vacuous
    fc.assert(fc.property(organisation, (input) => {
      const b = build(input);
      const shown = b.reports.map((_, v) => countCells(b.reports[v], present(b, v, 'suppressed')));
      b.reports.forEach((_, v) => b.path[v].forEach((a) => {
        shown[v].forEach(([pos, own, hidden], i) => {
          const [posA, larger, hiddenA] = shown[a][i];
          expect(posA).toBe(pos);
          const rest = larger - own;
          const reveals = rest >= 1 && rest < b.t;
          if (!hidden && !hiddenA) expect({ unit: v, larger: a, pos, own, rest, reveals }).toEqual({ unit: v, larger: a, pos, own, rest, reveals: false });
          if (reveals && own > 0) expect({ unit: v, pos, own, hidden }).toEqual({ unit: v, pos, own, hidden: true });
          if (reveals && own >= b.t) hiddenForTheRest++;
        });
      }));
      // Labels: a larger count hidden is "dolt", never "<t"; a small one is "<t" (or "dolt" when a
      // whole breakdown is hidden), never shown.
      shown.flat().forEach(([pos, value, hidden, text]) => {
        if (hidden && value >= b.t) expect({ pos, value, text }).toEqual({ pos, value, text: 'dolt' });
        if (value > 0 && value < b.t) expect({ pos, value, hidden, known: [`<${b.t}`, 'dolt'].includes(text) }).toEqual({ pos, value, hidden: true, known: true });
      });
    }), { numRuns: 300 });
    expect(hiddenForTheRest).toBeGreaterThan(100);
  });

  it('leaves every hidden cell, those hidden for a larger report included, with a second table consistent with what is shown', () => {
    fc.assert(fc.property(organisation, (input) => {
      const b = build(input);
      b.reports.forEach((r, v) => {
        const forced = forcedByLarger(r, b.path[v].map((a) => b.reports[a]), b.t);
        for (const t of r.sections[0].tables) {
          const { states: byKey, ok } = countStates(t, b.t, forced.tables.get(t.id));
          const { cells, states, holds } = engineView(t, byKey);
          for (const key of forced.tables.get(t.id) ?? []) {
            const [row, col] = key.split(':').map(Number);
            if (valueOf(t.rows[row].cells[col])! > 0) expect(byKey.get(key)).not.toBe('shown');
          }
          if (wholeTableWithheld(ok, states, cells.map((c) => !!c.anchor))) continue;
          const values = cells.map((c) => c.value);
          states.forEach((s, i) => {
            if (s === 'shown') return;
            const change = alternativeChange(cells, states, b.t, i);
            expect(change, `unit ${v}, ${t.id}, cell ${i} of ${JSON.stringify(values)}, t=${b.t}`).not.toBeNull();
            const alt = values.map((x, k) => x + (change!.get(k) ?? 0));
            expect(alt[i]).not.toBe(values[i]);
            expect(holds(alt)).toBe(true);
            alt.forEach((x, k) => expect(within(x, readerRange(states[k], values[k], b.t))).toBe(true));
          });
        }
      });
    }), { numRuns: 300 });
  });

  it('shows specialists the exact figures, marking exactly the cells hidden outside', () => {
    fc.assert(fc.property(organisation, (input) => {
      const b = build(input);
      b.reports.forEach((r, v) => {
        const outside = present(b, v, 'suppressed');
        const exact = present(b, v, 'exact');
        exact.sections[0].tables.forEach((t, ti) => t.rows.forEach((row, ri) => row.cells.forEach((c, ci) => {
          expect(c.hidden).toBe(false);
          expect(c.number).toBe(valueOf(r.sections[0].tables[ti].rows[ri].cells[ci]));
          expect(c.hiddenOutside).toBe(outside.sections[0].tables[ti].rows[ri].cells[ci].hidden);
        })));
        expect(exact.sections[0].facts[0].cell.hiddenOutside).toBe(outside.sections[0].facts[0].cell.hidden);
      });
    }), { numRuns: 100 });
  });

  it('hides the area\'s total when the municipality\'s is 2 more, and protects it inside the table', () => {
    // The municipality: 40 contacts, 30 by phone and 10 by visit; the area: 38, 28 and 10.
    const report = (phone: number, visit: number, unitId: string | null): YearlyReport => ({
      tenantName: 'Test', year: 2025, periodEnd: '2025-12-31', scope: { unitId, unitName: unitId ?? 'Hela kommunen', unitIds: unitId ? [unitId] : 'all' },
      sections: [{ id: 's', title: 'S', facts: [{ label: 'Unika', cell: count(phone + visit), definition: 'x' }], tables: [breakdownTable({
        id: 'kanal', title: 'Kanal', definition: 'x', firstHeader: 'Kanal', order: ['phone', 'visit'], labels: { phone: 'Telefon', visit: 'Besök' },
        counts: { phone, visit }, totalIsAnchor: true,
      })] }],
    });
    const whole = report(30, 10, null);
    const area = report(28, 10, 'omrade');
    const forced = forcedByLarger(area, [whole], 5);
    expect([...forced.tables.get('kanal')!]).toEqual(['0:0', '2:0']);
    expect([...forced.facts.get('s')!]).toEqual([0]);
    const shown = presentReport(area, 'suppressed', 5, forced);
    expect(shown.sections[0].tables[0].rows.map((r) => r.cells[0].text)).toEqual(['dolt', '10', 'dolt']);
    expect(shown.sections[0].facts[0].cell.text).toBe('dolt');
    // The whole municipality's report is never changed by the rule.
    expect(presentReport(whole, 'suppressed', 5).sections[0].tables[0].rows.map((r) => r.cells[0].text)).toEqual(['30', '10', '40']);
    // A source that is the same for the area (differs by 0) is left alone.
    expect(forcedByLarger(whole, [whole], 5).tables.size).toBe(0);
  });

  it('does the same for a dashboard series, month by month and for the year', () => {
    const area = [10, 0, 7, 3, 0, 0, 0, 0, 0, 0, 0, 0];
    const whole = [12, 0, 7, 4, 0, 0, 0, 0, 0, 0, 0, 0];
    // As the overview suppresses it: the series of every part of the tree together (series-tree.ts).
    const [, states] = seriesTreeStates('serie', [whole, area], [-1, 0], 5);
    expect(states[0]).toBe('secondary');
    expect(states[3]).toBe('primary');
    expect(states[12]).toBe('secondary');
    expect(states.filter((s) => s !== 'shown').length).toBeGreaterThanOrEqual(3);
  });

  it('states the rule in the report\'s text', () => {
    expect(ruleText(5)).toContain(differencingText(5));
    expect(differencingText(5)).toContain('1 till 4 lägre');
  });
});
