// The column layout of a plan file (XLSX or CSV), documented in docs/plan-import-format.md.
// validateGrid is pure: it checks every row and cell and either returns the whole plan or the
// complete list of errors by row and column — never a partial plan.
import { FORMULA_START } from './csv.js';
import { parseKr } from './money.js';
import { ACTIVITY_STATUSES, STATUS_LABELS, type ActivityStatus } from './status.js';

/** A cell as read from a file: text, a number (XLSX), empty, or something unusable. */
export type Cell = string | number | null | { invalid: string };

export interface ImportError {
  /** Spreadsheet row number (the header is row 1); 0 = the file as a whole. */
  row: number;
  /** e.g. "C (Aktivitet)"; empty for file-level errors. */
  column: string;
  message: string;
}

type TextKey = 'goal' | 'subGoal' | 'title' | 'targetGroup' | 'responsible' | 'body' | 'budgetLine' | 'status' | 'comment';

export interface TextColumn {
  key: TextKey;
  header: string;
  required: boolean;
  max: number;
  description: string;
}

export const TEXT_COLUMNS: TextColumn[] = [
  { key: 'goal', header: 'Mål', required: true, max: 300, description: 'Det övergripande målet. Rader med samma text hör till samma mål.' },
  { key: 'subGoal', header: 'Delmål', required: true, max: 300, description: 'Delmålet under målet. Rader med samma mål och delmål hör till samma delmål.' },
  { key: 'title', header: 'Aktivitet', required: true, max: 500, description: 'Vad som ska göras. En rad per aktivitet.' },
  { key: 'targetGroup', header: 'Målgrupp', required: false, max: 200, description: 'Vilka aktiviteten vänder sig till.' },
  { key: 'responsible', header: 'Ansvarig', required: false, max: 200, description: 'Ansvarig roll eller funktion, som fri text.' },
  { key: 'body', header: 'Ansvarig grupp', required: false, max: 200, description: 'Namnet på en av kommunens grupper (styrgrupp, BOSS, anhörigråd …) om en grupp ansvarar. Hela namnet eller delen före tankstrecket.' },
  { key: 'budgetLine', header: 'Budgetpost', required: false, max: 120, description: 'Raden i planens budgettabell som betalar aktiviteten. Flera aktiviteter kan dela budgetpost.' },
  { key: 'status', header: 'Status', required: false, max: 40, description: 'Planerad, Pågår, Genomförd eller Inställd. Tom = Planerad.' },
  { key: 'comment', header: 'Kommentar', required: false, max: 2000, description: 'Fri text.' },
];

export const MAX_ROWS = 1000;
export const MAX_YEARS = 10;

export interface ParsedActivity {
  row: number;
  title: string;
  targetGroup: string;
  responsible: string;
  bodyId: string | null;
  budgetLine: string;
  status: ActivityStatus;
  comment: string;
  /** year → amounts in kronor */
  years: Map<number, { budgetKr: number; actualKr: number | null }>;
}
export interface ParsedSubGoal { title: string; activities: ParsedActivity[] }
export interface ParsedGoal { title: string; subGoals: ParsedSubGoal[] }
export interface ParsedPlan {
  startYear: number;
  endYear: number;
  goals: ParsedGoal[];
  activityCount: number;
}

export interface BodyRef { id: string; name: string }

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const YEAR_HEADER = /^(budget|utfall) (\d{4})(?: \((?:kr|kronor)\))?$/;

type HeaderSlot = { kind: 'text'; col: TextColumn } | { kind: 'budget' | 'actual'; year: number };

function cellText(c: Cell): string {
  if (c === null) return '';
  if (typeof c === 'number') return String(c);
  if (typeof c === 'string') return c;
  return '';
}
const isBlank = (c: Cell) => c === null || (typeof c === 'string' && c.trim() === '');

const STATUS_WORDS: Record<string, ActivityStatus> = {
  planerad: 'planned', planned: 'planned', pågår: 'ongoing', pågående: 'ongoing', ongoing: 'ongoing',
  genomförd: 'done', klar: 'done', done: 'done', inställd: 'cancelled', avbruten: 'cancelled', cancelled: 'cancelled',
};

/** A body's short name is the part before a dash: "BOSS – Barn- och …" → "BOSS". */
export const shortName = (name: string) => name.split(/\s[–—-]\s/)[0];

/** Errors in reading order: by row, then by column (A, B, …, Z, AA, …). */
function byPosition(a: ImportError, b: ImportError): number {
  const col = (e: ImportError) => e.column.split(' ')[0];
  return a.row - b.row || col(a).length - col(b).length || col(a).localeCompare(col(b));
}

function matchBody(text: string, bodies: BodyRef[]): BodyRef[] {
  const t = norm(text);
  const exact = bodies.filter((b) => norm(b.name) === t);
  return exact.length > 0 ? exact : bodies.filter((b) => norm(shortName(b.name)) === t);
}

