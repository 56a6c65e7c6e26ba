import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { yearlyFollowUpStats } from './service.js';

const PNR = '19811218-9876';
let serial = 0;
/** A valid registration; each call gets its own phone and e-mail so only intended duplicates meet. */
const newCarer = (unitId: string, extra: Record<string, string> = {}) => {
  serial++;
  return {
    unitId, name: 'Gunvor Testberg', phone: `070-000 12 ${String(serial).padStart(2, '0')}`, email: `anhorig-${serial}@example.se`, personnummer: PNR,
    targetGroup: 'older', relationship: 'spouse', ageBand: '65_79', gender: 'woman', consentGiven: 'on', consentDate: '2026-11-20', ...extra,
  };
};

describe.each(DIALECTS)('identified carers on %s', (dialect) => {
  let t: TestApp;
  const unit = (slug: string, key: string) => t.seeds.get(slug)!.unitIds.get(key)!;
  const carerCount = async (slug: string) => Number((await t.db.selectFrom('carers').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', t.seeds.get(slug)!.tenantId).executeTakeFirstOrThrow()).n);
  const auditCount = async (action: string, subjectId?: string) => {
    let q = t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', action);
    if (subjectId) q = q.where('subject_id', '=', subjectId);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['vetlanda', 'hassleholm', 'sodertalje'] });
  });
  afterAll(async () => t?.close());

  it('words the support contact hint with the municipality’s own title', async () => {
    const a = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    const page = await a.get('/hassleholm/personal/anhoriga/ny');
    expect(page.status).toBe(200);
    expect(page.$('#f-supportContactUserId-hint').text()).toBe('En namngiven anhörigstrateg som den anhöriga vänder sig till.');
    expect(text(page)).not.toContain('anhörigkonsulent');
  });

  it('registers a consenting carer; the personnummer stays out of URLs and pages until “visa”, which is audited', async () => {
    const a = await signIn(t.app, 'vetlanda', 'ingrid.holmer@vetlanda.example.se');
    expect((await a.get('/vetlanda/personal/anhoriga/ny')).status).toBe(200);
    const before = await carerCount('vetlanda');
    const noConsent = await a.post('/vetlanda/personal/anhoriga', (({ consentGiven: _c, ...rest }) => rest)(newCarer(unit('vetlanda', 'anhorigstod'))));
    expect(noConsent.status).toBe(400);
    expect(noConsent.$('#f-consentGiven-error').text()).toContain('samtyckt');
    for (const bad of ['19811218-9877', '19811318-9876', '2030121898761', 'abc']) {
      const res = await a.post('/vetlanda/personal/anhoriga', newCarer(unit('vetlanda', 'anhorigstod'), { personnummer: bad }));
      expect({ bad, status: res.status }).toEqual({ bad, status: 400 });
      expect(res.$('#f-personnummer-error').length).toBe(1);
    }
    for (const form of [{}, newCarer(unit('vetlanda', 'anhorigstod'), { name: '' }), newCarer(unit('vetlanda', 'anhorigstod'), { email: 'nej', phone: '' }),
      newCarer(unit('vetlanda', 'anhorigstod'), { phone: '', email: '' }), newCarer(unit('vetlanda', 'anhorigstod'), { name: 'x'.repeat(500) }),
      newCarer(unit('vetlanda', 'anhorigstod'), { journal: 'fritext' }), newCarer(unit('vetlanda', 'hemtjanst-norr')), newCarer(unit('hassleholm', 'anhorigstod')),
      newCarer(unit('vetlanda', 'anhorigstod'), { supportContactUserId: t.seeds.get('vetlanda')!.userIds.get('medarbetare-hemtjanst')! })]) {
      const res = await a.post('/vetlanda/personal/anhoriga', form);
      expect({ form, status: res.status }).toEqual({ form, status: 400 });
      expect(res.$('.error-summary').length).toBe(1);
    }
    expect(await carerCount('vetlanda')).toBe(before);
    const created = await a.post('/vetlanda/personal/anhoriga', newCarer(unit('vetlanda', 'anhorigstod')));
    expect(created.status).toBe(303);
    expect(created.location).not.toContain('811218');
    const id = created.location!.split('/').pop()!.split('?')[0];
    const row = await t.db.selectFrom('carers').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.personnummer).toBe('198112189876');
    const consents = await t.db.selectFrom('carer_consents').selectAll().where('carer_id', '=', id).execute();
    expect(consents.map((c) => c.scope)).toEqual(['registration']);
    expect(consents[0].wording).toContain('Jag samtycker');
    const page = await a.get(created.location!);
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('19811218');
    expect(page.body).not.toContain('811218');
    expect(text(page)).toContain('Registrerat, dolt');
    const reveals = await auditCount('carer.reveal_personnummer', id);
    const shown = await a.post(`/vetlanda/personal/anhoriga/${id}/visa-personnummer`, {});
    expect(shown.status).toBe(200);
    expect(text(shown)).toContain(PNR);
    expect(await auditCount('carer.reveal_personnummer', id)).toBe(reveals + 1);
    // The edit form never puts the number back into the page.
    const edit = await a.get(`/vetlanda/personal/anhoriga/${id}/andra`);
    expect(edit.body).not.toContain('811218');
    expect(edit.$('#f-personnummer').val()).toBe('');
  });

  it('shows likely duplicates before registering, and merges two records with their history', async () => {
    const a = await signIn(t.app, 'vetlanda', 'ingrid.holmer@vetlanda.example.se');
    const first = await a.post('/vetlanda/personal/anhoriga', newCarer(unit('vetlanda', 'anhorigstod'), { name: 'Dubbel Person', personnummer: '', phone: '070-000 99 99', email: '' }));
    expect(first.status).toBe(303);
    const firstId = first.location!.split('/').pop()!.split('?')[0];
    const before = await carerCount('vetlanda');
    const dup = await a.post('/vetlanda/personal/anhoriga', newCarer(unit('vetlanda', 'anhorigstod'), { name: 'dubbel  person', personnummer: '', phone: '+46 70 000 99 99', email: '' }));
    expect(dup.status).toBe(200);
    expect(dup.$('.banner-warning').text()).toContain('Dubbel Person');
    expect(dup.$('.banner-warning').text()).toContain('samma telefonnummer');
    expect(await carerCount('vetlanda')).toBe(before);
    const second = await a.post('/vetlanda/personal/anhoriga', newCarer(unit('vetlanda', 'anhorigstod'), { name: 'dubbel person', personnummer: '', phone: '+46 70 000 99 99', email: 'dubbel@example.se', confirmNotDuplicate: 'yes' }));
    expect(second.status).toBe(303);
    const secondId = second.location!.split('/').pop()!.split('?')[0];
    await a.post('/vetlanda/personal/kontakter', { contactDate: '2026-11-25', channel: 'phone', activityType: 'support_conversation', durationMin: '30', carerId: secondId });
    const page = await a.get(`/vetlanda/personal/anhoriga/${firstId}`);
    expect(page.$(`a[href="/vetlanda/personal/anhoriga/${firstId}/sammanfoga/${secondId}"]`).length).toBe(1);
    expect((await a.get(`/vetlanda/personal/anhoriga/${firstId}/sammanfoga/${secondId}`)).status).toBe(200);
    const merged = await a.post(`/vetlanda/personal/anhoriga/${firstId}/sammanfoga`, { confirm: 'yes', otherId: secondId });
    expect(merged.status).toBe(303);
    expect(await t.db.selectFrom('carers').select('id').where('id', '=', secondId).executeTakeFirst()).toBeUndefined();
    const kept = await t.db.selectFrom('carers').selectAll().where('id', '=', firstId).executeTakeFirstOrThrow();
    expect(kept.email).toBe('dubbel@example.se');
    expect((await t.db.selectFrom('contact_log').select('id').where('carer_id', '=', firstId).execute()).length).toBe(1);
    expect((await t.db.selectFrom('carer_consents').select('id').where('carer_id', '=', firstId).execute()).length).toBe(2);
    expect(await auditCount('carer.merge', firstId)).toBe(1);
    expect((await a.get(`/vetlanda/personal/anhoriga/${secondId}`)).status).toBe(404);
  });

  it('keeps consents, stödkontakt, planned actions and follow-ups, with an overdue list', async () => {
    const a = await signIn(t.app, 'vetlanda', 'ingrid.holmer@vetlanda.example.se');
    const created = await a.post('/vetlanda/personal/anhoriga', newCarer(unit('vetlanda', 'anhorigstod'), { name: 'Planerad Person', personnummer: '', phone: '070-000 55 55' }));
    const base = created.location!.split('?')[0];
    const id = base.split('/').pop()!;
    const ahmed = t.seeds.get('vetlanda')!.userIds.get('konsulent-so')!;
    expect((await a.post(`${base}/stodkontakt`, { supportContactUserId: ahmed })).status).toBe(303);
    expect(text(await a.get(base))).toContain('Ahmed Yusuf är stödkontakt');
    expect((await a.post(`${base}/stodkontakt`, { supportContactUserId: t.seeds.get('vetlanda')!.userIds.get('admin')! })).status).toBe(400);
    expect((await a.post(`${base}/samtycken`, { scope: 'share_information', givenOn: '2026-11-24' })).status).toBe(303);
    const consents = await t.db.selectFrom('carer_consents').selectAll().where('carer_id', '=', id).execute();
    expect(consents.find((c) => c.scope === 'share_information')?.subject).toBe('cared_for');
    expect((await a.post(`${base}/samtycken`, { scope: 'everything', givenOn: '2026-11-24' })).status).toBe(400);
    expect((await a.post(`${base}/samtycken`, { scope: 'contact', givenOn: '2027-01-01' })).status).toBe(400);
    const reg = consents.find((c) => c.scope === 'registration')!;
    expect((await a.post(`${base}/samtycken/${reg.id}/aterkalla`, { confirm: 'yes' })).status).toBe(303);
    expect(text(await a.get(base))).toContain('Samtycket till registrering saknas eller är återkallat');
    expect((await a.post(`${base}/insatser`, { kind: 'follow_up', actionType: 'recontact', dueOn: '2026-11-27', assignedUserId: '' })).status).toBe(303);
    expect((await a.post(`${base}/insatser`, { kind: 'follow_up', actionType: 'recontact', dueOn: '2026-11-01' })).status).toBe(400);
    expect((await a.post(`${base}/insatser`, { kind: 'meeting', actionType: 'recontact', dueOn: '2026-12-01' })).status).toBe(400);
    const action = await t.db.selectFrom('carer_actions').selectAll().where('carer_id', '=', id).executeTakeFirstOrThrow();
    expect(action.assigned_user_id).toBe(t.seeds.get('vetlanda')!.userIds.get('konsulent-vo'));
    t.clock.advance(3 * 86_400_000);
    try {
      const b = await signIn(t.app, 'vetlanda', 'ingrid.holmer@vetlanda.example.se');
      const list = await b.get('/vetlanda/personal/uppfoljningar?visa=mina');
      expect(list.status).toBe(200);
      const overdueTable = list.$('main table').first();
      expect(overdueTable.text()).toContain('Planerad Person');
      expect((await b.post(`${base}/insatser/${action.id}/klar`, {})).status).toBe(303);
      expect((await b.post(`${base}/insatser/${action.id}/klar`, {})).status).toBe(404);
      expect((await b.get('/vetlanda/personal/uppfoljningar?visa=mina')).$('main').text()).not.toContain('Planerad Person');
      const stats = await yearlyFollowUpStats(t.db, t.seeds.get('vetlanda')!.tenantId, 2026, '2026-11-28');
      const rows = await t.db.selectFrom('carer_actions').selectAll().where('tenant_id', '=', t.seeds.get('vetlanda')!.tenantId).where('due_on', '<=', '2026-12-31').execute();
      expect(stats.planned).toBe(rows.length);
      expect(stats.done).toBe(rows.filter((r) => r.status === 'done').length);
      expect(stats.overdue).toBe(rows.filter((r) => r.status === 'planned' && r.due_on < '2026-11-28').length);
      expect(stats.overdue).toBeGreaterThan(0);
    } finally {
      t.clock.advance(-3 * 86_400_000);
    }
  });

  it('names the stödkontakt and the colleague of each planned action on the carer page, never a user of another municipality', async () => {
    const a = await signIn(t.app, 'vetlanda', 'ingrid.holmer@vetlanda.example.se');
    const created = await a.post('/vetlanda/personal/anhoriga', newCarer(unit('vetlanda', 'anhorigstod'), { name: 'Namngiven Person', personnummer: '', phone: '070-000 66 66' }));
    const base = created.location!.split('?')[0];
    const id = base.split('/').pop()!;
    const userName = async (userId: string) => (await t.db.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirstOrThrow()).name;
    const ahmed = t.seeds.get('vetlanda')!.userIds.get('konsulent-so')!;
    expect((await a.post(`${base}/stodkontakt`, { supportContactUserId: ahmed })).status).toBe(303);
    expect((await a.post(`${base}/insatser`, { kind: 'follow_up', actionType: 'recontact', dueOn: '2026-12-15', assignedUserId: ahmed })).status).toBe(303);
    expect((await a.post(`${base}/insatser`, { kind: 'follow_up', actionType: 'recontact', dueOn: '2026-12-16', assignedUserId: '' })).status).toBe(303);
    const actions = (p: Awaited<ReturnType<typeof a.get>>) => p.$('table:has(caption:contains("Planerat")) tbody tr')
      .map((_, tr) => p.$(tr).find('td').eq(3).text()).get();
    const page = await a.get(base);
    expect(text(page)).toContain(`${await userName(ahmed)} är stödkontakt`);
    const ingrid = await userName(t.seeds.get('vetlanda')!.userIds.get('konsulent-vo')!);
    expect(actions(page)).toEqual([await userName(ahmed), ingrid]);
    // Ids of another municipality's staff (no form allows it): no name shown, as before.
    const other = demoUser(t, 'hassleholm', 'specialist');
    const otherId = (await t.db.selectFrom('users').select('id').where('email', '=', other.email).executeTakeFirstOrThrow()).id;
    await t.db.updateTable('carers').set({ support_contact_user_id: otherId }).where('id', '=', id).execute();
    await t.db.updateTable('carer_actions').set({ assigned_user_id: otherId }).where('carer_id', '=', id).execute();
    const after = await a.get(base);
    expect(after.status).toBe(200);
    expect(text(after)).not.toContain(await userName(otherId));
    expect(actions(after)).toEqual(['–', '–']);
  });

  it('follows the documentation policy: signed, immutable journal in Vetlanda; no free text at all in Södertälje', async () => {
    const a = await signIn(t.app, 'vetlanda', 'ingrid.holmer@vetlanda.example.se');
    const created = await a.post('/vetlanda/personal/anhoriga', newCarer(unit('vetlanda', 'anhorigstod'), { name: 'Journal Person', personnummer: '', phone: '070-000 77 77' }));
    const base = created.location!.split('?')[0];
    const id = base.split('/').pop()!;
    const page = await a.get(base);
    expect(text(page)).toContain('Dokumentation i Vetlanda kommun: journal');
    expect((await a.post(`${base}/journal`, { body: 'Samtal om sömn.' })).status).toBe(400); // not signed
    expect((await a.post(`${base}/journal`, { body: 'Samtal om sömn.', signed: 'on' })).status).toBe(303);
    const first = await t.db.selectFrom('journal_entries').selectAll().where('carer_id', '=', id).executeTakeFirstOrThrow();
    expect((await a.post(`${base}/journal`, { body: 'Rättelse: samtalet gällde sömn och oro.', signed: 'on', correctsId: first.id })).status).toBe(303);
    const entries = await t.db.selectFrom('journal_entries').selectAll().where('carer_id', '=', id).orderBy('signed_at').execute();
    expect(entries).toHaveLength(2);
    expect(entries[0].body).toBe('Samtal om sömn.');
    expect(entries[1].corrects_id).toBe(first.id);
    // There is no edit route, and the database itself refuses changing a signed entry.
    await expect(t.db.updateTable('journal_entries').set({ body: 'ändrad' }).where('id', '=', first.id).execute()).rejects.toThrow();
    expect((await t.db.selectFrom('journal_entries').select('body').where('id', '=', first.id).executeTakeFirstOrThrow()).body).toBe('Samtal om sömn.');
    // Södertälje: no journal.
    const s = await signIn(t.app, 'sodertalje', 'helena.forsberg@sodertalje.example.se');
    const sc = await s.post('/sodertalje/personal/anhoriga', newCarer(unit('sodertalje', 'anhorigstod'), { name: 'Utan Journal', personnummer: '' }));
    const sbase = sc.location!.split('?')[0];
    const spage = await s.get(sbase);
    expect(text(spage)).toContain('Dokumentation i Södertälje kommun: ingen journal');
    expect(spage.$('textarea').length).toBe(0);
    expect((await s.post(`${sbase}/journal`, { body: 'Fritext', signed: 'on' })).status).toBe(404);
    expect((await s.post(`${sbase}/journal`, {})).status).toBe(404);
  });

  it('is invisible outside the specialist’s units: 404 on the page, export, search and lists', async () => {
    const robin = await signIn(t.app, 'hassleholm', 'robin.eklund@hassleholm.example.se');
    const created = await robin.post('/hassleholm/personal/anhoriga', newCarer(unit('hassleholm', 'bus'), { name: 'Ung Anhörig', personnummer: '', ageBand: '13_17' }));
    expect(created.status).toBe(303);
    const base = created.location!.split('?')[0];
    const id = base.split('/').pop()!;
    const strateg = await signIn(t.app, 'hassleholm', 'ulrika.palm@hassleholm.example.se');
    const getRoutes = ['', '/andra', '/radera', '/registerutdrag.json', '/registerutdrag.pdf'];
    for (const r of getRoutes) expect({ r, status: (await strateg.get(base + r)).status }).toEqual({ r, status: 404 });
    for (const [r, form] of [['/visa-personnummer', {}], ['/samtycken', { scope: 'contact', givenOn: '2026-11-25' }], ['/radera', { confirm: 'yes', requested: 'on' }], ['/stodkontakt', {}]] as const) {
      expect({ r, status: (await strateg.post(base + r, form)).status }).toEqual({ r, status: 404 });
    }
    const search = await strateg.post('/hassleholm/personal/anhoriga/sok', { q: 'Ung Anhörig' });
    expect(search.status).toBe(200);
    expect(text(search)).not.toContain('Ung Anhörig');
    expect(text(search)).toContain('Inga träffar');
    const list = await strateg.get('/hassleholm/personal/anhoriga');
    expect(text(list)).not.toContain('Ung Anhörig');
    expect(text(await robin.get('/hassleholm/personal/anhoriga'))).toContain('Ung Anhörig');
    // The same id under another municipality, and every other role: 403 or 404, never the data.
    const vet = await signIn(t.app, 'vetlanda', 'ingrid.holmer@vetlanda.example.se');
    expect((await vet.get(`/vetlanda/personal/anhoriga/${id}`)).status).toBe(404);
    expect((await vet.get(`/hassleholm/personal/anhoriga/${id}`)).status).toBe(303);
    for (const s of t.seeds.get('hassleholm')!.data.staff) {
      if (s.key === 'behandlare-bus') continue;
      const agent = await signIn(t.app, 'hassleholm', s.email);
      for (const r of getRoutes) {
        const res = await agent.get(base + r);
        expect({ who: s.key, r, ok: [403, 404].includes(res.status) }).toEqual({ who: s.key, r, ok: true });
        expect(res.body).not.toContain('Ung Anhörig');
      }
      const listRes = await agent.get('/hassleholm/personal/anhoriga');
      expect(listRes.body).not.toContain('Ung Anhörig');
    }
    expect((await new Agent(t.app).get(base)).status).toBe(303);
  });

  it('writes an audit row for every route that shows carer data', async () => {
    const a = await signIn(t.app, 'vetlanda', 'ingrid.holmer@vetlanda.example.se');
    const user = t.seeds.get('vetlanda')!.userIds.get('konsulent-vo')!;
    const [c1, c2] = await t.db.selectFrom('carers').select('id').where('tenant_id', '=', t.seeds.get('vetlanda')!.tenantId).orderBy('name').limit(2).execute();
    const base = `/vetlanda/personal/anhoriga/${c1.id}`;
    const rows = async () => t.db.selectFrom('audit_log').select(['action', 'subject_id', 'unit_id', 'purpose']).where('user_id', '=', user).execute();
    const walks: [string, () => Promise<unknown>, string, string | null][] = [
      ['list', () => a.get('/vetlanda/personal/anhoriga'), 'carer.list', null],
      ['list mine', () => a.get('/vetlanda/personal/anhoriga?visa=mina'), 'carer.list', null],
      ['search', () => a.post('/vetlanda/personal/anhoriga/sok', { q: 'Holm' }), 'carer.search', null],
      ['page', () => a.get(base), 'carer.read', c1.id],
      ['edit', () => a.get(`${base}/andra`), 'carer.read', c1.id],
      ['erase page', () => a.get(`${base}/radera`), 'carer.read', c1.id],
      ['merge page', () => a.get(`${base}/sammanfoga/${c2.id}`), 'carer.read', c2.id],
      ['export json', () => a.get(`${base}/registerutdrag.json`), 'carer.export', c1.id],
      ['export pdf', () => a.get(`${base}/registerutdrag.pdf`), 'carer.export', c1.id],
      ['reveal', () => a.post(`${base}/visa-personnummer`, {}), 'carer.reveal_personnummer', c1.id],
      ['follow-ups', () => a.get('/vetlanda/personal/uppfoljningar'), 'carer.list', null],
      ['contact form linked', () => a.get(`/vetlanda/personal/kontakter?anhorig=${c1.id}`), 'carer.read', c1.id],
    ];
    for (const [name, walk, action, subject] of walks) {
      const before = (await rows()).filter((r) => r.action === action && (subject === null || r.subject_id === subject)).length;
      await walk();
      const after = await rows();
      const matching = after.filter((r) => r.action === action && (subject === null || r.subject_id === subject));
      expect({ name, added: matching.length > before }).toEqual({ name, added: true });
      expect(matching.every((r) => r.purpose)).toBe(true);
      if (subject) expect(matching.at(-1)!.unit_id).toBe(t.seeds.get('vetlanda')!.unitIds.get('anhorigstod'));
    }
  });

  it('exports everything about one carer as JSON and PDF, without the närstående’s data', async () => {
    const a = await signIn(t.app, 'vetlanda', 'ingrid.holmer@vetlanda.example.se');
    const c = await t.db.selectFrom('carers').selectAll().where('name', '=', 'Margareta Holmlund').where('tenant_id', '=', t.seeds.get('vetlanda')!.tenantId).executeTakeFirstOrThrow();
    const json = await a.get(`/vetlanda/personal/anhoriga/${c.id}/registerutdrag.json`);
    expect(json.status).toBe(200);
    expect(json.headers['content-disposition']).toContain('attachment');
    const data = JSON.parse(json.body);
    expect(data.person.Namn).toBe('Margareta Holmlund');
    expect(data.person.Personnummer).toMatch(/^19480615-\d{4}$/);
    expect(data.consents.length).toBeGreaterThan(0);
    expect(data.contacts.length).toBeGreaterThan(0);
    expect(data.journal.length).toBe(2);
    expect(Object.keys(data)).not.toContain('caredFor');
    const pdf = await a.get(`/vetlanda/personal/anhoriga/${c.id}/registerutdrag.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body.startsWith('%PDF-')).toBe(true);
  });

  it('reminds the specialist on the start page of due follow-ups and new referrals, as counts only', async () => {
    const a = await signIn(t.app, 'vetlanda', 'ingrid.holmer@vetlanda.example.se');
    const home = await a.get('/vetlanda/personal');
    const badges = home.$('main .card .badge-warn').map((_, e) => home.$(e).text()).get();
    expect(badges.some((b) => /(1 uppföljning|\d+ uppföljningar) att göra i dag, varav (1 försenad|\d+ försenade)/.test(b))).toBe(true);
    expect(badges.some((b) => /ny förmedling|nya förmedlingar|försenad/.test(b))).toBe(true);
    const names = (await t.db.selectFrom('carers').select('name').execute()).map((r) => r.name);
    for (const n of names) expect(home.$('main').text()).not.toContain(n);
    const staff = await signIn(t.app, 'vetlanda', 'oskar.lindqvist@vetlanda.example.se');
    expect((await staff.get('/vetlanda/personal')).$('main .badge-warn').length).toBe(0);
  });

  it('keeps roles without carer permissions out', async () => {
    for (const email of ['oskar.lindqvist@vetlanda.example.se', 'camilla.fransson@vetlanda.example.se', 'malin.gustafsson@vetlanda.example.se']) {
      const agent = await signIn(t.app, 'vetlanda', email);
      expect((await agent.get('/vetlanda/personal/anhoriga')).status).toBe(403);
      expect((await agent.get('/vetlanda/personal/uppfoljningar')).status).toBe(403);
      expect((await agent.post('/vetlanda/personal/anhoriga', newCarer(unit('vetlanda', 'anhorigstod')))).status).toBe(403);
    }
    const a = await signIn(t.app, 'vetlanda', 'ingrid.holmer@vetlanda.example.se');
    const before = await carerCount('vetlanda');
    expect((await a.post('/vetlanda/personal/anhoriga', newCarer(unit('vetlanda', 'anhorigstod'), { name: 'Utan Csrf' }), { csrf: null })).status).toBe(403);
    expect(await carerCount('vetlanda')).toBe(before);
  });
});
