// The stepped contact form: one thing per page, progress, back, check your answers, "Ändra",
// per-step validation, and nothing stored before "Skicka". Plus: staff-only notes never reach
// the carer's status page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, DIALECTS, demoUser, signIn, text, type Page, type TestApp } from '../../../test/harness.js';
import { isCheckPage, stepOfPage, walkContactForm } from '../../../test/contact-flow.js';
import { formFields } from '../../../test/form-kit.js';
import { anonymousForm, submitAndFollow } from '../../../test/requests.js';
import { STEPS } from './steps.js';

describe.each(DIALECTS)('the stepped contact form on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
  });
  afterAll(async () => t?.close());

  const count = async () => Number((await t.db.selectFrom('contact_requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const next = (a: Agent, page: Page, answers: Record<string, string | undefined>) => {
    const { fields } = formFields(page, 'main form:has(input[name="step"])');
    const { _csrf: _, ...rest } = fields;
    return a.post('/hassleholm/kontakt/steg', { ...rest, ...answers, nav: 'next' });
  };

  it('asks one thing per page with progress, consent first in two sentences with a link to the full text', async () => {
    const a = new Agent(t.app);
    const before = await count(); // the demo seed's own requests
    const first = await a.get('/hassleholm/kontakt');
    expect(first.headers['cache-control']).toBe('no-store');
    expect(text(first, '.caption')).toBe(`Steg 1 av ${STEPS.length}`);
    expect(first.$('main input[name="consent"]').length).toBe(1);
    expect(first.$('main a[href="/hassleholm/kontakt/integritet"]').text()).toBe('Läs mer om hur vi hanterar dina uppgifter');
    expect(first.$('main a[href^="tel:"]').text()).toBe('070-174 06 53');
    const privacy = await a.get('/hassleholm/kontakt/integritet');
    expect(text(privacy)).toContain('Vi sparar aldrig din IP-adress.');
    // Without the consent: the same step, an error summary linked to the field.
    const refused = await next(a, first, {});
    expect(refused.status).toBe(400);
    expect(stepOfPage(refused)).toBe('samtycke');
    expect(refused.$('.error-summary a').attr('href')).toBe('#f-consent');
    const topic = await next(a, refused, { consent: 'on' });
    expect(stepOfPage(topic)).toBe('arende');
    expect(text(topic, '.caption')).toBe(`Steg 2 av ${STEPS.length}`);
    const relative = await next(a, topic, { topic: 'respite' });
    expect(stepOfPage(relative)).toBe('narstaende');
    expect(text(relative)).toContain('Hur gammal är din närstående?');
    const ages = relative.$('select[name="relativeAgeBand"] option').map((_, o) => relative.$(o).attr('value')).get();
    expect(ages).toEqual(['', 'under_13', '13_17', '18_24', '25_44', '45_64', '65_79', '80_plus']);
    expect(relative.$('select[name="relativeAgeBand"] option[value=""]').text()).toBe('Vet inte / vill inte svara');
    const bad = await next(a, relative, { relativeAgeBand: '120_plus' });
    expect(bad.status).toBe(400);
    expect(bad.$('#f-relativeAgeBand-error').text()).toContain('Välj ett av alternativen');
    // Back: the previous step with its answer still chosen, the later answers carried along.
    const backForm = formFields(relative, 'main form.back-form');
    const { _csrf: _, ...carried } = backForm.fields;
    const back = await a.post(backForm.action, { ...carried, goto: 'arende' });
    expect(stepOfPage(back)).toBe('arende');
    expect(back.$('input[type="radio"][name="topic"][value="respite"]').attr('checked')).toBeDefined();
    expect(await count()).toBe(before);
  });

  it('shows every answer on the check page with "Ändra", returns there after a change, and stores only on "Skicka"', async () => {
    const a = new Agent(t.app);
    const before = await count(); // the demo seed's own requests
    let page = await a.get('/hassleholm/kontakt');
    const answers: Record<string, string> = { ...anonymousForm, relativeAgeBand: '65_79', message: 'Pappa har en demenssjukdom.' };
    while (!isCheckPage(page, 'hassleholm')) {
      const step = STEPS.find((s) => s.key === stepOfPage(page))!;
      page = await next(a, page, Object.fromEntries(step.fields.map((f) => [f, answers[f]])));
      expect(page.status).toBe(200);
    }
    expect(page.$('h1').text()).toBe('Kontrollera dina svar innan du skickar');
    const shown = text(page);
    for (const s of ['Jag vill prata med någon om min situation', 'Pappa har en demenssjukdom.', 'Hög ålder', '65–79 år', '45–64 år', 'Vildros', '070-555 12 34', 'Förmiddag (8–12)']) expect(shown).toContain(s);
    expect(page.$('main button[name="change"]').length).toBeGreaterThanOrEqual(12);
    expect(await count()).toBe(before);
    // "Ändra" the phone number: the contact step, then straight back to the check page.
    const { fields } = formFields(page, 'main form[action="/hassleholm/kontakt"]');
    const { _csrf: _, ...rest } = fields;
    const change = await a.post('/hassleholm/kontakt/steg', { ...rest, change: 'kontakt' });
    expect(stepOfPage(change)).toBe('kontakt');
    expect(change.$('#f-phone').attr('value')).toBe('070-555 12 34');
    const checked = await next(a, change, { phone: '070-555 99 88' });
    expect(isCheckPage(checked, 'hassleholm')).toBe(true);
    expect(text(checked)).toContain('070-555 99 88');
    const sent = await walkContactForm(t, a, 'hassleholm', {}, checked);
    expect(sent.status).toBe(303);
    const row = await t.db.selectFrom('contact_requests').selectAll().orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ phone: '070-555 99 88', topic: 'talk', target_group: 'older', age_band: '45_64', message: 'Pappa har en demenssjukdom.' });
    t.clock.advance(60_000);
  });

  it('a tampered earlier answer sent with "Skicka" brings back the step that asks it', async () => {
    const a = new Agent(t.app);
    const res = await walkContactForm(t, a, 'hassleholm', anonymousForm);
    expect(res.status).toBe(303);
    t.clock.advance(60_000);
    const page = await a.get('/hassleholm/kontakt');
    const started = page.$('input[name="started"]').attr('value');
    t.clock.advance(5000);
    const tampered = await a.post('/hassleholm/kontakt', { ...anonymousForm, started, topic: 'teleport' });
    expect(tampered.status).toBe(400);
    expect(stepOfPage(tampered)).toBe('arende');
    expect(tampered.$('#f-topic-error').text()).toContain('Välj vad det gäller');
  });

  it('never shows the routing rule’s staff note on the carer’s status page, while staff still see it', async () => {
    const note = 'INTERN ANTECKNING: visas bara för personalen';
    const row = await t.db.selectFrom('tenants').select('settings').where('slug', '=', 'hassleholm').executeTakeFirstOrThrow();
    const settings = JSON.parse(row.settings);
    settings.routing = settings.routing.map((r: { note: string }) => ({ ...r, note }));
    await t.db.updateTable('tenants').set({ settings: JSON.stringify(settings) }).where('slug', '=', 'hassleholm').execute();
    t.clock.advance(5000); // past the tenant cache's revalidation
    const { status } = await submitAndFollow(t, 'hassleholm');
    expect(status.status).toBe(200);
    expect(status.body).not.toContain(note);
    expect(status.body).not.toContain('INTERN ANTECKNING');
    const reference = status.$('.reference').text();
    const id = (await t.db.selectFrom('contact_requests').select('id').where('reference', '=', reference).executeTakeFirstOrThrow()).id;
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    const detail = await staff.get(`/hassleholm/personal/forfragningar/${id}`);
    expect(text(detail)).toContain(note);
  });
});
