// The request inbox's total: counted by a statement of its own only when the page cannot tell it
// (platform/db/helpers.ts pageWithTotal). Whatever the page, the caption and the page count are
// those of every visible request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, signIn, type Page, type TestApp } from '../../../test/harness.js';
import { newId } from '../../platform/db/helpers.js';
import { listRequestsForInbox } from './service.js';

const SPECIALIST = 'josefin.kvist@hassleholm.example.se';

describe.each(DIALECTS)('the request inbox in pages on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
  });
  afterAll(async () => t?.close());

  const rows = (p: Page) => p.$('tbody tr').length;
  const caption = (p: Page) => Number(/\((\d+)\)/.exec(p.$('table caption').text())?.[1]);
  const lastPage = (p: Page) => /av (\d+)/.exec(p.$('.pagination [aria-current="page"]').text())?.[1];

  it('gives the total of a queue that fits on one page, and of one that does not', async () => {
    const s = await signIn(t.app, 'hassleholm', SPECIALIST);
    const small = await s.get('/hassleholm/personal/forfragningar');
    const few = rows(small);
    expect(few).toBeGreaterThan(0);
    expect(few).toBeLessThan(50);
    expect(caption(small)).toBe(few);
    // Past the end of a short list: nothing to show, the total stays.
    const tenantId = t.seeds.get('hassleholm')!.tenantId;
    const everyUnit = { tenantId, units: 'all' as const };
    const open = (await listRequestsForInbox(t.db, everyUnit)).total;
    expect(await listRequestsForInbox(t.db, everyUnit, { limit: 50, offset: 100 })).toEqual({ items: [], total: open });

    // Sixty more open requests in the same queue.
    const model = await t.db.selectFrom('contact_requests').selectAll().where('tenant_id', '=', tenantId).where('status', '=', 'new')
      .where('routed_unit_id', 'is', null).executeTakeFirstOrThrow();
    const start = Date.UTC(2026, 11, 1);
    await t.db.insertInto('contact_requests').values(Array.from({ length: 60 }, (_, i) => ({
      ...model, id: newId(), reference: `T-${1000 + i}`, status_token_hash: newId(), created_at: new Date(start - i * 3_600_000).toISOString(),
    }))).execute();
    const total = few + 60;
    const first = await s.get('/hassleholm/personal/forfragningar');
    expect(rows(first)).toBe(50);
    expect(caption(first)).toBe(total);
    expect(lastPage(first)).toBe(String(Math.ceil(total / 50)));
    const second = await s.get('/hassleholm/personal/forfragningar?page=2');
    expect(rows(second)).toBe(total - 50);
    expect(second.$('title').text()).toMatch(/^Förfrågningar via webben \(Sida 2 av 2\) – /);
    expect(caption(second)).toBe(total);
    expect(await listRequestsForInbox(t.db, everyUnit, { limit: 50, offset: 150 })).toEqual({ items: [], total: open + 60 });
    // A page exactly full: counted.
    const full = await listRequestsForInbox(t.db, everyUnit, { limit: open + 60 });
    expect([full.items.length, full.total]).toEqual([open + 60, open + 60]);
  });
});
