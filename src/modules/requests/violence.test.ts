// Violence in close relationships (issue 15): a staff-only flag with an optional note on
// contact requests and referrals, set and cleared by staff, audited, shown at the top of the
// record and in the inbox, never on the carer's status page, counted in the yearly report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, demoUser, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { findTenantBySlug } from '../../platform/tenancy/tenancy.js';
import { violenceSection } from '../reports/sections/violence.js';
import { anonymousForm, submitAndFollow } from '../../../test/requests.js';

const STRATEG = 'ulrika.palm@hassleholm.example.se'; // anhörigstrateg, Anhörigstöd
const VIKTOR = 'viktor.nilsson@hassleholm.example.se'; // undersköterska, Hemvård Tyringe (no inbox)
const ROBIN = 'robin.eklund@hassleholm.example.se'; // Barn- och ungdomssupporten (another queue)
const V_VO = 'ingrid.holmer@vetlanda.example.se'; // anhörigkonsulent, vård och omsorg (not the violence unit)
const V_SO = 'ahmed.yusuf@vetlanda.example.se'; // anhörigkonsulent, socialförvaltningen (sees the violence unit)
const V_HEMTJANST = 'oskar.lindqvist@vetlanda.example.se'; // medarbetare, Hemtjänst Norr (refers)

