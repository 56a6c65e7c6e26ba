// Children who are carers (SoL 2025:400 as amended 1 July 2026): Södertälje's guideline sends
// them to Barn och ungdom, before any target-group rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/harness.js';
import { findTenantBySlug } from '../../platform/tenancy/tenancy.js';
import { routeReferral } from '../referrals/routing.js';
import { anonymousForm, submitAndFollow } from '../../../test/requests.js';

describe.each(DIALECTS)('children as carers on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['sodertalje'] });
  });
  afterAll(async () => t?.close());

  const routedUnit = async () => (await t.db.selectFrom('contact_requests').select('routed_unit_id').orderBy('created_at', 'desc').limit(1).executeTakeFirstOrThrow()).routed_unit_id;

  it('routes a 13–17-year-old whose närstående has a substance problem to Barn och ungdom, an adult to the adult substance unit', async () => {
    const s = t.seeds.get('sodertalje')!;
    await submitAndFollow(t, 'sodertalje', { ...anonymousForm, targetGroup: 'substance_use', ageBand: '13_17' });
    expect(await routedUnit()).toBe(s.unitIds.get('bou-mottagning'));
    await submitAndFollow(t, 'sodertalje', { ...anonymousForm, targetGroup: 'older', ageBand: 'under_13' });
    expect(await routedUnit()).toBe(s.unitIds.get('bou-mottagning'));
    await submitAndFollow(t, 'sodertalje', { ...anonymousForm, targetGroup: 'substance_use', ageBand: '25_44' });
    expect(await routedUnit()).toBe(s.unitIds.get('social-vuxen'));
  });

  it('routes a referral about a child carer the same way, before the target-group rules', async () => {
    const s = t.seeds.get('sodertalje')!;
    const tenant = (await findTenantBySlug(t.db, 'sodertalje'))!;
    const units = new Set(s.unitIds.values());
    expect(routeReferral(tenant.settings.routing, 'substance_use', '13_17', units).unitId).toBe(s.unitIds.get('bou-mottagning'));
    expect(routeReferral(tenant.settings.routing, 'substance_use', '45_64', units).unitId).toBe(s.unitIds.get('social-vuxen'));
    expect(routeReferral(tenant.settings.routing, 'older', null, units).unitId).toBe(s.unitIds.get('omsorg-aldre'));
  });
});
