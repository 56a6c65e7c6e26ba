// The plan pages and editors over HTTP on every dialect: roles, another municipality's plans
// (404), forms with Swedish messages that store nothing on bad input, CSRF, totals and the grant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, type Page, type TestApp } from '../../../test/harness.js';
import { HASSLEHOLM_PLAN_TITLE } from './demo.js';

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const totals = (p: Page) => p.$('#totals tr[data-row="budget"] td').map((_, e) => nb(p.$(e).text())).get();
const idFrom = (location: string) => location.split('?')[0].split('/').pop()!;

describe.each(DIALECTS)('activity plans on %s', (dialect) => {
  let t: TestApp;
  let specialist: Agent;
  let demoPlan: string;
  const count = async (table: 'plans' | 'plan_goals' | 'plan_activities' | 'plan_activity_years') =>
    Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'sodertalje'] });
    specialist = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    const list = await specialist.get('/hassleholm/personal/planer');
    demoPlan = list.$('#plans a').filter((_, e) => list.$(e).text() === HASSLEHOLM_PLAN_TITLE).attr('href')!;
  });
  afterAll(async () => t?.close());

  it('shows the plan with totals per year and goal and the state grant beside them', async () => {
    const page = await specialist.get(demoPlan);
    expect(page.status).toBe(200);
    expect(totals(page)).toEqual(['1 723', '1 882', '3 605']);
    expect(page.$('#totals tr[data-row="diff"] td').map((_, e) => nb(page.$(e).text())).get()).toEqual(['111', '270', '381']);
    expect(nb(page.$('main').text())).toContain('Förväntat statsbidrag: 31 kr per invånare × 52 000 invånare = 1 612 000 kr per år (1 612 tkr)');
    expect(page.$('#goal-totals tbody th').map((_, e) => nb(page.$(e).text())).get()).toEqual([
      '1. Medarbetare och politiker har goda kunskaper om anhörigstöd', '2. Ett nära och tillgängligt anhörigstöd',
      '3. Medborgare får enkel och tydlig information om anhörigstöd inom Hässleholms kommun', '4. God intern och extern samverkan',
    ]);
    expect(page.$('table.activities tbody tr').length).toBe(27);
    expect(page.$('main h4').first().text()).toContain('1.1 Hässleholms kommun har ett gott stöd till barn som är anhöriga');
  });

  it('lets roles with plans:read read, only plans:edit change, and keeps others out', async () => {
    const citizen = new Agent(t.app);
    const anon = await citizen.get('/hassleholm/personal/planer');
    expect(anon.status).toBe(303);
    expect(anon.location).toContain('/hassleholm/personal/logga-in');
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'staff').email);
    expect((await staff.get('/hassleholm/personal/planer')).status).toBe(403);
    expect((await staff.get(demoPlan)).status).toBe(403);
    expect((await staff.get(`${demoPlan}/plan.pdf`)).status).toBe(403);
    for (const role of ['board', 'admin']) {
      const reader = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', role).email);
      const page = await reader.get(demoPlan);
      expect(page.status).toBe(200);
      expect(totals(page)).toEqual(['1 723', '1 882', '3 605']);
      expect(page.$('a[href$="/andra"]').length).toBe(0);
      expect(page.$('main a[href*="/aktiviteter/"]').length).toBe(0);
      expect((await reader.get('/hassleholm/personal/planer/ny')).status).toBe(403);
      expect((await reader.post('/hassleholm/personal/planer', { title: 'X', startYear: '2030', endYear: '2030' })).status).toBe(403);
      expect((await reader.post(`${demoPlan}/ta-bort`, { confirm: 'yes' })).status).toBe(403);
    }
    const director = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'director').email);
    expect((await director.get(`${demoPlan}/andra`)).status).toBe(200);
  });

  it('never shows another municipality’s plan: 404 on every page, file and form', async () => {
    const other = await signIn(t.app, 'sodertalje', demoUser(t, 'sodertalje', 'specialist').email);
    const list = await other.get('/sodertalje/personal/planer');
    expect(list.status).toBe(200);
    expect(nb(list.$('main').text())).not.toContain(HASSLEHOLM_PLAN_TITLE);
    const id = idFrom(demoPlan);
    const page = await specialist.get(demoPlan);
    const activityId = page.$('table.activities a').first().attr('href')!.split('/').pop()!;
    const goalId = page.$('main h3 a').first().attr('href')!.split('/').pop()!;
    const base = `/sodertalje/personal/planer/${id}`;
    for (const suffix of ['', '/utskrift', '/plan.pdf', '/plan.csv', '/plan.xlsx', '/andra', '/ta-bort', '/ersatt', '/mal/nytt', `/mal/${goalId}`, '/aktiviteter/ny', `/aktiviteter/${activityId}`]) {
      expect({ suffix, status: (await other.get(base + suffix)).status }).toEqual({ suffix, status: 404 });
    }
    const before = await count('plan_activities');
    for (const suffix of ['/andra', '/ta-bort', '/mal', `/mal/${goalId}`, `/mal/${goalId}/ta-bort`, '/aktiviteter', `/aktiviteter/${activityId}`, `/aktiviteter/${activityId}/ta-bort`]) {
      expect({ suffix, status: (await other.post(base + suffix, suffix.endsWith('/ta-bort') ? { title: 'Kapat', confirm: 'yes' } : { title: 'Kapat' })).status }).toEqual({ suffix, status: 404 });
    }
    expect(await count('plan_activities')).toBe(before);
    expect((await specialist.get(demoPlan)).status).toBe(200);
    expect((await specialist.get('/hassleholm/personal/planer/inte-ett-id')).status).toBe(404);
    expect((await specialist.get('/hassleholm/personal/planer/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('creates a plan, goals and an activity through the forms, and totals them', async () => {
    const created = await specialist.post('/hassleholm/personal/planer', { title: 'Plan 2027–2028', description: '', startYear: '2027', endYear: '2028', grantPerInhabitant: '30,50' });
    expect(created.status).toBe(303);
    const base = `/hassleholm/personal/planer/${idFrom(created.location!)}`;
    expect((await specialist.post(`${base}/mal`, { title: 'Fler anhöriga hittar stödet', parentId: '' })).status).toBe(303);
    const withGoal = await specialist.get(base);
    const goalId = withGoal.$('main h3 a').attr('href')!.split('/').pop()!;
    expect((await specialist.post(`${base}/mal`, { title: 'Uppsökande verksamhet', parentId: goalId })).status).toBe(303);
    const form = await specialist.get(`${base}/aktiviteter/ny`);
    expect(form.status).toBe(200);
    const subId = form.$('#f-goalId option[value!=""]').attr('value')!;
    const bodyId = form.$('#f-responsibleBodyId option').filter((_, o) => form.$(o).text() === 'Anhörigrådet').attr('value')!;
    const activity = {
      goalId: subId, title: 'Hembesök hos äldre anhöriga', targetGroup: 'Dolda anhöriga', responsible: 'Anhörigkonsulent', responsibleBodyId: bodyId,
      budgetLine: 'Uppsökande', status: 'ongoing', comment: '', budget_2027: '150 000', actual_2027: '140 500', budget_2028: '', actual_2028: '',
    };
    expect((await specialist.post(`${base}/aktiviteter`, activity)).status).toBe(303);
    const page = await specialist.get(base);
    expect(totals(page)).toEqual(['150', '0', '150']);
    expect(page.$('#totals tr[data-row="actual"] td').map((_, e) => nb(page.$(e).text())).get()).toEqual(['140,5', '–', '140,5']);
    expect(nb(page.$('main').text())).toContain('30,50 kr per invånare × 52 000 invånare = 1 586 000 kr');
    expect(nb(page.$('table.activities').text())).toContain('grupp: Anhörigrådet');
    expect(nb(page.$('table.activities').text())).toContain('Pågår');
    // Edit it: the form comes back filled in.
    const edit = await specialist.get(page.$('table.activities a').attr('href')!);
    expect(edit.$('#f-budget_2027').val()).toBe('150000');
    expect(edit.$('#f-actual_2027').val()).toBe('140500');
    const activityUrl = page.$('table.activities a').attr('href')!;
    expect((await specialist.post(activityUrl, { ...activity, budget_2028: '20 000', status: 'done' })).status).toBe(303);
    expect(totals(await specialist.get(base))).toEqual(['150', '20', '170']);
    // A sub-goal with activities cannot be removed; the activity can, then the goal.
    const subUrl = `${base}/mal/${subId}`;
    const refused = await specialist.post(`${subUrl}/ta-bort`, { confirm: 'yes' });
    expect(refused.status).toBe(400);
    expect(nb(refused.$('.error-summary').text())).toContain('Målet har delmål eller aktiviteter');
    expect((await specialist.post(`${activityUrl}/ta-bort`, { confirm: 'yes' })).status).toBe(303);
    expect((await specialist.post(`${subUrl}/ta-bort`, { confirm: 'yes' })).status).toBe(303);
    // Shrinking the period removes amounts outside it.
    expect((await specialist.post(`${base}/andra`, { title: 'Plan 2027', description: 'Kortare', startYear: '2027', endYear: '2027', grantPerInhabitant: '' })).status).toBe(303);
    const after = await specialist.get(base);
    expect(after.$('h1').text()).toBe('Plan 2027');
    expect(nb(after.$('main').text())).toContain('Planen anger inget statsbidrag per invånare');
    // And the plan can be deleted with everything in it.
    expect((await specialist.get(`${base}/ta-bort`)).status).toBe(200);
    expect((await specialist.post(`${base}/ta-bort`, { confirm: 'yes' })).status).toBe(303);
    expect((await specialist.get(base)).status).toBe(404);
  });

  it('re-renders each form with Swedish messages and stores nothing on bad input', async () => {
    const plansBefore = await count('plans');
    const planCases: [Record<string, string>, string, string][] = [
      [{}, 'title', 'Fältet måste fyllas i'],
      [{ title: 'x'.repeat(300), startYear: '2027', endYear: '2027' }, 'title', 'Högst 200 tecken'],
      [{ title: 'P', startYear: 'tjugo', endYear: '2027' }, 'startYear', 'Skriv ett årtal'],
      [{ title: 'P', startYear: '2028', endYear: '2027' }, 'endYear', 'Sista året kan inte vara före första året'],
      [{ title: 'P', startYear: '2020', endYear: '2035' }, 'endYear', 'högst 10 år'],
      [{ title: 'P', startYear: '2027', endYear: '2027', grantPerInhabitant: 'tre' }, 'grantPerInhabitant', 'Skriv ett belopp i kronor'],
      [{ title: 'P', startYear: '2027', endYear: '2027', evil: '1' }, '_form', 'okända fält'],
    ];
    for (const [form, field, message] of planCases) {
      const res = await specialist.post('/hassleholm/personal/planer', form);
      expect(res.status).toBe(400);
      expect(res.$('.error-summary').length).toBe(1);
      const text = field === '_form' ? res.$('.error-summary').text() : res.$(`#f-${field}-error`).text();
      expect(text).toContain(message);
    }
    expect(await count('plans')).toBe(plansBefore);

    const base = demoPlan;
    const page = await specialist.get(base);
    const subId = page.$('main h4 a').first().attr('href')!.split('/').pop()!;
    const otherTenant = await signIn(t.app, 'sodertalje', demoUser(t, 'sodertalje', 'specialist').email);
    const otherForm = await otherTenant.get('/sodertalje/personal/planer/ny');
    expect(otherForm.status).toBe(200);
    const sodertaljeBody = await t.db.selectFrom('governance_bodies').select('id').where('tenant_id', '=', t.seeds.get('sodertalje')!.tenantId).executeTakeFirst();
    const activitiesBefore = await count('plan_activities');
    const yearsBefore = await count('plan_activity_years');
    const good = { goalId: subId, title: 'A', targetGroup: '', responsible: '', responsibleBodyId: '', budgetLine: '', status: 'planned', comment: '', budget_2017: '1', actual_2017: '', budget_2018: '1', actual_2018: '' };
    const activityCases: [Record<string, string>, string, string][] = [
      [{ ...good, title: '' }, 'title', 'Fältet måste fyllas i'],
      [{ ...good, budget_2017: 'tusen' }, 'budget_2017', 'Skriv ett belopp i kronor med siffror'],
      [{ ...good, budget_2018: '-100' }, 'budget_2018', 'Beloppet kan inte vara negativt'],
      [{ ...good, actual_2017: '12,50' }, 'actual_2017', 'hela kronor'],
      [{ ...good, status: 'maybe' }, 'status', 'Välj status'],
      [{ ...good, goalId: '00000000-0000-4000-8000-000000000000' }, 'goalId', 'Välj ett av planens delmål'],
      [{ ...good, goalId: 'nope' }, 'goalId', 'Välj ett delmål'],
      [{ ...good, responsibleBodyId: sodertaljeBody?.id ?? '00000000-0000-4000-8000-000000000000' }, 'responsibleBodyId', 'Välj en av kommunens grupper'],
      [{ ...good, budget_2099: '5' }, '_form', 'okända fält'],
      [{ ...good, comment: 'x'.repeat(2001) }, 'comment', 'Högst 2000 tecken'],
    ];
    for (const [form, field, message] of activityCases) {
      const res = await specialist.post(`${base}/aktiviteter`, form);
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      const text = field === '_form' ? res.$('.error-summary').text() : res.$(`#f-${field}-error`).text();
      expect({ field, text }).toEqual({ field, text: expect.stringContaining(message) });
    }
    expect(await count('plan_activities')).toBe(activitiesBefore);
    expect(await count('plan_activity_years')).toBe(yearsBefore);

    const goalsBefore = await count('plan_goals');
    const goalCases: [Record<string, string>, string][] = [
      [{ title: '' }, 'title'],
      [{ title: 'Delmål', parentId: subId }, 'parentId'],
      [{ title: 'Delmål', parentId: '00000000-0000-4000-8000-000000000000' }, 'parentId'],
      [{ title: 'Delmål', parentId: 'x' }, 'parentId'],
    ];
    for (const [form, field] of goalCases) {
      const res = await specialist.post(`${base}/mal`, form);
      expect(res.status).toBe(400);
      expect(res.$(`#f-${field}-error`).text().length).toBeGreaterThan(0);
    }
    expect(await count('plan_goals')).toBe(goalsBefore);
  });

  it('enforces CSRF on every form', async () => {
    const before = await count('plans');
    expect((await specialist.post('/hassleholm/personal/planer', { title: 'X', startYear: '2030', endYear: '2030' }, { csrf: null })).status).toBe(403);
    expect((await specialist.post(`${demoPlan}/ta-bort`, { confirm: 'yes' }, { csrf: 'fel' })).status).toBe(403);
    expect(await count('plans')).toBe(before);
  });

  it('lists the plans tool on the start page and in the navigation for those who may read plans', async () => {
    const home = await specialist.get('/hassleholm/personal');
    expect(home.$('main .cards a[href="/hassleholm/personal/planer"]').text()).toBe('Verksamhetsplaner');
    expect(home.$('nav.nav-staff a[href="/hassleholm/personal/planer"]').length).toBe(1);
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'staff').email);
    const staffHome = await staff.get('/hassleholm/personal');
    expect(staffHome.$('a[href="/hassleholm/personal/planer"]').length).toBe(0);
  });
});