/** null = blank header; undefined = a header already reported as wrong (its cells are skipped). */
function readHeader(header: Cell[], errors: ImportError[]): (HeaderSlot | null | undefined)[] {
  const slots: (HeaderSlot | null | undefined)[] = [];
  const seen = new Map<string, number>();
  header.forEach((c, i) => {
    const col = columnLetter(i);
    if (typeof c === 'object' && c !== null) {
      errors.push({ row: 1, column: col, message: c.invalid });
      slots.push(undefined);
      return;
    }
    const h = norm(cellText(c));
    if (h === '') {
      slots.push(null);
      return;
    }
    const prev = seen.get(h);
    if (prev !== undefined) {
      errors.push({ row: 1, column: col, message: `Kolumnrubriken "${cellText(c).trim()}" finns redan i kolumn ${columnLetter(prev)}` });
      slots.push(undefined);
      return;
    }
    seen.set(h, i);
    const text = TEXT_COLUMNS.find((t) => norm(t.header) === h);
    if (text) {
      slots.push({ kind: 'text', col: text });
      return;
    }
    const y = YEAR_HEADER.exec(h);
    if (y) {
      const year = Number(y[2]);
      if (year < 2000 || year > 2100) errors.push({ row: 1, column: col, message: `Året ${year} ligger utanför 2000–2100` });
      slots.push({ kind: y[1] === 'budget' ? 'budget' : 'actual', year });
      return;
    }
    errors.push({ row: 1, column: col, message: `Okänd kolumn "${cellText(c).trim().slice(0, 60)}". Tillåtna rubriker: ${TEXT_COLUMNS.map((t) => t.header).join(', ')}, Budget ÅÅÅÅ och Utfall ÅÅÅÅ` });
    slots.push(undefined);
  });
  for (const t of TEXT_COLUMNS.filter((x) => x.required)) {
    if (!slots.some((s) => s?.kind === 'text' && s.col.key === t.key)) errors.push({ row: 1, column: '', message: `Kolumnen "${t.header}" saknas` });
  }
  return slots;
}

function checkYears(slots: (HeaderSlot | null | undefined)[], errors: ImportError[]): number[] {
  const budgetYears = [...new Set(slots.flatMap((s) => (s?.kind === 'budget' ? [s.year] : [])))].sort((a, b) => a - b);
  if (budgetYears.length === 0) {
    errors.push({ row: 1, column: '', message: 'Minst en kolumn "Budget ÅÅÅÅ" behövs, till exempel "Budget 2017"' });
    return [];
  }
  const first = budgetYears[0];
  const last = budgetYears[budgetYears.length - 1];
  if (last - first + 1 > MAX_YEARS) errors.push({ row: 1, column: '', message: `En plan kan gälla högst ${MAX_YEARS} år` });
  else if (last - first + 1 !== budgetYears.length) {
    const missing = [];
    for (let y = first; y <= last; y++) if (!budgetYears.includes(y)) missing.push(y);
    errors.push({ row: 1, column: '', message: `Budgetåren måste följa på varandra. Kolumn saknas för ${missing.join(', ')}` });
  }
  slots.forEach((s, i) => {
    if (s?.kind === 'actual' && !budgetYears.includes(s.year)) {
      errors.push({ row: 1, column: columnLetter(i), message: `Utfall ${s.year} har ingen kolumn Budget ${s.year}` });
    }
  });
  return budgetYears;
}

