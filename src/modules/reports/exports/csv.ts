// The yearly report as CSV for spreadsheets: semicolon-separated (Swedish Excel), UTF-8 with a
// byte order mark, every field quoted, and any field a spreadsheet would run as a formula
// (starting with = + - @, a tab or a carriage return) prefixed with an apostrophe (OWASP).
import { formatDate } from '../../../platform/domain/dates.js';
import type { ShownReport } from '../present.js';
import { ruleText } from '../suppression.js';
import type { AnswerSummary } from '../views/questionnaire-summary.js';

/** Text that a spreadsheet shows as text, never evaluates. */
export function safeSpreadsheetText(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function csvField(v: string | number): string {
  const s = typeof v === 'number' ? String(v) : safeSpreadsheetText(v);
  return `"${s.replace(/"/g, '""')}"`;
}

const line = (fields: (string | number)[]) => fields.map(csvField).join(';');

export function reportCsv(shown: ShownReport, answers: AnswerSummary[]): string {
  const r = shown.report;
  const out: string[] = [
    line([`Årsrapport anhörigstöd ${r.year}`, r.tenantName, r.scope.unitName, `1 januari–${formatDate(r.periodEnd)}`]),
    line([ruleText(shown.threshold)]),
    '',
  ];
  for (const s of shown.sections) {
    // Whole numbers as numbers; shares, medians and amounts as the report prints them (rounded).
    for (const f of s.facts) out.push(line([s.title, f.fact.label, f.cell.number !== null && !f.cell.hidden && Number.isInteger(f.cell.number) ? f.cell.number : f.cell.text]));
    for (const t of s.tables) {
      out.push('', line([t.table.title]), line([t.table.firstHeader, ...t.table.columns]));
      for (const row of t.rows) out.push(line([row.label, ...row.cells.map((c) => (c.number !== null && !c.hidden && Number.isInteger(c.number) ? c.number : c.text))]));
      if (t.withheld) out.push(line(['Fördelningen kan inte visas utan att små tal går att räkna fram. Bara summan visas.']));
    }
  }
  out.push('', line(['Årsenkät']), line(['Fråga', 'Svar', 'Kommentar']));
  for (const a of answers) out.push(line([a.text, a.answer, a.note]));
  return '\uFEFF' + out.join('\r\n') + '\r\n';
}
