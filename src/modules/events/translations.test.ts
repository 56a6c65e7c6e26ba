// Events with staff-written texts per language (issue 16): the editor takes them, every citizen
// output (calendar, event page, booking form, private link, e-mail, SMS, .ics) uses the reader's
// language, and falls back to the event's own text marked lang="sv" with a notice in the reader's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { translator } from '../../platform/i18n/i18n.js';
import { bookPublic, carer, createEvent, validEvent } from '../../../test/events.js';

const EN = {
  title_en: 'Group for carers of older people', summary_en: 'Meet others who care for someone.',
  description_en: 'We meet eight times.', accessibility_en: 'Lift and hearing loop.',
};
const AR = { title_ar: 'مجموعة لمقدمي الرعاية' };

describe.each(DIALECTS)('event texts per language on %s', (dialect) => {
  let t: TestApp;
  let staff: Agent;
  let id: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
    staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    id = await createEvent(staff, 'hassleholm', { title: 'Översättningsgrupp', ...EN, ...AR });
  });
  afterAll(async () => t?.close());

  it('keeps the translations in the editor', async () => {
    const edit = await staff.get(`/hassleholm/personal/aktiviteter/${id}/andra`);
    expect(edit.status).toBe(200);
    expect(edit.$('#f-title_en').attr('value')).toBe(EN.title_en);
    expect(edit.$('#f-accessibility_en').text()).toBe(EN.accessibility_en);
    expect(edit.$('#f-title_ar').attr('value')).toBe(AR.title_ar);
    expect(edit.$('#f-title_fi').attr('value') ?? '').toBe('');
    // The English section is open, the empty Finnish one closed.
    expect(edit.$('#f-title_en').closest('details').attr('open')).toBeDefined();
    expect(edit.$('#f-title_fi').closest('details').attr('open')).toBeUndefined();
  });

  it('shows the event page, the calendar and the booking form in the reader’s language', async () => {
    const en = await new Agent(t.app).get(`/hassleholm/aktiviteter/${id}?lang=en`);
    expect([en.$('main h1').text(), en.$('main h1').attr('lang')]).toEqual([EN.title_en, undefined]);
    expect(text(en)).toContain(EN.summary_en);
    expect(text(en)).toContain(EN.description_en);
    expect(text(en)).toContain(EN.accessibility_en);
    expect(text(en)).not.toContain('Hiss och hörslinga');
    expect(en.$('main .banner-info').text()).not.toContain(translator('en')('common.fallback'));

    const ar = await new Agent(t.app).get(`/hassleholm/aktiviteter/${id}?lang=ar`);
    expect([ar.$('main h1').text(), ar.$('main h1').attr('lang')]).toEqual([AR.title_ar, undefined]);
    // Only the title was translated: the rest is the Swedish text.
    expect(text(ar)).toContain('En grupp för att prova bokningen.');

    const cal = await new Agent(t.app).get('/hassleholm/aktiviteter?lang=en');
    const link = cal.$(`main a[href="/hassleholm/aktiviteter/${id}"]`);
    expect([link.text(), link.attr('lang')]).toEqual([EN.title_en, undefined]);

    const form = await new Agent(t.app).get(`/hassleholm/aktiviteter/${id}/boka?lang=en`);
    expect(form.$('main h1').text()).toContain(EN.title_en);
  });

  it('lists the activity in the catalogue search in the reader’s language, found by either language’s words', async () => {
    const link = (page: Awaited<ReturnType<Agent['get']>>) => page.$(`#aktiviteter ~ ul a[href="/hassleholm/aktiviteter/${id}"]`);
    const en = await new Agent(t.app).get(`/hassleholm/stod?lang=en&q=${encodeURIComponent(EN.title_en)}`);
    expect([link(en).text(), link(en).closest('li').attr('lang')]).toEqual([EN.title_en, undefined]);
    const bySwedishWords = await new Agent(t.app).get('/hassleholm/stod?lang=en&q=%C3%96vers%C3%A4ttningsgrupp');
    expect(link(bySwedishWords).text()).toBe(EN.title_en);
    const ar = await new Agent(t.app).get(`/hassleholm/stod?lang=ar&q=${encodeURIComponent(AR.title_ar)}`);
    expect([link(ar).text(), link(ar).closest('li').attr('lang')]).toEqual([AR.title_ar, undefined]);
    // Not translated into Finnish: the Swedish title, marked as Swedish and left to right.
    const fi = await new Agent(t.app).get('/hassleholm/stod?lang=fi&q=%C3%96vers%C3%A4ttningsgrupp');
    expect([link(fi).text(), link(fi).closest('li').attr('lang')]).toEqual(['Översättningsgrupp', 'sv']);
  });

  it('falls back to Swedish marked lang="sv", saying so in the reader’s language', async () => {
    const fi = await new Agent(t.app).get(`/hassleholm/aktiviteter/${id}?lang=fi`);
    expect([fi.$('main h1').text(), fi.$('main h1').attr('lang')]).toEqual(['Översättningsgrupp', 'sv']);
    expect(fi.$('main .lede').attr('lang')).toBe('sv');
    expect(text(fi)).toContain(translator('fi')('common.fallback'));
    const fa = await new Agent(t.app).get(`/hassleholm/aktiviteter/${id}/boka?lang=fa`);
    expect([fa.$('main h1 span[lang=sv]').text(), fa.$('main h1 span[lang=sv]').attr('dir')]).toEqual(['Översättningsgrupp', 'ltr']);
    expect(text(fa)).toContain(translator('fa')('common.fallback'));
    const cal = await new Agent(t.app).get('/hassleholm/aktiviteter?lang=so');
    expect(cal.$(`main a[href="/hassleholm/aktiviteter/${id}"]`).attr('lang')).toBe('sv');
    expect(text(cal)).toContain(translator('so')('common.fallback'));
    // Swedish readers see no notice.
    const sv = await new Agent(t.app).get(`/hassleholm/aktiviteter/${id}`);
    expect(sv.$('main h1').text()).toBe('Översättningsgrupp');
    expect(text(sv)).not.toContain(translator('sv')('common.fallback'));
  });

  it('writes the e-mail, its .ics and the private link page in the booker’s language, an SMS in Swedish when not translated', async () => {
    const agent = new Agent(t.app);
    await agent.get(`/hassleholm/aktiviteter/${id}?lang=en`);
    const booked = await bookPublic(t, 'hassleholm', id, carer({ email: 'english.reader@exempel.se' }), agent);
    const mail = await t.db.selectFrom('outbox').selectAll().where('recipient', '=', 'english.reader@exempel.se').executeTakeFirstOrThrow();
    expect(mail.subject).toContain(EN.title_en);
    expect(mail.body_text).toContain(EN.accessibility_en);
    expect(mail.body_text).not.toContain('Översättningsgrupp');
    expect(mail.attachments ?? '').toContain('Group for carers of older people');

    const page = await agent.get(`/hassleholm/bokning/${booked.token}`);
    expect(page.$('main h1').text()).toContain(EN.title_en);
    const ics = await agent.get(`/hassleholm/bokning/${booked.token}/kalender.ics`);
    expect(ics.body).toContain('SUMMARY:Group for carers of older people');

    const fiAgent = new Agent(t.app);
    await fiAgent.get(`/hassleholm/aktiviteter/${id}?lang=fi`);
    await bookPublic(t, 'hassleholm', id, carer({ email: undefined, phone: '070-111 22 33' }), fiAgent);
    const sms = await t.db.selectFrom('outbox').selectAll().where('recipient', '=', '0701112233').executeTakeFirstOrThrow();
    expect(sms.channel).toBe('sms');
    expect(sms.body_text).toContain('Översättningsgrupp');
  });

  it('gives the public feed in the language asked for in the address', async () => {
    const en = await new Agent(t.app).get('/hassleholm/aktiviteter.ics?lang=en');
    expect(en.body).toContain('SUMMARY:Group for carers of older people');
    const sv = await new Agent(t.app).get('/hassleholm/aktiviteter.ics');
    expect(sv.body).toContain('SUMMARY:Översättningsgrupp');
  });

  it('refuses a too long translation with a field message and stores nothing', async () => {
    const res = await staff.post('/hassleholm/personal/aktiviteter', validEvent({ title: 'För lång översättning', title_so: 'x'.repeat(121) }));
    expect(res.status).toBe(400);
    expect(res.$('.error-summary a[href="#f-title_so"]').text()).toBe('Högst 120 tecken');
    expect(res.$('#f-title_so').closest('details').attr('open')).toBeDefined();
    const stored = await t.db.selectFrom('events').select('id').where('title', '=', 'För lång översättning').execute();
    expect(stored).toEqual([]);
  });
});
