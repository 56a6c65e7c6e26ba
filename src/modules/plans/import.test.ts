// Import and export through HTTP on every dialect: Hässleholm's 2017–2018 plan (CSV and XLSX)
// totals exactly 1 723 / 1 882 tkr; a bad file gets its errors by row and column and imports
// nothing; exports are downloads and CSV is formula-injection safe.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, type Page, type TestApp } from '../../../test/harness.js';
import { parseCsv } from './csv.js';
import { HASSLEHOLM_PLAN_FILE, HASSLEHOLM_PLAN_TITLE } from './demo.js';
import { planBudgetForYear } from './service.js';
import { upload } from '../../../test/upload.js';
import { xlsxBomb } from '../../../test/zip-bomb.js';

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const rowCells = (p: Page, table: string, row: string) => p.$(`${table} tr[data-row="${row}"] td`).map((_, e) => nb(p.$(e).text())).get();

/** The budget table printed in the plan document (tkr per year) — what the import must reproduce. */
const DOCUMENT_BUDGET_TABLE: [string, number, number][] = [
  ['Anhörigstrateg', 627, 643], ['Identifiera barn', 10, 10], ['Studiebesök Västerås', 18, 0], ['Plan barnpilot', 5, 0],
  ['Utbilda barnpiloter', 0, 200], ['Anhörigombudsdagar', 200, 200], ['Riktade utb', 70, 60], ['Anhörigstödsinfo', 2, 2],
  ['Uppsökande verksamhet', 150, 150], ['Workshoppar', 5, 5], ['En bra plats', 100, 100], ['Annonser', 10, 10],
  ['Anhöringen', 160, 160], ['PR-mtrl', 2, 2], ['Anhörigråd', 124, 125], ['Externa nätverk', 25, 25],
  ['Bengtsson på dörren', 85, 85], ['Anhörigcirklar RK', 30, 5], ['Tematiska föräldramöten', 50, 50], ['Anhörigriksdag', 50, 50],
];

