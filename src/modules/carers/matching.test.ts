// Search and duplicate detection (queries.ts findMatching): every key finds its carers, the unit
// scope holds, and on SQLite (no statistics, plans by shape) each exact key is looked up by its
// own index: one OR over the keys made SQLite walk every carer of the municipality on every
// carer page, whose duplicate check runs this.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompiledQuery, type KyselyPlugin } from 'kysely';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/harness.js';
import { findMatching, type CarerRow } from './queries.js';

describe.each(DIALECTS)('finding carers by key on %s', (dialect) => {
  let t: TestApp;
  let tenantId: string;
  let carers: CarerRow[];
  let seen: CompiledQuery[] = [];
  const recorder: KyselyPlugin = {
    transformQuery: (a) => {
      seen.push(t.db.getExecutor().compileQuery(a.node, a.queryId));
      return a.node;
    },
    transformResult: async (a) => a.result,
  };

  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
    tenantId = (await t.db.selectFrom('tenants').select('id').where('slug', '=', 'hassleholm').executeTakeFirstOrThrow()).id;
    carers = await t.db.selectFrom('carers').selectAll().where('tenant_id', '=', tenantId).orderBy('name_norm').execute();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finds a carer by each key, by several at once, and by part of the name, inside the scope only', async () => {
    const c = carers.find((x) => x.phone_norm && x.email)!;
    expect(c, 'the demo has a carer with phone and e-mail').toBeDefined();
    const ids = async (m: Parameters<typeof findMatching>[3], units: 'all' | string[] = 'all') => (await findMatching(t.db, tenantId, units, m)).map((r) => r.id);
    expect(await ids({ nameNorm: c.name_norm })).toContain(c.id);
    expect(await ids({ phoneNorm: c.phone_norm! })).toContain(c.id);
    expect(await ids({ email: c.email! })).toContain(c.id);
    const several = await findMatching(t.db, tenantId, 'all', { nameNorm: 'ingen-sadan', phoneNorm: c.phone_norm!, email: c.email! });
    expect(several.filter((r) => r.id === c.id)).toHaveLength(1);
    expect(several.map((r) => r.name_norm)).toEqual([...several.map((r) => r.name_norm)].sort());
    expect(await ids({ nameLike: c.name_norm.slice(1, 4) })).toContain(c.id);
    expect(await ids({ nameNorm: c.name_norm }, [c.unit_id!])).toContain(c.id);
    const otherUnits = (await t.db.selectFrom('org_units').select('id').where('tenant_id', '=', tenantId).where('id', '!=', c.unit_id!).execute()).map((u) => u.id);
    expect(await ids({ nameNorm: c.name_norm, phoneNorm: c.phone_norm! }, otherUnits)).not.toContain(c.id);
    expect(await ids({})).toEqual([]);
    const elsewhere = (await t.db.selectFrom('tenants').select('id').where('id', '!=', tenantId).executeTakeFirst())?.id ?? 'no-such-tenant';
    expect(await findMatching(t.db, elsewhere, 'all', { phoneNorm: c.phone_norm! })).toEqual([]);
  });

  if (dialect === 'sqlite') it('looks each exact key up by its own index, never by walking the municipality', async () => {
    const c = carers.find((x) => x.phone_norm && x.email)!;
    seen = [];
    await findMatching(t.db.withPlugin(recorder), tenantId, [c.unit_id!], { personnummer: '19121212-1212', nameNorm: c.name_norm, phoneNorm: c.phone_norm!, email: c.email! });
    const plans: string[] = [];
    for (const s of seen) {
      const { rows } = await t.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${s.sql}`, [...s.parameters]));
      plans.push(...rows.map((r) => r.detail));
    }
    expect(plans.some((d) => /carers_tenant_phone_idx \(tenant_id=\? AND phone_norm=\?\)/.test(d)), plans.join('\n')).toBe(true);
    const walks = plans.filter((d) => /^SCAN carers/.test(d) || /carers\S* USING .*\(tenant_id=\?\)$/.test(d));
    expect(walks, plans.join('\n')).toEqual([]);
  });
});
