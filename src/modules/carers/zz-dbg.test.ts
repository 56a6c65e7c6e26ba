import { it } from 'vitest';
import { buildTestApp, signIn } from '../../../test/harness.js';
it('dbg', async () => {
  const t = await buildTestApp('sqlite', { slugs: ['sodertalje'] });
  const s = await signIn(t.app, 'sodertalje', 'helena.forsberg@sodertalje.example.se');
  const res = await s.post('/sodertalje/personal/anhoriga', { unitId: t.seeds.get('sodertalje')!.unitIds.get('anhorigstod')!, name: 'Utan Journal', phone: '070-000 12 34', consentGiven: 'on', consentDate: '2026-11-20' });
  console.log(res.status, res.$('.error-summary').text(), res.$('.banner-warning').text());
  await t.close();
});
