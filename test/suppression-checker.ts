// The suppression tests' own reading of a suppressed table, written apart from the engine: what a
// reader knows of each cell from its label. Shared by suppression.test.ts and differencing.test.ts
// (a test helper: the application never imports it).
import { expect } from 'vitest';
import type { CellState } from '../src/modules/reports/suppression.js';

/** What a reader knows of a cell: exactly its value, or a range from its label and the rule. */
export function readerRange(state: CellState, value: number, t: number, wholeTable = false): [number, number] {
  if (wholeTable && state === 'withheld') return [0, Infinity]; // the table is not shown at all
  if (state === 'shown') return [value, value];
  if (state === 'primary') return [1, t - 1]; // "<t", and 0 would have been shown
  if (state === 'secondary') return [t, Infinity]; // hidden but not small (the strictest reading)
  return [1, Infinity]; // a hidden breakdown: not 0
}

/** When no cell-by-cell answer protects (e.g. 1 + 1 + 1 = 3), everything but the anchors is withheld. */
export function wholeTableWithheld(ok: boolean, states: CellState[], anchors: boolean[]): boolean {
  if (ok) return false;
  states.forEach((s, i) => expect(s === 'withheld' || anchors[i]).toBe(true));
  return true;
}

export const within = (v: number, [lo, hi]: [number, number]): boolean => Number.isInteger(v) && v >= lo && v <= hi;
