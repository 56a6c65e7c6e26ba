import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type Page, type TestApp } from '../../../test/harness.js';
import { mergeSettings } from './settings-admin.js';

const URL = '/hassleholm/personal/admin/installningar';

describe('merging settings', () => {
  it('keeps keys the form does not know, validates the rest, and refuses invalid values', () => {
    const stored = JSON.stringify({ specialistTitle: 'anhörigstrateg', futureSetting: { enabled: true }, intro: { sv: 'Hej', ar: 'مرحبا', custom: 'kvar' } });
    // The form sends every language it has text for: Arabic was emptied, English added.
    const ok = mergeSettings(stored, { specialistTitle: 'anhörigsamordnare', intro: { sv: 'Hej', en: 'Hello' } });
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    const saved = JSON.parse(ok.json);
    expect(saved.futureSetting).toEqual({ enabled: true });
    expect(saved.specialistTitle).toBe('anhörigsamordnare');
    expect(saved.intro).toEqual({ sv: 'Hej', custom: 'kvar', en: 'Hello' });
    expect(saved.intro.ar).toBeUndefined();
    expect(saved.suppressionThreshold).toBe(5); // defaults filled in
    const bad = mergeSettings(stored, { suppressionThreshold: 0 });
    expect(bad).toEqual({ ok: false, errors: { suppressionThreshold: expect.any(String) } });
    expect(mergeSettings('not json', {}).ok).toBe(true);
  });
});