async function xlsxOf(rows: (string | number | null | ExcelJS.CellValue)[][], extraSheet = false): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  for (const r of rows) ws.addRow(r);
  if (extraSheet) wb.addWorksheet('Anteckningar').addRow(['Något annat']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The checked-in CSV as an XLSX sheet with real numbers in the budget columns. */
async function hassleholmXlsx(): Promise<Buffer> {
  const parsed = parseCsv((await readFile(HASSLEHOLM_PLAN_FILE)).toString('utf8'));
  if (!parsed.ok) throw new Error('demo CSV does not parse');
  const rows = parsed.rows.map((r, i) => r.map((c, j) => (i > 0 && (j === 8 || j === 9) && c !== '' ? Number(c.replace(/\s/g, '')) : c || null)));
  return xlsxOf(rows);
}

describe.each(DIALECTS)('plan import and export on %s', (dialect) => {
  let t: TestApp;
  let agent: Agent;
  let csv: Buffer;
  const counts = async () => {
    const n = async (table: 'plans' | 'plan_goals' | 'plan_activities' | 'plan_activity_years') =>
      Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    return { plans: await n('plans'), goals: await n('plan_goals'), activities: await n('plan_activities'), years: await n('plan_activity_years') };
  };
  const hassleholmId = () => t.seeds.get('hassleholm')!.tenantId;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'sodertalje'] });
    agent = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    csv = await readFile(HASSLEHOLM_PLAN_FILE);
  });
  afterAll(async () => t?.close());

  async function expectHassleholmTotals(location: string) {
    const page = await agent.get(location);
    expect(page.status).toBe(200);
    expect(rowCells(page, '#totals', 'budget')).toEqual(['1 723', '1 882', '3 605']);
    expect(rowCells(page, '#totals', 'grant')).toEqual(['1 612', '1 612', '3 224']);
    expect(nb(page.$('main').text())).toContain('31 kr per invånare × 52 000 invånare = 1 612 000 kr per år');
    const lines = page.$('#budget-lines tbody tr').map((_, tr) => {
      const cells = page.$(tr).find('th, td').map((__, c) => nb(page.$(c).text())).get();
      return [[cells[0], Number(cells[1]), Number(cells[2])]];
    }).get();
    expect(new Set(lines.map((l) => JSON.stringify(l)))).toEqual(new Set(DOCUMENT_BUDGET_TABLE.map((l) => JSON.stringify(l))));
    expect(page.$('#goal-totals tfoot td').map((_, e) => nb(page.$(e).text())).get()).toEqual(['1 723', '1 882', '3 605']);
    expect(page.$('main h3').length).toBe(4);
    return page;
  }

  it('has the demo plan, entered through the import, at exactly 1 723 and 1 882 tkr', async () => {
    const list = await agent.get('/hassleholm/personal/planer');
    const href = list.$('#plans a').filter((_, e) => list.$(e).text() === HASSLEHOLM_PLAN_TITLE).attr('href')!;
    expect(href).toBeTruthy();
    await expectHassleholmTotals(href);
    const y17 = await planBudgetForYear(t.db, hassleholmId(), 2017);
    const y18 = await planBudgetForYear(t.db, hassleholmId(), 2018);
    expect([y17.budgetTkr, y18.budgetTkr, y17.budgetKr, y17.actualTkr]).toEqual([1723, 1882, 1_723_000, 0]);
    expect(y17.plans.map((p) => p.title)).toEqual([HASSLEHOLM_PLAN_TITLE]);
    expect(y17.byGoal.map((g) => g.budgetTkr)).toEqual([1272, 110, 162, 179]);
    expect(y18.byGoal.map((g) => g.budgetTkr)).toEqual([1455, 110, 162, 155]);
    expect((await planBudgetForYear(t.db, hassleholmId(), 2019)).plans).toEqual([]);
    expect((await planBudgetForYear(t.db, t.seeds.get('sodertalje')!.tenantId, 2017)).budgetKr).toBe(0);
  });

  it('imports the checked-in CSV through the upload form and totals 1 723 / 1 882', async () => {
    const res = await upload(t.app, agent, '/hassleholm/personal/planer/import', { title: 'Import från CSV', grantPerInhabitant: '31' }, { name: 'plan.csv', content: csv, type: 'text/csv' });
    expect(res.status).toBe(303);
    const page = await expectHassleholmTotals(res.location!);
    expect(nb(page.$('.banner-title').text())).toBe('Planen är inläst från filen.');
    expect(nb(page.$('main').text())).toContain('BOSS/processledare/anhörigstrateg – grupp: BOSS');
  });

  it('imports the same plan as XLSX, whatever the file is called, and round-trips its own exports', async () => {
    const res = await upload(t.app, agent, '/hassleholm/personal/planer/import', { title: 'Import från XLSX', grantPerInhabitant: '31' }, { name: 'plan.data', content: await hassleholmXlsx() });
    expect(res.status).toBe(303);
    const id = res.location!.split('/').pop()!.split('?')[0];
    await expectHassleholmTotals(res.location!);
    for (const [ext, type] of [['xlsx', 'spreadsheetml'], ['csv', 'text/csv']]) {
      const file = await t.app.inject({ method: 'GET', url: `/hassleholm/personal/planer/${id}/plan.${ext}`, headers: { cookie: `bredvid_sid=${agent.cookie('bredvid_sid')}` } });
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toContain(type);
      expect(file.headers['content-disposition']).toBe(`attachment; filename="import-fran-xlsx.${ext}"`);
      const again = await upload(t.app, agent, '/hassleholm/personal/planer/import', { title: `Återimport ${ext}`, grantPerInhabitant: '31' }, { name: `x.${ext}`, content: file.rawPayload });
      expect(again.status).toBe(303);
      await expectHassleholmTotals(again.location!);
    }
  });

  const bad: [string, () => Promise<Buffer>, RegExp][] = [
    ['missing columns', async () => Buffer.from('Mål;Aktivitet;Budget 2017\nEtt mål;En aktivitet;100\n'), /Kolumnen "Delmål" saknas/],
    ['text in a number column', async () => Buffer.from('Mål;Delmål;Aktivitet;Budget 2017\nM;D;A;tiotusen\n'), /2.*D \(Budget 2017\).*Skriv ett belopp/],
    ['a negative budget', async () => Buffer.from('Mål;Delmål;Aktivitet;Budget 2017\nM;D;A;-5000\n'), /2.*D \(Budget 2017\).*Beloppet kan inte vara negativt/],
    ['an unknown status', async () => Buffer.from('Mål;Delmål;Aktivitet;Status;Budget 2017\nM;D;A;Kanske;5\n'), /2.*D \(Status\).*Okänd status "Kanske"/],
    ['an empty file', async () => Buffer.alloc(0), /Filen är tom/],
    ['a PNG renamed .xlsx', async () => Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'), /varken en Excel-arbetsbok \(\.xlsx\) eller en CSV-fil i UTF-8/],
    ['a CSV with a formula', async () => Buffer.from('Mål;Delmål;Aktivitet;Budget 2017\nM;D;=HYPERLINK("http://example.com";"klicka");5\n'), /2.*C \(Aktivitet\).*kan tolkas som en formel/],
    ['a zip that is not a workbook', async () => Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100, 1)]), /går inte att öppna/],
    ['an XLSX with text in a budget cell', async () => xlsxOf([['Mål', 'Delmål', 'Aktivitet', 'Budget 2017'], ['M', 'D', 'A', 'femtio']]), /2.*D \(Budget 2017\).*Skriv ett belopp/],
    ['an XLSX with a missing goal', async () => xlsxOf([['Mål', 'Delmål', 'Aktivitet', 'Budget 2017'], ['M', 'D', 'A', 5], [null, 'D', 'B', 5]]), /3.*A \(Mål\).*Fältet måste fyllas i/],
    ['an XLSX with an extra sheet', async () => xlsxOf([['Mål', 'Delmål', 'Aktivitet', 'Budget 2017'], ['M', 'D', 'A', 5]], true), /Arbetsboken har 2 blad \("Plan", "Anteckningar"\)/],
    ['an XLSX with a formula', async () => xlsxOf([['Mål', 'Delmål', 'Aktivitet', 'Budget 2017'], ['M', 'D', 'A', { formula: '2*3', result: 6 }]]), /2.*D \(Budget 2017\).*formel/],
    ['a good plan with one bad row at the end', async () => Buffer.concat([csv, Buffer.from('Mål;Delmål;Sista raden;;;;;Planerad;1 000;-1;\n')]), /29.*J \(Budget 2018\).*negativt/],
  ];
  for (const [name, make, message] of bad) {
    it(`refuses ${name} with its errors by row and column, and imports nothing`, async () => {
      const before = await counts();
      const res = await upload(t.app, agent, '/hassleholm/personal/planer/import', { title: 'Dålig fil', grantPerInhabitant: '' }, { name: 'plan.xlsx', content: await make() });
      expect(res.status).toBe(400);
      expect(res.$('.error-summary').length).toBe(1);
      expect(nb(res.$('#f-file-error').text())).toContain('Inget har sparats');
      const rows = res.$('#file-errors tbody tr').map((_, tr) => nb(res.$(tr).text())).get();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.join('\n')).toMatch(message);
      expect(res.$('#f-title').val()).toBe('Dålig fil');
      expect(await counts()).toEqual(before);
    });
  }

  it('accepts a file just under 2 MB (above the 1 MB body limit of ordinary forms)', async () => {
    const padded = Buffer.concat([csv, Buffer.alloc(1900 * 1024, '\n')]);
    const res = await upload(t.app, agent, '/hassleholm/personal/planer/import', { title: 'Stor men tillåten fil', grantPerInhabitant: '31' }, { name: 'p.csv', content: padded });
    expect(res.status).toBe(303);
    await expectHassleholmTotals(res.location!);
  });

  it('refuses an XLSX bomb that lies about its sizes by counting what inflates; memory grows < 100 MB', async () => {
    const before = await counts();
    const bomb = xlsxBomb(await xlsxOf([['Aktivitet', 1]]), 60);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const rss = process.memoryUsage().rss;
    const res = await upload(t.app, agent, '/hassleholm/personal/planer/import', { title: 'Bomb', grantPerInhabitant: '31' }, { name: 'plan.xlsx', content: bomb });
    const growth = process.memoryUsage().rss - rss;
    expect(res.status).toBe(400);
    expect(nb(res.$('main').text())).toContain('Arbetsboken är för stor när den packas upp');
    expect(growth).toBeLessThan(100 * 1024 * 1024);
    expect(await counts()).toEqual(before);
  });

  it('answers a file over 2 MB with a Swedish 413 and stores nothing', async () => {
    const before = await counts();
    const big = Buffer.concat([csv, Buffer.alloc(2 * 1024 * 1024, 'x')]);
    const res = await upload(t.app, agent, '/hassleholm/personal/planer/import', { title: 'Stor fil' }, { name: 'stor.csv', content: big });
    expect(res.status).toBe(413);
    expect(nb(res.$('#f-file-error').text())).toContain('Filen är för stor. Den får vara högst 2 MB.');
    expect(await counts()).toEqual(before);
  });

  it('asks for a file and a title, rejects unknown fields and a missing CSRF token', async () => {
    const before = await counts();
    const noFile = await upload(t.app, agent, '/hassleholm/personal/planer/import', { title: 'Ingen fil' });
    expect(noFile.status).toBe(400);
    expect(nb(noFile.$('#f-file-error').text())).toContain('Välj en fil');
    const noTitle = await upload(t.app, agent, '/hassleholm/personal/planer/import', { title: '' }, { name: 'p.csv', content: csv });
    expect(noTitle.status).toBe(400);
    expect(nb(noTitle.$('#f-title-error').text())).toContain('Fältet måste fyllas i');
    const unknown = await upload(t.app, agent, '/hassleholm/personal/planer/import', { title: 'X', evil: '1' }, { name: 'p.csv', content: csv });
    expect(unknown.status).toBe(400);
    expect(nb(unknown.$('.error-summary').text())).toContain('okända fält');
    const badGrant = await upload(t.app, agent, '/hassleholm/personal/planer/import', { title: 'X', grantPerInhabitant: 'trettioett' }, { name: 'p.csv', content: csv });
    expect(badGrant.status).toBe(400);
    const noCsrf = await upload(t.app, agent, '/hassleholm/personal/planer/import', { title: 'Utan token' }, { name: 'p.csv', content: csv }, { csrf: null });
    expect(noCsrf.status).toBe(403);
    const form = await agent.post('/hassleholm/personal/planer/import', { title: 'Inte multipart' });
    expect(form.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('keeps other roles and other municipalities out of the import', async () => {
    const before = await counts();
    const board = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'board').email);
    expect((await upload(t.app, board, '/hassleholm/personal/planer/import', { title: 'X' }, { name: 'p.csv', content: csv })).status).toBe(403);
    const other = await signIn(t.app, 'sodertalje', demoUser(t, 'sodertalje', 'specialist').email);
    const list = await agent.get('/hassleholm/personal/planer');
    const id = list.$('#plans a').first().attr('href')!.split('/').pop()!;
    expect((await upload(t.app, other, `/sodertalje/personal/planer/${id}/ersatt`, {}, { name: 'p.csv', content: csv })).status).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it('replaces a plan’s content from a file in one go, or not at all', async () => {
    const created = await agent.post('/hassleholm/personal/planer', { title: 'Att ersätta', startYear: '2030', endYear: '2030', grantPerInhabitant: '' });
    const id = created.location!.split('/').pop()!.split('?')[0];
    const broken = await upload(t.app, agent, `/hassleholm/personal/planer/${id}/ersatt`, {}, { name: 'p.csv', content: Buffer.from('Mål;Delmål;Aktivitet;Budget 2017\nM;;A;1\n') });
    expect(broken.status).toBe(400);
    expect(nb(broken.$('#file-errors').text())).toContain('B (Delmål)');
    const ok = await upload(t.app, agent, `/hassleholm/personal/planer/${id}/ersatt`, { grantPerInhabitant: '31' }, { name: 'p.csv', content: csv });
    expect(ok.status).toBe(303);
    const page = await expectHassleholmTotals(ok.location!);
    expect(page.$('h1').text()).toBe('Att ersätta');
  });

  it('exports CSV that no spreadsheet will evaluate, as an attachment', async () => {
    const created = await agent.post('/hassleholm/personal/planer', { title: 'Exporttest', startYear: '2027', endYear: '2027', grantPerInhabitant: '' });
    const id = created.location!.split('/').pop()!.split('?')[0];
    await agent.post(`/hassleholm/personal/planer/${id}/mal`, { title: '=Mål', parentId: '' });
    const plan = await agent.get(`/hassleholm/personal/planer/${id}`);
    const goalId = plan.$('main h3 a').attr('href')!.split('/').pop()!;
    await agent.post(`/hassleholm/personal/planer/${id}/mal`, { title: '+Delmål', parentId: goalId });
    const form = await agent.get(`/hassleholm/personal/planer/${id}/aktiviteter/ny`);
    const subId = form.$('#f-goalId option').filter((_, o) => form.$(o).text().includes('Delmål')).attr('value')!;
    const res = await agent.post(`/hassleholm/personal/planer/${id}/aktiviteter`, {
      goalId: subId, title: '@SUM(1+1)', targetGroup: '-Alla', responsible: '\tStrateg', responsibleBodyId: '', budgetLine: '', status: 'planned', comment: '=cmd|"/c calc"!A1',
      budget_2027: '1 000', actual_2027: '',
    });
    expect(res.status).toBe(303);
    const file = await t.app.inject({ method: 'GET', url: `/hassleholm/personal/planer/${id}/plan.csv`, headers: { cookie: `bredvid_sid=${agent.cookie('bredvid_sid')}` } });
    expect(file.headers['content-disposition']).toBe('attachment; filename="exporttest.csv"');
    const parsed = parseCsv(file.body);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rows[0]).toEqual(['Mål', 'Delmål', 'Aktivitet', 'Målgrupp', 'Ansvarig', 'Ansvarig grupp', 'Budgetpost', 'Status', 'Budget 2027 (kr)', 'Utfall 2027 (kr)', 'Kommentar']);
    expect(parsed.rows[1]).toEqual(["'=Mål", "'+Delmål", "'@SUM(1+1)", "'-Alla", 'Strateg', '', '', 'Planerad', '1000', '', '\'=cmd|"/c calc"!A1']);
    for (const cell of parsed.rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // The apostrophes come off again on import.
    const again = await upload(t.app, agent, '/hassleholm/personal/planer/import', { title: 'Exporttest igen' }, { name: 'e.csv', content: Buffer.from(file.body) });
    expect(again.status).toBe(303);
    const page = await agent.get(again.location!);
    expect(nb(page.$('main h3').first().text())).toContain('1. =Mål');
  });

  it('serves the plan as a PDF download and as a printable page', async () => {
    const list = await agent.get('/hassleholm/personal/planer');
    const href = list.$('#plans a').filter((_, e) => list.$(e).text() === HASSLEHOLM_PLAN_TITLE).attr('href')!;
    const pdf = await t.app.inject({ method: 'GET', url: `${href}/plan.pdf`, headers: { cookie: `bredvid_sid=${agent.cookie('bredvid_sid')}` } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="verksamhetsplan-anhorigstod-2017-2018.pdf"');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((pdf.rawPayload.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(3);
    const print = await agent.get(`${href}/utskrift`);
    expect(print.status).toBe(200);
    expect(rowCells(print, '#totals', 'budget')).toEqual(['1 723', '1 882', '3 605']);
    expect(print.$('main a[href*="/aktiviteter/"]').length).toBe(0);
    expect(print.$('main form').length).toBe(0);
  });
});
