// "Planera åtgärder" (SoL 2025:400 as amended 1 July 2026): the carer's plan of measures, made
// on the carer record by staff with access to the carer; audited reads and writes; follow-up
// dates on Uppföljningar; in the subject-access export, merge and erasure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { planForCarer } from './service.js';
import { localDate } from './time.js';

let serial = 0;
const newCarer = (unitId: string, extra: Record<string, string> = {}) => {
  serial++;
  return {
    unitId, name: 'Planera Provsdotter', phone: `070-222 33 ${String(serial).padStart(2, '0')}`, email: `plan-${serial}@example.se`,
    targetGroup: 'older', relationship: 'spouse', ageBand: '65_79', gender: 'woman', consentGiven: 'on', consentDate: '2026-11-20', ...extra,
  };
};

describe.each(DIALECTS)('the carer’s plan on %s', (dialect) => {
  let t: TestApp;
  const unit = (slug: string, key: string) => t.seeds.get(slug)!.unitIds.get(key)!;
  const actions = (id: string) => t.db.selectFrom('audit_log').select(['action', 'user_id']).where('subject_id', '=', id).where('action', 'like', 'carer.plan%').execute();
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['vetlanda', 'hassleholm'] });
  });
  afterAll(async () => t?.close());

  const register = async (a: Awaited<ReturnType<typeof signIn>>, slug: string, unitId: string, extra: Record<string, string> = {}) => {
    const created = await a.post(`/${slug}/personal/anhoriga`, newCarer(unitId, extra));
    expect(created.status).toBe(303);
    return created.location!.split('?')[0].split('/').pop()!;
  };

  it('demo data has plans with a follow-up that is due', async () => {
    const v = t.seeds.get('vetlanda')!;
    const rows = await t.db.selectFrom('carer_plan_measures').selectAll().where('tenant_id', '=', v.tenantId).execute();
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.some((r) => r.follow_up_on !== null && r.follow_up_on < localDate(t.clock.now()) && r.status === 'planned')).toBe(true);
  });

  it('staff make a plan with the carer: bad input is explained, measures are added and edited, every read and write is audited', async () => {
    const a = await signIn(t.app, 'vetlanda', 'ingrid.holmer@vetlanda.example.se');
    const id = await register(a, 'vetlanda', unit('vetlanda', 'anhorigstod'));
    const base = `/vetlanda/personal/anhoriga/${id}/plan`;
    const empty = await a.get(base);
    expect(empty.status).toBe(200);
    expect(text(empty)).toContain('Planen har inga åtgärder ännu.');
    expect(text(await a.get(`/vetlanda/personal/anhoriga/${id}`))).toContain('Ingen plan är gjord ännu.');

    for (const bad of [{}, { what: 'Prova dagverksamhet', responsible: '', status: 'planned' }, { what: 'x', responsible: 'y', status: 'someday' },
      { what: 'x', responsible: 'y', status: 'planned', followUpOn: '25/12' }, { what: 'x'.repeat(301), responsible: 'y', status: 'planned' },
      { what: 'x', responsible: 'y', status: 'planned', extra: '1' }]) {
      const res = await a.post(base, bad);
      expect({ bad, status: res.status }).toEqual({ bad, status: 400 });
      expect(res.$('.error-summary').length).toBe(1);
    }
    expect(await planForCarer(t.db, t.seeds.get('vetlanda')!.tenantId, id)).toEqual([]);

    const today = localDate(t.clock.now());
    const added = await a.post(base, { what: 'Prova dagverksamhet två dagar i veckan', responsible: 'Den anhöriga', dueOn: '2027-01-15', status: 'planned', followUpOn: today, note: 'Vill börja efter jul.' });
    expect(added.status).toBe(303);
    const plan = await planForCarer(t.db, t.seeds.get('vetlanda')!.tenantId, id);
    expect(plan).toMatchObject([{ what: 'Prova dagverksamhet två dagar i veckan', responsible: 'Den anhöriga', dueOn: '2027-01-15', status: 'planned', followUpOn: today, note: 'Vill börja efter jul.' }]);
    const page = await a.get(base);
    const table = text(page, 'table');
    expect(table).toContain('Prova dagverksamhet två dagar i veckan');
    expect(table).toContain('Planerad');
    expect(text(await a.get(`/vetlanda/personal/anhoriga/${id}`))).toContain('1 åtgärder i planen, 1 planerade eller pågående. Nästa uppföljning');

    // Editing: the form comes back filled in; bad input keeps what was typed.
    const edit = await a.get(`${base}/${plan[0].id}`);
    expect(edit.$('#f-what').val()).toBe('Prova dagverksamhet två dagar i veckan');
    const badEdit = await a.post(`${base}/${plan[0].id}`, { what: 'Prova dagverksamhet', responsible: '', status: 'ongoing' });
    expect(badEdit.status).toBe(400);
    expect(badEdit.$('#f-what').val()).toBe('Prova dagverksamhet');
    expect((await a.post(`${base}/${plan[0].id}`, { what: 'Dagverksamhet två dagar i veckan', responsible: 'Den anhöriga', status: 'ongoing', followUpOn: today })).status).toBe(303);
    expect((await planForCarer(t.db, t.seeds.get('vetlanda')!.tenantId, id))[0]).toMatchObject({ status: 'ongoing', dueOn: null, note: null });
    expect((await a.post(`${base}/00000000-0000-4000-8000-000000000000`, { what: 'x', responsible: 'y', status: 'done' })).status).toBe(404);

    const log = (await actions(id)).map((r) => r.action);
    expect(log.filter((x) => x === 'carer.plan_add')).toHaveLength(1);
    expect(log.filter((x) => x === 'carer.plan_update')).toHaveLength(1);
    expect(log.filter((x) => x === 'carer.plan_read').length).toBeGreaterThanOrEqual(4);

    // The follow-up date is on the team's Uppföljningar.
    const follow = await a.get('/vetlanda/personal/uppfoljningar');
    expect(text(follow, 'table:has(caption:contains("Planer att följa upp"))')).toContain('Dagverksamhet två dagar i veckan');

    // The subject-access export carries the plan.
    const exported = JSON.parse((await a.get(`/vetlanda/personal/anhoriga/${id}/registerutdrag.json`)).body);
    expect(exported.plan).toEqual([{ Åtgärd: 'Dagverksamhet två dagar i veckan', Ansvarig: 'Den anhöriga', 'Klart senast': '–', Status: 'Pågår', 'Följs upp': today, Anteckning: '–' }]);
    expect((await a.get(`/vetlanda/personal/anhoriga/${id}/registerutdrag.pdf`)).status).toBe(200);
  });

  it('is invisible outside the carer’s units and in another municipality', async () => {
    const robin = await signIn(t.app, 'hassleholm', 'robin.eklund@hassleholm.example.se');
    const id = await register(robin, 'hassleholm', unit('hassleholm', 'bus'), { ageBand: '13_17' });
    const base = `/hassleholm/personal/anhoriga/${id}/plan`;
    expect((await robin.post(base, { what: 'Prata med skolkuratorn', responsible: 'Den unga med stödkontakten', status: 'planned' })).status).toBe(303);
    const measure = (await planForCarer(t.db, t.seeds.get('hassleholm')!.tenantId, id))[0];
    const strateg = await signIn(t.app, 'hassleholm', 'ulrika.palm@hassleholm.example.se');
    expect((await strateg.get(base)).status).toBe(404);
    expect((await strateg.get(`${base}/${measure.id}`)).status).toBe(404);
    expect((await strateg.post(base, { what: 'x', responsible: 'y', status: 'planned' })).status).toBe(404);
    expect((await strateg.post(`${base}/${measure.id}`, { what: 'x', responsible: 'y', status: 'done' })).status).toBe(404);
    expect(text(await strateg.get('/hassleholm/personal/uppfoljningar'))).not.toContain('Prata med skolkuratorn');
    const vet = await signIn(t.app, 'vetlanda', 'ingrid.holmer@vetlanda.example.se');
    expect((await vet.get(`/vetlanda/personal/anhoriga/${id}/plan`)).status).toBe(404);
    // Another tenant's id never reads this plan.
    expect(await planForCarer(t.db, t.seeds.get('vetlanda')!.tenantId, id)).toEqual([]);
    // Staff without carers:read are refused.
    const hemtjanst = await signIn(t.app, 'hassleholm', 'viktor.nilsson@hassleholm.example.se');
    expect((await hemtjanst.get(base)).status).toBe(403);
  });

  it('a merge moves the plan to the kept record; erasure deletes it', async () => {
    const a = await signIn(t.app, 'vetlanda', 'ingrid.holmer@vetlanda.example.se');
    const keep = await register(a, 'vetlanda', unit('vetlanda', 'anhorigstod'), { name: 'Samma Person', phone: '070-222 99 01', email: '' });
    const dup = await register(a, 'vetlanda', unit('vetlanda', 'anhorigstod'), { name: 'Samma Person', phone: '070-222 99 02', email: 'samma@example.se', confirmNotDuplicate: 'yes' });
    expect((await a.post(`/vetlanda/personal/anhoriga/${dup}/plan`, { what: 'Gå med i Demensföreningen', responsible: 'Den anhöriga', status: 'planned' })).status).toBe(303);
    expect((await a.post(`/vetlanda/personal/anhoriga/${keep}/sammanfoga`, { otherId: dup, confirm: 'yes' })).status).toBe(303);
    const tenantId = t.seeds.get('vetlanda')!.tenantId;
    expect((await planForCarer(t.db, tenantId, keep)).map((m) => m.what)).toEqual(['Gå med i Demensföreningen']);
    expect((await a.post(`/vetlanda/personal/anhoriga/${keep}/radera`, { confirm: 'yes', requested: 'on' })).status).toBe(303);
    expect(await t.db.selectFrom('carer_plan_measures').select('id').where('carer_id', 'in', [keep, dup]).execute()).toEqual([]);
  });
});
