// The public portal on a 360 px phone with JavaScript off, by keyboard alone: start page →
// an information page in lätt svenska and Arabic (right to left) → the contact form,
// anonymously → the private status page → withdrawal; and the accessibility statement → a
// report of a problem. Axe on every page, in Swedish and Arabic.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { expectNoAxeViolations, signInUi, startRig, type BrowserRig, activate, tabTo } from './browser.js';
import { fillStepsByMouse, walkStepsByKeyboard } from './contact-steps.js';

describe('public portal on a phone, keyboard only, without JavaScript', () => {
  let rig: BrowserRig;
  let ctx: BrowserContext;
  beforeAll(async () => {
    rig = await startRig({ slugs: ['hassleholm', 'herrljunga'] });
  });
  afterAll(async () => {
    await ctx?.close();
    await rig?.close();
  });

  const phone = () => rig.browser.newContext({
    baseURL: rig.base, javaScriptEnabled: false, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport: { width: 360, height: 740 }, isMobile: true,
  });

  it('goes from the start page through information in lätt svenska and Arabic to a sent, withdrawn request', async () => {
    ctx = await phone();
    const page = await ctx.newPage();
    const data = rig.t.seeds.get('hassleholm')!.data.pages.find((p) => p.title['sv-easy'] && p.title.ar && p.body.ar)!;

    expect((await page.goto('/hassleholm'))?.status()).toBe(200);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/portal-start.png', fullPage: true });
    // Nothing is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await activate(page, `main a[href="/hassleholm/information/${data.slug}"]`);
    expect(await page.locator('h1').textContent()).toBe(data.title.sv);
    await expectNoAxeViolations(page);

    await activate(page, '.lang-switcher a[href$="lang=sv-easy"]');
    expect(await page.locator('h1').textContent()).toBe(data.title['sv-easy']);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/portal-page-easy.png', fullPage: true });

    await activate(page, '.lang-switcher a[hreflang="ar"]');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator('h1').textContent()).toBe(data.title.ar);
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: 'test-results/portal-page-ar.png', fullPage: true });

    // On to the contact form, still in Arabic.
    // On a phone the navigation is behind "Meny" (in Arabic): Enter opens it.
    await tabTo(page, '.menu > summary');
    expect(await page.locator('.menu > summary').textContent()).toBe('القائمة');
    await page.keyboard.press('Enter');
    await activate(page, '.menu nav.nav a[href="/hassleholm/kontakt"]');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator('h1').textContent()).toBe('أريد أن يتصلوا بي');
    // The steps (e2e/contact-steps.ts), with the error summary of a missing consent, axe on every page.
    await walkStepsByKeyboard(page, { alias: 'Nour', phone: '070-246 80 24', beforeSubmit: () => rig.t.clock.advance(5000) });
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator('.reference').textContent()).toMatch(/^K-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/portal-status-ar.png', fullPage: true });

    await activate(page, 'main a.button-warning');
    await expectNoAxeViolations(page);
    await activate(page, 'main button.button-warning');
    expect(await page.locator('main').textContent()).toContain('حُذفت معلومات التواصل الخاصة بك');
    await expectNoAxeViolations(page);
    const rows = await rig.t.db.selectFrom('contact_requests').select(['status', 'name', 'phone']).where('status', '=', 'withdrawn').execute();
    expect(rows).toEqual([{ status: 'withdrawn', name: null, phone: null }]);
  });

  it('does the same anonymous request in Swedish, from the start page’s button to the status page', async () => {
    const c = await phone();
    const page = await c.newPage();
    expect((await page.goto('/herrljunga?lang=sv'))?.status()).toBe(200);
    await expectNoAxeViolations(page);
    await activate(page, 'main a.button-primary[href="/herrljunga/kontakt"]');
    expect(await page.locator('h1').textContent()).toBe('Jag vill bli kontaktad');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/portal-form-sv.png', fullPage: true });
    await walkStepsByKeyboard(page, { alias: 'Sigge', phone: '070-135 79 13', beforeSubmit: () => rig.t.clock.advance(5000) });
    expect(await page.locator('main').textContent()).toContain('Tack! Din förfrågan är skickad.');
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: 'test-results/portal-status-sv.png', fullPage: true });
    await activate(page, 'main a.button-warning');
    await activate(page, 'main button.button-warning');
    expect(await page.locator('main').textContent()).toContain('Dina kontaktuppgifter är raderade.');
    await expectNoAxeViolations(page);
    await c.close();
  });

  it('lets a specialist answer a request in the inbox, and staff edit pages and partners, with zero axe violations', async () => {
    const c = await rig.context({ javaScript: false });
    const page = await c.newPage();
    // A request about substance use in Herrljunga, for vuxenenheten's queue.
    const form = await c.newPage();
    await form.goto('/herrljunga/kontakt');
    await fillStepsByMouse(form, { alias: 'Alva', phone: '070-111 22 33', targetGroup: 'substance_use', ageBand: '25_44' });
    rig.t.clock.advance(5000);
    await Promise.all([form.waitForURL('**/kontakt/status/**'), form.click('button.button-primary')]);
    const reference = (await form.locator('.reference').textContent())!;

    const email = rig.t.seeds.get('herrljunga')!.data.staff.find((s) => s.key === 'behandlare-vuxen')!.email;
    await signInUi(page, 'herrljunga', email);
    await page.goto('/herrljunga/personal/forfragningar');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: reference }).click();
    expect(await page.locator('main').textContent()).toContain('070-111 22 33');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Ta den själv' }).click();
    await page.getByRole('button', { name: 'Markera som kontaktad' }).click();
    await page.getByRole('button', { name: 'Avsluta förfrågan' }).click();
    expect(await page.locator('.error-summary').count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.getByLabel('Stöd givet').check();
    await page.getByRole('button', { name: 'Avsluta förfrågan' }).click();
    expect(await page.locator('main').textContent()).toContain('Kontaktuppgifterna är raderade');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/portal-staff-request.png', fullPage: true });
    await c.close();

    const admin = await rig.context({ javaScript: false });
    const p2 = await admin.newPage();
    await signInUi(p2, 'hassleholm', rig.t.seeds.get('hassleholm')!.data.staff.find((s) => s.key === 'admin')!.email);
    for (const url of ['/hassleholm/personal/information', '/hassleholm/personal/information/ny', '/hassleholm/personal/samarbetspartner',
      '/hassleholm/personal/samarbetspartner/ny']) {
      expect((await p2.goto(url))?.status(), url).toBe(200);
      await expectNoAxeViolations(p2);
    }
    await p2.goto('/hassleholm/personal/information');
    await p2.locator('table a').first().click();
    await expectNoAxeViolations(p2);
    await p2.screenshot({ path: 'test-results/portal-page-editor.png', fullPage: true });
    await admin.close();
  });

  it('reports an accessibility problem from the statement, keyboard only, with an error summary first', async () => {
    const c = await phone();
    const page = await c.newPage();
    expect((await page.goto('/hassleholm/kontakt'))?.status()).toBe(200);
    // Every page links the statement from its footer.
    await activate(page, 'footer a[href="/hassleholm/tillganglighet"]');
    expect((await page.locator('h1').textContent())?.replace(/\u00ad/g, '')).toBe('Tillgänglighetsredogörelse');
    expect(await page.locator('main a[href="https://www.digg.se/tdosanmalan"]').count()).toBe(1);
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: 'test-results/portal-accessibility-statement.png', fullPage: true });

    await activate(page, 'main a[href="/hassleholm/tillganglighet/rapportera"]');
    expect(await page.locator('h1').textContent()).toBe('Rapportera brister i tillgängligheten');
    await expectNoAxeViolations(page);
    rig.t.clock.advance(5000);
    // Sent empty: the error summary, tied to the field.
    await tabTo(page, 'button[type="submit"].button-primary');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(await page.locator('.error-summary a[href="#f-message"]').count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/portal-accessibility-errors.png', fullPage: true });
    await tabTo(page, '#f-message');
    await page.keyboard.type('Knappen för att boka går inte att nå med tangentbordet.');
    await tabTo(page, 'button[type="submit"].button-primary');
    await Promise.all([page.waitForURL('**/tillganglighet/rapportera?skickad=1'), page.keyboard.press('Enter')]);
    expect(await page.locator('main').textContent()).toContain('Din rapport är skickad.');
    await expectNoAxeViolations(page);
    const rows = await rig.t.db.selectFrom('accessibility_feedback').select(['message', 'email']).execute();
    expect(rows).toEqual([{ message: 'Knappen för att boka går inte att nå med tangentbordet.', email: null }]);

    // The statement in an Arabic frame (the statement itself is Swedish, marked so).
    expect((await page.goto('/hassleholm/tillganglighet?lang=ar'))?.status()).toBe(200);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await expectNoAxeViolations(page);
    await c.close();
  });

  it('has zero axe violations on the partner directory and the information list, in Swedish and Arabic', async () => {
    const c = await phone();
    const page = await c.newPage();
    for (const url of ['/hassleholm/samarbetspartner?lang=sv', '/hassleholm/samarbetspartner?lang=ar&kind=association', '/hassleholm/information?lang=sv', '/hassleholm/information?lang=ar', '/hassleholm/a-stod']) {
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(200);
      await expectNoAxeViolations(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(360);
    }
    await page.goto('/hassleholm/samarbetspartner?lang=sv');
    await page.screenshot({ path: 'test-results/portal-partners.png', fullPage: true });
    await c.close();
  });
});
