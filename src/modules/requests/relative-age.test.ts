// The närstående's age (issue 15): asked (optionally) on the contact form in every language,
// stored as an age band, and usable in the municipality's routing rules ("the närstående is 65
// or older"), configured by the admin in the settings form. Children's rules still come first;
// a referral (which carries no närstående age) never meets such a rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, type Page, type TestApp } from '../../../test/harness.js';
import { openContactStep } from '../../../test/contact-flow.js';
import { AGE_BANDS, CONTENT_LOCALES } from '../../platform/domain/vocab.js';
import type { RoutingRule } from '../../platform/tenancy/settings.js';
import { routeReferral } from '../referrals/routing.js';
import { bandAtLeast, routeRequest } from './routing.js';
import { REQUESTS_MESSAGES } from './messages.js';
import { anonymousForm, sendForm, submitAndFollow } from '../../../test/requests.js';

describe('rules on the närstående’s minimum age', () => {
  const rules: RoutingRule[] = [
    { targetGroup: 'older', relativeAtLeast: 65, routeToUnitId: 'respite', note: 'Avlösning 65+' },
    { carerUnder: 18, routeToUnitId: 'children', note: 'Barn' },
    { routeToUnitId: 'common', note: '' },
  ];
  const units = new Set(['respite', 'children', 'common']);
  it('a band meets the age only when all of it does', () => {
    expect(AGE_BANDS.filter((b) => bandAtLeast(b, 65))).toEqual(['65_79', '80_plus']);
    expect(AGE_BANDS.filter((b) => bandAtLeast(b, 70))).toEqual(['80_plus']);
  });
  it('routes by the närstående’s age; an unknown age never meets the condition; children first', () => {
    expect(routeRequest(rules, { targetGroup: 'older', relativeAgeBand: '80_plus', ageBand: '45_64' }, units)?.routeToUnitId).toBe('respite');
    expect(routeRequest(rules, { targetGroup: 'older', relativeAgeBand: '45_64', ageBand: '45_64' }, units)).toBeUndefined();
    expect(routeRequest(rules, { targetGroup: 'older', ageBand: '45_64' }, units)).toBeUndefined();
    expect(routeRequest(rules, { targetGroup: 'disability', relativeAgeBand: '80_plus' }, units)).toBeUndefined();
    expect(routeRequest(rules, { targetGroup: 'older', relativeAgeBand: '80_plus', ageBand: '13_17' }, units)?.routeToUnitId).toBe('children');
    expect(routeReferral(rules, 'older', '45_64', units)).toEqual({ unitId: 'common', note: '' });
  });
  it('the question has its text in all seven languages', () => {
    for (const l of CONTENT_LOCALES) {
      const m = REQUESTS_MESSAGES[l];
      const filled = (k: string) => (m[k] ?? '').length > 0;
      expect([l, filled('requests.relativeAge.label'), filled('requests.relativeAge.unknown'), AGE_BANDS.every((b) => filled(`requests.age.${b}`))]).toEqual([l, true, true, true]);
    }
  });
});

