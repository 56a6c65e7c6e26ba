// Properties of small-number suppression: nothing hidden can be recomputed from what is shown.
// Every check here is written independently of the engine: a second consistent table is
// verified by adding up rows and columns directly, and small tables are searched exhaustively.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  alternativeChange, ruleText, suppress, suppressedLabel,
  type CellState,
} from './suppression.js';
import { breakdownCells, crosstabCells, singleCellState } from './table-shapes.js';
import { readerRange, wholeTableWithheld, within } from '../../../test/suppression-checker.js';

// Counts as they occur in a small municipality: many zeros and small numbers, some large.
const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 40 }));
const threshold = fc.integer({ min: 3, max: 8 });

function checkBasics(values: number[], states: CellState[], t: number, anchors: boolean[]) {
  values.forEach((v, i) => {
    if (v === 0) expect(states[i]).toBe('shown');
    if (v > 0 && v < t) expect(states[i]).not.toBe('shown');
    if (anchors[i] && v >= t) expect(states[i]).toBe('shown');
  });
}

describe('1-D breakdowns with a total', () => {
  it('hides every small count, shows zeros, and leaves each hidden cell with a second consistent table', () => {
    fc.assert(fc.property(fc.array(count, { minLength: 1, maxLength: 9 }), threshold, fc.boolean(), (parts, t, anchored) => {
      const total = parts.reduce((s, v) => s + v, 0);
      const cells = breakdownCells(parts, total, { totalIsAnchor: anchored });
      const { states, ok } = suppress(cells, t);
      const values = [...parts, total];
      if (wholeTableWithheld(ok, states, cells.map((c) => !!c.anchor))) return;
      checkBasics(values, states, t, values.map((_, i) => anchored && i === parts.length));
      states.forEach((s, i) => {
        if (s === 'shown') return;
        const change = alternativeChange(cells, states, t, i);
        expect(change, `cell ${i} of ${JSON.stringify(values)} t=${t}`).not.toBeNull();
        const alt = values.map((v, k) => v + (change!.get(k) ?? 0));
        expect(alt[i]).not.toBe(values[i]);
        // Verified from scratch: the parts still add up, and every cell is what the reader sees.
        expect(alt.slice(0, -1).reduce((s, v) => s + v, 0)).toBe(alt[alt.length - 1]);
        alt.forEach((v, k) => expect(within(v, readerRange(states[k], values[k], t))).toBe(true));
      });
      // The rule of thumb holds too: no equation is left with exactly one hidden cell.
      expect(states.filter((s) => s !== 'shown').length).not.toBe(1);
    }), { numRuns: 400 });
  });

  it('holds with a subtotal inside the breakdown (children as carers within the age bands)', () => {
    fc.assert(fc.property(fc.array(count, { minLength: 3, maxLength: 8 }), threshold, (parts, t) => {
      const total = parts.reduce((s, v) => s + v, 0);
      const groups = [[0, 1]];
      const cells = breakdownCells(parts, total, { groups, totalIsAnchor: true });
      const { states, ok } = suppress(cells, t);
      if (wholeTableWithheld(ok, states, cells.map((c) => !!c.anchor))) return;
      const values = cells.map((c) => c.value);
      expect(values[parts.length]).toBe(parts[0] + parts[1]);
      states.forEach((s, i) => {
        if (s === 'shown') return;
        const change = alternativeChange(cells, states, t, i)!;
        expect(change).not.toBeNull();
        const alt = values.map((v, k) => v + (change.get(k) ?? 0));
        expect(alt[i]).not.toBe(values[i]);
        expect(alt[0] + alt[1]).toBe(alt[parts.length]);
        expect(alt.slice(0, parts.length).reduce((s, v) => s + v, 0)).toBe(alt[alt.length - 1]);
        alt.forEach((v, k) => expect(within(v, readerRange(states[k], values[k], t))).toBe(true));
      });
    }), { numRuns: 300 });
  });

  it('leaves every hidden cell at least two possible values, searched exhaustively for small tables', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 3, max: 6 }), (parts, t) => {
      const total = parts.reduce((s, v) => s + v, 0);
      const { states, ok } = suppress(breakdownCells(parts, total, { totalIsAnchor: false }), t);
      const values = [...parts, total];
      const cap = 30;
      const possible = values.map(() => new Set<number>());
      // Every assignment of the parts that agrees with what the reader knows.
      const ranges = values.map((v, k) => readerRange(states[k], v, t, !ok));
      const walk = (k: number, acc: number[]) => {
        if (k === parts.length) {
          const sum = acc.reduce((s, v) => s + v, 0);
          if (!within(sum, ranges[parts.length])) return;
          [...acc, sum].forEach((v, i) => possible[i].add(v));
          return;
        }
        const [lo, hi] = ranges[k];
        for (let v = lo; v <= Math.min(hi, cap); v++) walk(k + 1, [...acc, v]);
      };
      walk(0, []);
      states.forEach((s, i) => {
        if (s !== 'shown') expect(possible[i].size, `cell ${i} of ${JSON.stringify(values)} t=${t}`).toBeGreaterThanOrEqual(2);
      });
    }), { numRuns: 300 });
  });
});

