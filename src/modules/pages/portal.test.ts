import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';

describe.each(DIALECTS)('portal start page and alias on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'herrljunga'] });
  });
  afterAll(async () => t?.close());

  it('answers /{kommun} and /{kommun}/ with the start page: who is a carer, what there is, how to reach someone', async () => {
    const a = new Agent(t.app);
    for (const url of ['/hassleholm', '/hassleholm/']) {
      const res = await a.get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      expect(text(res)).toContain(t.seeds.get('hassleholm')!.data.intro.sv);
      expect(text(res)).toContain('Är du anhörig?');
      // A phone number, not only a form and an e-mail address (issue 16).
      expect(res.$('main a[href^="tel:"]').text()).toBe('070-174 06 53');
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

  it('has one place for the portal settings: the admin settings page (the old portal settings page is gone)', async () => {
    const admin = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'admin').email);
    expect((await admin.get('/hassleholm/personal/portal/installningar')).status).toBe(404);
    expect((await admin.post('/hassleholm/personal/portal/installningar/regler', { routeToUnitId: 'x' })).status).toBe(404);
    const home = await admin.get('/hassleholm/personal');
    const links = home.$('main .cards a').map((_, e) => home.$(e).attr('href')).get();
    expect(links).toContain('/hassleholm/personal/admin');
    expect(links.filter((h) => h.includes('/portal/'))).toEqual([]);
    const settings = await admin.get('/hassleholm/personal/admin/installningar');
    expect(settings.status).toBe(200);
    for (const field of ['shortAlias', 'contactPhone', 'contactEmail', 'contactRetentionDays', 'intro_sv', 'intro_en', 'rule0_unitId']) {
      expect({ field, n: settings.$(`[name="${field}"]`).length }).toEqual({ field, n: 1 });
    }
  });
});
