import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { findTenantBySlug, listUnits } from '../../platform/tenancy/tenancy.js';
import { parseOrgFile, planImport, splitCsvLine } from './org-import.js';
import { setUpMunicipality } from './tenant-setup.js';

const CSV = `key;parent;kind;name;external
omsorg;;förvaltning;Vård- och omsorgsförvaltningen;nej
aldre;omsorg;område;Äldreomsorg;
hemvard;aldre;enhet;"Hemvård Norr; Söder";nej
region;;administration;Region Exempel;ja
vc;region;area;Vårdcentralerna;ja
`;

const JSON_FILE = JSON.stringify({
  units: [
    { key: 'soc', parent: null, kind: 'administration', name: 'Exempelförvaltningen' },
    { key: 'vuxen', parent: 'soc', kind: 'area', name: 'Vuxenenheten' },
    { key: 'beroende', parent: 'vuxen', kind: 'unit', name: 'Beroendemottagningen', external: false },
  ],
  bodies: [{ kind: 'carers_council', name: 'Anhörigrådet i Exempel', meetingsPerYear: 4, description: 'Föreningar och politiker.' }],
});

describe('parsing an organisation file', () => {
  it('reads CSV with semicolons, quotes, Swedish level names and yes/no', () => {
    const res = parseOrgFile(CSV);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.file.units.map((u) => [u.key, u.parent, u.kind, u.name, u.external])).toEqual([
      ['omsorg', null, 'administration', 'Vård- och omsorgsförvaltningen', false],
      ['aldre', 'omsorg', 'area', 'Äldreomsorg', false],
      ['hemvard', 'aldre', 'unit', 'Hemvård Norr; Söder', false],
      ['region', null, 'administration', 'Region Exempel', true],
      ['vc', 'region', 'area', 'Vårdcentralerna', true],
    ]);
  });

  it('reads JSON with units and bodies, and comma CSV', () => {
    const res = parseOrgFile(JSON_FILE);
    expect(res.ok && res.file.units.length === 3 && res.file.bodies[0].name === 'Anhörigrådet i Exempel').toBe(true);
    const csv = parseOrgFile('name,kind,key,parent\nSocialtjänsten,administration,soc,\nBarn och unga,area,bou,soc');
    expect(csv.ok && csv.file.units.map((u) => u.parent)).toEqual([null, 'soc']);
  });

  it.each([
    ['an empty file', '', 'tom'],
    ['a header without name', 'key;kind\na;administration', 'rubrikraden saknar name'],
    ['a duplicate key', 'key;parent;kind;name\na;;administration;A\na;;administration;B', 'finns redan på Rad 2'],
    ['an unknown parent', 'key;parent;kind;name\na;;administration;A\nb;x;area;B', 'överordnad "x" finns inte'],
    ['a cycle', 'key;parent;kind;name\na;b;area;A\nb;a;area;B', 'cirkel'],
    ['an unknown level', 'key;parent;kind;name\na;;avdelning;A', 'okänd nivå'],
    ['an administration with a parent', 'key;parent;kind;name\na;;administration;A\nb;a;administration;B', 'översta nivån'],
    ['a unit without parent', 'key;parent;kind;name\na;;enhet;A', 'ange överordnad'],
    ['a bad external flag', 'key;parent;kind;name;external\na;;administration;A;kanske', 'ja eller nej'],
    ['broken JSON', '{"units": [', 'går inte att läsa'],
    ['JSON with unknown fields', '{"units": [], "staff": []}', 'okända fält staff'],
  ])('refuses %s with a message naming the line', (_label, input, message) => {
    const res = parseOrgFile(input);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.errors.join('\n')).toContain(message);
  });

  it('splits any quoted CSV line back into its fields', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 20 }).map((s) => s.trim()), { minLength: 1, maxLength: 6 }), (fields) => {
      const line = fields.map((f) => `"${f.replace(/"/g, '""')}"`).join(';');
      expect(splitCsvLine(line, ';')).toEqual(fields);
    }));
  });

  it('plans parents before children and reuses units that exist', () => {
    const parsed = parseOrgFile('key;parent;kind;name\nc;b;unit;C\nb;a;area;B\na;;administration;A');
    if (!parsed.ok) throw new Error(parsed.errors.join());
    const existing = [{ id: 'id-a', parentId: null, kind: 'administration' as const, name: 'a', external: false, active: true, sortOrder: 0 }];
    const planned = planImport(parsed.file, existing, []);
    if (!planned.ok) throw new Error(planned.errors.join());
    expect(planned.plan.units.map((u) => [u.key, u.depth, u.existingId])).toEqual([['a', 0, 'id-a'], ['b', 1, null], ['c', 2, null]]);
  });
});

