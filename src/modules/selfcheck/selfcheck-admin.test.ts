// HTTP tier: a municipality admin builds, publishes and offers an instrument in plain forms.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type Agent as AgentT, type TestApp } from '../../../test/harness.js';
import { formFields, submit } from '../../../test/form-kit.js';

describe.each(DIALECTS)('belastningskoll instruments on %s', (dialect) => {
  let t: TestApp;
  let admin: AgentT;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['vetlanda', 'herrljunga'] });
    admin = await signIn(t.app, 'vetlanda', demoUser(t, 'vetlanda', 'admin').email);
  });
  afterAll(async () => t?.close());

  const draftOf = async (id: string) => JSON.parse((await t.db.selectFrom('selfcheck_instruments').select('draft').where('id', '=', id).executeTakeFirstOrThrow()).draft);

  it('lists Bredvid’s own instrument, published and offered to citizens', async () => {
    const list = await admin.get('/vetlanda/personal/belastningskoll/instrument');
    expect(list.status).toBe(200);
    const row = list.$('main tbody tr').first().text();
    expect(row).toContain('Bredvids belastningskoll');
    expect(row).toContain('Version 1');
    expect(row).toContain('Erbjuds invånare');
    const page = await admin.get(list.$('main tbody a').first().attr('href')!);
    expect(page.$('main table').eq(1).find('tbody tr').length).toBe(14);
  });

  it('builds a new instrument in forms, refuses to publish it incomplete, then publishes versions', async () => {
    const created = await admin.post('/vetlanda/personal/belastningskoll/instrument', { name_sv: 'Kommunens prov', start: 'empty' });
    expect(created.status).toBe(303);
    const base = created.location!.split('?')[0];
    const id = base.split('/').pop()!;
    // A dimension, with feedback for two of three bands and a suggestion.
    const dimForm = await admin.get(`${base}/dimension/ny`);
    expect(dimForm.status).toBe(200);
    expect((await submit(admin, dimForm, 'main form', {
      key: 'ork', name_sv: 'Ork', name_en: 'Energy', about_sv: 'Hur du orkar.', minAnswered: '1',
      fb_lag_sv: 'Bra.', fb_medel_sv: 'Sådär.', types_hog: ['respite', 'support_conversation'], groups_hog: 'older',
    })).status).toBe(303);
    // Two statements; the second is reversed and placed first.
    for (const [key, text_sv, extra] of [['o1', 'Jag är trött.', {}], ['o2', 'Jag är utvilad.', { reversed: 'on', position: '1' }]] as const) {
      const f = await admin.get(`${base}/fraga/ny`);
      expect((await submit(admin, f, 'main form', { key, dimension: 'ork', text_sv, ...extra })).status).toBe(303);
    }
    let draft = await draftOf(id);
    expect(draft.items.map((i: { key: string }) => i.key)).toEqual(['o2', 'o1']);
    expect(draft.items[0].reversed).toBe(true);
    expect(draft.dimensions[0].suggestions.hog).toEqual({ types: ['respite', 'support_conversation'], targetGroups: ['older'] });
    // Publishing names what is missing.
    const refused = await admin.post(`${base}/publicera`);
    expect(refused.status).toBe(400);
    expect(text(refused)).toContain('saknar återkoppling för nivån ”Hög belastning”');
    expect(text(refused)).toContain('Återkoppling för helheten saknas');
    expect(await t.db.selectFrom('selfcheck_versions').select('id').where('instrument_id', '=', id).execute()).toHaveLength(0);
    // Fill in the rest through the forms.
    const dim = await admin.get(`${base}/dimension/ork`);
    expect(formFields(dim, 'main form').fields).toMatchObject({ name_sv: 'Ork', name_en: 'Energy', fb_lag_sv: 'Bra.', groups_hog: 'older' });
    expect([...formFields(dim, 'main form').fields.types_hog].sort()).toEqual(['respite', 'support_conversation']);
    expect((await submit(admin, dim, 'main form', { fb_hog_sv: 'Tungt.' })).status).toBe(303);
    const general = await admin.get(`${base}/allmant`);
    expect(formFields(general, 'main form').fields).toMatchObject({ scale_0_value: '1', band_1_from: '2', band_2_key: 'hog' });
    expect((await submit(admin, general, 'main form', { overall_lag_sv: 'Lätt.', overall_medel_sv: 'Mellan.', overall_hog_sv: 'Tungt.', overallMinAnswered: '2' })).status).toBe(303);
    expect((await admin.post(`${base}/publicera`)).status).toBe(303);
    const unchanged = await admin.post(`${base}/publicera`);
    expect(unchanged.status).toBe(400);
    expect(text(unchanged)).toContain('inget nytt att publicera');
    // A change makes version 2; version 1 stays as it was.
    const item = await admin.get(`${base}/fraga/o1`);
    expect((await submit(admin, item, 'main form', { text_sv: 'Jag är ofta trött.' })).status).toBe(303);
    expect((await admin.post(`${base}/publicera`)).status).toBe(303);
    const versions = await t.db.selectFrom('selfcheck_versions').selectAll().where('instrument_id', '=', id).orderBy('version').execute();
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(JSON.parse(versions[0].definition).items[1].text.sv).toBe('Jag är trött.');
    expect(JSON.parse(versions[1].definition).items[1].text.sv).toBe('Jag är ofta trött.');
    const overview = await admin.get(base);
    expect(overview.$('main table').last().find('tbody tr').length).toBe(2);
    // Offered to citizens instead of Bredvid's: only one at a time.
    expect((await admin.post(`${base}/erbjud`)).status).toBe(303);
    const offered = await t.db.selectFrom('selfcheck_instruments').select(['id']).where('tenant_id', '=', t.seeds.get('vetlanda')!.tenantId).where('offered_public', '=', 1).execute();
    expect(offered.map((o) => o.id)).toEqual([id]);
    const citizen = new Agent(t.app);
    const start = await citizen.get('/vetlanda/belastningskoll');
    expect(start.$('input[name=v]').attr('value')).toBe(versions[1].id);
    const q1 = await submit(citizen, start, 'main form', { mode: 'one' }, ['action', 'start']);
    expect(q1.$('h1').text()).toBe('Jag är utvilad.');
    // Undo unpublished changes returns the draft to the published version.
    const g2 = await admin.get(`${base}/allmant`);
    await submit(admin, g2, 'main form', { name_sv: 'Nytt namn' });
    expect((await admin.post(`${base}/aterstall`, { confirm: 'yes' })).status).toBe(303);
    draft = await draftOf(id);
    expect(draft.name.sv).toBe('Kommunens prov');
    const audits = await t.db.selectFrom('audit_log').select('action').where('subject_id', '=', id).execute();
    expect(audits.map((a) => a.action)).toEqual(expect.arrayContaining(['selfcheck.instrument.create', 'selfcheck.instrument.publish', 'selfcheck.instrument.offer']));
  });

  it('re-renders every form with messages on bad input and changes nothing', async () => {
    const created = await admin.post('/vetlanda/personal/belastningskoll/instrument', { name_sv: 'Felprov', start: 'bredvid' });
    const base = created.location!.split('?')[0];
    const id = base.split('/').pop()!;
    const before = JSON.stringify(await draftOf(id));
    const general = formFields(await admin.get(`${base}/allmant`), 'main form').fields;
    const dimension = formFields(await admin.get(`${base}/dimension/tid`), 'main form').fields;
    const item = formFields(await admin.get(`${base}/fraga/tid1`), 'main form').fields;
    for (const f of [general, dimension, item]) delete f._csrf;
    const cases: [string, Record<string, string | string[]>, string, string][] = [
      ['/allmant', { ...general, name_sv: '' }, 'name_sv', 'Fältet måste fyllas i'],
      ['/allmant', { ...general, name_sv: 'x'.repeat(200) }, 'name_sv', 'Högst 120 tecken'],
      ['/allmant', { ...general, scale_5_value: '6' }, 'scale_5_sv', 'Ange svarsstegets text'],
      ['/allmant', { ...general, band_1_from: 'två' }, 'band_1_from', 'Skriv ett tal'],
      ['/allmant', { ...general, band_1_key: 'Medel Nivå' }, 'band_1_key', 'Koden ska vara'],
      ['/allmant', { ...general, overallMinAnswered: 'tio' }, 'overallMinAnswered', 'Skriv ett heltal'],
      ['/allmant', { ...general, evil: '1' }, '_form', 'okända fält'],
      ['/dimension', { ...dimension, key: 'tid' }, 'key', 'Det finns redan en dimension med den koden'],
      ['/dimension', { ...dimension, key: 'ny dim' }, 'key', 'Använd 1–30 små bokstäver'],
      ['/dimension/tid', { ...dimension, minAnswered: '' }, 'minAnswered', 'Fältet måste fyllas i'],
      ['/dimension/tid', { ...dimension, types_hog: 'teleport' }, 'types_hog', 'Värdet är inte giltigt'],
      ['/fraga', { ...item, key: 'tid1' }, 'key', 'Det finns redan en fråga med den koden'],
      ['/fraga/tid1', { ...item, dimension: 'saknas' }, 'dimension', 'Välj en dimension'],
      ['/fraga/tid1', { ...item, position: '99' }, 'position', 'Skriv ett tal mellan 1 och 60'],
      ['/fraga/tid1', { ...item, text_sv: '' }, 'text_sv', 'Fältet måste fyllas i'],
    ];
    for (const [path, form, field, message] of cases) {
      const res = await admin.post(`${base}${path}`, form);
      expect({ path, field, status: res.status }).toEqual({ path, field, status: 400 });
      expect(res.$('.error-summary').text()).toContain(message);
      if (field !== '_form') expect(res.$(`#f-${field}-error`).text()).toContain(message);
    }
    const blocked = await admin.post(`${base}/dimension/tid/ta-bort`, { confirm: 'yes' });
    expect(blocked.status).toBe(400);
    expect(text(blocked)).toContain('Flytta eller ta bort dimensionens frågor först');
    expect((await admin.post(`${base}/dimension/saknas`, dimension)).status).toBe(404);
    expect((await admin.get(`${base}/fraga/saknas`)).status).toBe(404);
    expect((await admin.post(`${base}/erbjud`)).status).toBe(400);
    expect((await admin.post(`${base}/allmant`, { ...general, name_sv: 'Utan token' }, { csrf: null })).status).toBe(403);
    expect(JSON.stringify(await draftOf(id))).toBe(before);
    const empty = await admin.post('/vetlanda/personal/belastningskoll/instrument', { name_sv: '', start: 'nej' });
    expect(empty.status).toBe(400);
    expect(empty.$('#f-name_sv-error').text()).toContain('Fältet måste fyllas i');
    expect(empty.$('#f-start-error').text()).toContain('Välj hur instrumentet ska börja');
  });

  it('keeps other municipalities and roles without selfcheck:admin out', async () => {
    const list = await admin.get('/vetlanda/personal/belastningskoll/instrument');
    const href = list.$('main tbody a').first().attr('href')!;
    const other = await signIn(t.app, 'herrljunga', demoUser(t, 'herrljunga', 'admin').email);
    const foreign = href.replace('/vetlanda/', '/herrljunga/');
    expect((await other.get(foreign)).status).toBe(404);
    expect((await other.post(`${foreign}/publicera`)).status).toBe(404);
    expect((await other.post(`${foreign}/sluta-erbjuda`)).status).toBe(404);
    expect((await other.get('/herrljunga/personal/belastningskoll/instrument')).$('main tbody tr').length).toBe(1);
    const specialist = await signIn(t.app, 'vetlanda', demoUser(t, 'vetlanda', 'specialist').email);
    expect((await specialist.get('/vetlanda/personal/belastningskoll/instrument')).status).toBe(403);
    expect((await specialist.post(`${href}/publicera`)).status).toBe(403);
    const citizen = await new Agent(t.app).get(href);
    expect(citizen.status).toBe(303);
    expect((await admin.get('/vetlanda/personal/belastningskoll/instrument/inte-ett-id')).status).toBe(404);
  });
});