/** The text of a cell: trimmed; a leading apostrophe protecting = + - @ is removed. */
function readText(c: Cell, col: TextColumn): { ok: true; value: string } | { ok: false; message: string } {
  if (typeof c === 'object' && c !== null) return { ok: false, message: c.invalid };
  const raw = cellText(c).replace(/\r\n?/g, '\n').trim();
  let value = raw;
  if (/^'[=+\-@]/.test(raw)) value = raw.slice(1);
  else if (FORMULA_START.test(raw)) {
    return { ok: false, message: `Texten börjar med ${raw[0]} och kan tolkas som en formel. Ta bort tecknet eller skriv en apostrof (') före` };
  }
  if (col.required && value === '') return { ok: false, message: 'Fältet måste fyllas i' };
  if (value.length > col.max) return { ok: false, message: `Högst ${col.max} tecken (texten har ${value.length})` };
  return { ok: true, value };
}

export function validateGrid(grid: Cell[][], bodies: BodyRef[]): { ok: true; plan: ParsedPlan } | { ok: false; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const headerIndex = grid.findIndex((r) => r.some((c) => !isBlank(c)));
  if (headerIndex === -1) return { ok: false, errors: [{ row: 0, column: '', message: 'Filen är tom' }] };
  if (headerIndex !== 0) return { ok: false, errors: [{ row: 1, column: '', message: 'Första raden ska vara kolumnrubrikerna' }] };
  const slots = readHeader(grid[0], errors);
  const years = checkYears(slots, errors);
  const named = (i: number) => {
    const s = slots[i];
    const name = s ? (s.kind === 'text' ? s.col.header : `${s.kind === 'budget' ? 'Budget' : 'Utfall'} ${s.year}`) : '';
    return name ? `${columnLetter(i)} (${name})` : columnLetter(i);
  };
  const dataRows: { cells: Cell[]; row: number }[] = [];
  for (let i = 1; i < grid.length; i++) if (grid[i].length > 0 && grid[i].some((c) => !isBlank(c))) dataRows.push({ cells: grid[i], row: i + 1 });
  if (dataRows.length === 0 && errors.length === 0) errors.push({ row: 0, column: '', message: 'Filen innehåller inga aktiviteter, bara rubriker' });
  if (dataRows.length > MAX_ROWS) return { ok: false, errors: [...errors, { row: 0, column: '', message: `Filen har för många aktiviteter (${dataRows.length}): högst ${MAX_ROWS} går att läsa in` }] };
  if (errors.some((e) => e.row === 1 && e.column === '')) return { ok: false, errors };

  const goals: ParsedGoal[] = [];
  let activityCount = 0;
  for (const { cells, row } of dataRows) {
    const texts: Partial<Record<TextKey, string>> = {};
    const amounts = new Map<number, { budgetKr: number; actualKr: number | null }>();
    for (const y of years) amounts.set(y, { budgetKr: 0, actualKr: null });
    let rowOk = true;
    const fail = (i: number | null, message: string) => {
      errors.push({ row, column: i === null ? '' : named(i), message });
      rowOk = false;
    };
    cells.forEach((c, i) => {
      const slot = slots[i];
      if (slot === undefined && i < slots.length) return;
      if (!slot) {
        if (!isBlank(c)) fail(i, 'Värde i en kolumn utan rubrik');
        return;
      }
      if (slot.kind === 'text') {
        const r = readText(c, slot.col);
        if (!r.ok) fail(i, r.message);
        else texts[slot.col.key] = r.value;
        return;
      }
      if (typeof c === 'object' && c !== null) return fail(i, c.invalid);
      const p = parseKr(c);
      if (!p.ok) return fail(i, p.message);
      const a = amounts.get(slot.year)!;
      if (slot.kind === 'budget') a.budgetKr = p.kr ?? 0;
      else a.actualKr = p.kr;
    });
    // Required columns the row is too short to reach.
    for (const t of TEXT_COLUMNS.filter((x) => x.required)) {
      const i = slots.findIndex((s) => s?.kind === 'text' && s.col.key === t.key);
      if (i >= cells.length) fail(i, 'Fältet måste fyllas i');
    }
    let status: ActivityStatus = 'planned';
    const statusText = texts.status ?? '';
    if (statusText !== '') {
      const s = STATUS_WORDS[norm(statusText)];
      if (!s) fail(slots.findIndex((x) => x?.kind === 'text' && x.col.key === 'status'), `Okänd status "${statusText.slice(0, 40)}". Skriv ${ACTIVITY_STATUSES.map((k) => STATUS_LABELS[k]).join(', ')}`);
      else status = s;
    }
    let bodyId: string | null = null;
    if (texts.body) {
      const found = matchBody(texts.body, bodies);
      const i = slots.findIndex((x) => x?.kind === 'text' && x.col.key === 'body');
      if (found.length === 1) bodyId = found[0].id;
      else if (found.length > 1) fail(i, `Namnet "${texts.body.slice(0, 60)}" passar flera grupper; skriv hela namnet`);
      else {
        const names = bodies.map((b) => shortName(b.name)).slice(0, 8).join(', ');
        fail(i, `Det finns ingen grupp som heter "${texts.body.slice(0, 60)}".${names ? ` Kommunens grupper: ${names}` : ' Kommunen har inga grupper registrerade'}`);
      }
    }
    if (!rowOk) continue;
    activityCount++;
    let goal = goals.find((g) => g.title === texts.goal);
    if (!goal) goals.push(goal = { title: texts.goal!, subGoals: [] });
    let sub = goal.subGoals.find((s) => s.title === texts.subGoal);
    if (!sub) goal.subGoals.push(sub = { title: texts.subGoal!, activities: [] });
    sub.activities.push({
      row, title: texts.title!, targetGroup: texts.targetGroup ?? '', responsible: texts.responsible ?? '', bodyId,
      budgetLine: texts.budgetLine ?? '', status, comment: texts.comment ?? '', years: amounts,
    });
  }
  if (errors.length > 0) return { ok: false, errors: errors.sort(byPosition) };
  return { ok: true, plan: { startYear: years[0], endYear: years[years.length - 1], goals, activityCount } };
}
