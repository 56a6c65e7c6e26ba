// The accessibility statement per municipality (DOS-lagen) and its feedback form: the admin
// edits the statement, visitors report problems without JavaScript, reports reach the
// municipality and are deleted after 12 months.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type Page, type TestApp } from '../../../test/harness.js';
import { DEMO_PASSWORD } from '../../demo/seed.js';
import { JOBS, runJobOnce } from '../../platform/jobs/scheduler.js';
import { LIMIT_WINDOW_MS, recordAccepted } from '../../platform/http/abuse-limits.js';
import { FEEDBACK_LIMITS } from './accessibility-routes.js';
import { createUser } from './service.js';
import { DIGG_COMPLAINT_URL, feedbackCutoff } from './accessibility.js';

const ADMIN_URL = '/hassleholm/personal/admin/tillganglighet';
const REPORTS_URL = `${ADMIN_URL}/rapporter`;
const FORM_URL = '/hassleholm/tillganglighet/rapportera';

const statement = {
  compliance: 'partial',
  nonCompliance: '- Kartan över träffpunkter saknar textalternativ (WCAG 1.1.1). Åtgärdas under våren 2027.\n- Filmer saknar undertexter (WCAG 1.2.2).',
  burden: '', outOfScope: 'Protokoll publicerade före den 23 september 2018.',
  assessment: 'Vi granskade webbplatsen själva med skärmläsare i oktober 2026.',
  reviewedOn: '2026-10-15', feedbackEmail: 'tillganglighet@hassleholm.example.se', feedbackPhone: '0451-26 70 00',
};

