// Mina sidor on a phone (390 × 844) with JavaScript off, by keyboard alone: sign in with a
// one-time code, write to the carer-support team, read the thread, and delete the account — in
// Swedish, lätt svenska, English and Arabic (right to left), axe on every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, startRig, type BrowserRig, activate as submit, tabTo } from './browser.js';

const SLUG = 'hassleholm';
/** A journey runs a dozen axe checks; on a shared, busy machine that takes minutes. */
const JOURNEY_MS = 480_000;

describe('Mina sidor on a phone, keyboard only, without JavaScript', () => {
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

  async function codeInOutbox(page: Page): Promise<string> {
    const codeId = await page.locator('input[name="codeId"]').getAttribute('value');
    const row = await rig.t.db.selectFrom('outbox').select('body_text').where('dedupe_key', '=', `carer-code:${codeId}`).executeTakeFirstOrThrow();
    return /\b(\d{6})\b/.exec(row.body_text)![1]!;
  }

  /** The sign-in by code with the keyboard, in the page's language. */
  async function signInByKeyboard(page: Page, lang: string, email: string): Promise<void> {
    expect((await page.goto(`/${SLUG}/mina-sidor/logga-in?lang=${lang}`))?.status()).toBe(200);
    await expectNoAxeViolations(page);
    // Sent empty: the error summary, tied to the fields.
    await submit(page, 'form[action$="/mina-sidor/logga-in"] button[type="submit"]');
    expect(await page.locator('.error-summary a[href="#f-kind"]').count()).toBe(1);
    await expectNoAxeViolations(page);
    await tabTo(page, '#f-kind-0');
    await page.keyboard.press('Space');
    await tabTo(page, '#f-email');
    await page.keyboard.type(email);
    await submit(page, 'form[action$="/mina-sidor/logga-in"] button[type="submit"]');
    expect(await page.locator('#f-code').count()).toBe(1);
    await expectNoAxeViolations(page);
    const code = await codeInOutbox(page);
    await tabTo(page, '#f-code');
    await page.keyboard.type(code);
    await submit(page, 'form[action$="/mina-sidor/logga-in/kod"] button[type="submit"]');
    expect(new URL(page.url()).pathname).toBe(`/${SLUG}/mina-sidor`);
    await expectNoAxeViolations(page);
  }

  it('signs in, writes a message, reads it and deletes the account, in Swedish', async () => {
    const page = await (await phone()).newPage();
    await signInByKeyboard(page, 'sv', 'tangentbord@example.se');
    expect(await page.locator('h1').textContent()).toBe('Mina sidor');

    await submit(page, `a[href="/${SLUG}/mina-sidor/meddelanden/ny"]`);
    await expectNoAxeViolations(page);
    await tabTo(page, '#f-subject');
    await page.keyboard.type('Fråga om anhöriggruppen');
    await tabTo(page, '#f-body');
    await page.keyboard.type('Finns det plats i gruppen i vår?');
    // A file whose content is not an allowed type (a program named .pdf) is refused with a message
    // tied to the file field, nothing is sent, and the typed text is kept.
    await page.setInputFiles('#f-files', { name: 'intyg.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00 not a pdf') });
    await submit(page, 'form[action*="/meddelanden/ny"] button[type="submit"]');
    expect(await page.locator('.error-summary a[href="#f-files"]').count()).toBe(1);
    expect(await page.locator('#f-files').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#f-body').inputValue()).toBe('Finns det plats i gruppen i vår?');
    expect(await rig.t.db.selectFrom('message_attachments').select('id').execute()).toEqual([]);
    await expectNoAxeViolations(page);
    await page.setInputFiles('#f-files', { name: 'fragor.txt', mimeType: 'text/plain', buffer: Buffer.from('Mina frågor om gruppen.\n') });
    await submit(page, 'form[action*="/meddelanden/ny"] button[type="submit"]');
    expect(await page.locator('.banner-success').textContent()).toContain('Ditt meddelande är skickat.');
    expect(await page.locator('.message-body').first().textContent()).toContain('Finns det plats i gruppen i vår?');
    const attachment = page.locator('.message-attachments a', { hasText: 'fragor.txt' });
    expect(await attachment.count()).toBe(1);
    const download = await page.context().request.get((await attachment.getAttribute('href'))!);
    expect([download.status(), await download.text()]).toEqual([200, 'Mina frågor om gruppen.\n']);
    await expectNoAxeViolations(page);

    await page.goto(`/${SLUG}/mina-sidor/lagg-till`);
    await expectNoAxeViolations(page);

    await page.goto(`/${SLUG}/mina-sidor`);
    await submit(page, `a[href="/${SLUG}/mina-sidor/ta-bort"]`);
    await expectNoAxeViolations(page);
    await tabTo(page, '#f-confirm');
    await page.keyboard.press('Space');
    await submit(page, 'form[action$="/mina-sidor/ta-bort"] button[type="submit"]');
    expect(await page.locator('.banner-success').textContent()).toContain('Ditt konto och allt som hörde till det är borttaget.');
    await expectNoAxeViolations(page);
  }, JOURNEY_MS);

  it.each([
    ['sv-easy', 'Mina sidor', 'ltr'],
    ['en', 'My pages', 'ltr'],
    ['ar', 'صفحاتي', 'rtl'],
  ])('works in %s', async (lang, title, dir) => {
    const page = await (await phone()).newPage();
    await signInByKeyboard(page, lang, `sprak-${lang}@example.se`);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.locator('html').getAttribute('dir')).toBe(dir);
    await page.goto(`/${SLUG}/mina-sidor/meddelanden/ny`);
    await expectNoAxeViolations(page);
    await page.goto(`/${SLUG}/mina-sidor/ta-bort`);
    await expectNoAxeViolations(page);
    // Sign out by keyboard.
    await page.goto(`/${SLUG}/mina-sidor`);
    await submit(page, 'form[action$="/mina-sidor/logga-ut"]:not(:has(input[name="everywhere"])) button');
    expect(new URL(page.url()).pathname).toBe(`/${SLUG}/mina-sidor/logga-in`);
    await expectNoAxeViolations(page);
  }, JOURNEY_MS);
  it('shows "Min plan" to a carer whose account is linked to her record, and takes a comment, in Swedish and Arabic', async () => {
    const page = await (await phone()).newPage();
    await signInByKeyboard(page, 'sv', 'plan@example.se');
    // The link to the identified record (consent through e-legitimation is tested in eid.test.ts).
    const tenantId = rig.t.seeds.get(SLUG)!.tenantId;
    const carer = await rig.t.db.selectFrom('carers').select('id').where('tenant_id', '=', tenantId).orderBy('id').executeTakeFirstOrThrow();
    await rig.t.db.updateTable('carer_accounts').set({ carer_id: carer.id, link_consent_at: new Date().toISOString() })
      .where('tenant_id', '=', tenantId).where('carer_id', 'is', null).execute();
    await page.goto(`/${SLUG}/mina-sidor`);
    await submit(page, `a[href="/${SLUG}/mina-sidor/plan"]`);
    expect(await page.locator('h1').textContent()).toBe('Min plan');
    await expectNoAxeViolations(page);
    await submit(page, 'form[action$="/mina-sidor/plan"] button[type="submit"]');
    expect(await page.locator('.error-summary a[href="#f-comment"]').count()).toBe(1);
    await expectNoAxeViolations(page);
    await tabTo(page, '#f-comment');
    await page.keyboard.type('Jag vill hellre ha träffar på kvällen.');
    await submit(page, 'form[action$="/mina-sidor/plan"] button[type="submit"]');
    expect(await page.locator('.banner-success').textContent()).toContain('Din kommentar är skickad.');
    expect(await page.locator('.plan-comments').textContent()).toContain('Jag vill hellre ha träffar på kvällen.');
    await expectNoAxeViolations(page);
    await page.goto(`/${SLUG}/mina-sidor/plan?lang=ar`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('h1').textContent()).toBe('خطتي');
    await expectNoAxeViolations(page);
  }, JOURNEY_MS);
});
