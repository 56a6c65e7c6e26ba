// The yearly report over HTTP, on every dialect: a constructed year whose true numbers the test
// counts itself; specialists see them exactly, the board and every export see them suppressed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type Page, type TestApp } from '../../../test/harness.js';
import { CHANNELS, CHANNEL_LABELS } from '../contacts/vocab.js';
import { AGE_BANDS, AGE_BAND_LABELS, GENDERS, GENDER_LABELS, RELATIONSHIPS, RELATIONSHIP_LABELS, TARGET_GROUPS, TARGET_GROUP_LABELS } from '../../platform/domain/vocab.js';
import { addUnit } from '../org/service.js';
import { cookieNames } from '../../platform/http/security.js';
import { clearContacts, constructYear, insertFixture, pdfTextContent, tally, type ContactFixture } from '../../../test/report-fixtures.js';

const num = (s: string) => Number(s.replace(/[\s\u00a0]/g, ''));

/** A table of the report page as label → cell text. */
function tableOf(page: Page, id: string): Map<string, string> {
  const out = new Map<string, string>();
  page.$(`#tabell-${id} tbody tr`).each((_, tr) => {
    const td = page.$(tr).find('td').first().clone();
    td.find('.visually-hidden').remove(); // "(döljs utanför anhörigstödet)" in the exact view
    out.set(page.$(tr).find('th').text().trim(), td.text().trim());
  });
  return out;
}

const DIMENSIONS: { id: string; key: keyof ContactFixture; codes: readonly string[]; labels: Record<string, string> }[] = [
  { id: 'kontakter-kanal', key: 'channel', codes: CHANNELS, labels: CHANNEL_LABELS },
  { id: 'kontakter-malgrupp', key: 'target_group', codes: TARGET_GROUPS, labels: TARGET_GROUP_LABELS },
  { id: 'kontakter-alder', key: 'age_band', codes: AGE_BANDS, labels: AGE_BAND_LABELS },
  { id: 'kontakter-kon', key: 'gender', codes: GENDERS, labels: GENDER_LABELS },
  { id: 'kontakter-relation', key: 'relationship', codes: RELATIONSHIPS, labels: RELATIONSHIP_LABELS },
];

