// The yearly report as data: sections of tables whose cells know what they count. Section
// adapters (sections/*.ts) build it from other modules' services; present.ts applies
// suppression; the HTML page, PDF, XLSX and CSV all render the same presented tables.

/** A count of people or contacts: small values are suppressed outside the specialists. */
export interface CountCell { kind: 'count'; value: number }
/** Money in kronor or a count of organisation units/staff: not about carers, never suppressed. */
export interface PlainCell { kind: 'plain'; value: number; unit?: 'kr' | 'tkr' | 'percent' }
/** A number derived from counts (a median, a share): hidden when its base is small or when a
 *  count it depends on is hidden. */
export interface MeasureCell { kind: 'measure'; value: number | null; base: number; format: 'percent' | 'days' | 'kr'; dependsOn?: [number, number][] }
export interface TextCell { kind: 'text'; value: string }
export type ReportCell = CountCell | PlainCell | MeasureCell | TextCell;

export interface ReportRow {
  label: string;
  cells: ReportCell[];
  /** The row adding up the others (last row of a breakdown). */
  total?: boolean;
  /** A subtotal of some rows above it (e.g. children as carers), indented under them. */
  subtotalOf?: number[];
}

/**
 * How the count cells hang together, so that suppression knows what could be recomputed:
 *  - 'columns': each count column adds up over the rows into the total row (1-D breakdowns);
 *  - 'crosstab': rows × columns, the last column holding row totals and the last row column totals;
 *  - 'independent': no totals, each count stands alone.
 */
export type TableShape = { kind: 'columns'; totalIsAnchor?: boolean } | { kind: 'crosstab'; grandIsAnchor?: boolean } | { kind: 'independent' };

export interface ReportTable {
  /** Stable id: anchor on the page, sheet and CSV block name. */
  id: string;
  title: string;
  /** Key of the definition on the definitions page. */
  definition: string;
  firstHeader: string;
  columns: string[];
  rows: ReportRow[];
  shape: TableShape;
  note?: string;
}

export interface Fact {
  label: string;
  cell: ReportCell;
  /** A count that adds up over the parts of the organisation (split by unit): suppressed over the
   *  whole tree like a table's cells (tree.ts). Distinct counts (unique carers) are not. */
  additive?: boolean;
  /** Key of the definition on the definitions page. */
  definition: string;
}

export interface ReportSection {
  id: string;
  title: string;
  intro?: string;
  /** Said on the page when the source counts the whole municipality even for a unit report. */
  municipalityWide?: boolean;
  /** Standalone headline numbers (each suppressed on its own). */
  facts?: Fact[];
  tables: ReportTable[];
  /** When the source module has nothing to give, say why instead of showing zeros. */
  unavailable?: string;
}

export interface ReportScope {
  /** null = the whole municipality */
  unitId: string | null;
  unitName: string;
  /** 'all', or the unit and every unit below it */
  unitIds: 'all' | string[];
}

export interface YearlyReport {
  tenantName: string;
  year: number;
  /** YYYY-MM-DD: the last day counted (today for the running year). */
  periodEnd: string;
  scope: ReportScope;
  sections: ReportSection[];
}

// ---- helpers for section adapters ----

export const count = (value: number): CountCell => ({ kind: 'count', value });
export const plain = (value: number, unit?: PlainCell['unit']): PlainCell => ({ kind: 'plain', value, unit });

/**
 * A 1-D breakdown of one count: a row per code in the vocabulary order (zeros included, so a
 * reader sees every category), then codes outside the vocabulary, 'unknown' as "Ej angivet",
 * and the total. Subtotals (code lists) are placed after their last member.
 */
export function breakdownTable(opts: {
  id: string; title: string; definition: string; firstHeader: string; counts: Record<string, number>;
  order: readonly string[]; labels: Record<string, string>; totalIsAnchor?: boolean; note?: string;
  subtotals?: { label: string; codes: string[] }[]; column?: string; unknownLabel?: string;
}): ReportTable {
  const codes = [...opts.order, ...Object.keys(opts.counts).filter((k) => !opts.order.includes(k) && k !== 'unknown')];
  if ((opts.counts.unknown ?? 0) > 0) codes.push('unknown');
  const rows: ReportRow[] = [];
  const indexOf = new Map<string, number>();
  for (const code of codes) {
    indexOf.set(code, rows.length);
    rows.push({ label: code === 'unknown' ? (opts.unknownLabel ?? 'Ej angivet') : (opts.labels[code] ?? code), cells: [count(opts.counts[code] ?? 0)] });
    for (const sub of opts.subtotals ?? []) {
      if (sub.codes[sub.codes.length - 1] !== code) continue;
      const members = sub.codes.map((c) => indexOf.get(c)!).filter((i) => i !== undefined);
      rows.push({ label: sub.label, cells: [count(members.reduce((s, i) => s + (rows[i].cells[0] as CountCell).value, 0))], subtotalOf: members });
    }
  }
  const total = rows.filter((r) => !r.subtotalOf).reduce((s, r) => s + (r.cells[0] as CountCell).value, 0);
  rows.push({ label: 'Totalt', cells: [count(total)], total: true });
  return {
    id: opts.id, title: opts.title, definition: opts.definition, firstHeader: opts.firstHeader, columns: [opts.column ?? 'Antal'],
    rows, shape: { kind: 'columns', totalIsAnchor: opts.totalIsAnchor }, note: opts.note,
  };
}

/** Sum of a Record of counts. */
export const sumCounts = (c: Record<string, number>): number => Object.values(c).reduce((s, v) => s + v, 0);
