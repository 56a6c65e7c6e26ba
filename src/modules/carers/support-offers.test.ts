// The stödkontakt duty (SoL 2025:400 as amended 1 July 2026): offers and answers recorded on an
// identified carer and, without identity, on an anonymous contact; the yearly figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { findTenantBySlug } from '../../platform/tenancy/tenancy.js';
import { supportOffersSection } from '../reports/sections/support-offers.js';
import { median, supportOfferFigures } from './service.js';

let serial = 0;
const newCarer = (unitId: string) => {
  serial++;
  return {
    unitId, name: 'Selma Provberg', phone: `070-111 22 ${String(serial).padStart(2, '0')}`, email: `erbjudande-${serial}@example.se`,
    targetGroup: 'older', relationship: 'child', ageBand: '45_64', gender: 'woman', consentGiven: 'on', consentDate: '2026-11-20',
  };
};

describe('median', () => {
  it('is the middle value, or the mean of the two middle values', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 4])).toBe(4);
    expect(median([10, 0, 2, 4])).toBe(3);
  });
});

describe.each(DIALECTS)('stödkontakt offers on %s', (dialect) => {
  let t: TestApp;
  const seed = (slug: string) => t.seeds.get(slug)!;
  const offers = (tenantId: string) => t.db.selectFrom('support_offers').selectAll().where('tenant_id', '=', tenantId).orderBy('recorded_at').execute();
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['vetlanda', 'hassleholm'] });
  });
  afterAll(async () => t?.close());

  it('demo data records offers for identified carers and in anonymous contacts', async () => {
    for (const slug of ['vetlanda', 'hassleholm']) {
      const rows = await offers(seed(slug).tenantId);
      expect(rows.filter((r) => r.carer_id !== null && r.answer === 'accepted' && r.support_contact_user_id !== null).length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.carer_id === null && r.contact_id !== null).length).toBeGreaterThan(10);
    }
  });

  it('records an offer to an identified carer; an accepted offer names the stödkontakt, which the record then shows', async () => {
    const v = seed('vetlanda');
    const a = await signIn(t.app, 'vetlanda', 'ingrid.holmer@vetlanda.example.se');
    const created = await a.post('/vetlanda/personal/anhoriga', newCarer(v.unitIds.get('anhorigstod')!));
    expect(created.status).toBe(303);
    const id = created.location!.split('/').pop()!.split('?')[0];
    const base = `/vetlanda/personal/anhoriga/${id}`;
    const before = (await offers(v.tenantId)).length;

    for (const bad of [{}, { offeredOn: '2026-11-24' }, { offeredOn: '2026-11-24', answer: 'maybe' }, { offeredOn: '2030-01-01', answer: 'declined' },
      { offeredOn: '2026-11-24', answer: 'accepted' }, { offeredOn: '2026-11-24', answer: 'accepted', offerSupportContactUserId: v.userIds.get('medarbetare-hemtjanst')! }]) {
      const res = await a.post(`${base}/erbjudande`, bad);
      expect({ bad, status: res.status }).toEqual({ bad, status: 400 });
      expect(res.$('.error-summary').length).toBe(1);
    }
    expect((await offers(v.tenantId)).length).toBe(before);

    const declined = await a.post(`${base}/erbjudande`, { offeredOn: '2026-11-24', answer: 'declined' });
    expect(declined.status).toBe(303);
    const konsulent = v.userIds.get('konsulent-vo')!;
    const accepted = await a.post(`${base}/erbjudande`, { offeredOn: '2026-11-25', answer: 'accepted', offerSupportContactUserId: konsulent });
    expect(accepted.status).toBe(303);
    const rows = (await offers(v.tenantId)).filter((r) => r.carer_id === id);
    expect(rows.map((r) => [r.answer, r.offered_on, r.first_contact_on, r.support_contact_user_id, r.contact_id]))
      .toEqual([['declined', '2026-11-24', '2026-11-24', null, null], ['accepted', '2026-11-25', '2026-11-24', konsulent, null]]);
    expect((await t.db.selectFrom('carers').select('support_contact_user_id').where('id', '=', id).executeTakeFirstOrThrow()).support_contact_user_id).toBe(konsulent);
    const audits = await t.db.selectFrom('audit_log').select('action').where('subject_id', '=', id).where('action', '=', 'carer.support_offer').execute();
    expect(audits).toHaveLength(2);

    const page = await a.get(base);
    const table = text(page, 'table:has(caption:contains("Erbjudanden om stödkontakt"))');
    expect(table).toContain('Tackade nej');
    expect(table).toContain('Tackade ja');
    expect(table).toContain('Ingrid Holmér');

    const exported = JSON.parse((await a.get(`${base}/registerutdrag.json`)).body);
    expect(exported.supportOffers.map((o: Record<string, string>) => o.Svar)).toEqual(['Tackade nej', 'Tackade ja']);

    // Erasing the carer erases the offers made to them.
    const erased = await a.post(`${base}/radera`, { confirm: 'yes', requested: 'on' });
    expect(erased.status).toBe(303);
    expect((await offers(v.tenantId)).filter((r) => r.carer_id === id)).toHaveLength(0);
  });

  it('records “erbjudande om stödkontakt” on an anonymous contact without identity; editing replaces it, clearing removes it', async () => {
    const v = seed('vetlanda');
    const a = await signIn(t.app, 'vetlanda', 'ingrid.holmer@vetlanda.example.se');
    const form = { contactDate: '2026-11-25', channel: 'phone', durationMin: '30', activityType: 'support_conversation' };
    const bad = await a.post('/vetlanda/personal/kontakter', { ...form, supportOffer: 'perhaps' });
    expect(bad.status).toBe(400);
    expect(bad.$('#f-supportOffer-error').length).toBe(1);
    const before = (await offers(v.tenantId)).length;
    expect((await a.post('/vetlanda/personal/kontakter', form)).status).toBe(303);
    expect((await offers(v.tenantId)).length).toBe(before);
    expect((await a.post('/vetlanda/personal/kontakter', { ...form, supportOffer: 'not_reached' })).status).toBe(303);
    const anon = (await offers(v.tenantId)).slice(before);
    expect(anon).toHaveLength(1);
    expect(anon[0]).toMatchObject({ carer_id: null, answer: 'not_reached', offered_on: '2026-11-25', first_contact_on: '2026-11-25', support_contact_user_id: null });
    const contactId = anon[0].contact_id!;
    const edit = await a.get(`/vetlanda/personal/kontakter/${contactId}`);
    expect(edit.$('#f-supportOffer').val()).toBe('not_reached');
    expect((await a.post(`/vetlanda/personal/kontakter/${contactId}`, { ...form, supportOffer: 'accepted' })).status).toBe(303);
    expect((await offers(v.tenantId)).filter((r) => r.contact_id === contactId).map((r) => r.answer)).toEqual(['accepted']);
    expect((await a.post(`/vetlanda/personal/kontakter/${contactId}`, form)).status).toBe(303);
    expect((await offers(v.tenantId)).filter((r) => r.contact_id === contactId)).toHaveLength(0);
  });

  it('counts offers, acceptances and the median days from first contact to offer for the yearly report, per municipality and unit', async () => {
    const h = seed('hassleholm');
    const unitId = [...h.unitIds.values()][0];
    const row = (first: string, offered: string, answer: string, carer = false) => ({
      id: crypto.randomUUID(), tenant_id: h.tenantId, unit_id: unitId, carer_id: null, contact_id: carer ? null : crypto.randomUUID(),
      first_contact_on: first, offered_on: offered, answer, support_contact_user_id: null, recorded_by: null, recorded_at: '2026-11-25T09:00:00.000Z',
    });
    await t.db.deleteFrom('support_offers').where('tenant_id', '=', h.tenantId).execute();
    await t.db.insertInto('support_offers').values([
      row('2026-03-01', '2026-03-01', 'accepted'), row('2026-03-01', '2026-03-11', 'accepted'), row('2026-05-01', '2026-05-05', 'declined'),
      row('2026-06-01', '2026-06-21', 'not_reached'), row('2026-01-01', '2026-01-03', 'accepted'), row('2026-02-01', '2026-02-02', 'declined'),
      row('2025-12-01', '2025-12-02', 'accepted'), // another year
    ]).execute();
    const f = await supportOfferFigures(t.db, h.tenantId, 'all', '2026-01-01', '2026-12-31');
    expect(f).toEqual({ offers: 6, accepted: 3, declined: 2, notReached: 1, identified: 0, anonymous: 6, medianDaysToOffer: 3 });
    expect((await supportOfferFigures(t.db, h.tenantId, ['no-such-unit'], '2026-01-01', '2026-12-31')).offers).toBe(0);
    // Another municipality's offers never count here.
    const vetlanda = (await offers(seed('vetlanda').tenantId)).filter((r) => r.offered_on >= '2026-01-01').length;
    expect((await supportOfferFigures(t.db, seed('vetlanda').tenantId, 'all', '2026-01-01', '2026-12-31')).offers).toBe(vetlanda);

    const tenant = (await findTenantBySlug(t.db, 'hassleholm'))!;
    const s = await supportOffersSection({ db: t.db, tenant, year: 2026, now: t.clock.now(), scope: { unitId: null, unitName: 'Hela kommunen', unitIds: 'all' } });
    expect(s.tables[0].rows.map((r) => [r.label, r.cells[0]])).toEqual([
      ['Tackade ja', { kind: 'count', value: 3 }], ['Tackade nej', { kind: 'count', value: 2 }], ['Nåddes inte', { kind: 'count', value: 1 }],
      ['Erbjudanden, totalt', { kind: 'count', value: 6 }],
    ]);
    expect(s.facts![0].cell).toEqual({ kind: 'measure', value: 3, base: 6, format: 'days' });
  });
});
