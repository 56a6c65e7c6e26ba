// Reading an uploaded plan file into a grid of cells, and writing the XLSX export. The kind of
// file is decided from its content, never its name: XLSX is a zip ("PK\x03\x04") that
// exceljs can open; CSV is valid UTF-8 text.
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../platform/lazy-libs.js';
import { BLANK_ROW, decodeUtf8Text, neutralizeFormula, parseCsv } from './csv.js';
import type { Cell, ImportError } from './layout.js';
import { openZip, repack, ZIP_LIMITS } from '../../platform/files/zip-guard.js';

export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
const MAX_SHEET_ROWS = 5000;
const MAX_SHEET_COLUMNS = 60;

export type FileKind = 'xlsx' | 'csv';
export type GridRead = { ok: true; kind: FileKind; grid: Cell[][] } | { ok: false; errors: ImportError[] };

const fileError = (message: string): GridRead => ({ ok: false, errors: [{ row: 0, column: '', message }] });

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/**
 * Sum of the uncompressed sizes the zip's central directory declares, or undefined when the
 * directory cannot be read. Only a quick first refusal: the declared sizes are the sender's to
 * choose, so readXlsx also counts the bytes that actually inflate (platform/files/zip-guard).
 */
export function declaredUnzippedSize(buf: Buffer): number | undefined {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) !== 0x06054b50) continue;
    const entries = buf.readUInt16LE(i + 10);
    let p = buf.readUInt32LE(i + 16);
    let total = 0;
    for (let n = 0; n < entries; n++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return undefined;
      const size = buf.readUInt32LE(p + 24);
      if (size === 0xffffffff) return undefined; // zip64: far beyond what a plan needs
      total += size;
      p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    }
    return total;
  }
  return undefined;
}

function xlsxCell(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return { invalid: 'Sant/falskt går inte att använda här; skriv text eller ett belopp' };
  if (v instanceof Date) return { invalid: 'Ett datum går inte att använda här; skriv text eller ett belopp' };
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) return { invalid: 'Cellen innehåller en formel. Skriv in värdet i stället för formeln' };
    if ('error' in v) return { invalid: `Cellen innehåller ett fel (${String((v as { error: unknown }).error)})` };
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) {
      const t = (v as { text: unknown }).text;
      if (typeof t === 'string') return t;
      if (t && typeof t === 'object' && 'richText' in t) return (t as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
    }
  }
  return { invalid: 'Cellens innehåll går inte att läsa' };
}

async function readXlsx(buf: Buffer): Promise<GridRead> {
  const unreadable = 'Filen ser ut som en XLSX-fil men går inte att öppna. Spara den på nytt som Excel-arbetsbok (.xlsx)';
  const unzipped = declaredUnzippedSize(buf);
  if (unzipped === undefined) return fileError(unreadable);
  if (unzipped > ZIP_LIMITS.maxBytes) return fileError('Arbetsboken är för stor när den packas upp');
  const opened = openZip(buf);
  if (!opened.ok) {
    if (opened.reason === 'tooLarge') return fileError(`Arbetsboken är för stor när den packas upp (högst ${ZIP_LIMITS.maxBytes / 1024 / 1024} MB)`);
    if (opened.reason === 'tooManyEntries') return fileError('Arbetsboken innehåller för många delar');
    return fileError(unreadable);
  }
  const wb = new (await loadExcel()).Workbook();
  try {
    await wb.xlsx.load(repack(opened.entries) as unknown as ArrayBuffer);
  } catch {
    return fileError(unreadable);
  }
  const sheets = wb.worksheets;
  if (sheets.length === 0) return fileError('Arbetsboken har inget blad');
  if (sheets.length > 1) {
    return fileError(`Arbetsboken har ${sheets.length} blad (${sheets.map((s) => `"${s.name}"`).join(', ')}). Planen ska ligga på ett enda blad; ta bort de andra`);
  }
  const ws = sheets[0];
  if (ws.rowCount > MAX_SHEET_ROWS) return fileError(`Bladet är för långt (${ws.rowCount}): högst ${MAX_SHEET_ROWS} rader går att läsa`);
  if (ws.columnCount > MAX_SHEET_COLUMNS) return fileError(`Bladet har ${ws.columnCount} kolumner; högst ${MAX_SHEET_COLUMNS} går att läsa`);
  const grid: Cell[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(xlsxCell(row.getCell(c).value));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    grid.push(cells);
  }
  return { ok: true, kind: 'xlsx', grid };
}

export async function readGrid(buf: Buffer): Promise<GridRead> {
  if (buf.length === 0) return fileError('Filen är tom');
  if (buf.subarray(0, 4).equals(ZIP_MAGIC)) return readXlsx(buf);
  if (buf.subarray(0, 4).equals(OLE_MAGIC)) return fileError('Filen är i det gamla Excel-formatet (.xls). Spara den som Excel-arbetsbok (.xlsx) eller CSV UTF-8');
  const text = decodeUtf8Text(buf);
  if (text === undefined) return fileError('Filen är varken en Excel-arbetsbok (.xlsx) eller en CSV-fil i UTF-8. Spara den som "Excel-arbetsbok" eller "CSV UTF-8"');
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, errors: [{ row: parsed.row, column: '', message: parsed.message }] };
  const none: Cell[] = [];
  return { ok: true, kind: 'csv', grid: parsed.rows.map((r) => (r === BLANK_ROW ? none : r.map((c) => (c === '' ? null : c)))) };
}

/** One sheet, header in bold, amounts as numbers; text neutralised like the CSV. */
export async function writeXlsx(rows: (string | number | null)[][], sheetName = 'Verksamhetsplan'): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Bredvid';
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow(r.map((c) => (typeof c === 'string' ? neutralizeFormula(c) : c)));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.columns.forEach((col, i) => {
    col.width = i < 3 ? 40 : 18;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
