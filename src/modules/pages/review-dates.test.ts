// Review dates (issue 15): pages and offerings carry "senast granskad" and an owner; those not
// reviewed for 12 months, or never, are listed at /personal/granskning and counted on the card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, demoUser, DIALECTS, signIn, type TestApp } from '../../../test/harness.js';

const page = {
  slug: 'gammal-sida', title: 'En gammal sida', summary: 'Kort.', body: 'Text.', sortOrder: '50', published: 'yes',
  lastReviewedOn: '2025-01-10',
};
const offering = {
  title: 'Ett ogranskat erbjudande', summary: 'Kort.', description: '', howToGet: 'Ring oss.', type: 'respite', supportKind: 'indirect',
  needsAssessment: 'no', providerKind: 'municipality', providerName: 'Anhörigstödet', languages: ['sv'], carerMinAge: '', carerMaxAge: '',
  relativeMinAge: '', cost: 'Kostnadsfritt', contact: '08-000 00 00', sortOrder: '1', lastReviewedOn: '', reviewOwnerId: '',
};

describe.each(DIALECTS)('review dates on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['vetlanda', 'herrljunga'] });
  });
  afterAll(async () => t?.close());

  it('stores date and owner, lists overdue content for the admin and counts it on the start page', async () => {
    const admin = await signIn(t.app, 'vetlanda', demoUser(t, 'vetlanda', 'admin').email);
    const specialist = demoUser(t, 'vetlanda', 'specialist');
    const specialistId = (await t.db.selectFrom('users').select('id').where('email', '=', specialist.email).executeTakeFirstOrThrow()).id;
    // Demo content is reviewed today: nothing overdue yet.
    const empty = await admin.get('/vetlanda/personal/granskning');
    expect(empty.status).toBe(200);
    expect(empty.$('p.empty').text()).toBe('Allt innehåll är granskat det senaste året.');
    expect((await admin.get('/vetlanda/personal')).$('.card:contains("Granskning av innehåll") .badge').length).toBe(0);

    const form = await admin.get('/vetlanda/personal/information/ny');
    expect(form.$(`#f-reviewOwnerId option[value="${specialistId}"]`).text()).toBe(specialist.name);
    const created = await admin.post('/vetlanda/personal/information', { ...page, reviewOwnerId: specialistId });
    expect(created.status).toBe(303);
    const pageId = created.location!.split('?')[0].split('/').pop()!;
    const row = await t.db.selectFrom('info_pages').select(['last_reviewed_on', 'review_owner_id']).where('id', '=', pageId).executeTakeFirstOrThrow();
    expect(row).toEqual({ last_reviewed_on: '2025-01-10', review_owner_id: specialistId });
    expect((await admin.get(`/vetlanda/personal/information/${pageId}`)).$('#f-reviewOwnerId option:selected').val()).toBe(specialistId);
    const off = await admin.post('/vetlanda/personal/stod', { ...offering, publish: 'no' });
    expect(off.status).toBe(303);
    const offeringId = off.location!.split('?')[0].split('/').pop()!;

    const list = await admin.get('/vetlanda/personal/granskning');
    const rows = list.$('tbody tr').map((_, r) => list.$(r).find('td, th').map((__, c) => list.$(c).text().trim()).get().join(' | ')).get();
    expect(rows).toEqual([
      'Ett ogranskat erbjudande | Erbjudande | Aldrig | Ingen vald | Utkast',
      `En gammal sida | Informationssida | 2025-01-10 | ${specialist.name} | Publicerad`,
    ]);
    expect(list.$(`a[href="/vetlanda/personal/information/${pageId}"]`).length).toBe(1);
    expect(list.$(`a[href="/vetlanda/personal/stod/${offeringId}"]`).length).toBe(1);
    expect((await admin.get('/vetlanda/personal')).$('.card:contains("Granskning av innehåll") .badge').text()).toBe('2 texter behöver granskas');

    // Reviewing today takes the offering off the list; a year minus a day is still fine, a year and a day is not.
    const today = t.clock.now().toISOString().slice(0, 10);
    expect((await admin.post(`/vetlanda/personal/stod/${offeringId}`, { ...offering, lastReviewedOn: today, reviewOwnerId: specialistId })).status).toBe(303);
    expect((await admin.get('/vetlanda/personal')).$('.card:contains("Granskning av innehåll") .badge').text()).toBe('1 text behöver granskas');
    const daysAgo = (n: number) => new Date(t.clock.now().getTime() - n * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const listed = async (reviewed: string) => {
      expect((await admin.post(`/vetlanda/personal/stod/${offeringId}`, { ...offering, lastReviewedOn: reviewed, reviewOwnerId: specialistId })).status).toBe(303);
      return (await admin.get('/vetlanda/personal/granskning')).$(`a[href="/vetlanda/personal/stod/${offeringId}"]`).length === 1;
    };
    expect(await listed(daysAgo(360))).toBe(false);
    expect(await listed(daysAgo(370))).toBe(true);
  });

  it('refuses an owner who is not one of the municipality’s content staff, storing nothing', async () => {
    const admin = await signIn(t.app, 'vetlanda', demoUser(t, 'vetlanda', 'admin').email);
    const foreign = (await t.db.selectFrom('users').select('id').where('email', '=', demoUser(t, 'herrljunga', 'specialist').email).executeTakeFirstOrThrow()).id;
    const plainStaff = (await t.db.selectFrom('users').select('id').where('email', '=', demoUser(t, 'vetlanda', 'staff').email).executeTakeFirstOrThrow()).id;
    for (const bad of [foreign, plainStaff, 'inte-ett-id']) {
      const res = await admin.post('/vetlanda/personal/information', { ...page, slug: 'ny-sida', reviewOwnerId: bad });
      expect(res.status).toBe(400);
      expect(res.$('.error-summary a[href="#f-reviewOwnerId"]').length).toBe(1);
      const o = await admin.post('/vetlanda/personal/stod', { ...offering, publish: 'no', title: 'Ska inte sparas', reviewOwnerId: bad });
      expect(o.status).toBe(400);
      expect(o.$('#f-reviewOwnerId-error').text()).toContain('Välj en person i listan');
    }
    for (const bad of ['2025-13-01', 'igår']) {
      const res = await admin.post('/vetlanda/personal/stod', { ...offering, publish: 'no', title: 'Ska inte sparas', lastReviewedOn: bad });
      expect(res.$('#f-lastReviewedOn-error').text()).toContain('ÅÅÅÅ-MM-DD');
    }
    expect(await t.db.selectFrom('info_pages').select('id').where('slug', '=', 'ny-sida').execute()).toEqual([]);
    expect(await t.db.selectFrom('offerings').select('id').where('title', '=', 'Ska inte sparas').execute()).toEqual([]);
    // Staff without pages:edit never see the list.
    const staff = await signIn(t.app, 'vetlanda', demoUser(t, 'vetlanda', 'staff').email);
    expect((await staff.get('/vetlanda/personal/granskning')).status).toBe(403);
  });
});
