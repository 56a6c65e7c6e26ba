// The specialist workspace in a real browser: an anonymous phone contact logged with the
// keyboard alone (keystrokes counted), a referral from a home-care worker answered from the
// inbox, and axe on every page of the carer records, follow-ups and the access-log review.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, signInUi, startRig, type BrowserRig } from './browser.js';

const SPECIALIST = 'ulrika.palm@hassleholm.example.se';
const HOME_CARE = 'viktor.nilsson@hassleholm.example.se';

async function visit(page: Page, url: string, shot?: string): Promise<void> {
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(200);
  await expectNoAxeViolations(page);
  if (shot) await page.screenshot({ path: `test-results/${shot}.png`, fullPage: true });
}

describe('specialist workspace in a real browser', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig({ slugs: ['hassleholm'] });
  });
  afterAll(async () => rig?.close());

  it('records an anonymous 40-minute phone call with at most 8 keystrokes after the defaults', async () => {
    const ctx = await rig.context();
    const page = await ctx.newPage();
    await signInUi(page, 'hassleholm', SPECIALIST);
    await visit(page, '/hassleholm/personal/kontakter', 'workspace-contact-log');
    // The form opens on the duration; today, phone and stödsamtal are already chosen.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-durationMin');
    const rowsBefore = await page.locator('main table tbody tr').count();
    const keys: string[] = [];
    // Playwright's keyboard has no Ä key; a Swedish keyboard has one: send it as that one key.
    const cdp = await ctx.newCDPSession(page);
    const press = async (k: string) => {
      keys.push(k);
      if (k !== 'ä') return page.keyboard.press(k);
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'ä', text: 'ä', unmodifiedText: 'ä', code: 'Quote', windowsVirtualKeyCode: 222 });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'ä', code: 'Quote', windowsVirtualKeyCode: 222 });
    };
    // A daughter (barn till närstående), a woman, of a man with dementia (äldre), 40 minutes.
    await press('4'); // 30 min → 40 min
    await press('Tab');
    await press('ä'); // Äldre
    await press('Tab');
    await press('b'); // Barn till närstående
    await press('Tab');
    await press('Space'); // Kvinna
    await Promise.all([page.waitForURL('**/personal/kontakter?sparad=1'), press('Enter')]);
    const tabStops = keys.filter((k) => k === 'Tab').length;
    console.log(`[measure] anonymous contact: ${keys.length} keystrokes after the defaults (${tabStops} tab stops): ${keys.join(' ')}`);
    expect(keys.length).toBeLessThanOrEqual(8);
    await expect.poll(() => page.locator('.banner-success').textContent()).toContain('Kontakten är sparad');
    await expectNoAxeViolations(page);
    await expect.poll(() => page.locator('main table tbody tr').count()).toBe(rowsBefore + 1);
    // Columns: registrerad, datum, kanal, aktivitet, minuter, målgrupp.
    const cells = await page.locator('main table tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim())));
    expect(cells.some((c) => c[2] === 'Telefon' && c[3] === 'Stödsamtal' && c[4] === '40' && c[5] === 'Äldre')).toBe(true);
    const stored = await rig.t.db.selectFrom('contact_log').selectAll().where('duration_min', '=', 40)
      .where('user_id', '=', rig.t.seeds.get('hassleholm')!.userIds.get('strateg')!).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ channel: 'phone', activity_type: 'support_conversation', target_group: 'older', relationship: 'child', gender: 'woman', carer_id: null });
    await page.screenshot({ path: 'test-results/workspace-contact-saved.png', fullPage: true });
    await ctx.close();
  });

  it('a home-care worker refers a carer; the specialist answers from the inbox; the referrer sees only “kontakt tagen”', async () => {
    const staffCtx = await rig.context();
    const staff = await staffCtx.newPage();
    await signInUi(staff, 'hassleholm', HOME_CARE);
    await visit(staff, '/hassleholm/personal/formedla', 'workspace-refer-form');
    await staff.getByLabel('Den anhörigas namn').fill('Solveig Provdotter');
    await staff.getByLabel('Telefon').fill('070-000 21 21');
    await staff.getByLabel('Verkar mycket belastad').check();
    await staff.getByLabel('Den närståendes målgrupp').selectOption('older');
    await staff.getByLabel('Den anhörigas ålder').selectOption('65_79');
    await staff.getByLabel(/Den anhöriga har samtyckt till att jag lämnar/).check();
    await staff.getByRole('button', { name: 'Skicka förmedlingen' }).click();
    await staff.waitForURL('**/personal/formedla?skickad=*');
    await expectNoAxeViolations(staff);
    expect(await staff.locator('.banner-success').textContent()).toContain('Anhörigstöd och frivilligsamordning');
    expect(await staff.locator('main table tbody tr').first().textContent()).toContain('Inte ännu');

    const specCtx = await rig.context();
    const spec = await specCtx.newPage();
    await signInUi(spec, 'hassleholm', SPECIALIST);
    await visit(spec, '/hassleholm/personal/inkorg', 'workspace-inbox');
    // The row opens from its subject (not from a timestamp).
    await spec.locator('main table a.inbox-subject', { hasText: 'Verkar mycket belastad' }).first().click();
    await spec.waitForURL('**/personal/inkorg/formedlingar/*');
    await expectNoAxeViolations(spec);
    expect(await spec.locator('main').textContent()).toContain('Solveig Provdotter');
    await spec.screenshot({ path: 'test-results/workspace-referral.png', fullPage: true });
    await spec.getByRole('button', { name: 'Tilldela' }).click();
    await spec.waitForURL('**?sparad=tilldelad');
    await spec.getByRole('button', { name: 'Kontakt tagen' }).click();
    await spec.waitForURL('**?sparad=kontaktad');
    await expectNoAxeViolations(spec);
    await spec.getByLabel('Avsluta med skäl').selectOption('support_given');
    await spec.getByRole('button', { name: 'Avsluta', exact: true }).click();
    await spec.waitForURL('**?sparad=avslutad');
    expect(await spec.locator('main').textContent()).toContain('Stöd har getts');
    await visit(spec, '/hassleholm/personal/inkorg/forsenade', 'workspace-overdue');
    await visit(spec, '/hassleholm/personal/inkorg?visa=avslutade');

    await staff.reload();
    const first = await staff.locator('main table tbody tr').first().textContent();
    expect(first).toContain('Kontakt tagen');
    expect(first).not.toContain('Stöd har getts');
    expect(first).not.toContain('Ulrika');
    await expectNoAxeViolations(staff);
    await staff.screenshot({ path: 'test-results/workspace-referrer-sees.png', fullPage: true });
    await staffCtx.close();
    await specCtx.close();
  });

  it('has zero axe violations on the carer records, follow-ups, needs assessment and the access-log review', async () => {
    const ctx = await rig.context();
    const page = await ctx.newPage();
    await signInUi(page, 'hassleholm', SPECIALIST);
    await visit(page, '/hassleholm/personal/anhoriga', 'workspace-carers');
    await visit(page, '/hassleholm/personal/anhoriga/ny', 'workspace-carer-new');
    await page.getByRole('button', { name: 'Registrera' }).click();
    await expect.poll(() => page.locator('.error-summary').count()).toBe(1);
    await expectNoAxeViolations(page);
    const carers = await rig.t.db.selectFrom('carers').select(['id', 'name', 'unit_id']).orderBy('name').execute();
    const margareta = carers.find((c) => c.name === 'Margareta Holmlund')!;
    await visit(page, `/hassleholm/personal/anhoriga/${margareta.id}`, 'workspace-carer');
    await page.getByRole('button', { name: 'Visa personnummer' }).click();
    await expect.poll(() => page.locator('main').textContent()).toMatch(/19480615-\d{4}/);
    await expectNoAxeViolations(page);
    await visit(page, `/hassleholm/personal/anhoriga/${margareta.id}/andra`);
    await visit(page, `/hassleholm/personal/anhoriga/${margareta.id}/radera`, 'workspace-erase-blocked');
    await visit(page, `/hassleholm/personal/anhoriga/${margareta.id}/sammanfoga/${carers.find((c) => c.id !== margareta.id && c.unit_id === margareta.unit_id)!.id}`);
    await visit(page, '/hassleholm/personal/uppfoljningar', 'workspace-follow-ups');
    await visit(page, `/hassleholm/personal/kontakter?anhorig=${margareta.id}`);
    await ctx.close();

    const officerCtx = await rig.context();
    const officer = await officerCtx.newPage();
    await signInUi(officer, 'hassleholm', 'linda.carlsson@hassleholm.example.se');
    await visit(officer, '/hassleholm/personal/behovsbedomning', 'workspace-needs-assessment');
    await officerCtx.close();

    const managerCtx = await rig.context();
    const manager = await managerCtx.newPage();
    await signInUi(manager, 'hassleholm', 'petra.wallin@hassleholm.example.se');
    await visit(manager, '/hassleholm/personal/logg/granskning', 'workspace-review-list');
    await manager.getByLabel('Antal rader i stickprovet').fill('5');
    await manager.getByRole('button', { name: 'Dra stickprov' }).click();
    await manager.waitForURL('**/personal/logg/granskning/*');
    await expectNoAxeViolations(manager);
    await manager.getByRole('button', { name: /Utan anmärkning/ }).first().click();
    await manager.waitForURL('**?sparad=1');
    await expectNoAxeViolations(manager);
    await manager.screenshot({ path: 'test-results/workspace-review.png', fullPage: true });
    await visit(manager, '/hassleholm/personal/logg/avvikelser', 'workspace-heavy-readers');
    await managerCtx.close();
  }, 360_000);

  it('gives each role a menu for its work, and the inbox works on a 390 px phone', async () => {
    const menus: [string, string[], string[]][] = [
      [SPECIALIST, ['Start', 'Inkorg', 'Anhöriga', 'Uppföljningar', 'Kontaktlogg', 'Aktiviteter'], ['Förfrågningar', 'Administration']],
      ['admin@hassleholm.example.se', ['Start', 'Aktiviteter', 'Stödutbud', 'Administration'], ['Inkorg', 'Anhöriga']],
      ['kerstin.holmqvist@hassleholm.example.se', ['Start', 'Styrning', 'Planer', 'Rapporter'], ['Inkorg', 'Aktiviteter', 'Administration']],
    ];
    for (const [email, shown, hidden] of menus) {
      const ctx = await rig.context({ phone: true });
      const page = await ctx.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      await signInUi(page, 'hassleholm', email);
      await visit(page, '/hassleholm/personal', `workspace-phone-start-${email.split('@')[0]}`);
      const labels = (await page.locator('nav.nav-staff a').allTextContents()).map((l) => l.trim());
      for (const l of shown) expect({ email, l, shown: labels.includes(l) }).toEqual({ email, l, shown: true });
      for (const l of hidden) expect({ email, l, shown: labels.includes(l) }).toEqual({ email, l, shown: false });
      // Every menu link opens (no 403 or 404 from a link we render).
      for (const href of await page.locator('nav.nav-staff a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        expect({ href, status: (await page.request.get(href)).status() }).toEqual({ href, status: 200 });
      }
      await visit(page, '/hassleholm/personal/styrning/arshjul');
      await ctx.close();
    }

    const ctx = await rig.context({ phone: true });
    const page = await ctx.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signInUi(page, 'hassleholm', 'josefin.kvist@hassleholm.example.se');
    await visit(page, '/hassleholm/personal/inkorg', 'workspace-phone-inbox');
    expect(await page.locator('nav.nav-staff a[aria-current="page"]').textContent()).toBe('Inkorg');
    const take = page.getByRole('button', { name: /^Ta ärendet/ }).first();
    await take.scrollIntoViewIfNeeded();
    const box = (await take.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // No sideways scrolling: the page is no wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const subject = page.locator('main a.inbox-subject').first();
    const href = await subject.getAttribute('href');
    await subject.click();
    await page.waitForURL(`**${href}`);
    await expectNoAxeViolations(page);
    await ctx.close();
  });
});
