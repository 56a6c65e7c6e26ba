// The documented access-log review: reproducible samples for a unit manager's own units.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTestApp, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { drawSample, flagUnusual } from './review.js';

describe('sampling and flagging (pure)', () => {
  it('draws k distinct positions in range, the same for the same seed', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 60 }), fc.string({ maxLength: 12 }), (n, k, seed) => {
      const s = drawSample(n, k, seed);
      expect(s.length).toBe(Math.min(n, k));
      expect(new Set(s).size).toBe(s.length);
      for (const i of s) expect(i >= 0 && i < n).toBe(true);
      expect(drawSample(n, k, seed)).toEqual(s);
    }));
  });

  it('flags a user far above the colleagues’ median, never below the floor', () => {
    expect(flagUnusual([3, 30], 10).map((f) => f.unusual)).toEqual([false, true]);
    expect(flagUnusual([4, 5, 6, 5], 10).every((f) => !f.unusual)).toBe(true);
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 30 }), fc.integer({ min: 1, max: 50 }), (counts, floor) => {
      for (const [i, f] of flagUnusual(counts, floor).entries()) {
        expect(f.threshold).toBeGreaterThanOrEqual(floor);
        expect(f.unusual).toBe(counts[i] > f.threshold);
      }
    }));
  });
});

describe.each(DIALECTS)('access-log review on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
    // Staff in Hemvård Tyringe refer carers: access-log rows of that unit.
    const staff = await signIn(t.app, 'hassleholm', 'viktor.nilsson@hassleholm.example.se');
    const unitId = t.seeds.get('hassleholm')!.unitIds.get('hemvard-tyringe')!;
    for (let i = 0; i < 6; i++) {
      const res = await staff.post('/hassleholm/personal/formedla', {
        carerName: `Person ${i}`, carerPhone: '070-000 00 00', topic: 'information', urgency: 'normal', consentCarer: 'on', consentCaredFor: 'not_asked', fromUnitId: unitId,
      });
      if (res.status !== 303) throw new Error(`referral failed ${res.status}`);
    }
  });
  afterAll(async () => t?.close());

  it('lets a unit manager draw a reproducible sample of their units’ rows, review each and close the review', async () => {
    const m = await signIn(t.app, 'hassleholm', 'therese.blom@hassleholm.example.se');
    const list = await m.get('/hassleholm/personal/logg/granskning');
    expect(list.status).toBe(200);
    expect(text(list)).toContain('Hemvård Tyringe');
    const today = '2026-11-25';
    for (const bad of [{ from: today, to: '2026-11-01', size: '3' }, { from: today, to: today, size: '0' }, { from: today, to: today, size: 'tre' },
      { from: 'igår', to: today, size: '3' }, { from: today, to: today, size: '3', extra: '1' }, { from: '2020-01-01', to: '2020-01-02', size: '3' }]) {
      const res = await m.post('/hassleholm/personal/logg/granskning', bad);
      expect({ bad, status: res.status }).toEqual({ bad, status: 400 });
    }
    const r1 = await m.post('/hassleholm/personal/logg/granskning', { from: today, to: today, size: '4', seed: 'stickprov-1' });
    expect(r1.status).toBe(303);
    const r2 = await m.post('/hassleholm/personal/logg/granskning', { from: today, to: today, size: '4', seed: 'stickprov-1' });
    const id1 = r1.location!.split('/').pop()!;
    const id2 = r2.location!.split('/').pop()!;
    const items = async (id: string) => (await t.db.selectFrom('audit_review_items').select('audit_id').where('review_id', '=', id).orderBy('position').execute()).map((r) => r.audit_id);
    expect(await items(id1)).toHaveLength(4);
    expect(await items(id2)).toEqual(await items(id1));
    // Only the manager's units' rows are ever sampled.
    const units = await t.db.selectFrom('audit_log').select('unit_id').where('id', 'in', await items(id1)).execute();
    for (const u of units) expect(u.unit_id).toBe(t.seeds.get('hassleholm')!.unitIds.get('hemvard-tyringe'));
    const page = await m.get(r1.location!);
    expect(page.status).toBe(200);
    expect(text(page)).toContain('stickprov-1');
    const rows = await t.db.selectFrom('audit_review_items').select('id').where('review_id', '=', id1).orderBy('position').execute();
    expect((await m.post(`${r1.location}/avsluta`, { conclusion: 'Klart' })).status).toBe(400); // not all reviewed
    expect((await m.post(`${r1.location}/rader/${rows[0].id}`, { verdict: 'question' })).status).toBe(400); // needs a comment
    expect((await m.post(`${r1.location}/rader/${rows[0].id}`, { verdict: 'question', comment: 'Varför öppnades detta?' })).status).toBe(303);
    for (const r of rows.slice(1)) expect((await m.post(`${r1.location}/rader/${r.id}`, { verdict: 'ok' })).status).toBe(303);
    expect((await m.post(`${r1.location}/avsluta`, { conclusion: 'En rad utreds vidare med enhetschefen.' })).status).toBe(303);
    expect((await m.post(`${r1.location}/avsluta`, { conclusion: 'Igen' })).status).toBe(400);
    const done = await m.get(r1.location!);
    expect(text(done)).toContain('En rad utreds vidare');
    const logged = await t.db.selectFrom('audit_log').select('action').where('subject_id', '=', id1).execute();
    expect(logged.map((l) => l.action)).toEqual(expect.arrayContaining(['audit.review_create', 'audit.review_item', 'audit.review_complete']));
  });

  it('hides the review from others (404) and shows the heavy-reader view to reviewers', async () => {
    const staff = await signIn(t.app, 'hassleholm', 'viktor.nilsson@hassleholm.example.se');
    expect((await staff.get('/hassleholm/personal/logg/granskning')).status).toBe(404);
    expect((await staff.get('/hassleholm/personal/logg/avvikelser')).status).toBe(404);
    const review = await t.db.selectFrom('audit_reviews').select('id').executeTakeFirstOrThrow();
    // Another unit manager does not see a colleague's review.
    const other = await signIn(t.app, 'hassleholm', 'jesper.kronqvist@hassleholm.example.se');
    expect((await other.get(`/hassleholm/personal/logg/granskning/${review.id}`)).status).toBe(404);
    // The municipality's log reviewer sees everything, including who opened many carers.
    const auditor = await signIn(t.app, 'hassleholm', 'petra.wallin@hassleholm.example.se');
    expect((await auditor.get(`/hassleholm/personal/logg/granskning/${review.id}`)).status).toBe(200);
    const specialist = await signIn(t.app, 'hassleholm', 'ulrika.palm@hassleholm.example.se');
    const carers = await t.db.selectFrom('carers').select('id').execute();
    for (const c of carers) await specialist.get(`/hassleholm/personal/anhoriga/${c.id}`);
    const heavy = await auditor.get('/hassleholm/personal/logg/avvikelser');
    expect(heavy.status).toBe(200);
    expect(text(heavy)).toContain('Ulrika Palm');
  });
});