describe.each(DIALECTS)('the närstående’s age on %s', (dialect) => {
  let t: TestApp;
  const URL = '/hassleholm/personal/admin/installningar';
  const unitId = (key: string) => t.seeds.get('hassleholm')!.unitIds.get(key)!;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
  });
  afterAll(async () => t?.close());

  const formOf = (page: Page, over: Record<string, string>) => {
    // Checked boxes of one name (the offered languages) are sent as a list, as a browser does.
    const out: Record<string, string | string[]> = {};
    page.$('form[action$="/installningar"] :input[name]').each((_, el) => {
      const e = page.$(el);
      const name = e.attr('name')!;
      const type = e.attr('type');
      if (name === '_csrf' || ((type === 'radio' || type === 'checkbox') && e.attr('checked') === undefined)) return;
      const value = e.is('select') ? (e.find('option[selected]').attr('value') ?? '') : e.is('textarea') ? e.text() : (e.attr('value') ?? '');
      const had = out[name];
      out[name] = type === 'checkbox' && had !== undefined ? [...(Array.isArray(had) ? had : [had]), value] : value;
    });
    return { ...out, ...over };
  };
  const routedOf = async (reference: string) => (await t.db.selectFrom('contact_requests').select(['routed_unit_id', 'relative_age_band', 'id'])
    .where('reference', '=', reference).executeTakeFirstOrThrow());

  it('the admin adds “närstående 65 or older → unit”; requests follow it; staff see the närstående’s age', async () => {
    const admin = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'admin').email);
    const page = await admin.get(URL);
    const bad = await admin.post(URL, formOf(page, { rule2_targetGroup: 'older', rule2_relativeAtLeast: 'sextiofem', rule2_unitId: unitId('cebe-spec') }));
    expect(bad.status).toBe(400);
    expect(bad.$('.error-summary a[href="#f-rule2_relativeAtLeast"]').length).toBe(1);
    const saved = await admin.post(URL, formOf(page, { rule2_targetGroup: 'older', rule2_relativeAtLeast: '65', rule2_unitId: unitId('cebe-spec'), rule2_note: 'Avlösning när den närstående är 65 år eller äldre' }));
    expect(saved.status).toBe(303);
    const settings = JSON.parse((await t.db.selectFrom('tenants').select('settings').where('slug', '=', 'hassleholm').executeTakeFirstOrThrow()).settings);
    expect(settings.routing).toContainEqual({ targetGroup: 'older', relativeAtLeast: 65, routeToUnitId: unitId('cebe-spec'), note: 'Avlösning när den närstående är 65 år eller äldre' });
    expect((await admin.get(URL)).$('#f-rule2_relativeAtLeast').val()).toBe('65');

    // Asked in the stepped form's "närstående" step.
    const form = await openContactStep(new Agent(t.app), 'hassleholm', 'narstaende', anonymousForm);
    expect(form.$('label[for="f-relativeAgeBand"]').text()).toBe('Hur gammal är din närstående?');
    expect(form.$('#f-relativeAgeBand option').length).toBe(AGE_BANDS.length + 1);
    const english = new Agent(t.app);
    await english.get('/hassleholm/kontakt?lang=en');
    expect((await openContactStep(english, 'hassleholm', 'narstaende', anonymousForm)).$('label[for="f-relativeAgeBand"]').text()).toBe('How old is the person you care for?');
    const wrong = await sendForm(t, new Agent(t.app), 'hassleholm', { ...anonymousForm, relativeAgeBand: 'old' });
    expect(wrong.status).toBe(400);
    expect(wrong.$('.error-summary a[href="#f-relativeAgeBand"]').length).toBe(1);

    const old = await submitAndFollow(t, 'hassleholm', { ...anonymousForm, targetGroup: 'older', relativeAgeBand: '80_plus' });
    const r1 = await routedOf(old.status.$('.reference').text());
    expect([r1.routed_unit_id, r1.relative_age_band]).toEqual([unitId('cebe-spec'), '80_plus']);
    const younger = await submitAndFollow(t, 'hassleholm', { ...anonymousForm, targetGroup: 'older', relativeAgeBand: '45_64' });
    expect((await routedOf(younger.status.$('.reference').text())).routed_unit_id).not.toBe(unitId('cebe-spec'));
    const unknown = await submitAndFollow(t, 'hassleholm', { ...anonymousForm, targetGroup: 'older', relativeAgeBand: '' });
    const r3 = await routedOf(unknown.status.$('.reference').text());
    expect([r3.routed_unit_id === unitId('cebe-spec'), r3.relative_age_band]).toEqual([false, null]);
    // A child who cares for an 80-year-old goes by the children's rule.
    const child = await submitAndFollow(t, 'hassleholm', { ...anonymousForm, targetGroup: 'older', relativeAgeBand: '80_plus', ageBand: '13_17' });
    expect((await routedOf(child.status.$('.reference').text())).routed_unit_id).toBe(unitId('bus'));

    const strateg = await signIn(t.app, 'hassleholm', 'ulrika.palm@hassleholm.example.se');
    const detail = await strateg.get(`/hassleholm/personal/forfragningar/${(await routedOf(younger.status.$('.reference').text())).id}`);
    expect(detail.status).toBe(200);
    expect(detail.$('dt:contains("Den närståendes ålder") + dd').text().trim()).toBe('45–64 år');
  });
});
