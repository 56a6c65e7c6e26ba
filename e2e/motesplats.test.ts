// Mötesplatsen on a phone (390 × 844) with JavaScript off, by keyboard alone: from Mina sidor to
// a room, join under a pseudonym, write a post (held for review as a new member's first), see the
// help shown after crisis wording; and the pages in Arabic (right to left). Axe on every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, startRig, type BrowserRig, activate as submit, tabTo } from './browser.js';

const SLUG = 'hassleholm';
const JOURNEY_MS = 480_000;

describe('Mötesplatsen on a phone, keyboard only, without JavaScript', () => {
  let rig: BrowserRig;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    rig = await startRig({ slugs: [SLUG] });
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await rig?.close();
  });

  const phone = async () => {
    const ctx = await rig.browser.newContext({
      baseURL: rig.base, javaScriptEnabled: false, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport: { width: 390, height: 844 }, isMobile: true,
    });
    contexts.push(ctx);
    return ctx;
  };

  async function signIn(page: Page, lang: string, email: string): Promise<void> {
    await page.goto(`/${SLUG}/mina-sidor/logga-in?lang=${lang}`);
    await tabTo(page, '#f-kind-0');
    await page.keyboard.press('Space');
    await tabTo(page, '#f-email');
    await page.keyboard.type(email);
    await submit(page, 'form[action$="/mina-sidor/logga-in"] button[type="submit"]');
    const codeId = await page.locator('input[name="codeId"]').getAttribute('value');
    const row = await rig.t.db.selectFrom('outbox').select('body_text').where('dedupe_key', '=', `carer-code:${codeId}`).executeTakeFirstOrThrow();
    await tabTo(page, '#f-code');
    await page.keyboard.type(/\b(\d{6})\b/.exec(row.body_text)![1]!);
    await submit(page, 'form[action$="/mina-sidor/logga-in/kod"] button[type="submit"]');
    expect(new URL(page.url()).pathname).toBe(`/${SLUG}/mina-sidor`);
  }

  it('joins a room, posts, and is shown where to get help after crisis wording, in Swedish', async () => {
    const page = await (await phone()).newPage();
    await signIn(page, 'sv', 'motesplats-tangent@example.se');
    await submit(page, `a[href="/${SLUG}/mina-sidor/motesplats"]`);
    expect(await page.locator('h1').textContent()).toBe('Mötesplatsen');
    await expectNoAxeViolations(page);
    const roomLink = page.locator('.room-list a', { hasText: 'Nattvaket' });
    const href = (await roomLink.getAttribute('href'))!;
    await submit(page, `a[href="${href}"]`);
    await expectNoAxeViolations(page);

    // Sent without the house rules ticked: the error summary, tied to the field.
    await tabTo(page, '#f-pseudonym');
    await page.keyboard.type('Nattuggla');
    await submit(page, 'form[action$="/ga-med"] button[type="submit"]');
    expect(await page.locator('.error-summary a[href="#f-rules"]').count()).toBe(1);
    await expectNoAxeViolations(page);
    await tabTo(page, '#f-rules');
    await page.keyboard.press('Space');
    await submit(page, 'form[action$="/ga-med"] button[type="submit"]');
    expect(await page.locator('.banner-success').textContent()).toContain('Välkommen');
    await expectNoAxeViolations(page);

    await tabTo(page, '#f-body');
    await page.keyboard.type('Hur gör ni när ni inte får sova? Tips: https://example.se/somn');
    await submit(page, 'form[action$="/inlagg"] button[type="submit"]');
    expect(await page.locator('.banner-success').textContent()).toContain('visas när en moderator');
    expect(await page.locator('main').textContent()).toContain('Väntar på granskning');
    await expectNoAxeViolations(page);

    await page.goto(href);
    await tabTo(page, '#f-body');
    await page.keyboard.type('Ibland vill jag inte leva längre');
    await submit(page, 'form[action$="/inlagg"] button[type="submit"]');
    expect(await page.locator('#help-title').textContent()).toBe('Behöver du hjälp nu?');
    expect(await page.locator('a[href="tel:112"]').count()).toBe(1);
    await expectNoAxeViolations(page);
  }, JOURNEY_MS);

  it('works right to left in Arabic', async () => {
    const page = await (await phone()).newPage();
    await signIn(page, 'ar', 'motesplats-ar@example.se');
    await page.goto(`/${SLUG}/mina-sidor/motesplats`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('h1').textContent()).toBe('مكان اللقاء');
    await expectNoAxeViolations(page);
    const href = (await page.locator('.room-list a').first().getAttribute('href'))!;
    await page.goto(href);
    expect(await page.locator('#f-pseudonym').count()).toBe(1);
    await expectNoAxeViolations(page);
  }, JOURNEY_MS);
});
