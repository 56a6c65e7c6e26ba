import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { yearlyContactStats } from './service.js';

const quick = { contactDate: '2026-11-25', channel: 'phone', activityType: 'support_conversation', durationMin: '40', targetGroup: 'older', relationship: 'child', gender: 'woman' };

describe.each(DIALECTS)('anonymous contact log on %s', (dialect) => {
  let t: TestApp;
  const count = async (tenantSlug: string) => {
    const tenantId = t.seeds.get(tenantSlug)!.tenantId;
    const r = await t.db.selectFrom('contact_log').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).executeTakeFirstOrThrow();
    return Number(r.n);
  };
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['vetlanda', 'hassleholm'] });
  });
  afterAll(async () => t?.close());

  it('records a contact with the defaults and a few choices, stores nothing identifying, lists it as today’s', async () => {
    const a = await signIn(t.app, 'vetlanda', 'ingrid.holmer@vetlanda.example.se');
    const form = await a.get('/vetlanda/personal/kontakter');
    expect(form.status).toBe(200);
    // Sensible defaults: today, phone, stödsamtal, 30 min; the duration takes the first focus.
    expect(form.$('#f-contactDate').val()).toBe('2026-11-25');
    expect(form.$('#f-channel option[selected]').val()).toBe('phone');
    expect(form.$('#f-activityType option[selected]').val()).toBe('support_conversation');
    expect(form.$('#f-durationMin option[selected]').val()).toBe('30');
    expect(form.$('#f-durationMin').attr('autofocus')).toBeDefined();
    // No free-text field and no name field anywhere in the form.
    expect(form.$('main form textarea').length).toBe(0);
    expect(form.$('main form input[type=text], main form input:not([type])').length).toBe(0);
    const before = await count('vetlanda');
    const res = await a.post('/vetlanda/personal/kontakter', quick);
    expect(res.status).toBe(303);
    expect(res.location).toBe('/vetlanda/personal/kontakter?sparad=1');
    expect(await count('vetlanda')).toBe(before + 1);
    const row = await t.db.selectFrom('contact_log').selectAll().where('duration_min', '=', 40).where('created_at', '=', t.clock.now().toISOString()).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ channel: 'phone', activity_type: 'support_conversation', target_group: 'older', relationship: 'child', gender: 'woman', carer_id: null, age_band: null });
    // Every stored column is a code, a number, a date or an id – nothing a person typed.
    for (const [k, v] of Object.entries(row)) if (typeof v === 'string') expect({ k, ok: /^[a-z0-9_:.\-T]*$/i.test(v) }).toEqual({ k, ok: true });
    const page = await a.get(res.location!);
    expect(page.$('.banner-success').text()).toContain('Kontakten är sparad');
    expect(page.$('#senaste').length).toBe(1);
    expect(text(page)).toContain('Stödsamtal');
    expect(page.$('main table a[href^="/vetlanda/personal/kontakter/"]').length).toBeGreaterThan(0);
  });

  it('rejects bad input with messages, stores nothing, never a 500', async () => {
    const a = await signIn(t.app, 'vetlanda', 'ingrid.holmer@vetlanda.example.se');
    const before = await count('vetlanda');
    const otherCarer = await t.db.selectFrom('carers').select('id').where('tenant_id', '=', t.seeds.get('hassleholm')!.tenantId).executeTakeFirstOrThrow();
    const cases: [Record<string, string>, string][] = [
      [{}, 'contactDate'],
      [{ ...quick, durationMin: '' }, 'durationMin'],
      [{ ...quick, durationMin: 'fyrtio' }, 'durationMin'],
      [{ ...quick, durationMin: '9999' }, 'durationMin'],
      [{ ...quick, channel: 'telepathy' }, 'channel'],
      [{ ...quick, contactDate: '2026-13-45' }, 'contactDate'],
      [{ ...quick, contactDate: '2026-12-24' }, 'contactDate'],
      [{ ...quick, contactDate: '2024-01-01' }, 'contactDate'],
      [{ ...quick, name: 'Anna Andersson' }, '_form'],
      [{ ...quick, note: 'x'.repeat(50) }, '_form'],
      [{ ...quick, district: 'Atlantis' }, 'district'],
      [{ ...quick, district: 'x'.repeat(500) }, 'district'],
      [{ ...quick, referredOnward: 'on' }, 'referredTo'],
      [{ ...quick, campaignId: '00000000-0000-4000-8000-000000000000' }, 'campaignId'],
      [{ ...quick, carerId: otherCarer.id }, 'carerId'],
      [{ ...quick, carerId: 'not-a-uuid' }, 'carerId'],
    ];
    for (const [form, field] of cases) {
      const res = await a.post('/vetlanda/personal/kontakter', form);
      expect({ form, status: res.status }).toEqual({ form, status: 400 });
      expect(res.$('.error-summary').length).toBe(1);
      if (field !== '_form') expect({ field, n: res.$(`#f-${field}-error`).length }).toEqual({ field, n: 1 });
    }
    expect(await count('vetlanda')).toBe(before);
  });

  it('lets the specialist edit an entry for 24 hours, then locks it', async () => {
    const a = await signIn(t.app, 'vetlanda', 'ingrid.holmer@vetlanda.example.se');
    await a.post('/vetlanda/personal/kontakter', { ...quick, durationMin: '15' });
    const list = await a.get('/vetlanda/personal/kontakter');
    const href = list.$('main table a[href^="/vetlanda/personal/kontakter/"]').first().attr('href')!;
    const edit = await a.get(href);
    expect(edit.status).toBe(200);
    expect(edit.$('form #f-durationMin').length).toBe(1);
    expect((await a.post(href, { ...quick, durationMin: '20' })).status).toBe(303);
    // A colleague cannot even see it; another municipality's staff neither.
    const colleague = await signIn(t.app, 'vetlanda', 'ahmed.yusuf@vetlanda.example.se');
    expect((await colleague.get(href)).status).toBe(404);
    expect((await colleague.post(href, quick)).status).toBe(404);
    const other = await signIn(t.app, 'hassleholm', 'ulrika.palm@hassleholm.example.se');
    expect((await other.get(href.replace('/vetlanda/', '/hassleholm/'))).status).toBe(404);
    t.clock.advance(25 * 3600_000);
    try {
      // (Sessions end after 12 hours: sign in again the next day.)
      const again = await signIn(t.app, 'vetlanda', 'ingrid.holmer@vetlanda.example.se');
      const locked = await again.get(href);
      expect(locked.status).toBe(200);
      expect(text(locked)).toContain('Kontakten är låst');
      expect(locked.$('main form #f-durationMin').length).toBe(0);
      const id = href.split('/').pop()!;
      const res = await again.post(href, { ...quick, durationMin: '90' });
      expect(res.status).toBe(409);
      const row = await t.db.selectFrom('contact_log').select('duration_min').where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.duration_min).toBe(20);
      // Locked entries no longer offer the edit link.
      const after = await again.get('/vetlanda/personal/kontakter');
      expect(after.$(`main a[href="${href}"]`).length).toBe(0);
    } finally {
      t.clock.advance(-25 * 3600_000);
    }
  });

  it('keeps staff without contacts:log out and enforces CSRF', async () => {
    const staff = await signIn(t.app, 'vetlanda', 'oskar.lindqvist@vetlanda.example.se');
    expect((await staff.get('/vetlanda/personal/kontakter')).status).toBe(403);
    expect((await staff.post('/vetlanda/personal/kontakter', quick)).status).toBe(403);
    expect((await new Agent(t.app).get('/vetlanda/personal/kontakter')).status).toBe(303);
    const a = await signIn(t.app, 'vetlanda', 'ingrid.holmer@vetlanda.example.se');
    const before = await count('vetlanda');
    expect((await a.post('/vetlanda/personal/kontakter', quick, { csrf: null })).status).toBe(403);
    expect((await a.post('/vetlanda/personal/kontakter', quick, { csrf: 'forged' })).status).toBe(403);
    expect(await count('vetlanda')).toBe(before);
  });

  it('links a contact to an identified carer in scope and audits it', async () => {
    const a = await signIn(t.app, 'vetlanda', 'ingrid.holmer@vetlanda.example.se');
    const carer = await t.db.selectFrom('carers').select(['id', 'name']).where('tenant_id', '=', t.seeds.get('vetlanda')!.tenantId).executeTakeFirstOrThrow();
    const form = await a.get(`/vetlanda/personal/kontakter?anhorig=${carer.id}`);
    expect(form.$('input[name=carerId]').val()).toBe(carer.id);
    expect(text(form)).toContain(carer.name);
    const res = await a.post('/vetlanda/personal/kontakter', { ...quick, carerId: carer.id });
    expect(res.location).toBe(`/vetlanda/personal/anhoriga/${carer.id}?sparad=kontakt`);
    const audit = await t.db.selectFrom('audit_log').select(['action']).where('subject_id', '=', carer.id).where('action', '=', 'carer.contact_linked').execute();
    expect(audit.length).toBe(1);
  });

  it('counts a year of contacts for the report, per municipality and unit', async () => {
    const vet = t.seeds.get('vetlanda')!;
    const s = await yearlyContactStats(t.db, vet.tenantId, 2026, 'all');
    const rows = await t.db.selectFrom('contact_log').selectAll().where('tenant_id', '=', vet.tenantId)
      .where('contact_date', '>=', '2026-01-01').where('contact_date', '<=', '2026-12-31').execute();
    expect(s.total).toBe(rows.length);
    expect(s.total).toBeGreaterThan(100);
    const sum = (o: Record<string, number>) => Object.values(o).reduce((x, y) => x + y, 0);
    for (const dim of [s.byActivityType, s.byChannel, s.byTargetGroup, s.byAgeBand, s.byGender, s.byRelationship, s.byHeardVia, s.byMonth, s.byCampaign, s.byDistrict]) {
      expect(sum(dim)).toBe(s.total);
    }
    expect(s.byActivityType.support_conversation).toBe(rows.filter((r) => r.activity_type === 'support_conversation').length);
    expect(s.childrenAsCarers).toBe(rows.filter((r) => r.age_band === 'under_13' || r.age_band === '13_17').length);
    expect(s.uniqueIdentifiedCarers).toBe(new Set(rows.filter((r) => r.carer_id).map((r) => r.carer_id)).size);
    expect(s.anonymousContacts + s.identifiedContacts).toBe(s.total);
    expect(Object.keys(s.byMonth)).toHaveLength(12);
    // A unit filter narrows; an empty list counts nothing; another municipality's rows never count.
    const unit = rows[0].unit_id;
    expect((await yearlyContactStats(t.db, vet.tenantId, 2026, [unit])).total).toBe(rows.filter((r) => r.unit_id === unit).length);
    expect((await yearlyContactStats(t.db, vet.tenantId, 2026, [])).total).toBe(0);
    const hass = await yearlyContactStats(t.db, t.seeds.get('hassleholm')!.tenantId, 2026, [unit]);
    expect(hass.total).toBe(0);
  });
});
