// The yearly report as a workbook: a sheet about the report (municipality, period, unit, the
// suppression rule), one sheet per table, the questionnaire and the definitions. Shown counts
// are numbers; hidden ones are the text a reader sees ("<5", "dolt").
import { loadExcel } from '../../../platform/lazy-libs.js';
import { formatDate } from '../../../platform/domain/dates.js';
import { DEFINITIONS } from '../definitions.js';
import type { ShownReport } from '../present.js';
import { ruleText } from '../suppression.js';
import type { AnswerSummary } from '../views/questionnaire-summary.js';
import { safeSpreadsheetText } from './csv.js';

/** Excel's sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
export function sheetName(title: string, used: Set<string>): string {
  const clean = title.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim();
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? '' : ` (${i})`;
    const name = clean.slice(0, 31 - suffix.length).trim() + suffix;
    if (!used.has(name.toLowerCase())) {
      used.add(name.toLowerCase());
      return name;
    }
  }
}

export async function reportXlsx(shown: ShownReport, answers: AnswerSummary[]): Promise<Buffer> {
  const r = shown.report;
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Bredvid';
  wb.title = `Årsrapport ${r.year} – ${r.tenantName}`;
  const used = new Set<string>();
  const about = wb.addWorksheet(sheetName('Om rapporten', used));
  about.columns = [{ width: 28 }, { width: 90 }];
  about.addRows([
    ['Rapport', `Årsrapport anhörigstöd ${r.year}`],
    ['Kommun', r.tenantName],
    ['Del av organisationen', r.scope.unitName],
    ['Period', `1 januari–${formatDate(r.periodEnd)}`],
    ['Små tal', ruleText(shown.threshold)],
  ].map((row) => row.map(safeSpreadsheetText)));
  about.getColumn(1).font = { bold: true };

  const facts = shown.sections.flatMap((s) => s.facts.map((f) => [s.title, f.fact.label, f.cell.number ?? f.cell.text] as const));
  if (facts.length > 0) {
    const ws = wb.addWorksheet(sheetName('Nyckeltal', used));
    ws.columns = [{ header: 'Avsnitt', width: 36 }, { header: 'Mått', width: 60 }, { header: 'Värde', width: 14 }];
    for (const [section, label, value] of facts) ws.addRow([safeSpreadsheetText(section), safeSpreadsheetText(label), typeof value === 'number' ? value : safeSpreadsheetText(value)]);
    ws.getRow(1).font = { bold: true };
  }

  for (const s of shown.sections) {
    for (const t of s.tables) {
      const ws = wb.addWorksheet(sheetName(t.table.title, used));
      ws.addRow([safeSpreadsheetText(t.table.title)]).font = { bold: true };
      const header = ws.addRow([t.table.firstHeader, ...t.table.columns].map(safeSpreadsheetText));
      header.font = { bold: true };
      for (const row of t.rows) {
        const added = ws.addRow([safeSpreadsheetText(row.label), ...row.cells.map((c) => (c.number !== null && !c.hidden ? c.number : safeSpreadsheetText(c.text)))]);
        if (row.total) added.font = { bold: true };
      }
      if (t.withheld) ws.addRow(['Fördelningen kan inte visas utan att små tal går att räkna fram. Bara summan visas.']);
      if (t.table.note) ws.addRow([safeSpreadsheetText(t.table.note)]);
      ws.getColumn(1).width = 48;
      for (let i = 2; i <= t.table.columns.length + 1; i++) ws.getColumn(i).width = 18;
    }
  }

  const enk = wb.addWorksheet(sheetName('Årsenkät', used));
  enk.columns = [{ header: 'Fråga', width: 90 }, { header: 'Svar', width: 40 }, { header: 'Kommentar', width: 40 }];
  enk.getRow(1).font = { bold: true };
  for (const a of answers) enk.addRow([a.text, a.answer, a.note].map(safeSpreadsheetText));

  const defs = wb.addWorksheet(sheetName('Så räknas talen', used));
  defs.columns = [{ header: 'Mått', width: 36 }, { header: 'Så räknas det', width: 120 }, { header: 'Källa', width: 40 }, { header: 'Enhet', width: 60 }];
  defs.getRow(1).font = { bold: true };
  for (const d of DEFINITIONS) defs.addRow([d.title, d.text, d.source ?? '', d.unitRule ?? '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
