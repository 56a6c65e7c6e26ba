// Coverage as a spreadsheet: CSV (safe against formula injection) and XLSX.
import { loadExcel } from '../../platform/lazy-libs.js';
import { formatDate } from '../../platform/domain/dates.js';
import type { Coverage, CoverageStatus } from './coverage.js';

export const STATUS_LABELS: Record<CoverageStatus, string> = {
  covered: 'Utbildat ombud',
  untrained: 'Ombud utan aktuell utbildning',
  none: 'Inget ombud',
};

const HEADERS = ['Förvaltning', 'Område', 'Enhet', 'Status', 'Anhörigombud', 'Senaste utbildning'];

export function coverageRows(c: Coverage): string[][] {
  const rows: string[][] = [];
  for (const admin of c.administrations) {
    for (const area of admin.areas) {
      for (const u of area.units) {
        rows.push([
          admin.name, area.name, u.name, STATUS_LABELS[u.status],
          u.ambassadors.map((a) => a.name).join(', '),
          u.ambassadors.map((a) => (a.lastTraining ? `${a.name}: ${a.lastTraining}` : `${a.name}: ingen`)).join(', '),
        ]);
      }
    }
  }
  return rows;
}

/**
 * One CSV cell. A cell a spreadsheet would read as a formula (= + - @, or a leading tab or
 * carriage return) gets a leading apostrophe; every cell is quoted.
 */
export function csvCell(value: string): string {
  const v = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${v.replace(/"/g, '""')}"`;
}

/** Semicolon-separated with a byte-order mark: what Excel in Swedish opens as columns. */
export function toCsv(rows: string[][]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

export function coverageCsv(c: Coverage): string {
  return toCsv([HEADERS, ...coverageRows(c)]);
}

export async function coverageXlsx(c: Coverage, tenantName: string): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Bredvid';
  const ws = wb.addWorksheet('Täckning');
  ws.addRow([`Anhörigombud – täckning, ${tenantName}`]).font = { bold: true, size: 14 };
  ws.addRow([`Utbildad räknas den som deltagit i utbildning sedan ${formatDate(c.trainedSince)} (${c.months} månader).`]);
  ws.addRow([]);
  const header = ws.addRow(HEADERS);
  header.font = { bold: true };
  for (const r of coverageRows(c)) ws.addRow(r);
  ws.columns.forEach((col, i) => { col.width = [28, 28, 40, 30, 40, 50][i]; });
  const summary = wb.addWorksheet('Sammanfattning');
  summary.addRow(['Förvaltning', 'Område', 'Enheter', 'Utbildat ombud', 'Ombud utan aktuell utbildning', 'Inget ombud', 'Andel täckta']).font = { bold: true };
  for (const a of c.administrations) {
    for (const area of a.areas) summary.addRow([a.name, area.name, area.total, area.covered, area.untrained, area.none, area.share]);
    summary.addRow([a.name, 'Hela förvaltningen', a.total, a.covered, a.untrained, a.none, a.share]).font = { bold: true };
  }
  summary.addRow(['Totalt', '', c.total, c.covered, c.untrained, c.none, c.share]).font = { bold: true };
  summary.getColumn(7).numFmt = '0%';
  summary.columns.forEach((col, i) => { col.width = [28, 28, 10, 16, 28, 14, 14][i]; });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
