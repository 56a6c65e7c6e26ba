// The yearly report as main.ts serves it from a SQLite file: its reads run on worker threads
// (platform/db/sqlite-readers.ts). The same figures as through the main connection, in the page,
// the CSV and the overview, and the export still written to the access log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, demoUser, signIn, type TestApp } from '../../../test/harness.js';
import { clearContacts } from '../../../test/report-fixtures.js';
import { generateYear } from './generate.js';
import { dashboard, yearlyReport } from './service.js';
import { findTenantBySlug } from '../../platform/tenancy/tenancy.js';

const slug = 'hassleholm';
const WHOLE = { unitId: null, unitName: 'Hela kommunen', unitIds: 'all' as const };

describe('the yearly report read on worker threads (SQLite file)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp('sqlite', { slugs: [slug], sqliteFile: true });
    await clearContacts(t.db);
    const seed = t.seeds.get(slug)!;
    const units = ['anhorigstod', 'hemvard-tyringe', 'sabo-ekbacken', 'novum'].map((k) => seed.unitIds.get(k)!);
    await generateYear(t.db, seed.tenantId, { year: 2025, contacts: 1200, bookings: 600, unitIds: units, seed: 5, now: t.clock.now() });
  });
  afterAll(async () => t?.close());

  it('gives the figures the main connection gives, exact and suppressed, and the same overview', async () => {
    expect(t.reads).not.toBe(t.db);
    const tenant = (await findTenantBySlug(t.db, slug))!;
    for (const mode of ['exact', 'suppressed'] as const) {
      const viaWorkers = await yearlyReport(t.reads, t.clock, tenant, 2025, WHOLE, mode);
      const viaMain = await yearlyReport(t.db, t.clock, tenant, 2025, WHOLE, mode);
      expect(viaWorkers).toEqual(viaMain);
      expect(JSON.stringify(viaWorkers)).toContain('Kontakter');
    }
    expect(await dashboard(t.reads, t.clock, tenant, WHOLE, 'suppressed')).toEqual(await dashboard(t.db, t.clock, tenant, WHOLE, 'suppressed'));
  });

  it('serves the page and the CSV, and logs the export', async () => {
    const board = await signIn(t.app, slug, demoUser(t, slug, 'board').email);
    const page = await board.get(`/${slug}/personal/rapporter/rapport?ar=2025`);
    expect(page.status).toBe(200);
    expect(page.$('h1').text()).toMatch(/2025/);
    const csv = await board.get(`/${slug}/personal/rapporter/rapport.csv?ar=2025`);
    expect(csv.status).toBe(200);
    expect(csv.body).toContain('Kontakter totalt');
    const logged = await t.db.selectFrom('audit_log').select('action').where('action', '=', 'report.export').execute();
    expect(logged.length).toBeGreaterThan(0);
    expect((await board.get(`/${slug}/personal/oversikt`)).status).toBe(200);
  });
});
