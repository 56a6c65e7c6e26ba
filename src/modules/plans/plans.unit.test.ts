// Pure logic of activity plans: money, CSV, the file layout's validation and the totals.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expectedGrantKr, formatKr, formatOre, formatTkr, parseKr, parseOre } from './money.js';
import { neutralizeFormula, parseCsv, writeCsv, decodeUtf8Text, detectDelimiter } from './csv.js';
import { columnLetter, validateGrid, type Cell } from './layout.js';
import { buildPlanView, type Activity } from './totals.js';
import { declaredUnzippedSize } from './files.js';
import { pdfText } from './pdf.js';

const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe('money', () => {
  it('reads whole kronor as people write them and refuses the rest with a Swedish message', () => {
    expect(parseKr('10 000')).toEqual({ ok: true, kr: 10000 });
    expect(parseKr('627\u00a0000 kr')).toEqual({ ok: true, kr: 627000 });
    expect(parseKr('')).toEqual({ ok: true, kr: null });
    expect(parseKr(2000)).toEqual({ ok: true, kr: 2000 });
    expect(parseKr('-5 000')).toMatchObject({ ok: false, message: 'Beloppet kan inte vara negativt' });
    expect(parseKr(-1)).toMatchObject({ ok: false, message: 'Beloppet kan inte vara negativt' });
    expect(parseKr('tio tusen')).toMatchObject({ ok: false });
    expect(parseKr('12,5')).toMatchObject({ ok: false });
    expect(parseKr(12.5)).toMatchObject({ ok: false });
    expect(parseKr('9999999999')).toMatchObject({ ok: false });
  });

  it('shows tkr exactly', () => {
    expect(nb(formatTkr(1723000))).toBe('1 723');
    expect(nb(formatTkr(1882000))).toBe('1 882');
    expect(formatTkr(2500)).toBe('2,5');
    expect(formatTkr(1)).toBe('0,001');
    expect(formatTkr(0)).toBe('0');
    expect(nb(formatTkr(-111000))).toBe('−111');
    expect(nb(formatKr(1612000))).toBe('1 612 000');
  });

  it('round-trips any amount through its written form', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
      expect(parseKr(formatKr(n))).toEqual({ ok: true, kr: n });
      expect(parseKr(String(n))).toEqual({ ok: true, kr: n });
    }));
  });

  it('does the state-grant arithmetic: 31 kr × 52 000 inhabitants ≈ 1.6 MSEK', () => {
    expect(parseOre('31')).toEqual({ ok: true, ore: 3100 });
    expect(parseOre('31,5')).toEqual({ ok: true, ore: 3150 });
    expect(parseOre('tre')).toMatchObject({ ok: false });
    expect(formatOre(3150)).toBe('31,50');
    expect(expectedGrantKr(3100, 52000)).toBe(1_612_000);
  });
});

