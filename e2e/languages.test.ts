// The public pages in all seven languages on a phone (issue 16): start, support catalogue, an
// information page, activities, an event and its booking form, each with axe (zero
// violations), nothing wider than the phone, the page's lang and direction right; the
// language switcher reached and used with the keyboard alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, startRig, type BrowserRig } from './browser.js';
import { CONTENT_LOCALES, LOCALE_HTML_LANG, LOCALE_NAMES, RTL_LOCALES } from '../src/platform/domain/vocab.js';
import { createEvent } from '../test/events.js';
import { demoUser, signIn } from '../test/harness.js';

async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.locator(`${selector}:focus`).count() > 0) return;
  }
  throw new Error(`never reached ${selector} with Tab on ${page.url()}`);
}

describe('public pages in every language on a phone', () => {
  let rig: BrowserRig;
  let ctx: BrowserContext;
  let paths: string[];
  beforeAll(async () => {
    rig = await startRig({ slugs: ['hassleholm'] });
    const t = rig.t;
    const tenantId = t.seeds.get('hassleholm')!.tenantId;
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    const eventId = await createEvent(staff, 'hassleholm', { title: 'Anhöriggrupp i alla språk', firstDate: '2026-12-08', count: '2' });
    const offering = await t.db.selectFrom('offerings').select('id').where('tenant_id', '=', tenantId).where('published', '=', 1).executeTakeFirstOrThrow();
    const info = await t.db.selectFrom('info_pages').select('slug').where('tenant_id', '=', tenantId).where('published', '=', 1).executeTakeFirstOrThrow();
    paths = ['/hassleholm', '/hassleholm/stod', `/hassleholm/stod/${offering.id}`, `/hassleholm/information/${info.slug}`,
      '/hassleholm/aktiviteter', `/hassleholm/aktiviteter/${eventId}`, `/hassleholm/aktiviteter/${eventId}/boka`];
    ctx = await rig.browser.newContext({
      baseURL: rig.base, javaScriptEnabled: false, timezoneId: 'Europe/Stockholm', viewport: { width: 360, height: 740 }, isMobile: true,
    });
  });
  afterAll(async () => {
    await ctx?.close();
    await rig?.close();
  });

  it.each(CONTENT_LOCALES.map((l) => [l]))('shows every public page in %s without accessibility violations', async (l) => {
    const page = await ctx.newPage();
    for (const path of paths) {
      const res = await page.goto(`${path}?lang=${l}`);
      expect({ path, status: res?.status() }).toEqual({ path, status: 200 });
      expect([await page.getAttribute('html', 'lang'), await page.getAttribute('html', 'dir')])
        .toEqual([LOCALE_HTML_LANG[l], RTL_LOCALES.has(l) ? 'rtl' : 'ltr']);
      await expectNoAxeViolations(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect({ path, l, fits: width <= 360 }).toEqual({ path, l, fits: true });
    }
    await page.screenshot({ path: `test-results/languages-booking-${l}.png`, fullPage: true });
    await page.close();
  });

  it('reaches the language switcher with the keyboard and changes language with Enter', async () => {
    const page = await ctx.newPage();
    await page.goto('/hassleholm/stod?lang=sv');
    let current = 'sv';
    for (const l of ['fi', 'ar', 'so', 'fa', 'sv-easy', 'en'] as const) {
      await tabTo(page, `.lang-switcher a[href$="lang=${l}"]`);
      expect(await page.locator(':focus').textContent()).toBe(LOCALE_NAMES[l]);
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
      expect({ from: current, lang: await page.getAttribute('html', 'lang') }).toEqual({ from: current, lang: LOCALE_HTML_LANG[l] });
      expect(await page.locator('.lang-switcher a[aria-current=true]').textContent()).toBe(LOCALE_NAMES[l]);
      current = l;
    }
    await page.close();
  });
});
