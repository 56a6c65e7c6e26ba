// Mötesplatsen on a phone (390 × 844) with JavaScript off, by keyboard alone: from Mina sidor to
// a room, join under a pseudonym, write a post (held for review as a new member's first), see the
// help shown after crisis wording; a long room a page at a time, replying on its last page; and
// the pages in Arabic (right to left). Axe on every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, startRig, type BrowserRig, activate as submit, tabTo } from './browser.js';
import { newId } from '../src/platform/db/helpers.js';
import { signInCarer } from '../test/carer-session.js';

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

  it('pages through a long room by keyboard and comes back to the last page after replying there', async () => {
    const page = await (await phone()).newPage();
    await signIn(page, 'sv', 'motesplats-sidor@example.se');
    await page.goto(`/${SLUG}/mina-sidor/motesplats`);
    const href = (await page.locator('.room-list a', { hasText: 'Nattvaket' }).getAttribute('href'))!;
    await page.goto(href);
    await tabTo(page, '#f-pseudonym');
    await page.keyboard.type('Bladvändaren');
    await tabTo(page, '#f-rules');
    await page.keyboard.press('Space');
    await submit(page, 'form[action$="/ga-med"] button[type="submit"]');
    // Two years of a busy room: 45 threads by another member, the oldest first.
    const author = await signInCarer(rig.t, SLUG, 'motesplats-skribent@example.se');
    await author.get(href);
    expect((await author.post(`${href}/ga-med`, { pseudonym: 'Skribenten', rules: 'on' })).status).toBe(303);
    const roomId = href.split('/').pop()!;
    const db = rig.t.db;
    const room = await db.selectFrom('motesplats_rooms').select('tenant_id').where('id', '=', roomId).executeTakeFirstOrThrow();
    const other = await db.selectFrom('motesplats_members').select('id').where('room_id', '=', roomId).where('pseudonym', '=', 'Skribenten').executeTakeFirstOrThrow();
    const oldest = Date.parse('2024-12-01T08:00:00Z');
    for (let i = 1; i <= 45; i++) {
      const at = new Date(oldest + i * 86_400_000 * 15).toISOString();
      await db.insertInto('motesplats_posts').values({
        id: newId(), tenant_id: room.tenant_id, room_id: roomId, thread_id: null, member_id: other.id, body: `Gammal tråd nummer ${i}`,
        status: 'visible', held_reason: null, crisis: 0, moderation_reason: null, moderated_by: null, moderated_at: null, erased_at: null,
        created_at: at, last_activity_at: at,
      }).execute();
    }
    await page.goto(href);
    const pages = await page.locator('nav.pagination [aria-current="page"]').textContent();
    expect(pages).toMatch(/^Sida 1 av \d$/);
    const last = Number(pages!.split(' av ')[1]);
    await expectNoAxeViolations(page);
    for (let n = 2; n <= last; n++) {
      await submit(page, 'nav.pagination a[rel="next"]');
      expect(await page.locator('nav.pagination [aria-current="page"]').textContent()).toBe(`Sida ${n} av ${last}`);
    }
    expect(await page.locator('article.thread').last().textContent()).toContain('Gammal tråd nummer 1');
    await expectNoAxeViolations(page);

    const thread = page.locator('article.thread', { hasText: 'Gammal tråd nummer 1' });
    const field = `#${(await thread.locator('textarea').getAttribute('id'))!}`;
    await tabTo(page, field);
    await page.keyboard.type('Svar på den äldsta tråden');
    await submit(page, `article.thread:has(${field}) button[type="submit"]`);
    expect(await page.locator('nav.pagination [aria-current="page"]').textContent()).toBe(`Sida ${last} av ${last}`);
    expect(await page.locator('article.thread', { hasText: 'Gammal tråd nummer 1' }).textContent()).toContain('Svar på den äldsta tråden');
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