describe('csv', () => {
  it('neutralises every cell a spreadsheet would take for a formula', () => {
    for (const bad of ['=1+1', '+46 70', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutralizeFormula(bad)).toBe(`'${bad}`);
    expect(neutralizeFormula('Anhörigråd')).toBe('Anhörigråd');
    const out = writeCsv([['=HYPERLINK("http://x")', 5, null]]);
    expect(out.startsWith('\ufeff')).toBe(true);
    expect(out).toContain(`"'=HYPERLINK(""http://x"")";5;`);
  });

  it('parses quoted fields, embedded delimiters and line breaks, and finds the delimiter', () => {
    const r = parseCsv('a;b;c\r\n"x;y";"rad 1\nrad 2";"sa ""hej"""\n');
    expect(r).toEqual({ ok: true, delimiter: ';', rows: [['a', 'b', 'c'], ['x;y', 'rad 1\nrad 2', 'sa "hej"']] });
    expect(detectDelimiter('a,b,c\n1;2,3')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(parseCsv('a;"b\n')).toMatchObject({ ok: false, row: 1 });
  });

  it('reads back exactly what it writes', () => {
    const cell = fc.oneof(fc.string({ unit: 'grapheme' }), fc.integer({ min: 0, max: 1e9 }));
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
      const parsed = parseCsv(writeCsv(rows));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const expected = rows.map((r) => r.map((c) => (typeof c === 'number' ? String(c) : neutralizeFormula(c))));
      expect(parsed.rows).toEqual(expected);
    }));
  });

  it('accepts UTF-8 text only', () => {
    expect(decodeUtf8Text(Buffer.from('Mål;Delmål\n', 'utf8'))).toBe('Mål;Delmål\n');
    expect(decodeUtf8Text(Buffer.from('M\xe5l', 'latin1'))).toBeUndefined();
    expect(decodeUtf8Text(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBeUndefined();
    expect(decodeUtf8Text(Buffer.from('a\u0000b'))).toBeUndefined();
  });
});

describe('file layout', () => {
  const header: Cell[] = ['Mål', 'Delmål', 'Aktivitet', 'Status', 'Budget 2017 (kr)', 'Budget 2018', 'Utfall 2017'];
  const row = (...cells: Cell[]): Cell[] => cells;
  const bodies = [{ id: 'b1', name: 'BOSS – Barn- och utbildningsförvaltning' }, { id: 'b2', name: 'Anhörigrådet' }];

  it('builds goals → sub-goals → activities with amounts per year', () => {
    const res = validateGrid([
      header,
      row('Mål A', 'Delmål 1', 'Akt 1', '', '10 000', 5000, '9 500'),
      row('Mål A', 'Delmål 1', 'Akt 2', 'Pågår', 0, null, null),
      row('Mål B', 'Delmål 2', 'Akt 3', 'genomförd', '1', '2', null),
      [],
    ], bodies);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.plan.startYear).toBe(2017);
    expect(res.plan.endYear).toBe(2018);
    expect(res.plan.goals.map((g) => [g.title, g.subGoals.map((s) => s.activities.map((a) => a.title))])).toEqual([
      ['Mål A', [['Akt 1', 'Akt 2']]], ['Mål B', [['Akt 3']]],
    ]);
    const a1 = res.plan.goals[0].subGoals[0].activities[0];
    expect(a1.years.get(2017)).toEqual({ budgetKr: 10000, actualKr: 9500 });
    expect(a1.years.get(2018)).toEqual({ budgetKr: 5000, actualKr: null });
    expect(res.plan.goals[0].subGoals[0].activities[1].status).toBe('ongoing');
  });

  it('links a responsible body by its full or short name', () => {
    const grid: Cell[][] = [['Mål', 'Delmål', 'Aktivitet', 'Ansvarig grupp', 'Budget 2020'], ['M', 'D', 'A', 'BOSS', '1'], ['M', 'D', 'B', 'anhörigrådet', '1'], ['M', 'D', 'C', 'Okänd grupp', '1']];
    const res = validateGrid(grid, bodies);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.errors).toEqual([{ row: 4, column: 'D (Ansvarig grupp)', message: expect.stringContaining('Det finns ingen grupp som heter "Okänd grupp"') }]);
    const ok = validateGrid(grid.slice(0, 3), bodies);
    expect(ok.ok && ok.plan.goals[0].subGoals[0].activities.map((a) => a.bodyId)).toEqual(['b1', 'b2']);
  });

  it('lists every error by row and column and returns no plan', () => {
    const res = validateGrid([
      header,
      row('', 'Delmål', 'Akt', '', '1', '1', null),
      row('Mål', 'Delmål', 'Akt', 'Kanske', 'tusen', '-5', null),
      row('Mål', 'Delmål', '=HYPERLINK("x")', '', '1', '1', { invalid: 'Cellen innehåller en formel. Skriv in värdet i stället för formeln' }),
      row('Mål', 'Delmål', "'=inte en formel", '', '1', '1', null),
    ], bodies);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.errors).toEqual([
      { row: 2, column: 'A (Mål)', message: 'Fältet måste fyllas i' },
      { row: 3, column: 'D (Status)', message: expect.stringContaining('Okänd status "Kanske"') },
      { row: 3, column: 'E (Budget 2017)', message: expect.stringContaining('Skriv ett belopp') },
      { row: 3, column: 'F (Budget 2018)', message: 'Beloppet kan inte vara negativt' },
      { row: 4, column: 'C (Aktivitet)', message: expect.stringContaining('kan tolkas som en formel') },
      { row: 4, column: 'G (Utfall 2017)', message: expect.stringContaining('formel') },
    ]);
  });

  it('refuses a header without the required columns, unknown columns and gaps between years', () => {
    const missing = validateGrid([['Mål', 'Aktivitet', 'Budget 2017'], ['a', 'b', '1']], []);
    expect(!missing.ok && missing.errors).toEqual([{ row: 1, column: '', message: 'Kolumnen "Delmål" saknas' }]);
    const noYears = validateGrid([['Mål', 'Delmål', 'Aktivitet'], ['a', 'b', 'c']], []);
    expect(!noYears.ok && noYears.errors[0].message).toContain('Budget ÅÅÅÅ');
    const gap = validateGrid([['Mål', 'Delmål', 'Aktivitet', 'Budget 2017', 'Budget 2019'], ['a', 'b', 'c', '1', '1']], []);
    expect(!gap.ok && gap.errors[0].message).toContain('saknas för 2018');
    const unknown = validateGrid([['Mål', 'Delmål', 'Aktivitet', 'Budget 2017', 'Pengar'], ['a', 'b', 'c', '1', 'x']], []);
    expect(!unknown.ok && unknown.errors).toEqual([{ row: 1, column: 'E', message: expect.stringContaining('Okänd kolumn "Pengar"') }]);
    expect(validateGrid([], [])).toEqual({ ok: false, errors: [{ row: 0, column: '', message: 'Filen är tom' }] });
    const onlyHeader = validateGrid([['Mål', 'Delmål', 'Aktivitet', 'Budget 2017']], []);
    expect(!onlyHeader.ok && onlyHeader.errors[0].message).toContain('inga aktiviteter');
  });

  it('names columns like a spreadsheet', () => {
    expect([0, 25, 26, 27, 51, 52].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });
});

