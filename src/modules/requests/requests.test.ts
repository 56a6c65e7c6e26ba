import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, DIALECTS, text, type TestApp } from '../../../test/harness.js';
import { tokenHash } from './codes.js';
import { anonymousForm, sendForm, submitAndFollow } from '../../../test/requests.js';
import { walkContactForm } from '../../../test/contact-flow.js';
import { CONTACT_LIMITS } from './limiter.js';
import { LIMIT_WINDOW_MS } from '../../platform/http/abuse-limits.js';

describe.each(DIALECTS)('contact requests (public side) on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['herrljunga', 'hassleholm'] });
  });
  afterAll(async () => t?.close());

  const count = async () => Number((await t.db.selectFrom('contact_requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const unitId = (slug: string, key: string) => t.seeds.get(slug)!.unitIds.get(key)!;

  it('takes an anonymous request and stores only the alias and the one channel given', async () => {
    const { status, token } = await submitAndFollow(t, 'hassleholm', { ...anonymousForm, email: 'ska.inte.sparas@example.se' });
    expect(status.status).toBe(200);
    const reference = status.$('.reference').text();
    expect(reference).toMatch(/^K-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    expect(text(status)).toContain('Tack! Din förfrågan är skickad.');
    expect(status.$('a.break').attr('href')).toContain(`/hassleholm/kontakt/status/${token}`);
    const row = await t.db.selectFrom('contact_requests').selectAll().where('reference', '=', reference).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ mode: 'anonymous', name: 'Vildros', phone: '070-555 12 34', email: null, channel: 'phone', status: 'new', campaign_id: null });
    // Only the token's hash is stored, and the token is 256 bits.
    expect(token).toHaveLength(43);
    expect(row.status_token_hash).toBe(tokenHash(token));
    expect(JSON.stringify(row)).not.toContain(token);
    // No address of the sender anywhere in the row.
    expect(JSON.stringify(row)).not.toContain('127.0.0.1');
    // Hässleholm has no rule for adults: the common queue, i.e. the carer-support unit, and says why.
    expect(row.routed_unit_id).toBeNull();
    expect(unitId('hassleholm', 'anhorigstod')).toBeTruthy();
    expect(text(status)).toContain('Anhörigstöd och frivilligsamordning');
    // The routing rule's note is written for staff: never on the carer's page (issue 16).
    expect(status.body).not.toContain('lotsar vidare till rätt funktion');
  });

  it('says plainly that a name ends anonymity, on the form and after sending', async () => {
    const a = new Agent(t.app);
    await a.get('/hassleholm/kontakt');
    const form = await a.post('/hassleholm/kontakt/steg', { goto: 'anonym' });
    expect(form.$('#f-name-hint').text()).toContain('kan vi inte garantera att du är anonym');
    const { status } = await submitAndFollow(t, 'hassleholm', { ...anonymousForm, mode: 'named', name: 'Berit Exempelsson', email: 'berit@example.se' });
    expect(text(status)).toContain('Du har skrivit ditt namn. Därför kan vi inte garantera att du är anonym.');
    const row = await t.db.selectFrom('contact_requests').selectAll().where('name', '=', 'Berit Exempelsson').executeTakeFirstOrThrow();
    // With a name, both ways of reaching the carer are kept, and a confirmation is queued.
    expect(row).toMatchObject({ mode: 'named', phone: '070-555 12 34', email: 'berit@example.se' });
    const mail = await t.db.selectFrom('outbox').selectAll().where('dedupe_key', '=', `contact-request:${row.id}:confirmation`).executeTakeFirstOrThrow();
    expect(mail.recipient).toBe('berit@example.se');
    expect(mail.body_text).toContain(row.reference);
    expect(mail.body_text).not.toContain('/kontakt/status/');
  });

  it('routes substance use in Herrljunga to vuxenenheten and tells the carer where, but not the staff note', async () => {
    const { status } = await submitAndFollow(t, 'herrljunga', { ...anonymousForm, targetGroup: 'substance_use', ageBand: '25_44' });
    expect(text(status)).toContain('Vuxenenheten');
    expect(status.body).not.toContain('hänvisas till vuxenenheten');
    const ref = status.$('.reference').text();
    const row = await t.db.selectFrom('contact_requests').select(['routed_unit_id', 'routing_note']).where('reference', '=', ref).executeTakeFirstOrThrow();
    expect(row.routed_unit_id).toBe(unitId('herrljunga', 'vuxenenheten'));
    // The specialist queue is told, without personal data.
    const notices = await t.db.selectFrom('outbox').select(['recipient', 'body_text']).where('dedupe_key', 'like', '%:notify:%').where('body_text', 'like', `%${ref}%`).execute();
    expect(notices.map((n) => n.recipient)).toEqual(['kristoffer.strand@herrljunga.example.se']);
    expect(notices[0].body_text).not.toContain('Vildros');
    expect(notices[0].body_text).not.toContain('555');
  });

  it('tells a child carer in Herrljunga kindly where to turn, and still takes the request', async () => {
    const form = await new Agent(t.app).get('/herrljunga/kontakt');
    expect(text(form)).toContain('Är du under 18 år?');
    expect(text(form)).toContain('BRIS');
    const { status } = await submitAndFollow(t, 'herrljunga', { ...anonymousForm, targetGroup: 'mental_health', ageBand: '13_17' });
    expect(status.status).toBe(200);
    expect(text(status)).toContain('Barn och familj');
    expect(text(status)).toContain('personal som hjälper barn och unga');
    const row = await t.db.selectFrom('contact_requests').select('routed_unit_id').where('reference', '=', status.$('.reference').text()).executeTakeFirstOrThrow();
    expect(row.routed_unit_id).toBe(unitId('herrljunga', 'barn-familj'));
  });

  it('lets the carer withdraw, which deletes the contact details but keeps the statistics', async () => {
    const { agent, token } = await submitAndFollow(t, 'hassleholm', { ...anonymousForm, channel: 'email', email: 'gomd@example.se', message: 'Min mamma har demens.' });
    const hash = tokenHash(token);
    expect(await t.db.selectFrom('outbox').select('id').where('recipient', '=', 'gomd@example.se').execute()).toHaveLength(1);
    // The button leads to a confirmation page; a POST without the confirmation changes nothing.
    const before = await agent.get(`/hassleholm/kontakt/status/${token}`);
    const confirmHref = before.$('a.button-warning').attr('href')!;
    expect(confirmHref).toBe(`/hassleholm/kontakt/status/${token}/aterkalla`);
    const confirmPage = await agent.get(confirmHref);
    expect(confirmPage.$('h1').text()).toBe('Vill du verkligen återkalla förfrågan och radera dina uppgifter?');
    expect(text(confirmPage)).toContain('Det går inte att ångra.');
    expect(confirmPage.$('main form input[name="confirm"]').attr('value')).toBe('yes');
    const unconfirmed = await agent.post(`/hassleholm/kontakt/status/${token}/aterkalla`);
    expect(unconfirmed.status).toBe(200);
    expect(unconfirmed.$('h1').text()).toBe('Vill du verkligen återkalla förfrågan och radera dina uppgifter?');
    expect(await t.db.selectFrom('contact_requests').select('status').where('status_token_hash', '=', hash).executeTakeFirstOrThrow()).toEqual({ status: 'new' });
    const res = await agent.post(`/hassleholm/kontakt/status/${token}/aterkalla`, { confirm: 'yes' });
    expect(res.status).toBe(303);
    const after = await agent.get(res.location!);
    expect(text(after)).toContain('Dina kontaktuppgifter är raderade.');
    expect(text(after)).toContain('Återkallad.');
    const row = await t.db.selectFrom('contact_requests').selectAll().where('status_token_hash', '=', hash).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'withdrawn', name: null, phone: null, email: null, message: null, selfcheck_summary: null, topic: 'talk', target_group: 'older', age_band: '45_64', channel: 'email' });
    expect(row.erased_at).not.toBeNull();
    // The confirmation e-mail with the address is gone too.
    expect(await t.db.selectFrom('outbox').select('id').where('recipient', '=', 'gomd@example.se').execute()).toHaveLength(0);
    const audit = await t.db.selectFrom('audit_log').select('action').where('subject_id', '=', row.id).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['contact_request.create', 'contact_request.withdraw', 'contact_request.erase']));
    // Withdrawing again: a clear Swedish message, not a 500.
    const again = await agent.post(`/hassleholm/kontakt/status/${token}/aterkalla`, { confirm: 'yes' });
    expect(again.status).toBe(409);
    expect(text(again)).toContain('redan återkallad');
  });

  it('gives 404 for an unknown or malformed status link and for another municipality’s link', async () => {
    const a = new Agent(t.app);
    const { token } = await submitAndFollow(t, 'hassleholm');
    expect((await a.get(`/herrljunga/kontakt/status/${token}`)).status).toBe(404);
    expect((await a.get(`/hassleholm/kontakt/status/${'A'.repeat(43)}`)).status).toBe(404);
    expect((await a.get('/hassleholm/kontakt/status/kort')).status).toBe(404);
    expect((await a.post(`/herrljunga/kontakt/status/${token}/aterkalla`, { confirm: 'yes' })).status).toBe(404);
    expect((await a.get(`/herrljunga/kontakt/status/${token}/aterkalla`)).status).toBe(404);
  });

  it('re-renders the form with Swedish messages and stores nothing on bad input', async () => {
    const before = await count();
    const a = new Agent(t.app);
    const cases: [Record<string, string | undefined>, string, string][] = [
      [{ ...anonymousForm, phone: '' }, 'phone', 'Skriv ditt telefonnummer'],
      [{ ...anonymousForm, channel: undefined }, 'channel', 'Välj om vi ska ringa eller skicka e-post'],
      [{ ...anonymousForm, name: 'x'.repeat(5000) }, 'name', 'högst 100 tecken'],
      [{ ...anonymousForm, name: '<script>alert(1)</script>' }, 'name', 'får inte innehålla tecknen'],
      [{ ...anonymousForm, name: '' }, 'name', 'Skriv ett förnamn eller ett påhittat namn'],
      [{ ...anonymousForm, mode: 'named', name: '' }, 'name', 'Skriv ditt namn'],
      [{ ...anonymousForm, phone: 'ring mig' }, 'phone', 'Skriv telefonnumret med siffror'],
      [{ ...anonymousForm, channel: 'email', email: 'inte-en-adress' }, 'email', 'namn@exempel.se'],
      [{ ...anonymousForm, consent: undefined }, 'consent', 'Kryssa i'],
      [{ ...anonymousForm, topic: 'teleport' }, 'topic', 'Välj vad det gäller'],
      [{ ...anonymousForm, ageBand: '200' }, 'ageBand', 'Välj ett av alternativen'],
      [{ ...anonymousForm, message: 'x'.repeat(1001) }, 'message', 'högst 1000 tecken'],
      [{ ...anonymousForm, personnummer: '19121212-1212' }, '_form', 'okända fält'],
    ];
    for (const [form, field, message] of cases) {
      const res = await sendForm(t, a, 'hassleholm', form);
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(res.$('.error-summary').text()).toContain(message);
      if (field !== '_form') expect(res.$(`#f-${field}-error`).text()).toContain(message);
      // Typed text comes back as text (the field's value), never as markup.
      expect(res.$('script').length).toBe(0);
      if (form.name?.startsWith('<script>')) expect(res.$('#f-name').attr('value')).toBe(form.name);
      t.clock.advance(60_000);
    }
    expect(await count()).toBe(before);
  });

  it('turns away bots: the honeypot, a forged or missing stamp, and a form sent too fast', async () => {
    const before = await count();
    const a = new Agent(t.app);
    const honey = await sendForm(t, a, 'hassleholm', { ...anonymousForm, website: 'http://spam.example' });
    expect(honey.status).toBe(400);
    expect(text(honey)).toContain('Formuläret kunde inte tas emot');
    const forged = await a.post('/hassleholm/kontakt', { ...anonymousForm, started: '1700000000000.AAAAAAAAAAAAAAAAAAAAAA' });
    expect(forged.status).toBe(400);
    const missing = await a.post('/hassleholm/kontakt', anonymousForm);
    expect(missing.status).toBe(400);
    const page = await a.get('/hassleholm/kontakt');
    const fast = await a.post('/hassleholm/kontakt', { ...anonymousForm, started: page.$('input[name="started"]').attr('value') });
    expect(fast.status).toBe(400);
    expect(text(fast)).toContain('Vänta några sekunder');
    expect(await count()).toBe(before);
    t.clock.advance(LIMIT_WINDOW_MS);
  });

  it('refuses a POST without the CSRF token', async () => {
    const before = await count();
    const a = new Agent(t.app);
    await a.get('/hassleholm/kontakt');
    const res = await a.post('/hassleholm/kontakt', anonymousForm, { csrf: null });
    expect(res.status).toBe(403);
    expect(await count()).toBe(before);
  });

  it('limits how many accepted requests one address may send, with a Swedish 429 page that keeps the form', async () => {
    t.clock.advance(LIMIT_WINDOW_MS);
    const a = new Agent(t.app);
    // Forms with mistakes cost nothing.
    for (let i = 0; i < CONTACT_LIMITS.perAddress + 5; i++) expect((await sendForm(t, a, 'hassleholm', { ...anonymousForm, consent: undefined })).status).toBe(400);
    for (let i = 0; i < CONTACT_LIMITS.perAddress; i++) expect((await sendForm(t, a, 'hassleholm', anonymousForm)).status).toBe(303);
    const limited = await sendForm(t, a, 'hassleholm', { ...anonymousForm, message: 'Behöver råd om avlösning.' });
    expect(limited.status).toBe(429);
    expect(text(limited)).toContain('Det du skrev finns kvar i formuläret');
    // The check page comes back with every answer.
    expect(limited.$('main form input[name="message"]').attr('value')).toBe('Behöver råd om avlösning.');
    expect(text(limited)).toContain('Behöver råd om avlösning.');
    t.clock.advance(LIMIT_WINDOW_MS + 1000);
    expect((await sendForm(t, a, 'hassleholm', anonymousForm)).status).toBe(303);
  });

  it('takes the self-check result along (the integration contract), and stores it on submit', async () => {
    const a = new Agent(t.app);
    await a.get('/hassleholm/kontakt');
    const summary = 'Belastningskoll: hög belastning i dimensionen Trötthet.\n\n- Sömn: ofta störd\n- Egen tid: sällan';
    const pre = await a.post('/hassleholm/kontakt', { prefill: '1', selfcheck: summary });
    expect(pre.status).toBe(200);
    expect(pre.$('.error-summary').length).toBe(0);
    expect(pre.$('input[name="selfcheck"]').attr('value')).toBe(summary);
    expect(text(pre)).toContain('Ditt resultat från belastningskollen skickas med');
    expect(text(pre)).toContain('hög belastning i dimensionen Trötthet');
    const tooLong = await a.post('/hassleholm/kontakt', { prefill: '1', selfcheck: 'x'.repeat(4001) });
    expect(tooLong.status).toBe(400);
    const res = await walkContactForm(t, a, 'hassleholm', anonymousForm, pre);
    expect(res.status).toBe(303);
    const status = await a.get(res.location!);
    expect(text(status)).toContain('Ditt resultat från belastningskollen skickades med.');
    const row = await t.db.selectFrom('contact_requests').select('selfcheck_summary').where('reference', '=', status.$('.reference').text()).executeTakeFirstOrThrow();
    expect(row.selfcheck_summary).toBe(summary);
    t.clock.advance(60_000);
  });

  it('shows the form and status page in Arabic, right to left', async () => {
    const a = new Agent(t.app);
    const form = await a.get('/hassleholm/kontakt?lang=ar');
    expect(form.$('html').attr('dir')).toBe('rtl');
    expect(form.$('h1').text()).toBe('أريد أن يتصلوا بي');
    const res = await sendForm(t, a, 'hassleholm', { ...anonymousForm, phone: '' });
    expect(res.$('#f-phone-error').text()).toContain('اكتب رقم هاتفك');
    t.clock.advance(60_000);
  });
});