describe.each(DIALECTS)('accessibility statement and feedback on %s', (dialect) => {
  let t: TestApp;
  let admin: Agent;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'herrljunga'] });
    admin = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'admin').email);
  });
  afterAll(async () => t?.close());

  const tenantId = (slug: string) => t.seeds.get(slug)!.tenantId;
  const feedbackRows = () => t.db.selectFrom('accessibility_feedback').selectAll().orderBy('created_at').execute();
  const statementRows = () => t.db.selectFrom('accessibility_statements').selectAll().orderBy('tenant_id').execute();
  const auditActions = async (action: string) => (await t.db.selectFrom('audit_log').select('action').where('action', '=', action).execute()).length;

  /** Show the form, let a person's few seconds pass, send it with the form's own stamp. */
  async function report(agent: Agent, form: Record<string, string | undefined>, url = FORM_URL): Promise<Page> {
    const page = await agent.get(url);
    t.clock.advance(5000);
    return agent.post(url, { started: page.$('input[name="started"]').attr('value'), ...form });
  }

  it('shows Bredvid’s default statement with the municipality’s contact details, a feedback form and Digg', async () => {
    const res = await new Agent(t.app).get('/hassleholm/tillganglighet');
    expect(res.status).toBe(200);
    expect(res.$('h1').text().replace(/\u00ad/g, '')).toBe('Tillgänglighetsredogörelse');
    expect(text(res)).toContain('delvis förenlig med lagen om tillgänglighet till digital offentlig service');
    expect(text(res)).toContain('Bifogade dokument som protokoll');
    expect(text(res)).toContain('granskades senast den 25 november 2026');
    const email = 'anhorigstod@hassleholm.example.se'; // the demo seed's contact address
    expect(res.$(`main a[href="mailto:${email}"]`).length).toBe(1);
    expect(res.$(`main a[href="${DIGG_COMPLAINT_URL}"]`).length).toBe(1);
    expect(res.$('main a[href="/hassleholm/tillganglighet/rapportera"]').text()).toBe('Rapportera brister i tillgängligheten');
    // Linked from every page's footer.
    const start = await new Agent(t.app).get('/hassleholm/stod');
    expect(start.$('footer a[href="/hassleholm/tillganglighet"]').length).toBe(1);
    // The installation's own statement: the default text, Digg, and no form of a municipality.
    const root = await new Agent(t.app).get('/tillganglighet');
    expect(root.status).toBe(200);
    expect(root.$(`main a[href="${DIGG_COMPLAINT_URL}"]`).length).toBe(1);
    expect(root.$('main a[href$="/rapportera"]').length).toBe(0);
  });

  it('shows the statement in every language the municipality offers, its own Swedish text marked lang="sv"', async () => {
    const cases: [string, string, string, 'ltr' | 'rtl'][] = [
      ['en', 'Accessibility statement', 'Report an accessibility problem', 'ltr'],
      ['ar', 'بيان إمكانية الوصول', 'أبلغ عن مشكلة في إمكانية الوصول', 'rtl'],
      ['fi', 'Saavutettavuusseloste', 'Ilmoita saavutettavuuden puutteesta', 'ltr'],
      ['fa', 'بیانیه دسترس‌پذیری', 'گزارش یک مشکل دسترس‌پذیری', 'rtl'],
      ['so', 'Bayaanka helitaanka', 'Soo sheeg cillad helitaan', 'ltr'],
      ['sv-easy', 'Tillgänglighetsredogörelse', 'Berätta om ett fel', 'ltr'],
    ];
    for (const [lang, h1, button, dir] of cases) {
      const res = await new Agent(t.app).get(`/hassleholm/tillganglighet?lang=${lang}`);
      expect(res.status).toBe(200);
      expect([res.$('html').attr('dir'), res.$('main').attr('lang')]).toEqual([dir, undefined]);
      expect(res.$('main h1').text()).toBe(h1);
      expect(res.$('main a[href="/hassleholm/tillganglighet/rapportera"]').text()).toBe(button);
      expect(res.$(`main a[href="${DIGG_COMPLAINT_URL}"]`).length).toBe(1);
      if (lang !== 'sv-easy') {
        // No Swedish interface text outside what the municipality wrote (marked lang="sv").
        const own = res.$('main').clone();
        own.find('[lang=sv]').remove();
        expect(own.text()).not.toMatch(/tillgänglig|webbplats|granskades|Rapportera|Tillsyn/i);
        expect(res.$('main [lang=sv]').text()).toContain('Bifogade dokument som protokoll');
      }
    }
    const en = await new Agent(t.app).get('/hassleholm/tillganglighet?lang=en');
    expect(text(en)).toContain('The website was last reviewed on 25 November 2026.');
  });

  it('lets the municipality’s admin write its own statement, which only its own page shows', async () => {
    const page = await admin.get(ADMIN_URL);
    expect(page.status).toBe(200);
    expect(text(page)).toContain('Ni visar Bredvids standardtext');
    expect(page.$('input[name="compliance"][value="partial"]').attr('checked')).toBeDefined();
    expect(page.$('#f-reviewedOn').val()).toBe('2026-11-25');
    const saved = await admin.post(ADMIN_URL, statement);
    expect(saved.status).toBe(303);
    expect(saved.location).toBe(`${ADMIN_URL}?sparad=1`);
    const again = await admin.get(saved.location!);
    expect(text(again)).toContain('Redogörelsen är sparad.');
    expect(text(again)).not.toContain('Ni visar Bredvids standardtext');
    expect(again.$('#f-feedbackEmail').val()).toBe(statement.feedbackEmail);

    const pub = await new Agent(t.app).get('/hassleholm/tillganglighet');
    expect(pub.$('main li').map((_, e) => pub.$(e).text()).get()).toEqual(expect.arrayContaining([
      'Kartan över träffpunkter saknar textalternativ (WCAG 1.1.1). Åtgärdas under våren 2027.', 'Filmer saknar undertexter (WCAG 1.2.2).',
    ]));
    expect(pub.$('section[aria-labelledby="brister"] h3').map((_, e) => pub.$(e).text()).get()).toEqual(['Bristande förenlighet med lagkraven', 'Innehåll som inte omfattas av lagen']);
    expect(text(pub, 'section[aria-labelledby="brister"]')).toContain('Protokoll publicerade före den 23 september 2018.');
    expect(text(pub)).not.toContain('Oskäligt betungande anpassning');
    expect(text(pub)).toContain('granskades senast den 15 oktober 2026');
    expect(text(pub)).toContain('Redogörelsen uppdaterades senast den 25 november 2026');
    expect(pub.$(`main a[href="mailto:${statement.feedbackEmail}"]`).length).toBe(1);
    expect(text(pub)).toContain(statement.feedbackPhone);
    // Another municipality still has the default text.
    const other = await new Agent(t.app).get('/herrljunga/tillganglighet');
    expect(text(other)).toContain('Bifogade dokument som protokoll');
    expect(text(other)).not.toContain('Kartan över träffpunkter');

    // Saving again replaces the one row; every save is audited.
    expect((await admin.post(ADMIN_URL, { ...statement, compliance: 'full', nonCompliance: '', outOfScope: '' })).status).toBe(303);
    const rows = await statementRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tenant_id: tenantId('hassleholm'), compliance: 'full', non_compliance_text: '' });
    const full = await new Agent(t.app).get('/hassleholm/tillganglighet');
    expect(text(full)).toContain('helt förenlig');
    expect(full.$('#brister').length).toBe(0);
    expect(await auditActions('accessibility_statement.update')).toBe(2);
    expect((await admin.post(ADMIN_URL, statement)).status).toBe(303);
  });

  it.each([
    ['no compliance level', { compliance: undefined }, 'compliance'],
    ['partly compliant without saying what is not', { nonCompliance: '' }, 'nonCompliance'],
    ['no review description', { assessment: '' }, 'assessment'],
    ['a review date in the future', { reviewedOn: '2026-12-24' }, 'reviewedOn'],
    ['a review date that is not a date', { reviewedOn: '2026-02-30' }, 'reviewedOn'],
    ['no feedback address', { feedbackEmail: '' }, 'feedbackEmail'],
    ['a bad feedback address', { feedbackEmail: 'tillganglighet' }, 'feedbackEmail'],
    ['too long a description', { nonCompliance: 'x'.repeat(5001) }, 'nonCompliance'],
    ['an unknown field', { theme: 'dark' }, '_form'],
  ])('refuses a statement with %s, at the field, and stores nothing', async (_label, over, field) => {
    const before = JSON.stringify(await statementRows());
    const res = await admin.post(ADMIN_URL, { ...statement, ...over });
    expect(res.status).toBe(400);
    expect(res.$('.error-summary li').length).toBeGreaterThan(0);
    if (field !== '_form') {
      expect(res.$(`#f-${field}-error`).text()).not.toBe('');
      expect(res.$(`.error-summary a[href="#f-${field}"]`).length).toBe(1);
    }
    expect(JSON.stringify(await statementRows())).toBe(before);
  });

  it('keeps the statement and the reports to admins of the whole municipality', async () => {
    const specialist = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    expect((await specialist.get(ADMIN_URL)).status).toBe(403);
    expect((await specialist.get(REPORTS_URL)).status).toBe(403);
    expect((await specialist.post(ADMIN_URL, statement)).status).toBe(403);
    const unitId = t.seeds.get('hassleholm')!.unitIds.get('anhorigstod')!;
    await createUser(t.db, tenantId('hassleholm'), { email: 'enhetsadmin@hassleholm.example.se', name: 'Enhets Admin', password: DEMO_PASSWORD, roles: [{ role: 'admin', unitId }] }, t.clock.now());
    const unitAdmin = await signIn(t.app, 'hassleholm', 'enhetsadmin@hassleholm.example.se');
    expect((await unitAdmin.get(ADMIN_URL)).status).toBe(403);
    expect((await unitAdmin.get(REPORTS_URL)).status).toBe(403);
    expect((await unitAdmin.post(ADMIN_URL, { ...statement, feedbackEmail: 'kapad@example.se' })).status).toBe(403);
    expect((await new Agent(t.app).get(ADMIN_URL)).status).toBe(303);
    expect((await statementRows())[0].feedback_email).toBe(statement.feedbackEmail);
  });

  it('takes a report without JavaScript, says what is stored, and tells the municipality without the content', async () => {
    const a = new Agent(t.app);
    const form = await a.get(FORM_URL);
    expect(form.status).toBe(200);
    expect(form.$('h1').text()).toBe('Rapportera brister i tillgängligheten');
    for (const name of ['page', 'message', 'email']) expect(form.$(`label[for="f-${name}"]`).length).toBe(1);
    expect(text(form)).toContain('Vi sparar inte din IP-adress');
    expect(text(form)).toContain('senast efter 12 månader');
    expect(form.$('input[name="website"]').attr('tabindex')).toBe('-1');
    const res = await report(a, { page: 'https://bredvid.example.se/hassleholm/aktiviteter', message: 'Knappen Boka går inte att nå med tangentbordet.\nJag använder inte mus.', email: 'besokare@example.se' });
    expect(res.status).toBe(303);
    expect(res.location).toBe(`${FORM_URL}?skickad=1`);
    const thanks = await a.get(res.location!);
    expect(text(thanks)).toContain('Din rapport är skickad.');
    expect(thanks.$('main p a[href="/hassleholm/tillganglighet"]').text()).toBe('tillgänglighetsredogörelsen');
    const rows = await feedbackRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tenant_id: tenantId('hassleholm'), page: 'https://bredvid.example.se/hassleholm/aktiviteter', email: 'besokare@example.se' });
    expect(rows[0].message).toContain('Jag använder inte mus.');
    const mail = await t.db.selectFrom('outbox').selectAll().where('dedupe_key', '=', `accessibility-feedback:${rows[0].id}:notify`).executeTakeFirstOrThrow();
    expect(mail.recipient).toBe(statement.feedbackEmail);
    expect(mail.body_text).toContain('/hassleholm/personal/admin/tillganglighet/rapporter');
    expect(mail.body_text).not.toContain('Knappen Boka');
    expect(mail.body_text).not.toContain('besokare@example.se');
    expect(await auditActions('accessibility_feedback.create')).toBe(1);

    // Without an e-mail address nothing identifies the sender; Herrljunga's report goes to its default contact.
    expect((await report(new Agent(t.app), { message: 'Texten på kartan är för liten.' })).status).toBe(303);
    expect((await feedbackRows())[1]).toMatchObject({ page: null, email: null, message: 'Texten på kartan är för liten.' });
    expect((await report(new Agent(t.app), { message: 'Kontrasten är för låg i sidfoten.' }, '/herrljunga/tillganglighet/rapportera')).status).toBe(303);
    const herrljungaMail = await t.db.selectFrom('outbox').select('recipient').where('dedupe_key', 'like', 'accessibility-feedback:%').where('tenant_id', '=', tenantId('herrljunga')).execute();
    expect(herrljungaMail).toEqual([{ recipient: 'anhorigstod@herrljunga.example.se' }]);
    t.clock.advance(LIMIT_WINDOW_MS);
  });

  it('refuses bad reports with an error summary, and turns away bots, storing nothing', async () => {
    const before = (await feedbackRows()).length;
    const a = new Agent(t.app);
    const empty = await report(a, { message: '' });
    expect(empty.status).toBe(400);
    expect(empty.$('.error-summary a[href="#f-message"]').text()).toBe('Beskriv vad som inte fungerade');
    expect(empty.$('#f-message').attr('aria-invalid')).toBe('true');
    const badEmail = await report(a, { message: 'Något', email: 'inte-en-adress' });
    expect(badEmail.$('.error-summary a[href="#f-email"]').length).toBe(1);
    expect(badEmail.$('#f-message').text()).toBe('Något');
    expect((await report(a, { message: 'x'.repeat(2001) })).status).toBe(400);
    expect((await report(a, { message: 'Något', extra: 'x' })).status).toBe(400);
    const honey = await report(a, { message: 'Köp billigt', website: 'http://spam.example' });
    expect(honey.status).toBe(400);
    expect(text(honey)).toContain('Formuläret kunde inte tas emot');
    expect((await a.post(FORM_URL, { message: 'Utan stämpel' })).status).toBe(400);
    const shown = await a.get(FORM_URL);
    const fast = await a.post(FORM_URL, { message: 'För snabbt', started: shown.$('input[name="started"]').attr('value') });
    expect(fast.status).toBe(400);
    expect(text(fast)).toContain('Vänta några sekunder');
    expect((await a.post(FORM_URL, { message: 'Utan token' }, { csrf: null })).status).toBe(403);
    expect((await feedbackRows()).length).toBe(before);
    t.clock.advance(LIMIT_WINDOW_MS);
  });

  it('limits accepted reports per address and per municipality in the database, with a 429 page that keeps the form', async () => {
    t.clock.advance(LIMIT_WINDOW_MS + 1000);
    const a = new Agent(t.app);
    // Reports with mistakes cost nothing.
    for (let i = 0; i < 25; i++) expect((await report(a, { message: '' })).status).toBe(400);
    for (let i = 0; i < FEEDBACK_LIMITS.perAddress; i++) expect((await report(a, { message: `Rapport ${i}` })).status).toBe(303);
    const limited = await report(a, { message: 'En riktig rapport' });
    expect(limited.status).toBe(429);
    expect(text(limited)).toContain('Det du skrev finns kvar i formuläret');
    expect(limited.$('#f-message').text()).toBe('En riktig rapport');
    // The contact form counts on its own.
    expect((await a.get('/hassleholm/kontakt')).status).toBe(200);
    expect(JSON.stringify(await feedbackRows())).not.toContain('127.0.0.1');
    t.clock.advance(LIMIT_WINDOW_MS + 1000);
    expect((await report(a, { message: 'Nu går det igen.' })).status).toBe(303);
    // The municipality as a whole: accepted reports from many addresses use up Hässleholm's limit, not Herrljunga's.
    const now = t.clock.now();
    for (let i = 0; i < FEEDBACK_LIMITS.perMunicipality; i++) {
      await recordAccepted(t.db, t.config.sessionSecret, now, { form: 'accessibility-feedback', tenantId: tenantId('hassleholm'), address: `10.2.${Math.floor(i / 200)}.${i % 200}` }, FEEDBACK_LIMITS);
    }
    expect((await report(new Agent(t.app), { message: 'Ännu en' })).status).toBe(429);
    expect((await report(new Agent(t.app), { message: 'Ännu en' }, '/herrljunga/tillganglighet/rapportera')).status).toBe(303);
    t.clock.advance(LIMIT_WINDOW_MS + 1000);
    // The admin's list below counts the earlier reports only: remove the ones made here.
    await t.db.deleteFrom('accessibility_feedback').where((eb) => eb.or([eb('message', 'like', 'Rapport %'), eb('message', 'in', ['Nu går det igen.', 'Ännu en'])])).execute();
  });

  it('shows the admin the municipality’s own reports, audited, and lets them delete a handled one', async () => {
    // Time has passed in the tests above: a fresh sign-in.
    admin = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'admin').email);
    const page = await admin.get(REPORTS_URL);
    expect(page.status).toBe(200);
    const all = await feedbackRows();
    const own = all.filter((r) => r.tenant_id === tenantId('hassleholm'));
    const theirs = all.find((r) => r.tenant_id === tenantId('herrljunga'))!;
    expect(page.$('main section').length).toBe(own.length);
    expect(text(page)).toContain('Knappen Boka går inte att nå med tangentbordet.');
    expect(text(page)).not.toContain('Kontrasten är för låg');
    expect(page.$('main a[href="mailto:besokare@example.se"]').length).toBe(1);
    expect(await auditActions('accessibility_feedback.list')).toBeGreaterThan(0);
    expect(text(await admin.get(ADMIN_URL))).toContain(own.length === 1 ? 'Läs 1 rapport om brister' : `Läs ${own.length} rapporter om brister`);
    // Another municipality's report cannot be deleted from here.
    expect((await admin.post(`${REPORTS_URL}/${theirs.id}/radera`, { confirm: 'yes' })).status).toBe(404);
    expect((await admin.post(`${REPORTS_URL}/inte-ett-id/radera`, { confirm: 'yes' })).status).toBe(404);
    const del = await admin.post(`${REPORTS_URL}/${own[0].id}/radera`, { confirm: 'yes' });
    expect(del.status).toBe(303);
    expect(text(await admin.get(del.location!))).toContain('Rapporten är raderad.');
    expect((await feedbackRows()).map((r) => r.id)).not.toContain(own[0].id);
    expect((await feedbackRows()).map((r) => r.id)).toContain(theirs.id);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'accessibility_feedback.delete').execute();
    expect(audit).toMatchObject([{ subject_id: own[0].id, purpose: 'handled', tenant_id: tenantId('hassleholm') }]);
  });

  it('deletes reports after 12 months with the retention job, each deletion audited', async () => {
    const before = await feedbackRows();
    expect(before.length).toBeGreaterThan(1);
    t.clock.advance(3 * 24 * 3600_000);
    expect((await report(new Agent(t.app), { message: 'En färsk rapport.' })).status).toBe(303);
    // A day more than 12 months after the newest of the old reports: they go, the fresh one stays.
    const newest = before[before.length - 1].created_at;
    t.clock.set(new Date(new Date(newest).getTime() + 366 * 24 * 3600_000));
    expect(feedbackCutoff(t.clock.now()) > newest).toBe(true);
    const job = JOBS.find((j) => j.name === 'org.prune-accessibility-feedback')!;
    expect(await runJobOnce(t.app.deps, job)).toBe(true);
    const after = await feedbackRows();
    expect(after.map((r) => r.message)).toEqual(['En färsk rapport.']);
    expect(await auditActions('accessibility_feedback.erase')).toBe(before.length);
  });
});