describe('totals', () => {
  const plan = { id: 'p', title: 'P', description: '', startYear: 2017, endYear: 2018, grantPerInhabitantOre: null, updatedAt: '' };
  const act = (id: string, goalId: string, budgetLine = ''): Activity => ({
    id, goalId, title: id, targetGroup: '', responsible: '', responsibleBodyId: null, responsibleBodyName: null, budgetLine, status: 'planned', comment: '', sortOrder: 0,
  });

  it('sums activities into sub-goals, goals, budget lines and years; the parts always add up to the whole', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 1e8 }), fc.integer({ min: 0, max: 1e8 }), fc.boolean()), { maxLength: 30 }), (spec) => {
      const goals = [
        { id: 'g1', parentId: null, title: 'G1', sortOrder: 0 }, { id: 'g2', parentId: null, title: 'G2', sortOrder: 1 },
        { id: 's1', parentId: 'g1', title: 'S1', sortOrder: 2 }, { id: 's2', parentId: 'g1', title: 'S2', sortOrder: 3 },
        { id: 's3', parentId: 'g2', title: 'S3', sortOrder: 4 }, { id: 's4', parentId: 'g2', title: 'S4', sortOrder: 5 },
      ];
      const subs = ['s1', 's2', 's3', 's4'];
      const activities = spec.map(([s, , , line], i) => act(`a${i}`, subs[s], line ? 'Post' : ''));
      const amounts = spec.flatMap(([, b17, b18], i) => [{ activityId: `a${i}`, year: 2017, budgetKr: b17, actualKr: null }, { activityId: `a${i}`, year: 2018, budgetKr: b18, actualKr: b18 }]);
      const v = buildPlanView(plan, goals, activities, amounts);
      const total17 = spec.reduce((s, x) => s + x[1], 0);
      const total18 = spec.reduce((s, x) => s + x[2], 0);
      expect(v.budget).toEqual([total17, total18]);
      expect(v.goals.reduce((s, g) => s + g.budget[0], 0)).toBe(total17);
      expect(v.goals.flatMap((g) => g.subGoals).reduce((s, sg) => s + sg.budget[1], 0)).toBe(total18);
      expect(v.actual).toEqual([0, total18]);
      expect(v.actualReported).toEqual([false, spec.length > 0]);
      expect(v.activityCount).toBe(spec.length);
      expect(v.goals.map((g) => g.number)).toEqual(['1', '2']);
      expect(v.goals[1].subGoals.map((s) => s.number)).toEqual(['2.1', '2.2']);
    }));
  });
});

describe('files', () => {
  it('reads the sizes a zip declares before anything is inflated', async () => {
    const { writeXlsx } = await import('./files.js');
    const xlsx = await writeXlsx([['Mål'], ['x']]);
    const size = declaredUnzippedSize(xlsx);
    expect(size).toBeGreaterThan(xlsx.length);
    expect(declaredUnzippedSize(Buffer.from('PK\x03\x04 not a zip'))).toBeUndefined();
  });

  it('keeps PDF text within what Helvetica can draw', () => {
    expect(pdfText('Anhörigstöd 2017–2018 ÅÄÖ')).toBe('Anhörigstöd 2017–2018 ÅÄÖ');
    expect(pdfText('≈ 1,6 − 2 ✓ مرحبا')).toBe('~ 1,6 - 2 ? ?????');
  });
});