describe.each(DIALECTS)('importing an organisation on %s', (dialect) => {
  let t: TestApp;
  let admin: Agent;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['herrljunga', 'vetlanda'] });
    admin = await signIn(t.app, 'herrljunga', demoUser(t, 'herrljunga', 'admin').email);
  });
  afterAll(async () => t?.close());

  const URL = '/herrljunga/personal/admin/importera';
  const tenantId = () => t.seeds.get('herrljunga')!.tenantId;
  const counts = async () => [
    (await t.db.selectFrom('org_units').select('id').where('tenant_id', '=', tenantId()).execute()).length,
    (await t.db.selectFrom('governance_bodies').select('id').where('tenant_id', '=', tenantId()).execute()).length,
  ];

  it('previews without storing, then imports, and a second import adds nothing', async () => {
    const before = await counts();
    expect((await admin.get(URL)).status).toBe(200);
    const preview = await admin.post(URL, { content: JSON_FILE, step: 'preview' });
    expect(preview.status).toBe(200);
    expect(text(preview)).toContain('Importen lägger till 3 enheter och 1 grupp.');
    expect(await counts()).toEqual(before);
    const done = await admin.post(URL, { content: JSON_FILE, step: 'import' });
    expect(done.status).toBe(200);
    expect(text(done)).toContain('Importen är klar');
    expect(await counts()).toEqual([before[0] + 3, before[1] + 1]);
    const units = await listUnits(t.db, tenantId());
    const beroende = units.find((u) => u.name === 'Beroendemottagningen')!;
    expect(units.find((u) => u.id === beroende.parentId)?.name).toBe('Vuxenenheten');
    const again = await admin.post(URL, { content: JSON_FILE, step: 'import' });
    expect(text(again)).toContain('0 nya enheter och 0 nya grupper');
    expect(await counts()).toEqual([before[0] + 3, before[1] + 1]);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'org.import').where('tenant_id', '=', tenantId()).execute();
    expect(audit.length).toBe(2);
  });

  it('imports under an existing unit by id, but never under another municipality’s', async () => {
    const own = t.seeds.get('herrljunga')!.unitIds.values().next().value!;
    const csv = `key;parent;kind;name\nny;${own};area;Nytt område`;
    expect(text(await admin.post(URL, { content: csv, step: 'import' }))).toContain('1 ny enhet');
    const before = await counts();
    const foreign = t.seeds.get('vetlanda')!.unitIds.values().next().value!;
    const res = await admin.post(URL, { content: `key;parent;kind;name\nx;${foreign};area;Kapat område`, step: 'import' });
    expect(res.status).toBe(400);
    expect(text(res)).toContain('finns inte i kommunen');
    expect(await counts()).toEqual(before);
  });

  it('shows every problem of a bad file and stores nothing, not even its good rows', async () => {
    const before = await counts();
    const res = await admin.post(URL, { content: 'key;parent;kind;name\nok;;förvaltning;Bra förvaltning\nbad;;avdelning;\nbad2;saknas;enhet;X', step: 'import' });
    expect(res.status).toBe(400);
    expect(res.$('.error-summary').text()).toContain('Filen har');
    expect(res.$('.banner-warning li').length).toBeGreaterThanOrEqual(3);
    expect(res.$('#f-content').text()).toContain('Bra förvaltning');
    expect(await counts()).toEqual(before);
    for (const [form, field] of [[{ content: '', step: 'import' }, 'content'], [{ content: 'x', step: 'delete' }, 'step'], [{ content: 'x', step: 'import', extra: '1' }, '_form']] as const) {
      const bad = await admin.post(URL, form);
      expect({ field, status: bad.status }).toEqual({ field, status: 400 });
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses without a CSRF token and for roles without org:admin', async () => {
    const before = await counts();
    expect((await admin.post(URL, { content: CSV, step: 'import' }, { csrf: null })).status).toBe(403);
    const specialist = await signIn(t.app, 'herrljunga', demoUser(t, 'herrljunga', 'specialist').email);
    expect((await specialist.get(URL)).status).toBe(403);
    expect((await specialist.post(URL, { content: CSV, step: 'import' })).status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('sets up a fifth municipality with its admin and organisation, all or nothing', async () => {
    const tenants = async () => (await t.db.selectFrom('tenants').select('id').execute()).length;
    const n = await tenants();
    const res = await setUpMunicipality(t.db, { slug: 'exempelby', name: 'Exempelby kommun', adminEmail: 'admin@exempelby.example.se', adminName: 'Alva Admin', password: 'exempelby-admin-1' }, t.clock.now(), CSV);
    expect(res.imported?.unitsCreated).toBe(5);
    const tenant = (await findTenantBySlug(t.db, 'exempelby'))!;
    expect(tenant.settings.suppressionThreshold).toBe(5);
    const a = await signIn(t.app, 'exempelby', 'admin@exempelby.example.se', 'exempelby-admin-1');
    // The one-time password set at setup must be changed before anything else opens.
    expect((await a.get('/exempelby/personal/admin/organisation')).location).toBe('/exempelby/personal/byt-losenord');
    await a.get('/exempelby/personal/byt-losenord');
    const changed = await a.post('/exempelby/personal/byt-losenord', { current: 'exempelby-admin-1', password: 'Granskog-Vattenfall-47', repeat: 'Granskog-Vattenfall-47' });
    expect(changed.status).toBe(303);
    expect(text(await a.get('/exempelby/personal/admin/organisation'))).toContain('Hemvård Norr; Söder');
    expect((await a.get('/exempelby/stod')).status).toBe(200);
    // Issue 15: it starts with the legal basis and a page for children who are carers, in lätt svenska, editable.
    const law = await new Agent(t.app).get('/exempelby/information/lagen-om-anhorigstod');
    expect(law.$('h1').text()).toBe('Lagen om stöd till anhöriga');
    expect(text(law)).toContain('SoL 2025:400');
    expect(text(law)).toContain('Du ska erbjudas en stödkontakt');
    const child = await new Agent(t.app).get('/exempelby/information/barn-och-unga-som-anhoriga?lang=sv-easy');
    expect(child.$('h1').text()).toBe('Till dig som är barn och hjälper någon');
    expect(child.$('.banner').text()).not.toContain('finns inte');
    const editor = await a.get('/exempelby/personal/information');
    const lawId = editor.$('a:contains("Lagen om stöd till anhöriga")').attr('href')!.split('/').pop()!;
    const form = await a.get(`/exempelby/personal/information/${lawId}`);
    expect(form.$('#f-title').val()).toBe('Lagen om stöd till anhöriga');
    expect(form.$('#f-title_sv-easy').val()).toBe('Lagen om stöd till dig som hjälper någon');
    // A taken slug, or a bad file, leaves nothing behind.
    await expect(setUpMunicipality(t.db, { slug: 'herrljunga', name: 'Dubblett', adminEmail: 'a@b.se', adminName: 'A', password: 'dubblett-losen-1' }, t.clock.now())).rejects.toThrow(/redan/);
    await expect(setUpMunicipality(t.db, { slug: 'trasig', name: 'Trasig kommun', adminEmail: 'a@trasig.se', adminName: 'A', password: 'trasig-losenord-1' }, t.clock.now(), 'key;kind;name\nx;enhet;X')).rejects.toThrow(/ange överordnad/);
    expect(await findTenantBySlug(t.db, 'trasig')).toBeUndefined();
    expect(await tenants()).toBe(n + 1);
    expect((await t.db.selectFrom('users').select('id').where('email', '=', 'a@trasig.se').execute()).length).toBe(0);
  });
});
