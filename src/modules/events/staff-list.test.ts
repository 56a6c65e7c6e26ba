// The staff's list of every activity, past ones included: latest first, a page at a time. It used
// to show the first 500 by date, so after a few years the newest (and the upcoming) fell off it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, demoUser, DIALECTS, signIn, type TestApp } from '../../../test/harness.js';
import { newId } from '../../platform/db/helpers.js';

describe.each(DIALECTS)('the staff list of every activity on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
  });
  afterAll(async () => t?.close());

  it('shows every activity latest first, fifty to a page, with the total', async () => {
    const tenantId = t.seeds.get('hassleholm')!.tenantId;
    // Sixty past activities, one a week back from 2019 (copies of a demo one, without sessions).
    const model = await t.db.selectFrom('events').selectAll().where('tenant_id', '=', tenantId).executeTakeFirstOrThrow();
    const start = Date.UTC(2019, 0, 1);
    await t.db.insertInto('events').values(Array.from({ length: 60 }, (_, i) => {
      const at = new Date(start - i * 7 * 86_400_000).toISOString();
      return { ...model, id: newId(), title: `Arkivgrupp ${String(i).padStart(2, '0')}`, first_starts_at: at, last_ends_at: at };
    })).execute();
    const total = Number((await t.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).executeTakeFirstOrThrow()).n);
    const admin = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'admin').email);
    const titles = (p: Awaited<ReturnType<typeof admin.get>>) => p.$('tbody tr td:first-child').map((_, e) => p.$(e).text()).get();

    const first = await admin.get('/hassleholm/personal/aktiviteter?tidigare=1');
    expect(first.status).toBe(200);
    expect(first.$('table caption').text()).toBe(`Alla aktiviteter, senaste först (${total})`);
    expect(titles(first)).toHaveLength(50);
    expect(titles(first)).not.toContain('Arkivgrupp 59');
    const pages = Math.ceil(total / 50);
    expect(first.$('.pagination [aria-current="page"]').text()).toBe(`Sida 1 av ${pages}`);
    const next = first.$('.pagination a[rel="next"]').attr('href')!;
    expect(next).toBe('/hassleholm/personal/aktiviteter?tidigare=1&page=2');

    const last = await admin.get(`/hassleholm/personal/aktiviteter?tidigare=1&page=${pages}`);
    expect(titles(last).at(-1)).toBe('Arkivgrupp 59'); // the oldest, last
    const all = [...titles(first)];
    for (let p = 2; p <= pages; p++) all.push(...titles(await admin.get(`/hassleholm/personal/aktiviteter?tidigare=1&page=${p}`)));
    expect(all).toHaveLength(total);
    const archive = all.filter((x) => x.startsWith('Arkivgrupp'));
    expect(archive).toEqual([...archive].sort()); // latest first: 00 (newest) … 59 (oldest)

    // A page past the end is an empty page, not an error; nonsense is the first page.
    expect((await admin.get('/hassleholm/personal/aktiviteter?tidigare=1&page=999')).status).toBe(200);
    expect(titles(await admin.get('/hassleholm/personal/aktiviteter?tidigare=1&page=x'))).toEqual(titles(first));
    // The default view is still the upcoming ones, without pages.
    const upcoming = await admin.get('/hassleholm/personal/aktiviteter');
    expect(upcoming.$('table caption').text()).toMatch(/^Kommande aktiviteter \(\d+\)$/);
    expect(titles(upcoming).some((x) => x.startsWith('Arkivgrupp'))).toBe(false);
  });
});
