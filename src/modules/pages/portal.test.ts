import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { findTenantBySlug } from '../../platform/tenancy/tenancy.js';
import { anonymousForm, submitAndFollow } from '../requests/test-helpers.js';

const settingsUrl = '/hassleholm/personal/portal/installningar';

describe.each(DIALECTS)('portal start page, alias and settings on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'herrljunga'] });
  });
  afterAll(async () => t?.close());

  const currentSettings = async () => (await findTenantBySlug(t.db, 'hassleholm'))!.settings;
  const settingsForm = async () => {
    const s = await currentSettings();
    return { shortAlias: s.shortAlias ?? '', contactPhone: s.contactPhone, contactEmail: s.contactEmail, contactRetentionDays: String(s.contactRetentionDays), intro_sv: s.intro.sv ?? '' };
  };

  it('answers /{kommun} and /{kommun}/ with the start page: who is a carer, what there is, how to reach someone', async () => {
    const a = new Agent(t.app);
    for (const url of ['/hassleholm', '/hassleholm/']) {
      const res = await a.get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      expect(text(res)).toContain(t.seeds.get('hassleholm')!.data.intro.sv);
      expect(text(res)).toContain('Är du anhörig?');
      const links = res.$('main a').map((_, e) => res.$(e).attr('href')).get();
      for (const href of ['/hassleholm/kontakt', '/hassleholm/stod', '/hassleholm/information', '/hassleholm/aktiviteter', '/hassleholm/belastningskoll', '/hassleholm/samarbetspartner']) {
        expect(links).toContain(href);
      }
    }
    const en = await a.get('/herrljunga?lang=en');
    expect(text(en)).toContain(t.seeds.get('herrljunga')!.data.intro.en!);
    const fi = await a.get('/herrljunga?lang=fi');
    // No Finnish intro: the Swedish one, marked as Swedish.
    expect(fi.$('.lede').attr('lang')).toBe('sv');
    expect((await a.get('/ingenstans')).status).toBe(404);
  });

  it('redirects the short alias to the start page, and nothing else', async () => {
    const a = new Agent(t.app);
    const res = await a.get('/hassleholm/a-stod');
    expect([302, 303]).toContain(res.status);
    expect(res.location).toBe('/hassleholm');
    expect((await a.get('/herrljunga/a-stod')).status).toBe(404);
    expect((await a.get('/hassleholm/b-stod')).status).toBe(404);
    expect((await a.get('/hassleholm/A-STOD')).status).toBe(404);
  });

  it('lets the admin change the alias and the start-page text; a taken or malformed alias is refused', async () => {
    const admin = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'admin').email);
    const page = await admin.get(settingsUrl);
    expect(page.status).toBe(200);
    expect(page.$('#f-shortAlias').attr('value')).toBe('a-stod');
    const base = await settingsForm();
    const saved = await admin.post(settingsUrl, { ...base, shortAlias: 'anhorig', intro_sv: 'Ny inledning för anhöriga i Hässleholm.', 'intro_sv-easy': 'Ny text på lätt svenska.' });
    expect(saved.status).toBe(303);
    const a = new Agent(t.app);
    expect((await a.get('/hassleholm/anhorig')).location).toBe('/hassleholm');
    expect((await a.get('/hassleholm/a-stod')).status).toBe(404);
    expect(text(await a.get('/hassleholm'))).toContain('Ny inledning för anhöriga i Hässleholm.');
    expect(text(await a.get('/hassleholm?lang=sv-easy'))).toContain('Ny text på lätt svenska.');
    const audit = await t.db.selectFrom('audit_log').select('action').where('action', '=', 'settings.portal.update').execute();
    expect(audit).toHaveLength(1);
    const before = JSON.stringify(await currentSettings());
    const cases: [Record<string, string>, string, string][] = [
      [{ ...base, shortAlias: 'kontakt' }, 'shortAlias', 'används redan av en sida'],
      [{ ...base, shortAlias: 'personal' }, 'shortAlias', 'används redan av en sida'],
      [{ ...base, shortAlias: 'Ä B' }, 'shortAlias', 'små bokstäver'],
      [{ ...base, shortAlias: 'x'.repeat(41) }, 'shortAlias', 'Högst 40 tecken'],
      [{ ...base, contactEmail: 'inte-en-adress' }, 'contactEmail', 'giltig e-postadress'],
      [{ ...base, contactRetentionDays: '400' }, 'contactRetentionDays', 'mellan 0 och 365'],
      [{ ...base, intro_sv: '', intro_en: 'Only English' }, 'intro_sv', 'på svenska först'],
      [{ ...base, owner: 'x' }, '_form', 'okända fält'],
    ];
    for (const [form, field, message] of cases) {
      const res = await admin.post(settingsUrl, form);
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(res.$('.error-summary').text()).toContain(message);
    }
    expect(JSON.stringify(await currentSettings())).toBe(before);
    // Put the demo alias back for the other tests.
    expect((await admin.post(settingsUrl, { ...base })).status).toBe(303);
  });

  it('lets the admin add, move and remove routing rules, and the form then follows them', async () => {
    const admin = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'admin').email);
    const units = t.seeds.get('hassleholm')!.unitIds;
    const before = (await currentSettings()).routing.length;
    const add = await admin.post(`${settingsUrl}/regler`, { targetGroup: 'substance_use', carerUnder: '', routeToUnitId: units.get('novum')!, note: 'Anhöriga till personer med beroende får stöd av Novum.' });
    expect(add.status).toBe(303);
    const rules = (await currentSettings()).routing;
    expect(rules).toHaveLength(before + 1);
    // A rule with a condition goes before the rule for everything else.
    expect(rules[rules.length - 1].targetGroup).toBeUndefined();
    expect(rules[rules.length - 2].routeToUnitId).toBe(units.get('novum'));
    const { status } = await submitAndFollow(t, 'hassleholm', { ...anonymousForm, targetGroup: 'substance_use' });
    expect(text(status)).toContain('Novum');
    // Bad rules: unknown unit, another municipality's unit, no note.
    const herrljungaUnit = t.seeds.get('herrljunga')!.unitIds.get('vuxenenheten')!;
    for (const form of [
      { targetGroup: 'older', routeToUnitId: '00000000-0000-4000-8000-000000000000', note: 'x' },
      { targetGroup: 'older', routeToUnitId: herrljungaUnit, note: 'x' },
      { targetGroup: 'older', routeToUnitId: units.get('novum')!, note: '' },
      { targetGroup: 'dragons', routeToUnitId: units.get('novum')!, note: 'x' },
    ]) {
      const res = await admin.post(`${settingsUrl}/regler`, form);
      expect(res.status).toBe(400);
      expect(res.$('.error-summary li').length).toBeGreaterThan(0);
    }
    expect((await currentSettings()).routing).toHaveLength(before + 1);
    const idx = rules.length - 2;
    expect((await admin.post(`${settingsUrl}/regler/${idx}/upp`)).status).toBe(303);
    expect((await currentSettings()).routing[idx - 1].routeToUnitId).toBe(units.get('novum'));
    expect((await admin.post(`${settingsUrl}/regler/${idx - 1}/ta-bort`)).status).toBe(303);
    expect((await currentSettings()).routing).toHaveLength(before);
    expect((await admin.post(`${settingsUrl}/regler/99/ta-bort`)).status).toBe(404);
    expect((await admin.post(`${settingsUrl}/regler/0/upp`)).status).toBe(404);
  });

  it('keeps the settings to settings:admin', async () => {
    const specialist = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    expect((await specialist.get(settingsUrl)).status).toBe(403);
    expect((await specialist.post(settingsUrl, { shortAlias: 'kapning' })).status).toBe(403);
    expect((await specialist.post(`${settingsUrl}/regler/0/ta-bort`)).status).toBe(403);
    const citizen = await new Agent(t.app).get(settingsUrl);
    expect(citizen.status).toBe(303);
    const other = await signIn(t.app, 'herrljunga', demoUser(t, 'herrljunga', 'admin').email);
    const res = await other.post('/herrljunga/personal/portal/installningar', { shortAlias: 'a-stod', contactRetentionDays: '30' }, { csrf: null });
    expect(res.status).toBe(403);
    expect((await currentSettings()).shortAlias).toBe('a-stod');
  });
});
