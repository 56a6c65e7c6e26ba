// Mötesplatsen's staff pages on a phone (390 × 844) with JavaScript off, by keyboard alone: a
// specialist signs in, opens the moderators' queue, approves a new member's held post, tries to
// hide a crisis post without a reason (error summary), hides it with one, saves the word list and
// creates a room. Axe on every page. Staff pages are Swedish only (no language switch), so the
// right-to-left check is a carer's Arabic post in the queue: shown right to left inside the
// Swedish page. The held posts are written by carers through the app (crisis wording, a new
// member's first post) before the staff journey starts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, startRig, type BrowserRig, activate as submit, tabTo } from './browser.js';
import { demoUser } from '../test/harness.js';
import { signInCarer } from '../test/carer-session.js';
import { DEMO_PASSWORD } from '../src/demo/seed.js';

const SLUG = 'hassleholm';
const JOURNEY_MS = 480_000;
const CRISIS = 'Jag orkar inte leva längre ZQX-KRIS';
const FIRST = 'Hej alla, jag är ny här och vakar över min pappa ZQX-NY';
const ARABIC = 'مرحبا، أنا جديد هنا وأعتني بوالدتي';

describe('Mötesplatsen staff pages on a phone, keyboard only, without JavaScript', () => {
  let rig: BrowserRig;
  const contexts: BrowserContext[] = [];
  let crisisId: string;
  let firstId: string;
  let arabicId: string;

  beforeAll(async () => {
    rig = await startRig({ slugs: [SLUG] });
    const t = rig.t;
    const tenant = await t.db.selectFrom('tenants').select('id').where('slug', '=', SLUG).executeTakeFirstOrThrow();
    const room = await t.db.selectFrom('motesplats_rooms').select('id').where('tenant_id', '=', tenant.id).where('name', '=', 'Nattvaket').executeTakeFirstOrThrow();
    const write = async (email: string, pseudonym: string, body: string): Promise<string> => {
      const carer = await signInCarer(t, SLUG, email);
      await carer.get(`/${SLUG}/mina-sidor/motesplats/${room.id}`);
      expect((await carer.post(`/${SLUG}/mina-sidor/motesplats/${room.id}/ga-med`, { pseudonym, rules: 'on' })).status).toBe(303);
      const res = await carer.post(`/${SLUG}/mina-sidor/motesplats/${room.id}/inlagg`, { body, threadId: '' });
      expect(res.status).toBe(303);
      return (await t.db.selectFrom('motesplats_posts').select('id').where('body', '=', body).executeTakeFirstOrThrow()).id;
    };
    crisisId = await write('kris.personal@example.se', 'Vakande', CRISIS);
    firstId = await write('ny.personal@example.se', 'Nykomling', FIRST);
    arabicId = await write('arabiska.personal@example.se', 'Layla', ARABIC);
  }, JOURNEY_MS);
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

  async function signInStaff(page: Page, email: string): Promise<void> {
    await page.goto(`/${SLUG}/personal/logga-in`);
    await tabTo(page, '#f-email');
    await page.keyboard.type(email);
    await tabTo(page, '#f-password');
    await page.keyboard.type(DEMO_PASSWORD);
    await submit(page, 'form[action*="/personal/logga-in"] button[type="submit"]');
    expect(new URL(page.url()).pathname).toBe(`/${SLUG}/personal`);
  }

  const postRow = (id: string) => rig.t.db.selectFrom('motesplats_posts').select(['status', 'moderation_reason', 'held_reason']).where('id', '=', id).executeTakeFirstOrThrow();

  it('moderates held posts, keeps the word list and creates a room', async () => {
    const page = await (await phone()).newPage();
    await signInStaff(page, demoUser(rig.t, SLUG, 'specialist').email);
    await submit(page, `main a[href="/${SLUG}/personal/motesplats"]`);
    expect(await page.locator('h1').textContent()).toBe('Mötesplatsen: granska');
    expect(await page.locator('main').textContent()).toContain('1 inlägg med krisord väntar');
    expect(await page.locator('.queue-crisis').count()).toBe(1);
    await expectNoAxeViolations(page);

    // The new member's first post: approved, and now visible in the room.
    await submit(page, `form[action*="/inlagg/${firstId}/godkann"] button[type="submit"]`);
    expect(await page.locator('.banner-success').textContent()).toContain('Klart');
    expect((await postRow(firstId)).status).toBe('visible');
    await expectNoAxeViolations(page);

    // Hiding needs a reason the author will see: without one, the error summary points at the field.
    await submit(page, `form[action*="/inlagg/${crisisId}/dolj"] button[type="submit"]`);
    expect(await page.locator(`.error-summary a[href="#f-hide-${crisisId}"]`).count()).toBe(1);
    expect(await page.locator(`#f-hide-${crisisId}`).getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);
    await tabTo(page, `#f-hide-${crisisId}`);
    await page.keyboard.type('Vi har ringt upp dig. Ring 112 om det är akut.');
    await submit(page, `form[action*="/inlagg/${crisisId}/dolj"] button[type="submit"]`);
    expect(await page.locator('.banner-success').textContent()).toContain('Klart');
    expect(await postRow(crisisId)).toEqual({ status: 'hidden', moderation_reason: 'Vi har ringt upp dig. Ring 112 om det är akut.', held_reason: 'crisis' });
    expect(await page.locator('.queue-crisis').count()).toBe(0);
    await expectNoAxeViolations(page);

    // The word list.
    await submit(page, `main a[href="/${SLUG}/personal/motesplats/ordlista"]`);
    await expectNoAxeViolations(page);
    await tabTo(page, '#f-words');
    await page.keyboard.type('lurendrejeri');
    await submit(page, 'form[action*="/motesplats/ordlista"] button[type="submit"]');
    expect(await page.locator('.banner-success').textContent()).toContain('Sparat');
    expect(await page.locator('#f-words').inputValue()).toContain('lurendrejeri');
    await expectNoAxeViolations(page);

    // A new room: first without a name (error summary), then with one.
    await page.goto(`/${SLUG}/personal/motesplats`);
    await submit(page, `main a[href="/${SLUG}/personal/motesplats/rum"]`);
    expect(await page.locator('h1').textContent()).toBe('Mötesplatsens rum');
    await expectNoAxeViolations(page);
    await submit(page, `main a[href="/${SLUG}/personal/motesplats/rum/ny"]`);
    await expectNoAxeViolations(page);
    await submit(page, 'form[action*="/motesplats/rum"] button[type="submit"]');
    expect(await page.locator('.error-summary a[href="#f-name"]').count()).toBe(1);
    await expectNoAxeViolations(page);
    await tabTo(page, '#f-name');
    await page.keyboard.type('Söndagsfika');
    await tabTo(page, '#f-description');
    await page.keyboard.type('Ett lugnt rum för helgerna.');
    await submit(page, 'form[action*="/motesplats/rum"] button[type="submit"]');
    expect(await page.locator('.banner-success').textContent()).toContain('Sparat');
    expect(await page.locator('h1').textContent()).toBe('Rum: Söndagsfika');
    const room = await rig.t.db.selectFrom('motesplats_rooms').select(['hold_first_posts', 'retention_days']).where('name', '=', 'Söndagsfika').executeTakeFirstOrThrow();
    expect(room).toEqual({ hold_first_posts: 1, retention_days: 180 });
    await expectNoAxeViolations(page);

    // The room the carers wrote in: its members, each with the forms to mute or remove.
    await page.goto(`/${SLUG}/personal/motesplats/rum`);
    const nattvaket = await page.locator('main .owned-list a', { hasText: 'Nattvaket' }).getAttribute('href');
    await submit(page, `main a[href="${nattvaket}"]`);
    expect(await page.locator('main').textContent()).toContain('Nykomling');
    await expectNoAxeViolations(page);
  }, JOURNEY_MS);

  it('shows a carer\'s Arabic post right to left inside the Swedish queue', async () => {
    const page = await (await phone()).newPage();
    await signInStaff(page, demoUser(rig.t, SLUG, 'specialist').email);
    // Staff pages stay Swedish whatever language is asked for.
    await page.goto(`/${SLUG}/personal/motesplats?lang=ar`);
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    const body = page.locator(`#post-${arabicId} .post-body`);
    expect(await body.textContent()).toBe(ARABIC);
    expect(await body.getAttribute('dir')).toBe('auto');
    await expectNoAxeViolations(page);
  }, JOURNEY_MS);
});
