// Eligibility as data (issue 15): an offering can require the närstående to be at least an age
// ("free respite only when the närstående is 65 or older"). Staff set it on the offering form;
// the public page states it in the reader's language; the catalogue filters on the närstående's age.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';

const respite = {
  title: 'Avlösning i hemmet för dig som vårdar någon över 65',
  summary: 'Kostnadsfri avlösning några timmar i veckan när den du hjälper är 65 år eller äldre.',
  description: '', howToGet: 'Ring anhörigkonsulenten.', type: 'respite', supportKind: 'indirect', needsAssessment: 'no',
  providerKind: 'municipality', providerName: 'Anhörigstödet', targetGroups: ['older'], languages: ['sv'],
  carerMinAge: '', carerMaxAge: '', relativeMinAge: '65', cost: 'Kostnadsfritt', contact: '08-000 00 00', sortOrder: '1', publish: 'yes',
};

describe.each(DIALECTS)('offering eligibility on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['sodertalje'] });
  });
  afterAll(async () => t?.close());

  it('staff set “närstående 65 or older”; the public page says so; the catalogue filter honours it', async () => {
    const staff = await signIn(t.app, 'sodertalje', demoUser(t, 'sodertalje', 'specialist').email);
    for (const bad of ['sextiofem', '0', '121']) {
      const res = await staff.post('/sodertalje/personal/stod', { ...respite, relativeMinAge: bad });
      expect({ bad, status: res.status }).toEqual({ bad, status: 400 });
      expect(res.$('.error-summary a[href="#f-relativeMinAge"]').length).toBe(1);
    }
    const created = await staff.post('/sodertalje/personal/stod', respite);
    expect(created.status).toBe(303);
    const id = created.location!.split('?')[0].split('/').pop()!;
    expect((await t.db.selectFrom('offerings').select('relative_min_age').where('id', '=', id).executeTakeFirstOrThrow()).relative_min_age).toBe(65);
    expect((await staff.get(`/sodertalje/personal/stod/${id}`)).$('#f-relativeMinAge').val()).toBe('65');

    const citizen = new Agent(t.app);
    const page = await citizen.get(`/sodertalje/stod/${id}`);
    expect(page.$('dt:contains("Den närståendes ålder") + dd').text()).toBe('65 år eller äldre');
    expect((await new Agent(t.app).get(`/sodertalje/stod/${id}?lang=en`)).$('dt:contains("Age of the person you care for") + dd').text()).toBe('65 or older');

    const titles = async (qs: string) => {
      const list = await citizen.get(`/sodertalje/stod?type=respite${qs}`);
      expect(list.status).toBe(200);
      return list.$('.cards h2').map((_, e) => list.$(e).text()).get();
    };
    expect(await titles('')).toContain(respite.title);
    expect(await titles('&relativeAge=65_79')).toContain(respite.title);
    expect(await titles('&relativeAge=80_plus')).toContain(respite.title);
    expect(await titles('&relativeAge=45_64')).not.toContain(respite.title);
    // Offerings without an age condition stay for every age.
    const all = await titles('');
    expect((await titles('&relativeAge=45_64')).length).toBe(all.length - 1);
    const form = await citizen.get('/sodertalje/stod');
    expect(form.$('label[for="f-relativeAge"]').text()).toBe('Din närståendes ålder');
    // Dementia is a target group of its own, labelled in the reader's language.
    expect(form.$('#f-group option[value="dementia"]').text()).toBe('Demenssjukdom');
    expect((await new Agent(t.app).get('/sodertalje/stod?lang=en')).$('#f-group option[value="dementia"]').text()).toBe('Dementia');

    // Activities (events) are found by the catalogue's search too, linked to their own page.
    const tenantId = t.seeds.get('sodertalje')!.tenantId;
    const event = await t.db.selectFrom('events').select(['id', 'title']).where('tenant_id', '=', tenantId).where('status', '=', 'published')
      .where('audience', 'like', '%carers%').where('last_ends_at', '>', t.clock.now().toISOString()).orderBy('title').executeTakeFirstOrThrow();
    const found = await citizen.get(`/sodertalje/stod?q=${encodeURIComponent(event.title)}`);
    expect(found.$('#aktiviteter').text()).toBe('Aktiviteter som passar din sökning');
    expect(found.$(`section a[href="/sodertalje/aktiviteter/${event.id}"]`).text()).toBe(event.title);
    expect((await citizen.get('/sodertalje/stod?q=ingenting-som-finns')).$('#aktiviteter').length).toBe(0);

    // Clearing the condition opens the offering for every age again.
    const cleared = await staff.post(`/sodertalje/personal/stod/${id}`, { ...Object.fromEntries(Object.entries(respite).filter(([k]) => k !== 'publish')), relativeMinAge: '' });
    expect(cleared.status).toBe(303);
    expect(await titles('&relativeAge=45_64')).toContain(respite.title);
    expect(text(await citizen.get(`/sodertalje/stod/${id}`))).not.toContain('Den närståendes ålder');
  });
});