describe.each(DIALECTS)('settings editor on %s', (dialect) => {
  let t: TestApp;
  let admin: Agent;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'herrljunga'] });
    admin = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'admin').email);
  });
  afterAll(async () => t?.close());

  const tenantId = () => t.seeds.get('hassleholm')!.tenantId;
  const unitId = (key: string) => t.seeds.get('hassleholm')!.unitIds.get(key)!;
  const stored = async () => (await t.db.selectFrom('tenants').select('settings').where('id', '=', tenantId()).executeTakeFirstOrThrow()).settings;
  /** Every field of the form as the browser would send it, with overrides. */
  const formOf = (page: Page, over: Record<string, string | undefined> = {}) => {
    const out: Record<string, string | string[]> = {};
    page.$('form[action$="/installningar"] :input[name]').each((_, el) => {
      const e = page.$(el);
      const name = e.attr('name')!;
      if (name === '_csrf') return;
      const type = e.attr('type');
      if ((type === 'radio' || type === 'checkbox') && e.attr('checked') === undefined) return;
      const value = e.is('select') ? (e.find('option[selected]').attr('value') ?? '') : e.is('textarea') ? e.text() : (e.attr('value') ?? '');
      // Checkboxes sharing a name (the offered languages) are sent as a list, as a browser does.
      const prev = out[name];
      out[name] = type === 'checkbox' && prev !== undefined ? [...(Array.isArray(prev) ? prev : [prev]), value] : value;
    });
    for (const [k, v] of Object.entries(over)) {
      if (v === undefined) delete out[k];
      else out[k] = v;
    }
    return out;
  };

  it('shows the municipality’s current settings', async () => {
    const page = await admin.get(URL);
    expect(page.status).toBe(200);
    expect(page.$('#f-specialistTitle').val()).toBe('anhörigstrateg');
    expect(page.$('#f-shortAlias').val()).toBe('a-stod');
    expect(page.$('#f-rule0_carerUnder').val()).toBe('18');
    expect(page.$('#f-rule0_unitId option[selected]').attr('value')).toBe(unitId('bus'));
    expect(page.$('#f-rule1_unitId option[selected]').attr('value')).toBe(unitId('anhorigstod'));
    expect(page.$('#f-intro_sv').text()).toContain('Hässleholm');
    expect(page.$('input[name="documentationPolicy"][value="journal"]').attr('checked')).toBeDefined();
  });

  it('saves every field, adds and removes routing rules, and keeps settings it does not know', async () => {
    // A setting another module added (or a newer version): not on this form, must survive.
    const before = JSON.parse(await stored());
    await t.db.updateTable('tenants').set({ settings: JSON.stringify({ ...before, bookingReminderHours: 24, futureFlag: 'kvar' }) }).where('id', '=', tenantId()).execute();
    const page = await admin.get(URL);
    const res = await admin.post(URL, formOf(page, {
      specialistTitle: 'anhörigsamordnare', specialistTitlePlural: 'anhörigsamordnare', carerMinAge: '18', documentationPolicy: 'none',
      shortAlias: 'anhorig', population: '52 500', suppressionThreshold: '3', contactTargetWorkingDays: '3', waitlistConfirmHours: '24',
      carerRetentionMonths: '36', contactRetentionDays: '14', ambassadorTrainingMonths: '24', contactPhone: '0451-00 00 00', contactEmail: 'anhorigstod@hassleholm.example.se',
      carerAccountInactivityMonths: '18', messageRetentionMonths: '6',
      'intro_en': 'Support for carers in Hässleholm.', 'intro_sv-easy': '',
      rule0_remove: 'on',
      rule2_targetGroup: 'substance_use', rule2_carerUnder: '', rule2_unitId: unitId('novum'), rule2_note: 'Missbruk: Novum',
    }));
    expect(res.status).toBe(303);
    const after = JSON.parse(await stored());
    expect(after).toMatchObject({
      specialistTitle: 'anhörigsamordnare', carerMinAge: 18, documentationPolicy: 'none', shortAlias: 'anhorig', population: 52500,
      suppressionThreshold: 3, contactTargetWorkingDays: 3, waitlistConfirmHours: 24, carerRetentionMonths: 36, contactRetentionDays: 14, ambassadorTrainingMonths: 24,
      contactPhone: '0451-00 00 00', contactEmail: 'anhorigstod@hassleholm.example.se', bookingReminderHours: 24, futureFlag: 'kvar',
      carerAccountInactivityMonths: 18, messageRetentionMonths: 6,
    });
    expect(after.intro.en).toBe('Support for carers in Hässleholm.');
    expect(after.intro.sv).toBe(before.intro.sv);
    expect(after.intro['sv-easy']).toBeUndefined();
    expect(after.routing).toEqual([
      { routeToUnitId: unitId('anhorigstod'), note: before.routing[1].note },
      { targetGroup: 'substance_use', routeToUnitId: unitId('novum'), note: 'Missbruk: Novum' },
    ]);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'settings.update').execute();
    expect(audit.length).toBe(1);
    // The Mina sidor periods are on the form with their stored values; a bad one is refused with a message.
    const withPeriods = await admin.get(URL);
    expect(withPeriods.$('#f-carerAccountInactivityMonths').val()).toBe('18');
    expect(withPeriods.$('#f-messageRetentionMonths').val()).toBe('6');
    const bad = await admin.post(URL, formOf(withPeriods, { messageRetentionMonths: '0' }));
    expect(bad.status).toBe(400);
    expect(bad.$('.error-summary a[href="#f-messageRetentionMonths"]').length).toBe(1);
    expect(JSON.parse(await stored()).messageRetentionMonths).toBe(6);
    // The new terminology shows where roles are named.
    const users = await admin.get('/hassleholm/personal/admin/anvandare');
    expect(text(users)).toContain('Anhörigsamordnare');
    const again = await admin.get(`${URL}?sparad=1`);
    expect(text(again)).toContain('sparade');
    expect(again.$('#f-population').val()).toBe('52500');
    expect(again.$('#f-contactRetentionDays').val()).toBe('14');
    // The portal follows at once: the new alias leads to the start page, the old one is gone,
    // and the start page shows the new text and contact details.
    const citizen = new Agent(t.app);
    expect((await citizen.get('/hassleholm/anhorig')).location).toBe('/hassleholm');
    expect((await citizen.get('/hassleholm/a-stod')).status).toBe(404);
    expect(text(await citizen.get('/hassleholm?lang=en'))).toContain('Support for carers in Hässleholm.');
    expect(text(await citizen.get('/hassleholm?lang=sv-easy'))).toContain(before.intro.sv);
    expect(text(await citizen.get('/hassleholm'))).toContain('0451-00 00 00');
  });

  it.each([
    ['a missing title', { specialistTitle: '' }, 'specialistTitle'],
    ['a population that is not a number', { population: 'många' }, 'population'],
    ['a threshold of zero', { suppressionThreshold: '0' }, 'suppressionThreshold'],
    ['hours out of range', { waitlistConfirmHours: '1000' }, 'waitlistConfirmHours'],
    ['a bad alias', { shortAlias: 'A Stöd' }, 'shortAlias'],
    ['another municipality’s slug as alias', { shortAlias: 'herrljunga' }, 'shortAlias'],
    ['a path the app uses itself as alias', { shortAlias: 'kontakt' }, 'shortAlias'],
    ['a bad e-mail', { contactEmail: 'anhorigstod' }, 'contactEmail'],
    ['an unknown policy', { documentationPolicy: 'everything' }, 'documentationPolicy'],
    ['a rule without a unit', { rule3_note: 'Glömde enheten' }, 'rule3_unitId'],
    ['a rule to another municipality’s unit', { rule3_unitId: 'OTHER' }, 'rule3_unitId'],
    ['a rule with a bad age', { rule3_unitId: 'OWN', rule3_carerUnder: 'ung' }, 'rule3_carerUnder'],
    ['a violence unit from another municipality', { violenceUnitId: 'OTHER' }, 'violenceUnitId'],
    ['a violence unit that is not an id', { violenceUnitId: 'vald' }, 'violenceUnitId'],
    ['a too long intro', { intro_sv: 'x'.repeat(2001) }, 'intro_sv'],
    ['an intro in English without Swedish', { intro_sv: '', intro_en: 'Only English' }, 'intro_sv'],
    ['a retention of contact details beyond a year', { contactRetentionDays: '400' }, 'contactRetentionDays'],
    ['no retention of contact details', { contactRetentionDays: '' }, 'contactRetentionDays'],
    ['an unknown field', { theme: 'dark' }, '_form'],
  ])('rejects %s with a message at the field, and stores nothing', async (_label, over, field) => {
    const before = await stored();
    const page = await admin.get(URL);
    const values = Object.fromEntries(Object.entries(over).map(([k, v]) => [k,
      v === 'OTHER' ? t.seeds.get('herrljunga')!.unitIds.values().next().value! : v === 'OWN' ? unitId('novum') : v]));
    const res = await admin.post(URL, formOf(page, values));
    expect(res.status).toBe(400);
    expect(res.$('.error-summary li').length).toBeGreaterThan(0);
    if (field !== '_form') {
      expect(res.$(`#f-${field}-error`).text()).not.toBe('');
      expect(res.$(`.error-summary a[href="#f-${field}"]`).length).toBe(1);
    }
    expect(await stored()).toBe(before);
  });

  it('refuses without a CSRF token and for roles without settings:admin', async () => {
    const before = await stored();
    const page = await admin.get(URL);
    expect((await admin.post(URL, formOf(page, { specialistTitle: 'utan token' }), { csrf: null })).status).toBe(403);
    const specialist = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    expect((await specialist.get(URL)).status).toBe(403);
    expect((await specialist.post(URL, formOf(page, { specialistTitle: 'smyg' }))).status).toBe(403);
    expect(await stored()).toBe(before);
  });

  it('sets and clears the unit that takes violence-flagged requests and referrals (issue 15)', async () => {
    const page = await admin.get(URL);
    expect(page.$('#f-violenceUnitId option[selected]').length).toBe(0);
    expect(page.$('label[for="f-violenceUnitId"]').text()).toContain('våld i nära relation');
    expect((await admin.post(URL, formOf(page, { violenceUnitId: unitId('novum') }))).status).toBe(303);
    expect(JSON.parse(await stored()).violenceUnitId).toBe(unitId('novum'));
    const again = await admin.get(URL);
    expect(again.$('#f-violenceUnitId option[selected]').attr('value')).toBe(unitId('novum'));
    expect((await admin.post(URL, formOf(again, { violenceUnitId: '' }))).status).toBe(303);
    expect(JSON.parse(await stored()).violenceUnitId).toBeNull();
  });

  it('warns when no rule takes the requests that no other rule matches', async () => {
    const page = await admin.get(URL);
    expect(page.$('.banner-warning').text()).not.toContain('Ingen enhet tar emot övriga förfrågningar');
    const catchAll = [0, 1, 2, 3].find((i) => page.$(`#f-rule${i}_unitId option[selected]`).length > 0 && !page.$(`#f-rule${i}_targetGroup option[selected]`).attr('value') && !page.$(`#f-rule${i}_carerUnder`).val());
    expect(catchAll).toBeDefined();
    expect((await admin.post(URL, formOf(page, { [`rule${catchAll}_remove`]: 'on' }))).status).toBe(303);
    expect(text(await admin.get(URL))).toContain('Ingen enhet tar emot övriga förfrågningar');
  });
});
