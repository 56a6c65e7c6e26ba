// CSV in and out. Output is what Swedish Excel opens directly: UTF-8 with BOM, semicolons,
// CRLF, and every text cell that a spreadsheet could take for a formula (= + - @ tab CR)
// prefixed with an apostrophe (OWASP CSV injection). Input takes ; , or tab, decided from the
// header line, with RFC 4180 quoting.

export const FORMULA_START = /^[=+\-@\t\r]/;

/** An apostrophe in front of anything a spreadsheet would evaluate. */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Numbers are written as they are; strings are neutralised and quoted when needed. */
export function writeCsv(rows: (string | number | null)[][], delimiter = ';'): string {
  const lines = rows.map((r) => r.map((c) => {
    if (c === null) return '';
    if (typeof c === 'number') return String(c);
    return quote(neutralizeFormula(c), delimiter);
  }).join(delimiter));
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

export function detectDelimiter(text: string): ';' | ',' | '\t' {
  let firstLine = '';
  let inQuotes = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes) firstLine += ch;
  }
  const count = (d: string) => firstLine.split(d).length - 1;
  const candidates: (';' | ',' | '\t')[] = [';', '\t', ','];
  let best: ';' | ',' | '\t' = ';';
  for (const d of candidates) if (count(d) > count(best)) best = d;
  return best;
}

export type CsvParse = { ok: true; rows: string[][]; delimiter: string } | { ok: false; row: number; message: string };

/** Parses the whole text. Records are numbered from 1 as a spreadsheet numbers rows. */
export function parseCsv(input: string, delimiter: string = detectDelimiter(input)): CsvParse {
  const text = input.startsWith('\ufeff') ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  let quotedCell = false;
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
    quotedCell = false;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '' && !quotedCell) {
      inQuotes = true;
      quotedCell = true;
      i++;
      continue;
    }
    if (ch === delimiter) {
      endCell();
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    cell += ch;
    i++;
  }
  if (inQuotes) return { ok: false, row: rows.length + 1, message: 'Ett citattecken (") öppnas men stängs aldrig' };
  if (cell !== '' || row.length > 0) endRow();
  return { ok: true, rows, delimiter };
}

/** Valid UTF-8 text without NUL or other binary control characters, else undefined. */
export function decodeUtf8Text(buf: Buffer): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return undefined;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return undefined;
  return text;
}
