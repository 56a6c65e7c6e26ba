// The public navigation on a phone: folded into "Meny" (a <details>, no script) so that a page's
// own heading is on the first screen, opened with the keyboard, without axe violations in Swedish
// and Arabic, and the staff menu for a specialist out on a visit; on a wider screen the links stand in
// the header and "Meny" is not there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { activate, expectNoAxeViolations, signInUi, startRig, tabTo, type BrowserRig } from './browser.js';
import { demoUser } from '../test/harness.js';

const SLUG = 'hassleholm';
const NAV_LINKS = 7;

const visibleNavLinks = (page: Page) => page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('header nav.nav a'))
  .filter((a) => a.checkVisibility()).map((a) => a.getAttribute('href')));

describe('the public navigation on a phone', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig({ slugs: [SLUG] });
  });
  afterAll(async () => rig?.close());

  for (const [lang, menu, contact] of [['sv', 'Meny', 'Jag vill bli kontaktad'], ['ar', 'القائمة', 'أريد أن يتصلوا بي']] as const) {
    it(`keeps the links behind "${menu}" and opens it with the keyboard, in ${lang}`, async () => {
      const page = await (await rig.context({ phone: true, javaScript: false })).newPage();
      await page.goto(`/${SLUG}/stod?lang=${lang}`);
      // The page's own heading is on the first screen, in its upper half.
      const h1 = await page.locator('main h1').evaluate((h) => h.getBoundingClientRect().bottom);
      expect(h1).toBeLessThan(740 / 2);
      expect(await visibleNavLinks(page)).toEqual([]);
      await expectNoAxeViolations(page);

      await tabTo(page, '.menu > summary');
      expect((await page.locator('.menu > summary').textContent())?.trim()).toBe(menu);
      await page.keyboard.press('Enter');
      const links = await visibleNavLinks(page);
      expect(links).toHaveLength(NAV_LINKS);
      expect(await page.locator('.menu nav.nav a[aria-current="page"]').getAttribute('href')).toBe(`/${SLUG}/stod`);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `test-results/phone-menu-${lang}.png` });

      // The next Tab is the first link in the menu; on to the contact form.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`/${SLUG}`);
      await activate(page, `.menu nav.nav a[href="/${SLUG}/kontakt"]`);
      expect(await page.locator('h1').textContent()).toBe(contact);
      expect(await page.locator('.menu').getAttribute('open')).toBeNull();
      await page.context().close();
    });
  }

  it('folds the staff menu the same way for a specialist on a phone', async () => {
    const page = await (await rig.context({ phone: true, javaScript: false })).newPage();
    await signInUi(page, SLUG, demoUser(rig.t, SLUG, 'specialist').email);
    await page.goto(`/${SLUG}/personal/inkorg`);
    const h1 = await page.locator('main h1').evaluate((h) => h.getBoundingClientRect().bottom);
    expect(h1).toBeLessThan(740 / 2);
    expect(await visibleNavLinks(page)).toEqual([]);
    await tabTo(page, '.menu > summary');
    await page.keyboard.press('Enter');
    expect(await visibleNavLinks(page)).toContain(`/${SLUG}/personal/anhoriga`);
    expect(await page.locator('.menu nav a[aria-current="page"]').textContent()).toBe('Inkorg');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/phone-menu-staff.png' });
    await activate(page, `.menu nav a[href="/${SLUG}/personal/anhoriga"]`);
    expect(await page.locator('h1').textContent()).toBe('Identifierade anhöriga');
    await page.context().close();
  });

  it('shows the links themselves in the header on a wider screen, and no "Meny"', async () => {
    const page = await (await rig.context({ javaScript: false })).newPage();
    await page.goto(`/${SLUG}/aktiviteter`);
    expect(await page.locator('.menu').isVisible()).toBe(false);
    expect(await visibleNavLinks(page)).toHaveLength(NAV_LINKS);
    expect(await page.locator('.nav-wide a[aria-current="page"]').getAttribute('href')).toBe(`/${SLUG}/aktiviteter`);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