describe('2-D tables with row and column totals', () => {
  const table = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
    .chain(([m, n]) => fc.array(fc.array(count, { minLength: n, maxLength: n }), { minLength: m, maxLength: m }));

  it('leaves each hidden cell with a second table whose rows and columns still add up', () => {
    fc.assert(fc.property(table, threshold, fc.boolean(), (inner, t, anchored) => {
      const m = inner.length;
      const n = inner[0].length;
      const cells = crosstabCells(inner, { grandIsAnchor: anchored });
      const { states, ok } = suppress(cells, t);
      if (wholeTableWithheld(ok, states, cells.map((c) => !!c.anchor))) return;
      const values = cells.map((c) => c.value);
      checkBasics(values, states, t, values.map((_, i) => anchored && i === values.length - 1));
      const at = (alt: number[], i: number, j: number) => alt[i * n + j];
      const rowTotal = (alt: number[], i: number) => alt[m * n + i];
      const colTotal = (alt: number[], j: number) => alt[m * n + m + j];
      const grand = (alt: number[]) => alt[alt.length - 1];
      states.forEach((s, idx) => {
        if (s === 'shown') return;
        const change = alternativeChange(cells, states, t, idx);
        expect(change, `cell ${idx} of ${JSON.stringify(inner)} t=${t}`).not.toBeNull();
        const alt = values.map((v, k) => v + (change!.get(k) ?? 0));
        expect(alt[idx]).not.toBe(values[idx]);
        for (let i = 0; i < m; i++) expect(Array.from({ length: n }, (_, j) => at(alt, i, j)).reduce((a, b) => a + b, 0)).toBe(rowTotal(alt, i));
        for (let j = 0; j < n; j++) expect(Array.from({ length: m }, (_, i) => at(alt, i, j)).reduce((a, b) => a + b, 0)).toBe(colTotal(alt, j));
        expect(Array.from({ length: m }, (_, i) => rowTotal(alt, i)).reduce((a, b) => a + b, 0)).toBe(grand(alt));
        alt.forEach((v, k) => expect(within(v, readerRange(states[k], values[k], t))).toBe(true));
      });
      // No row or column (with its total) has exactly one hidden cell.
      for (let i = 0; i <= m; i++) {
        const line = i < m ? [...Array.from({ length: n }, (_, j) => i * n + j), m * n + i] : [...Array.from({ length: n }, (_, j) => m * n + m + j), values.length - 1];
        expect(line.filter((k) => states[k] !== 'shown').length).not.toBe(1);
      }
      for (let j = 0; j <= n; j++) {
        const line = j < n ? [...Array.from({ length: m }, (_, i) => i * n + j), m * n + m + j] : [...Array.from({ length: m }, (_, i) => m * n + i), values.length - 1];
        expect(line.filter((k) => states[k] !== 'shown').length).not.toBe(1);
      }
    }), { numRuns: 400 });
  });

  it('leaves every hidden cell at least two possible values in 2×2 tables, searched exhaustively', () => {
    const small = fc.array(fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 2, maxLength: 2 }), { minLength: 2, maxLength: 2 });
    fc.assert(fc.property(small, fc.integer({ min: 3, max: 6 }), (inner, t) => {
      const cells = crosstabCells(inner);
      const { states, ok } = suppress(cells, t);
      const values = cells.map((c) => c.value);
      const ranges = values.map((v, k) => readerRange(states[k], v, t, !ok));
      const possible = values.map(() => new Set<number>());
      const cap = 25;
      const span = (k: number) => Array.from({ length: Math.min(ranges[k][1], cap) - ranges[k][0] + 1 }, (_, x) => ranges[k][0] + x);
      for (const a of span(0)) for (const b of span(1)) for (const c of span(2)) for (const d of span(3)) {
        const alt = [a, b, c, d, a + b, c + d, a + c, b + d, a + b + c + d];
        if (alt.every((v, k) => within(v, ranges[k]))) alt.forEach((v, k) => possible[k].add(v));
      }
      states.forEach((s, i) => {
        if (s !== 'shown') expect(possible[i].size, `cell ${i} of ${JSON.stringify(inner)} t=${t}`).toBeGreaterThanOrEqual(2);
      });
    }), { numRuns: 150 });
  });
});

describe('labels and the rule', () => {
  it('labels small counts with the threshold and hides recomputable ones', () => {
    const cells = breakdownCells([3, 12, 40], 55, { totalIsAnchor: true });
    const { states } = suppress(cells, 5);
    expect(states).toEqual(['primary', 'secondary', 'shown', 'shown']);
    expect(states.map((s, i) => suppressedLabel(s, cells[i].value, 5))).toEqual(['<5', 'dolt', '40', '55']);
    expect(suppressedLabel('primary', 2, 10)).toBe('<10');
    expect(suppressedLabel('shown', 1234, 5)).toBe('1\u00a0234');
    expect(singleCellState(0, 5)).toBe('shown');
    expect(singleCellState(4, 5)).toBe('primary');
    expect(ruleText(5)).toContain('"<5"');
  });

  it('hides a whole breakdown when a hidden cell could otherwise be pinned down', () => {
    // 1 + 5 = 6: with "<5" meaning 1–4 and "dolt" meaning at least 5, only 1 + 5 fits.
    const cells = breakdownCells([1, 5], 6, { totalIsAnchor: true });
    const { states, ok } = suppress(cells, 5);
    expect(ok).toBe(true);
    expect(states).toEqual(['withheld', 'withheld', 'shown']);
  });

  it('withholds a table whole when nothing less protects it (1 + 1 + 1 = 3, zeros shown)', () => {
    const { states, ok } = suppress(breakdownCells([1, 1, 1, 0], 3, { totalIsAnchor: true }), 3);
    expect(ok).toBe(false);
    expect(states).toEqual(['withheld', 'withheld', 'withheld', 'withheld', 'shown']);
  });
});
