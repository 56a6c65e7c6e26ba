// Offering conditions as data (issue 15): set on the offering form, stated in plain words on the
// public page in the reader's language, and used by the catalogue's "Din situation" filter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, type TestApp } from '../../../test/harness.js';

const respite = {
  title: 'Avlösning för dig som bor med din närstående', summary: 'Upp till tio timmar i månaden.', description: '', howToGet: 'Ring oss.',
  type: 'respite', supportKind: 'indirect', needsAssessment: 'no', providerKind: 'municipality', providerName: 'Anhörigstödet',
  languages: ['sv'], carerMinAge: '18', carerMaxAge: '', relativeMinAge: '', relativeMaxAge: '', livesTogether: 'yes',
  quantityAmount: '10', quantityUnit: 'hours', quantityPeriod: 'month', leadTimeDays: '7', timesOfDay: ['evening', 'night'],
  cost: 'Kostnadsfritt', contact: '08-000 00 00', sortOrder: '1',
};

describe.each(DIALECTS)('offering conditions on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
  });
  afterAll(async () => t?.close());

  it('stores the conditions, says them in plain words and filters on the reader’s situation', async () => {
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    const created = await staff.post('/hassleholm/personal/stod', { ...respite, publish: 'yes' });
    expect(created.status).toBe(303);
    const id = created.location!.split('?')[0].split('/').pop()!;
    const row = await t.db.selectFrom('offerings').select(['lives_together', 'quantity_amount', 'quantity_unit', 'quantity_period', 'lead_time_days', 'times_of_day'])
      .where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ lives_together: 'yes', quantity_amount: 10, quantity_unit: 'hours', quantity_period: 'month', lead_time_days: 7, times_of_day: '["evening","night"]' });
    const form = await staff.get(`/hassleholm/personal/stod/${id}`);
    expect(form.$('#f-quantityAmount').val()).toBe('10');
    expect(form.$('input[name="timesOfDay"]:checked').map((_, e) => form.$(e).val()).get()).toEqual(['evening', 'night']);

    const row_ = async (lang: string, dt: string) => {
      const p = await new Agent(t.app).get(`/hassleholm/stod/${id}?lang=${lang}`);
      return p.$(`dt:contains("${dt}") + dd`).text();
    };
    expect(await row_('sv', 'Omfattning')).toBe('Upp till 10 timmar i månaden');
    expect(await row_('sv', 'Bokas')).toBe('Minst 7 dagar i förväg');
    expect(await row_('sv', 'Tider')).toBe('kvällar, nätter');
    expect(await row_('sv', 'Boende')).toBe('För dig som bor med den du hjälper');
    expect(await row_('en', 'Amount')).toBe('Up to 10 hours a month');
    expect(await row_('sv-easy', 'Hur mycket')).toBe('Högst 10 timmar varje månad');
    expect(await row_('fi', 'Määrä')).toBe('Enintään 10 tuntia kuukaudessa');

    const titles = async (qs: string) => {
      const list = await new Agent(t.app).get(`/hassleholm/stod?type=respite${qs}`);
      expect(list.status).toBe(200);
      return list.$('.cards h2').map((_, e) => list.$(e).text()).get();
    };
    expect(await titles('')).toContain(respite.title);
    expect(await titles('&livesTogether=yes&carerAge=40')).toContain(respite.title);
    expect(await titles('&livesTogether=no')).not.toContain(respite.title);
    expect(await titles('&carerAge=15')).not.toContain(respite.title);
    expect(await titles('&carerAge=')).toContain(respite.title);
    const page = await new Agent(t.app).get('/hassleholm/stod');
    expect(page.$('fieldset legend').text()).toBe('Din situation');
    expect(page.$('label[for="f-carerAge"]').text()).toBe('Din ålder');
  });

  it('shows the conditions, short, on the catalogue card and in full on the page, with each language’s plurals', async () => {
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    const once = { ...respite, title: 'Korttidsvistelse en dag i veckan', targetGroups: ['dementia'], carerMinAge: '', relativeMinAge: '65', relativeMaxAge: '',
      livesTogether: 'any', quantityAmount: '1', quantityUnit: 'days', quantityPeriod: 'week', leadTimeDays: '1', timesOfDay: ['day'] };
    const created = await staff.post('/hassleholm/personal/stod', { ...once, publish: 'yes' });
    expect(created.status).toBe(303);
    const id = created.location!.split('?')[0].split('/').pop()!;

    const card = async (lang: string) => {
      const list = await new Agent(t.app).get(`/hassleholm/stod?type=respite&lang=${lang}`);
      const li = list.$('.cards > li').filter((_, e) => list.$(e).find(`a[href$="/stod/${id}"]`).length === 1);
      expect(li.length).toBe(1);
      return li.find('.conditions li').map((_, e) => list.$(e).text()).get();
    };
    expect(await card('sv')).toEqual(['För anhöriga till: Demenssjukdom', 'Den närståendes ålder: 65 år eller äldre',
      'Omfattning: Upp till 1 dag i veckan', 'Bokas: Minst 1 dag i förväg', 'Tider: dagtid']);
    expect(await card('sv-easy')).toContain('Hur mycket: Högst 1 dag varje vecka');
    expect(await card('en')).toEqual(expect.arrayContaining(['Age of the person you care for: 65 or older', 'Amount: Up to 1 day a week', 'Booking: At least 1 day ahead']));
    expect(await card('ar')).toContain('المقدار: حتى يوم واحد في الأسبوع');
    expect(await card('fi')).toContain('Määrä: Enintään 1 päivä viikossa');
    expect(await card('so')).toContain('Ballan: Ugu yaraan 1 maalin ka hor');

    const row = async (lang: string, dt: string) => (await new Agent(t.app).get(`/hassleholm/stod/${id}?lang=${lang}`)).$(`dt:contains("${dt}") + dd`).text();
    expect(await row('sv', 'Omfattning')).toBe('Upp till 1 dag i veckan');
    expect(await row('en', 'Booking')).toBe('At least 1 day ahead');
    expect(await row('ar', 'الحجز')).toBe('قبل يوم واحد على الأقل');
    expect(await row('fa', 'رزرو')).toBe('دست‌کم ۱ روز قبل');
    // Two of a unit take Arabic's dual; eleven its counted singular.
    expect((await staff.post(`/hassleholm/personal/stod/${id}`, { ...once, quantityAmount: '2', quantityUnit: 'hours', leadTimeDays: '11' })).status).toBe(303);
    expect(await row('ar', 'المقدار')).toBe('حتى ساعتين في الأسبوع');
    expect(await row('ar', 'الحجز')).toBe('قبل 11 يوماً على الأقل');
    expect(await row('sv', 'Omfattning')).toBe('Upp till 2 timmar i veckan');
    // The carer's age, in words with its unit.
    expect((await staff.post(`/hassleholm/personal/stod/${id}`, { ...once, carerMinAge: '13', carerMaxAge: '17' })).status).toBe(303);
    expect(await row('sv', 'Din ålder')).toBe('13–17 år');
    expect(await row('en', 'Your age')).toBe('13–17 years');
  });

  it('refuses a half-given quantity and stores nothing', async () => {
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    for (const [bad, field] of [[{ quantityUnit: '' }, 'quantityUnit'], [{ quantityAmount: 'tio' }, 'quantityAmount'], [{ livesTogether: 'kanske' }, 'livesTogether'],
      [{ timesOfDay: ['morgon'] }, 'timesOfDay'], [{ relativeMinAge: '80', relativeMaxAge: '65' }, 'relativeMaxAge']] as [Record<string, string | string[]>, string][]) {
      const res = await staff.post('/hassleholm/personal/stod', { ...respite, title: 'Ska inte sparas', ...bad, publish: 'no' });
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(res.$(`.error-summary a[href="#f-${field}"]`).length).toBe(1);
    }
    expect(await t.db.selectFrom('offerings').select('id').where('title', '=', 'Ska inte sparas').execute()).toEqual([]);
  });
});
