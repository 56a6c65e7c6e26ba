// The running tallies must always equal a recount of the contact log: after any sequence of
// logging, editing and carer merges, after concurrent writers, and after the migration that fills
// them from rows logged before it existed. The recount here is plain JavaScript over the rows.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/harness.js';
import * as migration from '../../migrations/20261125_0010_contact_tallies.js';
import { AGE_BANDS, GENDERS, TARGET_GROUPS } from '../../platform/domain/vocab.js';
import * as q from './queries.js';
import { contactsPerMonth, yearlyContactStats } from './service.js';
import { ACTIVITY_TYPES, CHANNELS, ONWARD_TARGETS } from './vocab.js';
import type { ContactLogTable } from './table.js';

const YEARS = [2025, 2026];

describe.each(DIALECTS)('contact tallies on %s', (dialect) => {
  let t: TestApp;
  let tenantId: string;
  let units: string[];
  const userId = randomUUID();
  const carers = Array.from({ length: 4 }, () => randomUUID());

  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['vetlanda'] });
    const seed = t.seeds.get('vetlanda')!;
    tenantId = seed.tenantId;
    units = [...seed.unitIds.values()].slice(0, 3);
  });
  afterAll(async () => t?.close());

  const fields = fc.record({
    year: fc.constantFrom(...YEARS), month: fc.integer({ min: 1, max: 12 }), unit: fc.integer({ min: 0, max: 2 }),
    channel: fc.constantFrom(...CHANNELS), activity: fc.constantFrom(...ACTIVITY_TYPES), minutes: fc.integer({ min: 1, max: 120 }),
    target: fc.option(fc.constantFrom(...TARGET_GROUPS)), age: fc.option(fc.constantFrom(...AGE_BANDS)), gender: fc.option(fc.constantFrom(...GENDERS)),
    onward: fc.option(fc.constantFrom(...ONWARD_TARGETS)), carer: fc.option(fc.integer({ min: 0, max: 3 })),
  });
  type Fields = typeof fields extends fc.Arbitrary<infer T> ? T : never;
  const columns = (f: Fields) => ({
    unit_id: units[f.unit], contact_date: `${f.year}-${String(f.month).padStart(2, '0')}-15`, channel: f.channel, duration_min: f.minutes,
    activity_type: f.activity, target_group: f.target, age_band: f.age, gender: f.gender, referred_onward: f.onward ? 1 : 0, referred_to: f.onward,
    carer_id: f.carer === null ? null : carers[f.carer],
  });
  const newRow = (f: Fields) => ({
    id: randomUUID(), tenant_id: tenantId, user_id: userId, relationship: null, district: null, heard_via: null, campaign_id: null,
    created_at: '2026-11-25T10:00:00.000Z', updated_at: '2026-11-25T10:00:00.000Z', ...columns(f),
  });

  /** What the tallies must say, counted from the rows themselves. */
  async function expectTalliesMatchRows(): Promise<void> {
    const rows = await t.db.selectFrom('contact_log').selectAll().where('tenant_id', '=', tenantId).execute();
    for (const year of YEARS) {
      for (const scope of ['all', [units[0]], [units[1], units[2]]] as const) {
        const inScope = rows.filter((r) => r.contact_date.startsWith(`${year}-`) && (scope === 'all' || scope.includes(r.unit_id)));
        const s = await yearlyContactStats(t.db, tenantId, year, scope === 'all' ? 'all' : [...scope]);
        const by = (k: keyof ContactLogTable) => {
          const out: Record<string, number> = {};
          for (const r of inScope) out[String(r[k] ?? 'unknown')] = (out[String(r[k] ?? 'unknown')] ?? 0) + 1;
          return out;
        };
        const months = Array.from({ length: 12 }, (_, i) => inScope.filter((r) => Number(r.contact_date.slice(5, 7)) === i + 1).length);
        const referredTo = by('referred_to');
        delete referredTo.unknown;
        expect({
          total: s.total, minutes: s.totalMinutes, identified: s.identifiedContacts, anonymous: s.anonymousContacts, unique: s.uniqueIdentifiedCarers,
          referred: s.referredOnward, children: s.childrenAsCarers, channel: s.byChannel, activity: s.byActivityType, target: s.byTargetGroup,
          age: s.byAgeBand, gender: s.byGender, referredTo: s.byReferredTo, months: Object.keys(s.byMonth).sort().map((k) => s.byMonth[k]),
        }).toEqual({
          total: inScope.length, minutes: inScope.reduce((a, r) => a + r.duration_min, 0), identified: inScope.filter((r) => r.carer_id).length,
          anonymous: inScope.filter((r) => !r.carer_id).length, unique: new Set(inScope.filter((r) => r.carer_id).map((r) => r.carer_id)).size,
          referred: inScope.filter((r) => r.referred_onward === 1).length, children: inScope.filter((r) => r.age_band === 'under_13' || r.age_band === '13_17').length,
          channel: by('channel'), activity: by('activity_type'), target: by('target_group'), age: by('age_band'), gender: by('gender'), referredTo, months,
        });
        expect(await contactsPerMonth(t.db, tenantId, year, scope === 'all' ? 'all' : [...scope])).toEqual(months);
      }
    }
  }

  it('equal a recount after any sequence of logging, editing and merging carers', async () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('log' as const), rows: fc.array(fields, { minLength: 1, maxLength: 6 }) }),
      fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), to: fields }),
      fc.record({ kind: fc.constant('merge' as const), from: fc.integer({ min: 0, max: 3 }), to: fc.integer({ min: 0, max: 3 }) }),
    );
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
      for (const o of ops) {
        if (o.kind === 'log') await q.insertContacts(t.db, o.rows.map(newRow));
        else if (o.kind === 'edit') {
          const mine = await t.db.selectFrom('contact_log').select('id').where('user_id', '=', userId).orderBy('id').execute();
          if (mine.length === 0) continue;
          const id = mine[o.pick % mine.length].id;
          await t.db.transaction().execute(async (trx) => {
            expect(await q.updateContact(trx, tenantId, id, userId, { ...columns(o.to), updated_at: new Date().toISOString() })).toBe(true);
          });
        } else if (o.from !== o.to) {
          await t.db.transaction().execute((trx) => q.relinkCarer(trx, tenantId, carers[o.from], carers[o.to]));
        }
      }
      await expectTalliesMatchRows();
    }), { numRuns: 12 });
  });

  it('an edit by someone else changes nothing, in the log or the tallies', async () => {
    const row = newRow({ year: 2026, month: 3, unit: 0, channel: 'phone', activity: ACTIVITY_TYPES[0], minutes: 30, target: null, age: null, gender: null, onward: null, carer: null });
    await q.insertContacts(t.db, [row]);
    const changed = await t.db.transaction().execute((trx) => q.updateContact(trx, tenantId, row.id, randomUUID(), { duration_min: 90, updated_at: new Date().toISOString() }));
    expect(changed).toBe(false);
    await expectTalliesMatchRows();
  });

  it('stay exact with many writers at once (logging and editing the same counts)', async () => {
    const base = { year: 2026, month: 6, unit: 0, channel: 'phone' as const, activity: ACTIVITY_TYPES[0], minutes: 30, target: null, age: null, gender: null, onward: null, carer: 0 };
    const rows = Array.from({ length: 10 }, () => newRow(base));
    await q.insertContacts(t.db, rows);
    await Promise.all([
      ...Array.from({ length: 20 }, () => q.insertContacts(t.db, [newRow(base)])),
      ...rows.map((r, i) => t.db.transaction().execute((trx) => q.updateContact(trx, tenantId, r.id, userId, { ...columns({ ...base, month: 1 + (i % 12), carer: i % 4 }), updated_at: new Date().toISOString() }))),
      ...rows.map((r) => t.db.transaction().execute((trx) => q.updateContact(trx, tenantId, r.id, userId, { duration_min: 45, updated_at: new Date().toISOString() }))),
    ]);
    await expectTalliesMatchRows();
  });

  it('are filled by the migration from contacts logged before it', async () => {
    const ctx = { dialect: t.dialect };
    await migration.down(t.db, ctx);
    await migration.up(t.db, ctx);
    await expectTalliesMatchRows();
  });
});