describe.each(DIALECTS)('yearly report on %s', (dialect) => {
  let t: TestApp;
  let rows: ContactFixture[];
  let slug: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'sodertalje'] });
    slug = 'hassleholm';
    const seed = t.seeds.get(slug)!;
    const units = ['anhorigstod', 'bistand', 'hemvard-tyringe'].map((k) => seed.unitIds.get(k)!);
    // The demo seed logs contacts too; the constructed year replaces them so the test knows every row.
    await clearContacts(t.db);
    rows = constructYear({ year: 2025, n: 260, unitIds: units });
    await insertFixture(t.db, seed.tenantId, rows, t.clock.now());
    await insertFixture(t.db, seed.tenantId, constructYear({ year: 2026, n: 90, unitIds: units, seed: 11 }), t.clock.now());
  });
  afterAll(async () => t?.close());

  const specialist = () => signIn(t.app, slug, demoUser(t, slug, 'specialist').email);
  const board = () => signIn(t.app, slug, demoUser(t, slug, 'board').email);

  it('shows a specialist the exact numbers of the constructed year in every contact table', async () => {
    const page = await (await specialist()).get(`/${slug}/personal/rapporter/rapport?ar=2025`);
    expect(page.status).toBe(200);
    expect(page.$('h1').text()).toContain('Årsrapport 2025');
    for (const d of DIMENSIONS) {
      const shown = tableOf(page, d.id);
      const truth = tally(rows, d.key);
      for (const code of d.codes) expect({ table: d.id, code, value: num(shown.get(d.labels[code])!) }).toEqual({ table: d.id, code, value: truth.get(code) ?? 0 });
      if (truth.has('unknown')) expect(num(shown.get('Ej angivet')!)).toBe(truth.get('unknown'));
      expect(num(shown.get('Totalt')!)).toBe(rows.length);
    }
    const ages = tableOf(page, 'kontakter-alder');
    const children = rows.filter((r) => r.age_band === 'under_13' || r.age_band === '13_17').length;
    expect(num(ages.get('Barn som anhöriga (under 18 år), summa')!)).toBe(children);
    const kinds = tableOf(page, 'kontakter-slag');
    const identified = rows.filter((r) => r.carer_id !== null);
    expect(num(kinds.get('Anonyma kontakter (utan identitet)')!)).toBe(rows.length - identified.length);
    expect(num(kinds.get('Kontakter med identifierade anhöriga')!)).toBe(identified.length);
    // Unique identified carers are people, stated apart from contacts: never added to them.
    const unique = new Set(identified.map((r) => r.carer_id)).size;
    expect(num(page.$('.report-fact dd').first().text())).toBe(unique);
    expect(text(page)).toContain('läggs inte ihop');
  });

  it('follows the chosen unit: an area counts only contacts logged in its units', async () => {
    const seed = t.seeds.get(slug)!;
    const area = seed.unitIds.get('of-hemvard')!;
    const page = await (await specialist()).get(`/${slug}/personal/rapporter/rapport?ar=2025&enhet=${area}`);
    expect(page.status).toBe(200);
    const inArea = rows.filter((r) => r.unit_id === seed.unitIds.get('hemvard-tyringe'));
    expect(num(tableOf(page, 'kontakter-kanal').get('Totalt')!)).toBe(inArea.length);
    expect(page.$('h1').text()).toContain('Hemvård');
  });

  it('shows the board "<5" for every small count and never an exact small value', async () => {
    const page = await (await board()).get(`/${slug}/personal/rapporter/rapport?ar=2025`);
    expect(page.status).toBe(200);
    expect(text(page)).toContain('Små tal är dolda');
    let small = 0;
    for (const d of DIMENSIONS) {
      const shown = tableOf(page, d.id);
      const truth = tally(rows, d.key);
      for (const code of d.codes) {
        const value = truth.get(code) ?? 0;
        const cell = shown.get(d.labels[code])!;
        if (value > 0 && value < 5) {
          small++;
          expect({ code, cell }).toEqual({ code, cell: '<5' });
        } else if (cell !== 'dolt') {
          expect(num(cell)).toBe(value);
        }
      }
    }
    expect(small).toBeGreaterThan(3); // the constructed year really has small numbers
    expect(page.$('.hidden-outside').length).toBe(0);
    // The exact view marks the same cells as hidden outside.
    const exact = await (await specialist()).get(`/${slug}/personal/rapporter/rapport?ar=2025`);
    expect(exact.$('.hidden-outside').length).toBeGreaterThanOrEqual(small);
  });

  it('exports PDF, XLSX and CSV suppressed for everyone, and writes each export to the access log', async () => {
    const agent = await specialist();
    const before = await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'report.export').executeTakeFirstOrThrow();
    const truth = tally(rows, 'channel');
    const smallChannel = CHANNELS.find((c) => (truth.get(c) ?? 0) > 0 && (truth.get(c) ?? 0) < 5);

    const pdf = await t.app.inject({ method: 'GET', url: `/${slug}/personal/rapporter/rapport.pdf?ar=2025`, headers: { cookie: agentCookie(agent) } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const pdfText = pdfTextContent(pdf.rawPayload);
    expect(pdfText).toContain('Hässleholms kommun');
    expect(pdfText).toContain('Kontakter per kanal');
    expect(pdfText).toContain('Så räknas talen');
    expect(pdfText).toContain('visas som "<5"');
    if (smallChannel) expect(pdfText).toContain('<5');

    const xlsx = await t.app.inject({ method: 'GET', url: `/${slug}/personal/rapporter/rapport.xlsx?ar=2025`, headers: { cookie: agentCookie(agent) } });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets.find((w) => w.name.startsWith('Kontakter per kanal'))!;
    expect(sheet).toBeDefined();
    const cells = new Map<string, unknown>();
    sheet.eachRow((row) => cells.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(cells.get('Totalt')).toBe(rows.length);
    for (const c of CHANNELS) {
      const v = truth.get(c) ?? 0;
      const cell = cells.get(CHANNEL_LABELS[c]);
      if (v > 0 && v < 5) expect(cell).toBe('<5');
      else if (cell !== 'dolt') expect(cell).toBe(v);
    }

    const csv = await t.app.inject({ method: 'GET', url: `/${slug}/personal/rapporter/rapport.csv?ar=2025`, headers: { cookie: agentCookie(agent) } });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    expect(csv.body).toContain('"Kontakter per kanal"');
    if (smallChannel) expect(csv.body).toContain(`"${CHANNEL_LABELS[smallChannel]}";"<5"`);

    const after = await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'report.export').executeTakeFirstOrThrow();
    expect(Number(after.n) - Number(before.n)).toBe(3);
  });

  it('keeps the CSV and the workbook safe from formula injection', async () => {
    const seed = t.seeds.get(slug)!;
    const evil = await addUnit(t.db, seed.tenantId, { parentId: null, kind: 'administration', name: '=HYPERLINK("http://evil.example","klick")' }, t.clock.now());
    const agent = await specialist();
    const csv = await t.app.inject({ method: 'GET', url: `/${slug}/personal/rapporter/rapport.csv?ar=2025&enhet=${evil}`, headers: { cookie: agentCookie(agent) } });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain(`"'=HYPERLINK(""http://evil.example"",""klick"")"`);
    expect(csv.body).not.toMatch(/(^|;)"=/m);
    const xlsx = await t.app.inject({ method: 'GET', url: `/${slug}/personal/rapporter/rapport.xlsx?ar=2025&enhet=${evil}`, headers: { cookie: agentCookie(agent) } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const about = wb.worksheets[0];
    const values: unknown[] = [];
    about.eachRow((row) => values.push(row.getCell(2).value));
    expect(values).toContain(`'=HYPERLINK("http://evil.example","klick")`);
  });

  it('answers a bad year or unit with a clear message, not an error page', async () => {
    const agent = await specialist();
    for (const [query, message] of [['ar=abcd', 'fyra siffror'], ['ar=2099', 'Välj ett år mellan'], ['ar=1999', 'Välj ett år mellan'], ['ar=2025&enhet=inte-ett-id', 'Välj en enhet']] as const) {
      const res = await agent.get(`/${slug}/personal/rapporter/rapport?${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.$('.error-summary').text()).toContain(message);
      const exp = await agent.get(`/${slug}/personal/rapporter/rapport.pdf?${query}`);
      expect(exp.status).toBe(400);
    }
    expect((await agent.get(`/${slug}/personal/rapporter/rapport?ar=2025&enhet=00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    // Without a year the report is this year's.
    const plain = await agent.get(`/${slug}/personal/rapporter/rapport`);
    expect(plain.status).toBe(200);
    expect(plain.$('h1').text()).toContain('2026');
  });

  it('never shows another municipality: its units are not found, its sessions do not count', async () => {
    const other = t.seeds.get('sodertalje')!;
    const agent = await specialist();
    const unit = [...other.unitIds.values()][0];
    expect((await agent.get(`/${slug}/personal/rapporter/rapport?ar=2025&enhet=${unit}`)).status).toBe(404);
    expect((await agent.get(`/${slug}/personal/rapporter/rapport.csv?ar=2025&enhet=${unit}`)).status).toBe(404);
    const theirs = await signIn(t.app, 'sodertalje', demoUser(t, 'sodertalje', 'specialist').email);
    const page = await theirs.get(`/sodertalje/personal/rapporter/rapport?ar=2025`);
    expect(page.status).toBe(200);
    expect(num(tableOf(page, 'kontakter-kanal').get('Totalt')!)).toBe(0);
    expect((await theirs.get(`/${slug}/personal/rapporter/rapport?ar=2025`)).status).toBe(303);
  });

  it('gives the report to reports:read only; the board sees the whole municipality\'s overview', async () => {
    const staff = await signIn(t.app, slug, demoUser(t, slug, 'staff').email);
    expect((await staff.get(`/${slug}/personal/rapporter`)).status).toBe(403);
    expect((await staff.get(`/${slug}/personal/rapporter/rapport.pdf?ar=2025`)).status).toBe(403);
    expect((await new Agent(t.app).get(`/${slug}/personal/rapporter`)).status).toBe(303);
    const b = await board();
    expect((await b.get(`/${slug}/personal/rapporter`)).status).toBe(200);
    const overview = await b.get(`/${slug}/personal/oversikt?enhet=${t.seeds.get(slug)!.unitIds.values().next().value}`);
    expect(overview.status).toBe(200);
    expect(overview.$('h1').text()).toBe('Översikt: Hela kommunen');
    expect(overview.$('select[name="enhet"]').length).toBe(0);
    expect(overview.$('svg[role="img"]').length).toBeGreaterThan(0);
    expect(overview.$('a:contains("Så räknar vi")').attr('href')).toBe(`/${slug}/personal/rapporter/definitioner#sekretess`);
    const home = await b.get(`/${slug}/personal`);
    expect(home.$('main .cards a').map((_, e) => home.$(e).attr('href')).get()).toContain(`/${slug}/personal/rapporter`);
  });

  it('shows the dashboard exact to a specialist and suppressed to a manager', async () => {
    const page = await (await specialist()).get(`/${slug}/personal/oversikt`);
    expect(page.status).toBe(200);
    const svg = page.$('svg[role="img"]').first();
    expect(svg.find('title').text()).toContain('Kontakter per månad');
    expect(svg.find('desc').text()).toContain('2025');
    expect(page.body).not.toContain('style=');
    const totals = page.$('.dashboard-panel p strong').map((_, e) => page.$(e).text()).get();
    expect(num(totals[1])).toBe(rows.length);
    const manager = await signIn(t.app, slug, demoUser(t, slug, 'area_manager').email);
    const suppressed = await manager.get(`/${slug}/personal/oversikt`);
    expect(suppressed.status).toBe(200);
    expect(text(suppressed)).toContain('Små tal är dolda');
  });
});

/** The session cookie an agent sends (for raw inject of binary downloads). */
function agentCookie(agent: Agent): string {
  const name = cookieNames(false).session;
  return `${name}=${agent.cookie(name)}`;
}
