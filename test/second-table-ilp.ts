// The exact answer to "is there a second table?" for the suppression property tests: integer
// programming with HiGHS (WebAssembly). The tests' own searches are quick but bounded (a few
// ±1 moves of up to 14 figures); when they find nothing, this decides whether a second table
// exists at all — every shown figure the same, every hidden one within its label, every own
// figure a whole number ≥ 0, and the target different — so that a search's limit is not taken
// for a leak, and a real leak still fails the test.
import * as highsModule from 'highs';

// The package's types do not describe its CommonJS export as callable: the part used here.
type Loader = () => Promise<{ solve(model: string): { Status: string; Columns: Record<string, { Primal?: number }> } }>;
const loader = (highsModule as unknown as { default: Loader }).default ?? (highsModule as unknown as Loader);
const highs = await loader();

export interface Linear { coef: ReadonlyMap<number, number> }

/** Σ coef·x as LP text, one term per line (the format's line length is limited). */
const expression = (coef: ReadonlyMap<number, number>): string =>
  [...coef].map(([k, c], i) => `${c < 0 ? '-' : i === 0 ? '' : '+'} ${Math.abs(c)} x${k}`).join('\n  ');

/**
 * Whole numbers x ≥ 0 (n of them) with every equality (Σ coef·x = value) and every range
 * (lo ≤ Σ coef·x ≤ hi) met and Σ target·x ≠ `target.value`; null when there are none.
 */
export function integerSecondTable(n: number, equalities: (Linear & { value: number })[], ranges: (Linear & { lo: number; hi: number })[],
  target: Linear & { value: number }): number[] | null {
  for (const side of ['below', 'above'] as const) {
    const rows: string[] = [];
    equalities.forEach((e, i) => { if (e.coef.size > 0) rows.push(` e${i}: ${expression(e.coef)} = ${e.value}`); });
    ranges.forEach((r, i) => {
      if (r.coef.size === 0) return;
      rows.push(` lo${i}: ${expression(r.coef)} >= ${r.lo}`);
      if (Number.isFinite(r.hi)) rows.push(` hi${i}: ${expression(r.coef)} <= ${r.hi}`);
    });
    rows.push(side === 'below' ? ` t: ${expression(target.coef)} <= ${target.value - 1}` : ` t: ${expression(target.coef)} >= ${target.value + 1}`);
    const vars = Array.from({ length: n }, (_, k) => `x${k}`);
    const model = ['Minimize', ' obj: 0 x0', 'Subject To', ...rows, 'Bounds', ...vars.map((v) => ` ${v} >= 0`), 'General', ...vars.map((v) => ` ${v}`), 'End'].join('\n');
    const solution = highs.solve(model);
    if (solution.Status !== 'Optimal') continue;
    return vars.map((v) => Math.round(solution.Columns[v]?.Primal ?? 0));
  }
  return null;
}