describe.each(DIALECTS)('violence in close relationships on %s', (dialect) => {
  let t: TestApp;
  const unit = (key: string) => t.seeds.get('hassleholm')!.unitIds.get(key)!;
  const audits = (id: string) => t.db.selectFrom('audit_log').select(['action', 'purpose']).where('subject_id', '=', id).where('action', 'like', '%violence%').execute();
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'vetlanda'] });
  });
  afterAll(async () => t?.close());

  it('Vetlanda’s demo data has flagged referrals, the open one with a note', async () => {
    const rows = await t.db.selectFrom('referrals').select(['violence_flag', 'violence_note', 'status']).where('tenant_id', '=', t.seeds.get('vetlanda')!.tenantId)
      .where('violence_flag', '=', 1).execute();
    expect(rows.length).toBe(2);
    expect(rows.some((r) => r.status !== 'closed' && r.violence_note !== null)).toBe(true);
  });

  it('staff flag a contact request with a note; the carer’s status page never shows it; clearing removes flag and note', async () => {
    const { status, token, agent: citizen } = await submitAndFollow(t, 'hassleholm', anonymousForm);
    const reference = status.$('.reference').text();
    const id = (await t.db.selectFrom('contact_requests').select('id').where('reference', '=', reference).executeTakeFirstOrThrow()).id;
    const base = `/hassleholm/personal/forfragningar/${id}`;
    const a = await signIn(t.app, 'hassleholm', STRATEG);

    // Bad input: a note without the box, a note too long → the form again with an error summary, nothing saved.
    for (const bad of [{ violenceNote: 'Partnern lyssnar på samtal' }, { violence: 'on', violenceNote: 'x'.repeat(1001) }, { violence: 'maybe' }]) {
      const res = await a.post(`${base}/vald`, bad);
      expect({ bad: Object.keys(bad), status: res.status }).toEqual({ bad: Object.keys(bad), status: 400 });
      expect(res.$('.error-summary').length).toBe(1);
    }
    expect((await t.db.selectFrom('contact_requests').select('violence_flag').where('id', '=', id).executeTakeFirstOrThrow()).violence_flag).toBe(0);

    const saved = await a.post(`${base}/vald`, { violence: 'on', violenceNote: 'Ring bara på förmiddagen, partnern är hemma efter lunch.' });
    expect(saved.status).toBe(303);
    const page = await a.get(base);
    expect(page.$('.banner-warning .banner-title').text()).toBe('Misstanke om våld i nära relation');
    expect(page.$('.banner-warning').text()).toContain('partnern är hemma efter lunch');
    expect(page.$('#f-violence').is(':checked')).toBe(true);
    const list = await a.get('/hassleholm/personal/forfragningar');
    expect(list.$(`tr:has(a:contains("${reference}")) .badge-bad`).text()).toBe('Våld i nära relation');
    const inbox = await a.get('/hassleholm/personal/inkorg');
    expect(text(inbox)).toContain('Våld i nära relation');

    // The carer's private status page says nothing of it.
    const mine = await citizen.get(`/hassleholm/kontakt/status/${token}`);
    expect(mine.status).toBe(200);
    expect(mine.body.toLowerCase()).not.toContain('våld');
    expect(mine.body).not.toContain('partnern');

    // Outside the queue: not found; without the inbox permission: forbidden.
    expect((await (await signIn(t.app, 'hassleholm', ROBIN)).post(`${base}/vald`, { violence: 'on' })).status).toBe(404);
    expect((await (await signIn(t.app, 'hassleholm', VIKTOR)).post(`${base}/vald`, { violence: 'on' })).status).toBe(403);

    const cleared = await a.post(`${base}/vald`, {});
    expect(cleared.status).toBe(303);
    const row = await t.db.selectFrom('contact_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect([row.violence_flag, row.violence_note, row.violence_flagged_at, row.violence_flagged_by]).toEqual([0, null, null, null]);
    expect((await a.get(base)).$('.banner-warning').length).toBe(0);
    // Every change audited, without the note's words.
    const rows = await audits(id);
    expect(rows.map((r) => r.purpose)).toEqual(['markering om våld i nära relation satt', 'markering om våld i nära relation borttagen']);
    expect(JSON.stringify(rows)).not.toContain('partnern');
  });

  it('the note is erased with the contact details; the flag stays as a statistic', async () => {
    const { status } = await submitAndFollow(t, 'hassleholm', anonymousForm);
    const id = (await t.db.selectFrom('contact_requests').select('id').where('reference', '=', status.$('.reference').text()).executeTakeFirstOrThrow()).id;
    const a = await signIn(t.app, 'hassleholm', STRATEG);
    expect((await a.post(`/hassleholm/personal/forfragningar/${id}/vald`, { violence: 'on', violenceNote: 'Säg inte att det är kommunen som ringer.' })).status).toBe(303);
    // Closing an anonymous request erases its contact details at once.
    expect((await a.post(`/hassleholm/personal/forfragningar/${id}/status`, { status: 'closed', reason: 'support_given' })).status).toBe(303);
    const row = await t.db.selectFrom('contact_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect([row.violence_flag, row.violence_note]).toEqual([1, null]);
    // A note cannot be added after erasure; the flag can still be kept.
    const late = await a.post(`/hassleholm/personal/forfragningar/${id}/vald`, { violence: 'on', violenceNote: 'Ny anteckning' });
    expect(late.status).toBe(400);
    expect(late.$('#f-violenceNote-error').length + late.$('.error-summary').length).toBeGreaterThan(0);
  });

  it('staff flag a referral; the referrer does not see it; the yearly report counts flags by kind without identity', async () => {
    const staff = await signIn(t.app, 'hassleholm', VIKTOR);
    const sent = await staff.post('/hassleholm/personal/formedla', {
      carerName: 'Birgitta Provsson', carerPhone: '070-000 44 45', carerEmail: '', reachNote: '', topic: 'high_burden', message: '',
      targetGroup: 'older', carerAgeBand: '65_79', urgency: 'normal', consentCarer: 'on', consentCaredFor: 'not_asked', fromUnitId: unit('hemvard-tyringe'),
    });
    expect(sent.status).toBe(303);
    const id = sent.location!.split('skickad=')[1];
    const base = `/hassleholm/personal/inkorg/formedlingar/${id}`;
    const a = await signIn(t.app, 'hassleholm', STRATEG);
    const bad = await a.post(`${base}/vald`, { violenceNote: 'Utan kryss' });
    expect(bad.status).toBe(400);
    expect(bad.$('.error-summary').length).toBe(1);
    expect((await a.post(`${base}/vald`, { violence: 'on', violenceNote: 'Sonen kontrollerar telefonen.' })).status).toBe(303);
    const page = await a.get(base);
    expect(page.$('.banner-warning').text()).toContain('Sonen kontrollerar telefonen.');
    expect(text(await a.get('/hassleholm/personal/inkorg'))).toContain('Våld i nära relation');
    expect((await audits(id)).map((r) => r.purpose)).toEqual(['markering om våld i nära relation satt']);
    // The referrer's own list says only received / contact made.
    const mine = await staff.get('/hassleholm/personal/formedla');
    expect(mine.body.toLowerCase()).not.toContain('våld');

    const tenant = (await findTenantBySlug(t.db, 'hassleholm'))!;
    const flaggedRequests = Number((await t.db.selectFrom('contact_requests').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tenant_id', '=', tenant.id).where('violence_flag', '=', 1).executeTakeFirstOrThrow()).n);
    const s = await violenceSection({ db: t.db, tenant, year: 2026, now: t.clock.now(), scope: { unitId: null, unitName: 'Hela kommunen', unitIds: 'all' } });
    expect(s.tables[0].rows.map((r) => [r.label, r.cells[0]])).toEqual([
      ['Kontaktförfrågningar från webben', { kind: 'count', value: flaggedRequests }],
      ['Förmedlingar från personal', { kind: 'count', value: 1 }],
      ['Totalt', { kind: 'count', value: flaggedRequests + 1 }],
    ]);
    // Another unit's scope counts none of this municipality-wide queue's referrals.
    const other = await violenceSection({ db: t.db, tenant, year: 2026, now: t.clock.now(), scope: { unitId: unit('cebe-spec'), unitName: 'x', unitIds: [unit('cebe-spec')] } });
    expect(other.tables[0].rows[1].cells[0]).toEqual({ kind: 'count', value: 0 });
    // On the report page for the board the small number is suppressed (the report module's suppression).
    const board = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'board').email);
    const report = await board.get('/hassleholm/personal/rapporter/rapport?ar=2026');
    expect(report.status).toBe(200);
    const table = text(report, 'table:has(caption:contains("markering om våld"))');
    expect(table).toContain('Förmedlingar från personal');
    expect(table).toContain('<5');
  });
  // Vetlanda's setting: a flagged request or referral moves to "Stöd vid våld i nära relationer",
  // whose staff get a notice that says nothing of the content.
  const vUnit = (key: string) => t.seeds.get('vetlanda')!.unitIds.get(key)!;
  const moveNotices = (prefix: string) => t.db.selectFrom('outbox').select(['recipient', 'subject', 'body_text']).where('dedupe_key', 'like', `${prefix}:violence-move:%`).execute();
  const expectContentFree = (mail: { subject: string; body_text: string }[], secrets: string[]) => {
    for (const m of mail) {
      const all = `${m.subject}\n${m.body_text}`;
      expect(all.toLowerCase()).not.toContain('våld');
      for (const secret of secrets) expect(all).not.toContain(secret);
      expect(m.body_text).toContain('innehåller inga personuppgifter');
    }
  };

  it('Vetlanda’s demo names the unit for violence in close relationships', async () => {
    const row = await t.db.selectFrom('tenants').select('settings').where('id', '=', t.seeds.get('vetlanda')!.tenantId).executeTakeFirstOrThrow();
    expect(JSON.parse(row.settings).violenceUnitId).toBe(vUnit('vald-i-nara-relationer'));
  });

  it('flagging a request moves it to the chosen unit with a content-free notice; the status link shows nothing of it', async () => {
    const { status, token, agent: citizen } = await submitAndFollow(t, 'vetlanda', anonymousForm);
    const reference = status.$('.reference').text();
    const before = await t.db.selectFrom('contact_requests').select(['id', 'routed_unit_id']).where('reference', '=', reference).executeTakeFirstOrThrow();
    // The catch-all rule: the common queue, which is Anhörigstöd.
    expect(before.routed_unit_id).toBeNull();
    const statusBefore = text(await citizen.get(`/vetlanda/kontakt/status/${token}`), 'main');
    const base = `/vetlanda/personal/forfragningar/${before.id}`;

    const vo = await signIn(t.app, 'vetlanda', V_VO);
    const saved = await vo.post(`${base}/vald`, { violence: 'on', violenceNote: 'Sambon läser sms, ring på förmiddagen.' });
    // The flagging specialist does not see the new unit: back to the list, with a notice.
    expect(saved.status).toBe(303);
    expect(saved.location).toBe('/vetlanda/personal/forfragningar?flyttad=1');
    expect(text(await vo.get(saved.location!))).toContain('har flyttats');
    expect((await vo.get(base)).status).toBe(404);
    const row = await t.db.selectFrom('contact_requests').selectAll().where('id', '=', before.id).executeTakeFirstOrThrow();
    expect([row.routed_unit_id, row.violence_flag, row.assigned_user_id]).toEqual([vUnit('vald-i-nara-relationer'), 1, null]);

    // The receiving unit's staff are told, without content; the flagging specialist is not.
    const mail = await moveNotices(`contact-request:${before.id}`);
    expect(mail.map((m) => m.recipient)).toContain(V_SO);
    expect(mail.map((m) => m.recipient)).not.toContain(V_VO);
    expectContentFree(mail, [reference, 'Vildros', '070-555', 'Sambon', 'förmiddagen']);
    const so = await signIn(t.app, 'vetlanda', V_SO);
    const page = await so.get(base);
    expect(page.status).toBe(200);
    expect(page.$('.banner-warning').text()).toContain('Sambon läser sms');

    // The carer's status link is exactly as before: same unit, no word of violence or of a move.
    const mine = await citizen.get(`/vetlanda/kontakt/status/${token}`);
    expect(mine.status).toBe(200);
    expect(text(mine, 'main')).toBe(statusBefore);
    expect(mine.body.toLowerCase()).not.toContain('våld');
    expect(mine.body).not.toContain('Sambon');

    // Saving the flag again (already flagged, already there) sends nothing new; clearing does not move it back.
    expect((await so.post(`${base}/vald`, { violence: 'on', violenceNote: 'Ny anteckning.' })).status).toBe(303);
    expect((await so.post(`${base}/vald`, {})).status).toBe(303);
    expect((await moveNotices(`contact-request:${before.id}`)).length).toBe(mail.length);
    expect((await t.db.selectFrom('contact_requests').select('routed_unit_id').where('id', '=', before.id).executeTakeFirstOrThrow()).routed_unit_id).toBe(vUnit('vald-i-nara-relationer'));
    expect((await audits(before.id)).length).toBe(3);
  });

  it('flagging a referral moves it to the chosen unit with a content-free notice; the referrer sees nothing of it', async () => {
    const referrer = await signIn(t.app, 'vetlanda', V_HEMTJANST);
    const sent = await referrer.post('/vetlanda/personal/formedla', {
      carerName: 'Gunnel Provsson', carerPhone: '070-000 55 66', carerEmail: '', reachNote: '', topic: 'high_burden', message: '',
      targetGroup: 'older', carerAgeBand: '65_79', urgency: 'normal', consentCarer: 'on', consentCaredFor: 'not_asked', fromUnitId: vUnit('hemtjanst-norr'),
    });
    expect(sent.status).toBe(303);
    const id = sent.location!.split('skickad=')[1];
    expect((await t.db.selectFrom('referrals').select('to_unit_id').where('id', '=', id).executeTakeFirstOrThrow()).to_unit_id).toBe(vUnit('anhorigstod'));
    const base = `/vetlanda/personal/inkorg/formedlingar/${id}`;
    const vo = await signIn(t.app, 'vetlanda', V_VO);
    expect((await vo.post(`${base}/ta`, {})).status).toBe(303);
    const saved = await vo.post(`${base}/vald`, { violence: 'on', violenceNote: 'Dottern kontrollerar ekonomin.' });
    expect(saved.status).toBe(303);
    expect(saved.location).toBe('/vetlanda/personal/inkorg?sparad=1');
    expect((await vo.get(base)).status).toBe(404);
    const row = await t.db.selectFrom('referrals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect([row.to_unit_id, row.violence_flag, row.assigned_user_id, row.status]).toEqual([vUnit('vald-i-nara-relationer'), 1, null, 'new']);

    const mail = await moveNotices(`referral:${id}`);
    expect(mail.map((m) => m.recipient)).toContain(V_SO);
    expectContentFree(mail, ['Gunnel', '070-000', 'Dottern', 'ekonomin']);
    expect((await (await signIn(t.app, 'vetlanda', V_SO)).get(base)).$('.banner-warning').text()).toContain('Dottern kontrollerar ekonomin.');
    // The referrer's list says only received / contact made.
    const mine = await referrer.get('/vetlanda/personal/formedla');
    expect(mine.body.toLowerCase()).not.toContain('våld');
    expect(text(mine)).toContain('Anhörigstöd');
  });
});
