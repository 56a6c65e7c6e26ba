import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { findTenantBySlug } from '../../platform/tenancy/tenancy.js';
import { submitRequest } from '../requests/service.js';
import type { ContactForm } from '../requests/schema.js';
import { eraseClosedReferralDetails, yearlyNeedsAssessmentStats, yearlyReferralStats } from './service.js';

const VIKTOR = 'viktor.nilsson@hassleholm.example.se'; // undersköterska, Hemvård Tyringe
const STRATEG = 'ulrika.palm@hassleholm.example.se'; // anhörigstrateg, Anhörigstöd
const ROBIN = 'robin.eklund@hassleholm.example.se'; // Barn- och ungdomssupporten

describe.each(DIALECTS)('referrals and the combined inbox on %s', (dialect) => {
  let t: TestApp;
  const unit = (key: string) => t.seeds.get('hassleholm')!.unitIds.get(key)!;
  const refer = (extra: Record<string, string> = {}) => ({
    carerName: 'Birgitta Provsson', carerPhone: '070-000 44 44', carerEmail: '', reachNote: 'Förmiddagar', topic: 'high_burden',
    message: 'Orkar inte längre, vill prata med någon.', targetGroup: 'older', carerAgeBand: '65_79', urgency: 'normal', consentCarer: 'on',
    consentCaredFor: 'not_asked', fromUnitId: unit('hemvard-tyringe'), ...extra,
  });
  const referralCount = async () => Number((await t.db.selectFrom('referrals').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'vetlanda'] });
  });
  afterAll(async () => t?.close());

  it('a home-care worker refers a carer; the right specialist answers; the referrer sees “kontakt tagen” and no more', async () => {
    const staff = await signIn(t.app, 'hassleholm', VIKTOR);
    const form = await staff.get('/hassleholm/personal/formedla');
    expect(form.status).toBe(200);
    expect(form.$('#f-fromUnitId option[selected]').val()).toBe(unit('hemvard-tyringe'));
    expect(text(form)).toContain('Den anhöriga har samtyckt till att jag lämnar');
    const sent = await staff.post('/hassleholm/personal/formedla', refer());
    expect(sent.status).toBe(303);
    const id = sent.location!.split('skickad=')[1];
    const row = await t.db.selectFrom('referrals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ to_unit_id: unit('anhorigstod'), status: 'new', consent_carer: 1, target_date: '2026-12-02' });
    expect(row.consent_carer_wording).toContain('Den anhöriga har samtyckt');
    const confirmation = await staff.get(sent.location!);
    expect(confirmation.$('.banner-success').text()).toContain('Anhörigstöd och frivilligsamordning');
    // The notice to the specialists says nothing about the carer.
    const mail = await t.db.selectFrom('outbox').selectAll().where('dedupe_key', 'like', `referral:${id}:%`).execute();
    expect(mail.length).toBe(2); // strateg and konsulent
    for (const m of mail) {
      expect(m.body_text).not.toContain('Birgitta');
      expect(m.body_text).not.toContain('44 44');
      expect(m.subject).toBe('Ny förmedling i Bredvid');
    }
    // The BUS specialist does not see an adult's referral.
    const robin = await signIn(t.app, 'hassleholm', ROBIN);
    expect(text(await robin.get('/hassleholm/personal/inkorg'))).not.toContain('Verkar mycket belastad');
    expect((await robin.get(`/hassleholm/personal/inkorg/formedlingar/${id}`)).status).toBe(404);
    // The strateg sees it, opens it (audited), takes it, contacts the carer and closes it.
    const s = await signIn(t.app, 'hassleholm', STRATEG);
    const inbox = await s.get('/hassleholm/personal/inkorg');
    expect(inbox.$(`a[href="/hassleholm/personal/inkorg/formedlingar/${id}"]`).length).toBe(1);
    expect(inbox.body).not.toContain('Birgitta'); // names only behind the audited detail page
    const reads = async () => (await t.db.selectFrom('audit_log').select('id').where('action', '=', 'referral.read').where('subject_id', '=', id).execute()).length;
    const before = await reads();
    const detail = await s.get(`/hassleholm/personal/inkorg/formedlingar/${id}`);
    expect(text(detail)).toContain('Birgitta Provsson');
    expect(await reads()).toBe(before + 1);
    expect((await s.post(`/hassleholm/personal/inkorg/formedlingar/${id}/ta`, {})).location).toBe('/hassleholm/personal/inkorg?sparad=1');
    expect((await s.post(`/hassleholm/personal/inkorg/formedlingar/${id}/kontaktad`, {})).status).toBe(303);
    expect((await s.post(`/hassleholm/personal/inkorg/formedlingar/${id}/avsluta`, { reason: 'bogus' })).status).toBe(400);
    expect((await s.post(`/hassleholm/personal/inkorg/formedlingar/${id}/avsluta`, { reason: 'support_given' })).status).toBe(303);
    expect((await s.post(`/hassleholm/personal/inkorg/formedlingar/${id}/kontaktad`, {})).status).toBe(409);
    const done = await t.db.selectFrom('referrals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(done).toMatchObject({ status: 'closed', close_reason: 'support_given', assigned_user_id: t.seeds.get('hassleholm')!.userIds.get('strateg') });
    expect(done.first_contact_at).not.toBeNull();
    const mine = await staff.get('/hassleholm/personal/formedla');
    const myRow = mine.$('main table tbody tr').first();
    expect(myRow.text()).toContain('Mottagen');
    expect(myRow.text()).toContain('Kontakt tagen');
    expect(myRow.text()).not.toContain('Ulrika');
    expect(myRow.text()).not.toContain('Stöd har getts');
    expect(myRow.text()).not.toContain('Avslutad');
    // The referrer cannot open the inbox or the referral.
    expect((await staff.get(`/hassleholm/personal/inkorg/formedlingar/${id}`)).status).toBe(403);
  });

  it('routes a child carer to Barn- och ungdomssupporten by the municipality’s rules', async () => {
    const staff = await signIn(t.app, 'hassleholm', 'karl.hedstrom@hassleholm.example.se');
    const sent = await staff.post('/hassleholm/personal/formedla', refer({ carerAgeBand: '13_17', topic: 'children_as_carers', fromUnitId: unit('cebe-spec'), urgency: 'urgent' }));
    const id = sent.location!.split('skickad=')[1];
    const row = await t.db.selectFrom('referrals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.to_unit_id).toBe(unit('bus'));
    expect(row.target_date).toBe('2026-11-26');
    const robin = await signIn(t.app, 'hassleholm', ROBIN);
    expect((await robin.get(`/hassleholm/personal/inkorg/formedlingar/${id}`)).status).toBe(200);
    const s = await signIn(t.app, 'hassleholm', STRATEG);
    expect((await s.get(`/hassleholm/personal/inkorg/formedlingar/${id}`)).status).toBe(404);
  });

  it('rejects bad referrals with messages and stores nothing', async () => {
    const staff = await signIn(t.app, 'hassleholm', VIKTOR);
    const before = await referralCount();
    const cases: Record<string, string>[] = [
      {}, refer({ consentCarer: '' }), refer({ carerPhone: '', carerEmail: '' }), refer({ carerName: '' }), refer({ carerName: 'x'.repeat(500) }),
      refer({ carerEmail: 'inte-en-adress' }), refer({ topic: 'lottery' }), refer({ urgency: 'yesterday' }), refer({ fromUnitId: unit('anhorigstod') }),
      refer({ fromUnitId: t.seeds.get('vetlanda')!.unitIds.get('anhorigstod')! }), refer({ personnummer: '19811218-9876' }), refer({ message: 'x'.repeat(2000) }),
      refer({ consentCaredFor: 'maybe' }),
    ];
    for (const form of cases) {
      const res = await staff.post('/hassleholm/personal/formedla', form);
      expect({ form, status: res.status }).toEqual({ form, status: 400 });
      expect(res.$('.error-summary li').length).toBeGreaterThan(0);
    }
    expect((await staff.post('/hassleholm/personal/formedla', refer(), { csrf: null })).status).toBe(403);
    expect(await referralCount()).toBe(before);
    const board = await signIn(t.app, 'hassleholm', 'kerstin.holmqvist@hassleholm.example.se');
    expect((await board.get('/hassleholm/personal/formedla')).status).toBe(403);
    expect((await board.get('/hassleholm/personal/inkorg')).status).toBe(403);
    expect((await new Agent(t.app).get('/hassleholm/personal/formedla')).status).toBe(303);
  });

  it('shows another municipality’s and unknown referrals as not found', async () => {
    const vet = await t.db.selectFrom('referrals').select('id').where('tenant_id', '=', t.seeds.get('vetlanda')!.tenantId).executeTakeFirstOrThrow();
    const s = await signIn(t.app, 'hassleholm', STRATEG);
    for (const id of [vet.id, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      expect((await s.get(`/hassleholm/personal/inkorg/formedlingar/${id}`)).status).toBe(404);
      expect((await s.post(`/hassleholm/personal/inkorg/formedlingar/${id}/kontaktad`, {})).status).toBe(404);
    }
  });

  it('lists web contact requests next to referrals, with the same quick actions', async () => {
    const tenant = (await findTenantBySlug(t.db, 'hassleholm'))!;
    const form = { mode: 'anonymous', name: 'Sol', channel: 'phone', phone: '070-000 33 33', email: '', topic: 'talk', language: 'sv', time: 'any', consent: 'on' } as unknown as ContactForm;
    const req = await submitRequest(t.db, t.clock, 'https://bredvid.example.se', tenant, form);
    const s = await signIn(t.app, 'hassleholm', STRATEG);
    const inbox = await s.get('/hassleholm/personal/inkorg');
    const link = inbox.$(`a[href="/hassleholm/personal/forfragningar/${req.id}"]`);
    expect(link.length).toBe(1);
    expect(text(inbox)).toContain('Förfrågan via webben');
    expect((await s.post(`/hassleholm/personal/inkorg/forfragningar/${req.id}/ta`, {})).status).toBe(303);
    const row = await t.db.selectFrom('contact_requests').selectAll().where('id', '=', req.id).executeTakeFirstOrThrow();
    expect(row.assigned_user_id).toBe(t.seeds.get('hassleholm')!.userIds.get('strateg'));
    expect((await s.post(`/hassleholm/personal/inkorg/forfragningar/${req.id}/kontaktad`, {})).status).toBe(303);
    expect((await t.db.selectFrom('contact_requests').select('status').where('id', '=', req.id).executeTakeFirstOrThrow()).status).toBe('contacted');
    const mine = await s.get('/hassleholm/personal/inkorg?visa=mina');
    expect(mine.$(`a[href="/hassleholm/personal/forfragningar/${req.id}"]`).length).toBe(1);
  });

  it('counts the target in Swedish working days and shows what is overdue', async () => {
    t.clock.set('2026-12-21T08:00:00Z');
    try {
      const again = await signIn(t.app, 'hassleholm', VIKTOR);
      const sent = await again.post('/hassleholm/personal/formedla', refer({ carerName: 'Jul Provsson' }));
      const id = sent.location!.split('skickad=')[1];
      // 22, 23, 28, 29, 30 December are the five working days (julafton to annandag jul and helgen are not).
      expect((await t.db.selectFrom('referrals').select('target_date').where('id', '=', id).executeTakeFirstOrThrow()).target_date).toBe('2026-12-30');
      t.clock.set('2026-12-30T15:00:00Z');
      const s = await signIn(t.app, 'hassleholm', STRATEG);
      expect((await s.get('/hassleholm/personal/inkorg/forsenade')).$(`a[href="/hassleholm/personal/inkorg/formedlingar/${id}"]`).length).toBe(0);
      t.clock.set('2027-01-04T08:00:00Z');
      const s2 = await signIn(t.app, 'hassleholm', STRATEG);
      const overdue = await s2.get('/hassleholm/personal/inkorg/forsenade');
      expect(overdue.$(`a[href="/hassleholm/personal/inkorg/formedlingar/${id}"]`).length).toBe(1);
      expect(overdue.$('.badge-bad').length).toBeGreaterThan(0);
    } finally {
      t.clock.set('2026-11-25T09:00:00.000Z');
    }
  });

  it('erases the contact details of closed referrals after the retention period, keeping the statistics', async () => {
    const staff = await signIn(t.app, 'hassleholm', VIKTOR);
    const sent = await staff.post('/hassleholm/personal/formedla', refer({ carerName: 'Gallras Snart' }));
    const s = await signIn(t.app, 'hassleholm', STRATEG);
    expect((await s.post(`/hassleholm/personal/inkorg/formedlingar/${sent.location!.split('skickad=')[1]}/avsluta`, { reason: 'referred_on' })).status).toBe(303);
    const closed = await t.db.selectFrom('referrals').selectAll().where('status', '=', 'closed').where('contact_deleted_at', 'is', null).execute();
    expect(closed.length).toBeGreaterThan(0);
    expect(await eraseClosedReferralDetails(t.db, t.clock.now())).toBe(0); // just closed: kept for now
    const later = new Date(t.clock.now().getTime() + 31 * 86_400_000);
    expect(await eraseClosedReferralDetails(t.db, later)).toBe(closed.length);
    for (const r of await t.db.selectFrom('referrals').selectAll().where('id', 'in', closed.map((c) => c.id)).execute()) {
      expect([r.carer_name, r.carer_phone, r.carer_email, r.reach_note, r.message]).toEqual([null, null, null, null, null]);
      expect(r.topic).toBeTruthy();
      expect(r.first_contact_at).not.toBeNull();
    }
    expect((await t.db.selectFrom('audit_log').select('id').where('action', '=', 'referral.retention').execute()).length).toBe(closed.length);
  });

  it('reports referrals per year: by referring unit, time to first contact, share within target, by status', async () => {
    const tenantId = t.seeds.get('hassleholm')!.tenantId;
    const s = await yearlyReferralStats(t.db, tenantId, 2026, '2026-11-25');
    const rows = await t.db.selectFrom('referrals').selectAll().where('tenant_id', '=', tenantId).where('created_at', '>=', '2025-12-31T23:00:00.000Z').where('created_at', '<', '2026-12-31T23:00:00.000Z').execute();
    expect(s.total).toBe(rows.length);
    expect(s.byReferringUnit.reduce((a, b) => a + b.count, 0)).toBe(s.total);
    expect(s.byReferringUnit.find((u) => u.unitName === 'Hemvård Tyringe')!.count).toBe(rows.filter((r) => r.from_unit_id === unit('hemvard-tyringe')).length);
    expect(Object.values(s.byStatus).reduce((a, b) => a + b, 0)).toBe(s.total);
    expect(Object.values(s.timeToFirstContact).reduce((a, b) => a + b, 0) + s.notYetContacted).toBe(s.total);
    expect(s.withinTarget).toBeLessThanOrEqual(s.measured);
    expect(s.shareWithinTarget).toBeGreaterThan(0);
    expect((await yearlyReferralStats(t.db, tenantId, 1999)).total).toBe(0);
  });

  it('lets case officers record a carer’s part in the needs assessment, counted for the year', async () => {
    const officer = await signIn(t.app, 'hassleholm', 'linda.carlsson@hassleholm.example.se');
    const page = await officer.get('/hassleholm/personal/behovsbedomning');
    expect(page.status).toBe(200);
    const tenantId = t.seeds.get('hassleholm')!.tenantId;
    const before = await yearlyNeedsAssessmentStats(t.db, tenantId, 2026);
    for (const bad of [{}, { assessedOn: '2026-11-20', tookPart: 'yes', viewsConsidered: 'maybe', ownSupport: 'no' },
      { assessedOn: '2027-01-01', tookPart: 'yes', viewsConsidered: 'yes', ownSupport: 'no' },
      { assessedOn: '2026-11-20', tookPart: 'yes', viewsConsidered: 'yes', ownSupport: 'no', referralId: '00000000-0000-4000-8000-000000000000' },
      { assessedOn: '2026-11-20', tookPart: 'yes', viewsConsidered: 'yes', ownSupport: 'no', name: 'Anna' }]) {
      expect((await officer.post('/hassleholm/personal/behovsbedomning', bad)).status).toBe(400);
    }
    expect((await officer.post('/hassleholm/personal/behovsbedomning', { assessedOn: '2026-11-20', tookPart: 'yes', viewsConsidered: 'partly', ownSupport: 'yes' })).status).toBe(303);
    const after = await yearlyNeedsAssessmentStats(t.db, tenantId, 2026);
    expect(after.recorded).toBe(before.recorded + 1);
    expect(after.tookPart).toBe(before.tookPart + 1);
    expect(after.viewsConsidered.partly).toBe(before.viewsConsidered.partly + 1);
    expect(after.ownSupport).toBe(before.ownSupport + 1);
    const staff = await signIn(t.app, 'hassleholm', VIKTOR);
    expect((await staff.get('/hassleholm/personal/behovsbedomning')).status).toBe(403);
  });
});
