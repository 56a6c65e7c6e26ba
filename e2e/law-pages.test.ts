// Every page the 2026 carer-support law added (issue 15), in a real browser on a phone without
// JavaScript, as the staff role that uses it, axe on each: the admin's review list and the
// settings that route children and violence in close relationships, a specialist's stödkontakt
// offer (accepted, naming the stödkontakt) and the plan with the carer, on screen and as printed,
// an anonymous contact's offer in the contact log, an offering's conditions on the catalogue in
// Arabic, and the information page for children in lätt svenska. Each form is sent without
// JavaScript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, signInUi, startRig, type BrowserRig } from './browser.js';
import { demoUser } from '../test/harness.js';

const SPECIALIST = 'helena.forsberg@sodertalje.example.se';

async function visit(page: Page, url: string): Promise<void> {
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(200);
  await expectNoAxeViolations(page);
}

describe('the pages of the 2026 carer-support law, on a phone without JavaScript', () => {
  let rig: BrowserRig;
  const seed = () => rig.t.seeds.get('sodertalje')!;
  const today = () => rig.t.clock.now().toISOString().slice(0, 10);
  beforeAll(async () => {
    rig = await startRig({ slugs: ['sodertalje'] });
  });
  afterAll(async () => rig?.close());

  it('an admin sees the content overdue for review and sets the children and violence routing in the settings', async () => {
    // One offering last reviewed two years ago, so the list has a row.
    const overdue = await rig.t.db.selectFrom('offerings').select(['id', 'title']).where('tenant_id', '=', seed().tenantId).orderBy('sort_order').executeTakeFirstOrThrow();
    await rig.t.db.updateTable('offerings').set({ last_reviewed_on: '2024-11-01' }).where('id', '=', overdue.id).execute();

    const ctx = await rig.context({ phone: true, javaScript: false });
    const page = await ctx.newPage();
    await signInUi(page, 'sodertalje', demoUser(rig.t, 'sodertalje', 'admin').email);
    await visit(page, '/sodertalje/personal/granskning');
    expect(await page.locator('main').textContent()).toContain(overdue.title);

    await visit(page, '/sodertalje/personal/admin/installningar');
    // The demo's first rule sends carers under 18 to Barn och ungdom; the admin moves it to the
    // unit's reception and names a unit for violence-flagged requests.
    const bou = seed().unitIds.get('bou-mottagning')!;
    const children = page.locator('fieldset.rule').first();
    expect(await children.getByLabel('Gäller anhöriga yngre än (år)').inputValue()).toBe('18');
    await children.getByLabel('Enhet som tar emot').selectOption(bou);
    await children.getByLabel('Varför (visas för personalen)').fill('Barn och unga som är anhöriga tas emot av Barn och ungdom.');
    const violenceUnit = seed().unitIds.get('anhorigstod')!;
    await page.getByLabel('Enhet som tar emot förfrågningar och förmedlingar med misstanke om våld i nära relation').selectOption(violenceUnit);
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await expect.poll(() => page.locator('.banner-success').count()).toBe(1);
    await expectNoAxeViolations(page);
    const settings = JSON.parse((await rig.t.db.selectFrom('tenants').select('settings').where('slug', '=', 'sodertalje').executeTakeFirstOrThrow()).settings);
    expect(settings.routing[0]).toMatchObject({ carerUnder: 18, routeToUnitId: bou });
    expect(settings.violenceUnitId).toBe(violenceUnit);
    await ctx.close();
  }, 300_000);

  it('a specialist records an accepted stödkontakt offer naming the stödkontakt, then opens the plan and prints it', async () => {
    const ctx = await rig.context({ phone: true, javaScript: false });
    const page = await ctx.newPage();
    await signInUi(page, 'sodertalje', SPECIALIST);
    await visit(page, '/sodertalje/personal/anhoriga');
    await page.locator('main table a[href*="/personal/anhoriga/"]').first().click();
    await expectNoAxeViolations(page);
    const carerUrl = page.url();

    // Sent without an answer, the form comes back with an error summary.
    await page.getByLabel('Datum för erbjudandet').fill(today());
    await page.getByRole('button', { name: 'Spara erbjudande' }).click();
    await expect.poll(() => page.locator('.error-summary').count()).toBe(1);
    await expectNoAxeViolations(page);

    const konsulent = seed().userIds.get('konsulent-aldre')!;
    await page.getByLabel('Datum för erbjudandet').fill(today());
    await page.getByRole('radio', { name: 'Tackade ja' }).check();
    await page.getByLabel('Stödkontakt om den anhöriga tackade ja', { exact: true }).selectOption(konsulent);
    await page.getByRole('button', { name: 'Spara erbjudande' }).click();
    await expect.poll(() => page.locator('.banner-success').textContent()).toContain('Erbjudandet om stödkontakt är sparat.');
    const offers = page.locator('table', { has: page.locator('caption', { hasText: 'Erbjudanden om stödkontakt' }) });
    const accepted = offers.locator('tbody tr', { hasText: today() }).filter({ hasText: 'Tackade ja' });
    expect(await accepted.count()).toBeGreaterThan(0);
    expect(await accepted.first().textContent()).toContain('Helena Forsberg');
    expect(await page.locator('main').textContent()).toContain('Helena Forsberg är stödkontakt.');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Öppna planen' }).click();
    await expectNoAxeViolations(page);
    expect(page.url()).toBe(`${carerUrl.split('?')[0]}/plan`);
    await page.getByLabel('Vad ska göras').fill('Prova anhöriggruppen på tisdagar');
    await page.getByLabel('Vem ansvarar').fill('Den anhöriga');
    await page.getByRole('button', { name: 'Lägg till i planen' }).click();
    await expect.poll(() => page.locator('.banner-success').textContent()).toContain('Åtgärden är tillagd i planen.');
    await expectNoAxeViolations(page);
    // The printable view is the plan as printed: menus, forms and buttons drop out.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Lägg till i planen' }).isVisible()).toBe(false);
    expect(await page.locator('main table').first().isVisible()).toBe(true);
    await expectNoAxeViolations(page, { media: 'print' });
    await page.emulateMedia({ media: 'screen' });

    // One measure's edit page, saved without JavaScript.
    await page.getByRole('link', { name: 'Ändra Prova anhöriggruppen på tisdagar' }).click();
    await expectNoAxeViolations(page);
    await page.getByLabel('Status').selectOption({ label: 'Pågår' });
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await expect.poll(() => page.locator('.banner-success').textContent()).toContain('Åtgärden är sparad.');
    await ctx.close();
  }, 300_000);

  it('a specialist logs an anonymous contact with “erbjudande om stödkontakt”, without identity', async () => {
    const ctx = await rig.context({ phone: true, javaScript: false });
    const page = await ctx.newPage();
    await signInUi(page, 'sodertalje', SPECIALIST);
    await visit(page, '/sodertalje/personal/kontakter');
    const before = await rig.t.db.selectFrom('support_offers').select('id').where('tenant_id', '=', seed().tenantId).execute();
    await page.getByLabel('Erbjöds den anhöriga en stödkontakt? Vad blev svaret?').selectOption('declined');
    await page.getByRole('button', { name: 'Spara kontakt' }).click();
    await expect.poll(() => page.locator('.banner-success').textContent()).toContain('Kontakten är sparad');
    await expectNoAxeViolations(page);
    const added = await rig.t.db.selectFrom('support_offers').selectAll().where('tenant_id', '=', seed().tenantId)
      .where('id', 'not in', before.map((r) => r.id)).execute();
    expect(added.map((r) => [r.answer, r.carer_id, r.contact_id !== null])).toEqual([['declined', null, true]]);
    await ctx.close();
  }, 300_000);

  it('a carer reads an offering’s conditions on its catalogue card and page, in Arabic right to left', async () => {
    const offering = await rig.t.db.selectFrom('offerings').select('id').where('tenant_id', '=', seed().tenantId).where('published', '=', 1)
      .orderBy('sort_order').executeTakeFirstOrThrow();
    await rig.t.db.updateTable('offerings').set({ quantity_amount: 2, quantity_unit: 'hours', quantity_period: 'week', lead_time_days: 3, relative_min_age: 65 })
      .where('id', '=', offering.id).execute();
    const ctx = await rig.context({ phone: true, javaScript: false });
    const page = await ctx.newPage();
    await visit(page, '/sodertalje/stod?lang=ar');
    const card = page.locator('.cards > li', { has: page.locator(`a[href$="/stod/${offering.id}"]`) });
    expect(await card.locator('.conditions li').allTextContents()).toEqual(expect.arrayContaining(['المقدار: حتى ساعتين في الأسبوع', 'الحجز: قبل 3 أيام على الأقل']));
    await card.locator('h2 a').click();
    await expectNoAxeViolations(page);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('dt', { hasText: 'المقدار' }).locator('+ dd').textContent()).toBe('حتى ساعتين في الأسبوع');
    await ctx.close();
  }, 300_000);

  it('a child reads the page for children who are carers in lätt svenska', async () => {
    const ctx = await rig.context({ phone: true, javaScript: false });
    const page = await ctx.newPage();
    await visit(page, '/sodertalje/information/barn-och-unga-som-anhoriga?lang=sv-easy');
    expect(await page.locator('main h1').textContent()).toBe('För dig som är barn eller ung');
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    await ctx.close();
  }, 300_000);
});
