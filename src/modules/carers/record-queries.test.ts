// The carer page's lists in one statement (record-queries.ts) give exactly what the five queries
// of their own give (the rights export and the plan page still use those), in the same order,
// for every carer of the demo and for one with several rows in every list, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/harness.js';
import { newId } from '../../platform/db/helpers.js';
import { actionsOf, consentsOf, journalOf, recordOf } from './record.js';
import { planForCarer } from './plan.js';
import { offersOf } from './offers.js';

describe.each(DIALECTS)('the carer record’s lists in one statement on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['vetlanda', 'hassleholm'] });
  });
  afterAll(async () => t?.close());

  const TODAY = '2026-12-07';
  const separately = async (tenantId: string, carerId: string) => {
    const [consents, actions, journal, plan, offers] = await Promise.all([consentsOf(t.db, tenantId, carerId), actionsOf(t.db, tenantId, carerId, TODAY),
      journalOf(t.db, tenantId, carerId), planForCarer(t.db, tenantId, carerId), offersOf(t.db, tenantId, carerId)]);
    return { consents, actions, journal, plan, offers };
  };

  it('equals the separate reads for every carer of the demo', async () => {
    const carers = await t.db.selectFrom('carers').select(['id', 'tenant_id']).execute();
    expect(carers.length).toBeGreaterThan(10);
    let filled = 0;
    for (const c of carers) {
      const one = await recordOf(t.db, c.tenant_id, c.id, TODAY);
      expect(one, c.id).toEqual(await separately(c.tenant_id, c.id));
      if (one.consents.length > 0 && one.actions.length > 0 && one.plan.length > 0) filled++;
    }
    expect(filled).toBeGreaterThan(0);
  });

  it('keeps each list’s order and names, with several rows in every list, and nothing of another carer or municipality', async () => {
    const seed = t.seeds.get('vetlanda')!;
    const tenantId = seed.tenantId;
    const [carer, neighbour] = await t.db.selectFrom('carers').select(['id', 'unit_id']).where('tenant_id', '=', tenantId).orderBy('id').limit(2).execute();
    const ahmed = seed.userIds.get('konsulent-so')!;
    const ingrid = seed.userIds.get('konsulent-vo')!;
    const at = (d: number) => new Date(Date.UTC(2026, 10, d, 9)).toISOString();
    const actionIds: string[] = [];
    for (const [i, day] of [3, 1, 2].entries()) {
      const base = { tenant_id: tenantId, carer_id: carer!.id };
      await t.db.insertInto('carer_consents').values({ ...base, id: newId(), subject: 'carer', scope: 'contact', wording: `Samtycke ${i}`,
        given_on: `2026-11-0${day}`, recorded_by: ingrid, recorded_at: at(day), withdrawn_on: i === 1 ? '2026-11-20' : null, withdrawn_by: i === 1 ? ingrid : null }).execute();
      actionIds.push(newId());
      await t.db.insertInto('carer_actions').values({ ...base, id: actionIds.at(-1)!, kind: 'follow_up', action_type: 'recontact', due_on: `2026-12-0${day}`,
        assigned_user_id: i === 0 ? ahmed : i === 1 ? null : ingrid, status: i === 2 ? 'done' : 'planned', done_on: i === 2 ? '2026-12-01' : null,
        created_by: ingrid, created_at: at(day), updated_at: at(day) }).execute();
      await t.db.insertInto('journal_entries').values({ ...base, id: newId(), body: `Anteckning ${i} med "citat" och \\ tecken`, signed_by: i === 2 ? ahmed : ingrid,
        signed_at: at(day), corrects_id: null }).execute();
      await t.db.insertInto('carer_plan_measures').values({ ...base, id: newId(), what: `Åtgärd ${i}`, responsible: 'Den anhöriga', due_on: null, status: 'planned',
        follow_up_on: `2027-01-0${day}`, note: i === 0 ? null : 'Notering', created_by: ingrid, created_at: at(day), updated_by: null, updated_at: at(day) }).execute();
      await t.db.insertInto('support_offers').values({ ...base, id: newId(), unit_id: carer!.unit_id, contact_id: null, first_contact_on: '2026-10-01',
        offered_on: `2026-11-0${day}`, answer: i === 0 ? 'accepted' : 'declined', support_contact_user_id: i === 0 ? ahmed : null, recorded_by: ingrid, recorded_at: at(day) }).execute();
    }
    // A colleague of another municipality named on a row (no form allows it) is not named.
    const stranger = t.seeds.get('hassleholm')!.userIds.values().next().value!;
    actionIds.push(newId());
    await t.db.insertInto('carer_actions').values({ tenant_id: tenantId, carer_id: carer!.id, id: actionIds.at(-1)!, kind: 'follow_up', action_type: 'recontact',
      due_on: '2026-12-09', assigned_user_id: stranger, status: 'planned', done_on: null, created_by: ingrid, created_at: at(9), updated_at: at(9) }).execute();
    const one = await recordOf(t.db, tenantId, carer!.id, TODAY);
    expect(one).toEqual(await separately(tenantId, carer!.id));
    expect(one.consents.map((c) => c.givenOn).slice(0, 3)).toEqual(['2026-11-03', '2026-11-02', '2026-11-01'].filter((d) => one.consents.some((c) => c.givenOn === d)));
    const mine = one.actions.filter((a) => actionIds.includes(a.id));
    expect(mine.map((a) => [a.dueOn, a.assignedName !== null])).toEqual([['2026-12-01', false], ['2026-12-02', true], ['2026-12-03', true], ['2026-12-09', false]]);
    expect(one.journal.map((j) => j.body).filter((b) => b.startsWith('Anteckning'))).toEqual(['Anteckning 1 med "citat" och \\ tecken', 'Anteckning 2 med "citat" och \\ tecken', 'Anteckning 0 med "citat" och \\ tecken']);
    expect(one.offers.find((o) => o.answer === 'accepted' && o.offeredOn === '2026-11-03')?.supportContactName).not.toBeNull();
    const other = await recordOf(t.db, tenantId, neighbour!.id, TODAY);
    expect(JSON.stringify(other)).not.toContain('Anteckning');
    expect(await recordOf(t.db, t.seeds.get('hassleholm')!.tenantId, carer!.id, TODAY)).toEqual({ consents: [], actions: [], journal: [], plan: [], offers: [] });
  });
});
