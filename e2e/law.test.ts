// The law as amended 1 July 2026 (issue 15) in a real browser on a phone, without JavaScript,
// axe on every page: staff mark violence in close relationships on a referral, a stödkontakt
// makes a plan with a carer (and sees its follow-up), and a carer finds an offering whose
// condition on the närstående's age is stated and filtered on in the public catalogue; an admin
// adds a "närstående 65+" routing rule in the settings, and the catalogue and routing honour it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, signInUi, startRig, type BrowserRig } from './browser.js';
import { seedOffering } from '../src/modules/catalog/service.js';
import { anonymousForm, submitAndFollow } from '../test/requests.js';
import { demoUser } from '../test/harness.js';

const SPECIALIST = 'ulrika.palm@hassleholm.example.se';
const RESPITE = 'Avlösning för dig som hjälper någon över 65';

async function visit(page: Page, url: string): Promise<void> {
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(200);
  await expectNoAxeViolations(page);
}

describe('the 2026 carer-support law in a real browser', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig({ slugs: ['hassleholm'] });
    await seedOffering(rig.t.db, rig.t.seeds.get('hassleholm')!.tenantId, rig.t.clock.now(), {
      type: 'respite', supportKind: 'indirect', needsAssessment: false, providerKind: 'municipality', providerName: 'Anhörigstödet',
      targetGroups: ['older'], carerMinAge: null, carerMaxAge: null, relativeMinAge: 65, languages: ['sv'], cost: 'Kostnadsfritt',
      contact: '0451-00 00 00', title: RESPITE, summary: 'Några timmars avlösning i veckan, utan ansökan.', description: '',
      howToGet: 'Ring anhörigstödet.', translations: {}, published: true, sortOrder: 0,
    });
  });
  afterAll(async () => rig?.close());

  it('a specialist flags violence in close relationships on a referral, on a phone without JavaScript', async () => {
    const ctx = await rig.context({ phone: true, javaScript: false });
    const page = await ctx.newPage();
    await signInUi(page, 'hassleholm', SPECIALIST);

    await visit(page, '/hassleholm/personal/inkorg');
    await page.locator('main table a[href*="/inkorg/formedlingar/"]').first().click();
    await expectNoAxeViolations(page);
    await page.getByLabel('Misstanke om våld i nära relation').check();
    await page.getByLabel('Anteckning (frivillig)').fill('Ring bara förmiddagar.');
    await page.getByRole('button', { name: 'Spara markeringen' }).click();
    await expect.poll(() => page.locator('.banner-warning .banner-title').first().textContent()).toBe('Misstanke om våld i nära relation');
    expect(await page.locator('.banner-warning').first().textContent()).toContain('Ring bara förmiddagar.');
    await expectNoAxeViolations(page);
    await visit(page, '/hassleholm/personal/inkorg');
    expect(await page.locator('main table .badge-bad', { hasText: 'Våld i nära relation' }).count()).toBeGreaterThan(0);
    await ctx.close();
  }, 300_000);

  it('a stödkontakt makes a plan with a carer and sees its follow-up, on a phone without JavaScript', async () => {
    const ctx = await rig.context({ phone: true, javaScript: false });
    const page = await ctx.newPage();
    await signInUi(page, 'hassleholm', SPECIALIST);
    await visit(page, '/hassleholm/personal/anhoriga');
    await page.locator('main table a[href*="/personal/anhoriga/"]').first().click();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Öppna planen' }).click();
    await expectNoAxeViolations(page);
    // A bad post comes back with an error summary.
    await page.getByRole('button', { name: 'Lägg till i planen' }).click();
    await expect.poll(() => page.locator('.error-summary').count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.getByLabel('Vad ska göras').fill('Prova anhöriggruppen på torsdagar');
    await page.getByLabel('Vem ansvarar').fill('Den anhöriga');
    await page.getByLabel('Följs upp (frivilligt)').fill(new Date(rig.t.clock.now().getTime() + 3 * 86_400_000).toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Lägg till i planen' }).click();
    await expect.poll(() => page.locator('.banner-success').textContent()).toContain('Åtgärden är tillagd i planen.');
    expect(await page.locator('main table').first().textContent()).toContain('Prova anhöriggruppen på torsdagar');
    await expectNoAxeViolations(page);
    await visit(page, '/hassleholm/personal/uppfoljningar');
    expect(await page.locator('main table', { hasText: 'Prova anhöriggruppen på torsdagar' }).count()).toBe(1);
    await ctx.close();
  }, 300_000);

  it('a carer sees the offering’s condition on the närstående’s age and filters the catalogue by it', async () => {
    const ctx = await rig.context({ phone: true, javaScript: false });
    const page = await ctx.newPage();
    await visit(page, '/hassleholm/stod');
    await page.getByLabel('Din närståendes ålder').selectOption('80_plus');
    await page.getByRole('button', { name: 'Visa stöd' }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: RESPITE }).click();
    await expectNoAxeViolations(page);
    expect(await page.locator('dt', { hasText: 'Den närståendes ålder' }).locator('+ dd').textContent()).toBe('65 år eller äldre');
    await visit(page, '/hassleholm/stod?relativeAge=45_64');
    expect(await page.getByRole('link', { name: RESPITE }).count()).toBe(0);
    await ctx.close();
  }, 300_000);
  it('an admin adds a “närstående 65 or older” rule in the settings; routing and the catalogue honour it', async () => {
    const unitId = (key: string) => rig.t.seeds.get('hassleholm')!.unitIds.get(key)!;
    const ctx = await rig.context({ phone: true, javaScript: false });
    const page = await ctx.newPage();
    await signInUi(page, 'hassleholm', demoUser(rig.t, 'hassleholm', 'admin').email);
    await visit(page, '/hassleholm/personal/admin/installningar');
    // The first blank rule row comes after the stored rules.
    const row = page.locator('fieldset.rule', { hasText: 'Ny regel' }).first();
    await row.getByLabel('Den närståendes målgrupp').selectOption('older');
    await row.getByLabel('Gäller när den närstående är minst (år)').fill('65');
    await row.getByLabel('Enhet som tar emot').selectOption(unitId('cebe-spec'));
    await row.getByLabel('Varför (visas för personalen)').fill('Avlösning när den närstående är 65 år eller äldre');
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await expectNoAxeViolations(page);
    const settings = JSON.parse((await rig.t.db.selectFrom('tenants').select('settings').where('slug', '=', 'hassleholm').executeTakeFirstOrThrow()).settings);
    expect(settings.routing).toContainEqual({ targetGroup: 'older', relativeAtLeast: 65, routeToUnitId: unitId('cebe-spec'), note: 'Avlösning när den närstående är 65 år eller äldre' });
    await ctx.close();

    // Routing: a närstående of 80 goes to the rule's unit; one of 50 does not.
    const routedOf = async (reference: string) => (await rig.t.db.selectFrom('contact_requests').select('routed_unit_id')
      .where('reference', '=', reference).executeTakeFirstOrThrow()).routed_unit_id;
    const old = await submitAndFollow(rig.t, 'hassleholm', { ...anonymousForm, targetGroup: 'older', relativeAgeBand: '80_plus' });
    expect(await routedOf(old.status.$('.reference').text())).toBe(unitId('cebe-spec'));
    const younger = await submitAndFollow(rig.t, 'hassleholm', { ...anonymousForm, targetGroup: 'older', relativeAgeBand: '45_64' });
    expect(await routedOf(younger.status.$('.reference').text())).not.toBe(unitId('cebe-spec'));

    // The catalogue: the 65+ respite is offered for a närstående of 80, not of 50.
    const carer = await rig.context({ phone: true, javaScript: false });
    const cpage = await carer.newPage();
    await visit(cpage, '/hassleholm/stod?relativeAge=80_plus');
    expect(await cpage.getByRole('link', { name: RESPITE }).count()).toBe(1);
    await visit(cpage, '/hassleholm/stod?relativeAge=45_64');
    expect(await cpage.getByRole('link', { name: RESPITE }).count()).toBe(0);
    await carer.close();
  }, 300_000);
});
