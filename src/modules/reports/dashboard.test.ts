// The dashboard's unit chooser over HTTP, on every dialect: a GET form like the report's, the
// numbers of the chosen part of the organisation, field errors for a malformed choice, 404 for a
// unit out of reach, and managers limited to (and by default shown) their own units.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, demoUser, DIALECTS, signIn, text, type Page, type TestApp } from '../../../test/harness.js';
import { clearContacts, constructYear, insertFixture, type ContactFixture } from '../../../test/report-fixtures.js';

const num = (s: string) => Number(s.replace(/[\s\u00a0]/g, ''));
const slug = 'hassleholm';

/** The contacts panel's totals: [this year so far, last year]. */
const contactTotals = (page: Page) => page.$('section[aria-labelledby="kontakter-rubrik"] > p strong').map((_, e) => page.$(e).text()).get();
const options = (page: Page) => page.$('select[name="enhet"] option').map((_, e) => page.$(e).attr('value')).get();
const selected = (page: Page) => page.$('select[name="enhet"] option[selected]').attr('value');

describe.each(DIALECTS)('dashboard unit choice on %s', (dialect) => {
  let t: TestApp;
  let rows: ContactFixture[];
  const unit = (key: string) => t.seeds.get(slug)!.unitIds.get(key)!;
  const staffWith = (role: string, unitKey: string) => t.seeds.get(slug)!.data.staff.find((s) => s.roles.some((r) => r.role === role && r.unitKey === unitKey))!.email;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: [slug, 'sodertalje'] });
    const seed = t.seeds.get(slug)!;
    await clearContacts(t.db);
    rows = constructYear({ year: 2025, n: 240, unitIds: ['anhorigstod', 'bistand', 'hemvard-tyringe', 'hemvard-norr'].map(unit) });
    await insertFixture(t.db, seed.tenantId, rows, t.clock.now());
  });
  afterAll(async () => t?.close());

  const specialist = () => signIn(t.app, slug, demoUser(t, slug, 'specialist').email);
  const inUnits = (...keys: string[]) => rows.filter((r) => keys.map(unit).includes(r.unit_id)).length;

  it('offers the report\'s chooser as a GET form, and a choice gives that part\'s numbers', async () => {
    const agent = await specialist();
    const whole = await agent.get(`/${slug}/personal/oversikt`);
    expect(whole.status).toBe(200);
    expect(whole.$('h1').text()).toBe('Översikt: Hela kommunen');
    const form = whole.$('form.filters');
    expect(form.attr('method')).toBe('get');
    expect(form.attr('action')).toBe(`/${slug}/personal/oversikt`);
    expect(whole.$(`label[for="${whole.$('select[name="enhet"]').attr('id')}"]`).text()).toBe('Förvaltning eller område');
    expect(options(whole)).toEqual(expect.arrayContaining(['', unit('of'), unit('of-hemvard'), unit('sf')]));
    expect(selected(whole)).toBe('');
    expect(num(contactTotals(whole)[1])).toBe(rows.length);

    const area = await agent.get(`/${slug}/personal/oversikt?enhet=${unit('of-hemvard')}`);
    expect(area.status).toBe(200);
    expect(area.$('h1').text()).toBe('Översikt: Omsorgsförvaltningen › Hemvård');
    expect(selected(area)).toBe(unit('of-hemvard'));
    expect(num(contactTotals(area)[1])).toBe(inUnits('hemvard-tyringe', 'hemvard-norr'));
    expect(area.$('#diagram-kontakter-desc').text()).toContain('Gäller Omsorgsförvaltningen › Hemvård med allt under den.');
    // Requests, bookings and referrals are counted in their unit too: no series claims the whole municipality.
    expect(area.$('.scope-note').length).toBe(0);
    expect(area.$('#diagram-forfragningar-desc').text()).toContain('Gäller Omsorgsförvaltningen › Hemvård med allt under den.');

    const admin = await agent.get(`/${slug}/personal/oversikt?enhet=${unit('of')}`);
    expect(num(contactTotals(admin)[1])).toBe(rows.length);
    const other = await agent.get(`/${slug}/personal/oversikt?enhet=${unit('sf')}`);
    expect(num(contactTotals(other)[1])).toBe(0);
  });

  it('answers a malformed unit with the form and a message, and a unit out of reach with 404', async () => {
    const agent = await specialist();
    const bad = await agent.get(`/${slug}/personal/oversikt?enhet=inte-ett-id`);
    expect(bad.status).toBe(400);
    expect(bad.$('.error-summary').text()).toContain('Välj en enhet i listan');
    expect(bad.$('.error-summary a').attr('href')).toBe(`#${bad.$('select[name="enhet"]').attr('id')}`);
    expect(bad.$('select[name="enhet"]').attr('aria-invalid')).toBe('true');
    expect(bad.$('svg').length).toBe(0);
    expect((await agent.get(`/${slug}/personal/oversikt?enhet=00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    const theirs = [...t.seeds.get('sodertalje')!.unitIds.values()][0];
    expect((await agent.get(`/${slug}/personal/oversikt?enhet=${theirs}`)).status).toBe(404);
  });

  it('shows a manager their own part by default, offers only their units, and 404s the rest', async () => {
    const manager = await signIn(t.app, slug, staffWith('area_manager', 'of-myndighet'));
    const own = await manager.get(`/${slug}/personal/oversikt`);
    expect(own.status).toBe(200);
    expect(own.$('h1').text()).toBe('Översikt: Omsorgsförvaltningen › Myndighet');
    expect(text(own)).toContain('Små tal är dolda');
    expect(options(own).sort()).toEqual(['', unit('of-myndighet'), unit('anhorigstod'), unit('bistand'), unit('lss-handlaggning')].sort());
    expect(selected(own)).toBe(unit('of-myndighet'));
    expect(num(contactTotals(own)[1])).toBe(inUnits('anhorigstod', 'bistand'));
    const one = await manager.get(`/${slug}/personal/oversikt?enhet=${unit('bistand')}`);
    expect(one.status).toBe(200);
    expect(one.$('h1').text()).toContain('Biståndshandläggning');
    expect(num(contactTotals(one)[1])).toBe(inUnits('bistand'));
    expect((await manager.get(`/${slug}/personal/oversikt?enhet=${unit('of-hemvard')}`)).status).toBe(404);
    expect((await manager.get(`/${slug}/personal/oversikt?enhet=${unit('of')}`)).status).toBe(404);
    // The whole municipality stays one choice away, as for the report.
    const whole = await manager.get(`/${slug}/personal/oversikt?enhet=`);
    expect(whole.$('h1').text()).toBe('Översikt: Hela kommunen');
    expect(num(contactTotals(whole)[1])).toBe(rows.length);

    const unitManager = await signIn(t.app, slug, staffWith('unit_manager', 'hemvard-tyringe'));
    const tyringe = await unitManager.get(`/${slug}/personal/oversikt`);
    expect(tyringe.$('h1').text()).toBe('Översikt: Omsorgsförvaltningen › Hemvård › Hemvård Tyringe');
    expect(options(tyringe)).toEqual(['', unit('hemvard-tyringe')]);
    const n = inUnits('hemvard-tyringe');
    expect(n).toBeGreaterThanOrEqual(5);
    // The area also holds Hemvård Norr, far more than 4 contacts apart: nothing to hide for the rest.
    expect(num(contactTotals(tyringe)[1])).toBe(n);
  });
});
