// Seeds the four demo municipalities on first start (and `npm run cli -- seed-demo [--reset]`).
// Each module that has demo data adds a seeder to DEMO_SEEDERS (src/demo/seeders.ts).
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.js';
import { hashPassword } from '../platform/auth/passwords.js';
import { addBody, addUnit, createTenant, createUser } from '../modules/org/service.js';
import { DEMO_MUNICIPALITIES } from './index.js';
import type { DemoMunicipality } from './types.js';
import { DEMO_SEEDERS, type SeedContext } from './seeders.js';

/** Every demo account has this password (README lists the accounts). */
export const DEMO_PASSWORD = 'bredvid-demo';

let demoHash: Promise<string> | undefined;
const passwordHash = () => (demoHash ??= hashPassword(DEMO_PASSWORD));

export async function isSeeded(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom('tenants').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

async function seedMunicipality(db: Kysely<DB>, m: DemoMunicipality, now: Date, only?: string[]): Promise<SeedContext> {
  const s = m.settings;
  const tenantId = await createTenant(db, {
    slug: m.slug, name: m.name,
    settings: {
      specialistTitle: s.specialistTitle, specialistTitlePlural: s.specialistTitlePlural, carerMinAge: s.carerMinAge,
      documentationPolicy: s.documentationPolicy, shortAlias: s.shortAlias, population: s.population,
      suppressionThreshold: s.suppressionThreshold, contactTargetWorkingDays: s.contactTargetWorkingDays, intro: m.intro,
      contactPhone: s.contactPhone, contactEmail: `anhorigstod@${m.slug}.example.se`,
      ...(s.languages ? { languages: s.languages } : {}),
    },
  }, now);
  const unitIds = new Map<string, string>();
  // Parents before children: units are listed in any order in the data.
  const pending = [...m.units];
  let guard = 0;
  while (pending.length > 0 && guard++ < 1000) {
    const u = pending.shift()!;
    if (u.parentKey && !unitIds.has(u.parentKey)) {
      pending.push(u);
      continue;
    }
    const id = await addUnit(db, tenantId, { parentId: u.parentKey ? unitIds.get(u.parentKey)! : null, kind: u.kind, name: u.name, external: u.external, sortOrder: m.units.indexOf(u) }, now);
    unitIds.set(u.key, id);
  }
  // Routing rules refer to units by key in the data; by id once stored.
  const routing = s.routing.filter((r) => unitIds.has(r.routeToUnitKey)).map((r) => ({
    targetGroup: r.targetGroup, carerUnder: r.carerUnder, routeToUnitId: unitIds.get(r.routeToUnitKey)!, note: r.note,
  }));
  const settingsRow = await db.selectFrom('tenants').select('settings').where('id', '=', tenantId).executeTakeFirstOrThrow();
  const violenceUnitId = s.violenceUnitKey ? (unitIds.get(s.violenceUnitKey) ?? null) : null;
  await db.updateTable('tenants').set({ settings: JSON.stringify({ ...JSON.parse(settingsRow.settings), routing, violenceUnitId }) }).where('id', '=', tenantId).execute();

  const bodyIds = new Map<string, string>();
  for (const b of m.bodies) bodyIds.set(b.key, await addBody(db, tenantId, b, now));

  const userIds = new Map<string, string>();
  const hash = await passwordHash();
  for (const st of m.staff) {
    const id = await createUser(db, tenantId, {
      email: st.email, name: st.name, title: st.title, passwordHash: hash,
      roles: st.roles.map((r) => ({ role: r.role, unitId: r.unitKey ? (unitIds.get(r.unitKey) ?? null) : null })),
    }, now);
    userIds.set(st.key, id);
  }
  const ctx: SeedContext = { db, tenantId, data: m, now, unitIds, bodyIds, userIds };
  for (const seeder of DEMO_SEEDERS) if (!only || only.includes(seeder.name)) await seeder.run(ctx);
  return ctx;
}

export async function seedDemo(db: Kysely<DB>, now: Date, opts: { reset?: boolean } = {}): Promise<string[]> {
  if (opts.reset) {
    for (const m of DEMO_MUNICIPALITIES) await db.deleteFrom('tenants').where('slug', '=', m.slug).execute();
  } else if (await isSeeded(db)) {
    return [];
  }
  const done: string[] = [];
  for (const m of DEMO_MUNICIPALITIES) {
    await seedMunicipality(db, m, now);
    done.push(m.slug);
  }
  return done;
}

/** Tests: one demo municipality (or all), fast. */
export async function seedForTest(db: Kysely<DB>, now: Date, slugs?: string[]): Promise<Map<string, SeedContext>> {
  const out = new Map<string, SeedContext>();
  for (const m of DEMO_MUNICIPALITIES) if (!slugs || slugs.includes(m.slug)) out.set(m.slug, await seedMunicipality(db, m, now));
  return out;
}
