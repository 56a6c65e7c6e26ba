import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { Agent, buildTestApp, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';

const email = (t: TestApp, slug: string, key: string) => t.seeds.get(slug)!.data.staff.find((s) => s.key === key)!.email;
const unitId = (t: TestApp, slug: string, key: string) => t.seeds.get(slug)!.unitIds.get(key)!;
const count = async (t: TestApp, table: 'ambassadors' | 'ambassador_trainings') =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe.each(DIALECTS)('ambassadors on %s', (dialect) => {
  let t: TestApp;
  let tyringeChef: Agent;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'sodertalje'] });
    tyringeChef = await signIn(t.app, 'hassleholm', email(t, 'hassleholm', 'enhetschef-tyringe'));
  });
  afterAll(async () => t?.close());

  const tyringe = () => unitId(t, 'hassleholm', 'hemvard-tyringe');
  const ekbacken = () => unitId(t, 'hassleholm', 'sabo-ekbacken');
  const designate = (a: Agent, unit: string, form: Record<string, string>) => a.post(`/hassleholm/personal/ombud/enhet/${unit}/utse`, form);
  const ambassadorIn = async (unit: string) => (await t.db.selectFrom('ambassadors').select('id').where('unit_id', '=', unit).executeTakeFirstOrThrow()).id;

  it('shows a unit manager the register of their own unit only', async () => {
    const page = await tyringeChef.get('/hassleholm/personal/ombud');
    expect(page.status).toBe(200);
    const rows = page.$('tbody tr');
    expect(rows.length).toBe(1);
    expect(text(page)).toContain('Hemvård Tyringe');
    expect(text(page)).toContain('Amina Warsame');
    expect(text(page)).not.toContain('Ekbackens');
    const audit = await t.db.selectFrom('audit_log').select('action').where('action', '=', 'ambassador.list').execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('lets a unit manager designate a named staff member and a colleague with an account, and end a designation', async () => {
    const form = await tyringeChef.get(`/hassleholm/personal/ombud/enhet/${tyringe()}/utse`);
    expect(form.status).toBe(200);
    const options = form.$('#f-userId option').map((_, e) => form.$(e).text()).get();
    expect(options.some((o) => o.startsWith('Viktor Nilsson'))).toBe(true);
    expect(options.some((o) => o.startsWith('Sofia Mattsson'))).toBe(false); // works in Norr
    const res = await designate(tyringeChef, tyringe(), { kind: 'person', personName: 'Greta Pålsson', personTitle: 'Vårdbiträde', since: '2026-11-01' });
    expect(res.status).toBe(303);
    const detail = await tyringeChef.get(res.location!);
    expect(detail.$('h1').text()).toBe('Greta Pålsson');
    expect(text(detail)).toContain('Therese Blom'); // designated by
    const viktor = form.$('#f-userId option').filter((_, e) => form.$(e).text().startsWith('Viktor Nilsson')).attr('value')!;
    expect((await designate(tyringeChef, tyringe(), { kind: 'user', userId: viktor, since: '2026-11-20' })).status).toBe(303);
    const again = await designate(tyringeChef, tyringe(), { kind: 'user', userId: viktor, since: '2026-11-20' });
    expect(again.status).toBe(400);
    expect(again.$('#f-userId-error').text()).toContain('redan anhörigombud');

    const id = res.location!.split('/').pop()!.split('?')[0];
    const early = await tyringeChef.post(`/hassleholm/personal/ombud/${id}/avsluta`, { endedOn: '2026-10-01' });
    expect(early.status).toBe(400);
    expect(early.$('#f-endedOn-error').text()).toContain('före startdatum');
    const end = await tyringeChef.post(`/hassleholm/personal/ombud/${id}/avsluta`, { endedOn: '2026-11-24', reason: 'Slutat i enheten' });
    expect(end.status).toBe(303);
    const ended = await tyringeChef.get(`/hassleholm/personal/ombud/${id}`);
    expect(text(ended)).toContain('Avslutat 24 november 2026');
    expect(ended.$('#end-title').length).toBe(0);
    const actions = await t.db.selectFrom('audit_log').select('action').where('subject_id', '=', id).execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['ambassador.designate', 'ambassador.read', 'ambassador.end']));
  });

  it('shows training history from the events engine beside the trainings recorded by hand', async () => {
    const amina = (await t.db.selectFrom('ambassadors').innerJoin('users', 'users.id', 'ambassadors.user_id').select('ambassadors.id')
      .where('users.email', '=', email(t, 'hassleholm', 'ombud-tyringe')).executeTakeFirstOrThrow()).id;
    const page = await tyringeChef.get(`/hassleholm/personal/ombud/${amina}`);
    expect(page.status).toBe(200);
    const rows = page.$('tbody tr').map((_, e) => page.$(e).text().replace(/\s+/g, ' ')).get();
    const fromCalendar = rows.filter((r) => r.includes('Närvaro i Bredvids kalender'));
    expect(fromCalendar.length).toBeGreaterThan(0);
    expect(fromCalendar[0]).toContain('Anhörigombudsdag');
    expect(fromCalendar[0]).toContain('3,5'); // 08:30–12:00
    expect(rows.some((r) => r.includes('Registrerad för hand'))).toBe(true);
  });

  it('gives 404 to a unit manager acting in another unit (unit B)', async () => {
    const before = await count(t, 'ambassadors');
    expect((await tyringeChef.get(`/hassleholm/personal/ombud/enhet/${ekbacken()}/utse`)).status).toBe(404);
    expect((await designate(tyringeChef, ekbacken(), { kind: 'person', personName: 'Ingen Alls', since: '2026-11-01' })).status).toBe(404);
    const other = await ambassadorIn(ekbacken());
    expect((await tyringeChef.get(`/hassleholm/personal/ombud/${other}`)).status).toBe(404);
    expect((await tyringeChef.post(`/hassleholm/personal/ombud/${other}/avsluta`, { endedOn: '2026-11-24' })).status).toBe(404);
    expect((await tyringeChef.post(`/hassleholm/personal/ombud/${other}/utbildningar`, { date: '2026-11-02', title: 'X', hours: '2' })).status).toBe(404);
    expect(await count(t, 'ambassadors')).toBe(before);
    const row = await t.db.selectFrom('ambassadors').select('ended_on').where('id', '=', other).executeTakeFirstOrThrow();
    expect(row.ended_on).toBeNull();
  });

  it('never shows another municipality’s ambassadors or units (404)', async () => {
    const sodertaljeAmbassador = await ambassadorIn(unitId(t, 'sodertalje', 'sabo-almgarden'));
    const strateg = await signIn(t.app, 'hassleholm', email(t, 'hassleholm', 'strateg'));
    expect((await strateg.get(`/hassleholm/personal/ombud/${sodertaljeAmbassador}`)).status).toBe(404);
    expect((await strateg.post(`/hassleholm/personal/ombud/${sodertaljeAmbassador}/utbildningar`, { date: '2026-11-02', title: 'X', hours: '2' })).status).toBe(404);
    const director = await signIn(t.app, 'hassleholm', email(t, 'hassleholm', 'forvaltningschef-of'));
    expect((await director.get(`/hassleholm/personal/ombud/enhet/${unitId(t, 'sodertalje', 'sabo-almgarden')}/utse`)).status).toBe(404);
    const register = await strateg.get('/hassleholm/personal/ombud');
    expect(text(register)).not.toContain('Almgården');
    expect(text(register)).not.toContain('Gunilla Öberg');
    expect((await strateg.get('/hassleholm/personal/ombud/not-an-id')).status).toBe(404);
  });

  it('keeps staff without the permission out (403) and signed-out visitors at sign-in', async () => {
    const staff = await signIn(t.app, 'hassleholm', email(t, 'hassleholm', 'medarbetare-tyringe'));
    for (const url of ['/hassleholm/personal/ombud', '/hassleholm/personal/ombud/tackning', '/hassleholm/personal/ombud/tackning.csv']) {
      expect((await staff.get(url)).status).toBe(403);
    }
    expect((await staff.post(`/hassleholm/personal/ombud/enhet/${tyringe()}/utse`, { kind: 'person', personName: 'X', since: '2026-11-01' })).status).toBe(403);
    const board = await signIn(t.app, 'hassleholm', email(t, 'hassleholm', 'namndordforande'));
    expect((await board.get('/hassleholm/personal/ombud')).status).toBe(403);
    const anon = new Agent(t.app);
    const res = await anon.get('/hassleholm/personal/ombud/tackning');
    expect(res.status).toBe(303);
    expect(res.location).toContain('/personal/logga-in');
  });

  it('re-renders the designation form with Swedish messages on bad input and stores nothing', async () => {
    const before = await count(t, 'ambassadors');
    const sodertaljeUser = (await t.db.selectFrom('users').select('id').where('email', '=', email(t, 'sodertalje', 'ombud-almgarden')).executeTakeFirstOrThrow()).id;
    const cases: [Record<string, string>, string][] = [
      [{}, 'kind'],
      [{ kind: 'user', since: '2026-11-01' }, 'userId'],
      [{ kind: 'person', since: '2026-11-01' }, 'personName'],
      [{ kind: 'person', personName: 'x'.repeat(121), since: '2026-11-01' }, 'personName'],
      [{ kind: 'person', personName: 'Anna', since: '1 november' }, 'since'],
      [{ kind: 'person', personName: 'Anna', since: '2026-02-30' }, 'since'],
      [{ kind: 'person', personName: 'Anna', since: '2031-01-01' }, 'since'],
      [{ kind: 'teleport', personName: 'Anna', since: '2026-11-01' }, 'kind'],
      [{ kind: 'user', userId: '00000000-0000-4000-8000-000000000000', since: '2026-11-01' }, 'userId'],
      [{ kind: 'user', userId: sodertaljeUser, since: '2026-11-01' }, 'userId'],
      [{ kind: 'person', personName: 'Anna', since: '2026-11-01', evil: '1' }, '_form'],
    ];
    for (const [form, field] of cases) {
      const res = await designate(tyringeChef, tyringe(), form);
      expect({ form, status: res.status }).toEqual({ form, status: 400 });
      expect(res.$('.error-summary').length).toBe(1);
      if (field !== '_form') expect(res.$(`#f-${field}-error`).text().length, JSON.stringify(form)).toBeGreaterThan(0);
    }
    expect(await count(t, 'ambassadors')).toBe(before);
  });

  it('refuses a post without the CSRF token', async () => {
    const before = await count(t, 'ambassadors');
    const res = await tyringeChef.post(`/hassleholm/personal/ombud/enhet/${tyringe()}/utse`, { kind: 'person', personName: 'Utan Token', since: '2026-11-01' }, { csrf: null });
    expect(res.status).toBe(403);
    expect(await count(t, 'ambassadors')).toBe(before);
  });

  it('records trainings by hand, refuses bad ones, and lets the trainer remove one', async () => {
    const id = await ambassadorIn(tyringe());
    const strateg = await signIn(t.app, 'hassleholm', email(t, 'hassleholm', 'strateg'));
    const before = await count(t, 'ambassador_trainings');
    for (const form of [{ date: '2026-11-02', title: '', hours: '2' }, { date: '2026-11-02', title: 'Tema', hours: 'två' }, { date: '2026-11-02', title: 'Tema', hours: '41' },
      { date: '2027-01-02', title: 'Tema', hours: '2' }, { date: '2026-11-02', title: 'Tema', hours: '2', extra: 'x' }]) {
      const res = await strateg.post(`/hassleholm/personal/ombud/${id}/utbildningar`, form);
      expect({ form, status: res.status }).toEqual({ form, status: 400 });
      expect(res.$('.error-summary').length).toBe(1);
    }
    expect(await count(t, 'ambassador_trainings')).toBe(before);
    const ok = await strateg.post(`/hassleholm/personal/ombud/${id}/utbildningar`, { date: '2026-11-02', title: 'Temahalvdag: Sorg och förlust', hours: '3,5' });
    expect(ok.status).toBe(303);
    const page = await strateg.get(`/hassleholm/personal/ombud/${id}`);
    const row = page.$('tbody tr').filter((_, e) => page.$(e).text().includes('Sorg och förlust'));
    expect(row.text()).toContain('3,5');
    expect(row.text()).toContain('2 november 2026');
    const removeAction = row.find('form').attr('action')!;
    expect((await strateg.post(removeAction, { confirm: 'yes' })).status).toBe(303);
    expect(await count(t, 'ambassador_trainings')).toBe(before);
  });

  it('shows coverage per administration and area: the director all of theirs, the unit manager their unit', async () => {
    const director = await signIn(t.app, 'hassleholm', email(t, 'hassleholm', 'forvaltningschef-of'));
    const page = await director.get('/hassleholm/personal/ombud/tackning');
    expect(page.status).toBe(200);
    expect(page.$('h2').map((_, e) => page.$(e).text()).get().join('|')).toContain('Omsorgsförvaltningen');
    expect(text(page)).not.toContain('Barn- och utbildningsförvaltningen');
    // The demo: most units of omsorgsförvaltningen have an ombud; some lack one or lack training.
    const statuses = page.$('.badge').map((_, e) => page.$(e).text()).get();
    expect(statuses.filter((s) => s === 'Utbildat ombud').length).toBeGreaterThan(5);
    expect(statuses).toContain('Inget ombud');
    expect(statuses).toContain('Ombud utan aktuell utbildning');
    const mine = await tyringeChef.get('/hassleholm/personal/ombud/tackning');
    expect(mine.$('tbody tr').length).toBe(2); // one area row, one unit row
    expect(text(mine)).toContain('1 av 1 enhet har ett utbildat ombud');
  });

  it('changes coverage when a unit gets a trained ombud, and when training grows old', async () => {
    const strateg = await signIn(t.app, 'hassleholm', email(t, 'hassleholm', 'strateg'));
    const unitRow = async (name: string, agent = strateg) => {
      const page = await agent.get('/hassleholm/personal/ombud/tackning');
      expect(page.status).toBe(200);
      return page.$('tbody tr').filter((_, e) => page.$(e).find('td').first().text() === name).text();
    };
    expect(await unitRow('Dagverksamhet för personer med demens')).toContain('Inget ombud');
    const director = await signIn(t.app, 'hassleholm', email(t, 'hassleholm', 'forvaltningschef-of'));
    const unit = unitId(t, 'hassleholm', 'dagverksamhet-demens');
    const res = await designate(director, unit, { kind: 'person', personName: 'Rut Engström', since: '2026-11-01' });
    expect(res.status).toBe(303);
    expect(await unitRow('Dagverksamhet för personer med demens')).toContain('Ombud utan aktuell utbildning');
    const id = res.location!.split('/').pop()!.split('?')[0];
    expect((await strateg.post(`/hassleholm/personal/ombud/${id}/utbildningar`, { date: '2026-11-10', title: BASIC, hours: '6' })).status).toBe(303);
    expect(await unitRow('Dagverksamhet för personer med demens')).toContain('Utbildat ombud');
    const saved = t.clock.now();
    t.clock.set('2027-12-01T09:00:00Z'); // 12 months on: the training is no longer recent
    try {
      const later = await signIn(t.app, 'hassleholm', email(t, 'hassleholm', 'strateg')); // the old session has expired
      expect(await unitRow('Dagverksamhet för personer med demens', later)).toContain('Ombud utan aktuell utbildning');
    } finally {
      t.clock.set(saved);
    }
  });

  it('exports coverage as formula-safe CSV and as XLSX, and audits the export', async () => {
    const director = await signIn(t.app, 'hassleholm', email(t, 'hassleholm', 'forvaltningschef-of'));
    expect((await designate(director, unitId(t, 'hassleholm', 'lss-handlaggning'), { kind: 'person', personName: '=HYPERLINK("http://evil.example")', since: '2026-11-01' })).status).toBe(303);
    const csv = await director.get('/hassleholm/personal/ombud/tackning.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="anhorigombud-tackning-2026-11-25\.csv"$/);
    expect(csv.body.startsWith('\uFEFF"Förvaltning";"Område";"Enhet"')).toBe(true);
    expect(csv.body).toContain('"\'=HYPERLINK(""http://evil.example"")"');
    expect(csv.body).not.toMatch(/(^|;)"=/m);
    const xlsx = await t.app.inject({ method: 'GET', url: '/hassleholm/personal/ombud/tackning.xlsx', headers: { cookie: `bredvid_sid=${director.cookie('bredvid_sid')}` } });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const values = wb.getWorksheet('Täckning')!.getSheetValues().flat().map(String);
    expect(values).toContain('Hemvård Tyringe');
    expect(values).toContain('=HYPERLINK("http://evil.example")'); // a plain string cell, not a formula
    const exports = await t.db.selectFrom('audit_log').select('action').where('action', 'like', 'ambassador.coverage_export%').execute();
    expect(exports.map((e) => e.action).sort()).toEqual(['ambassador.coverage_export_csv', 'ambassador.coverage_export_xlsx']);
  });
});

const BASIC = 'Grundutbildning för anhörigombud';
