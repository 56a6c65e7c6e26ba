// The specialists' combined inbox comes a page at a time: a busy queue was one page of several
// hundred rows (315–355 KB over the generated big year, bench/year-pages.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, signIn, type Page, type TestApp } from '../../../test/harness.js';
import { newId } from '../../platform/db/helpers.js';

const STRATEG = 'ulrika.palm@hassleholm.example.se'; // anhörigstrateg, Anhörigstöd

describe.each(DIALECTS)('the combined inbox in pages on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
  });
  afterAll(async () => t?.close());

  const rows = (p: Page) => p.$('tbody tr').length;

  it('shows fifty at a time, newest first, with the total and links to the other pages', async () => {
    const s = await signIn(t.app, 'hassleholm', STRATEG);
    const before = await s.get('/hassleholm/personal/inkorg');
    const someone = before.$('a[href^="/hassleholm/personal/inkorg/formedlingar/"]').first().attr('href')!.split('/').pop()!;
    // Sixty more open referrals to the same queue, one an hour back from 1 December 2026.
    const model = await t.db.selectFrom('referrals').selectAll().where('id', '=', someone).executeTakeFirstOrThrow();
    const start = Date.UTC(2026, 11, 1);
    await t.db.insertInto('referrals').values(Array.from({ length: 60 }, (_, i) => ({
      ...model, id: newId(), status: 'new', assigned_user_id: null, first_contact_at: null, closed_at: null, close_reason: null,
      created_at: new Date(start - i * 3_600_000).toISOString(),
    }))).execute();
    const first = await s.get('/hassleholm/personal/inkorg');
    const total = Number(/\((\d+)\)/.exec(first.$('table caption').text())?.[1]);
    expect(total).toBeGreaterThanOrEqual(60);
    expect(rows(first)).toBe(50);
    const pages = Math.ceil(total / 50);
    expect(first.$('.pagination [aria-current="page"]').text()).toBe(`Sida 1 av ${pages}`);
    expect(first.$('.pagination a[rel="next"]').attr('href')).toBe('/hassleholm/personal/inkorg?page=2');
    const last = await s.get(`/hassleholm/personal/inkorg?page=${pages}`);
    expect(rows(last)).toBe(total - 50 * (pages - 1));
    expect(last.$('.pagination a[rel="prev"]').attr('href')).toBe(`/hassleholm/personal/inkorg?page=${pages - 1}`);
    // Every entry once over the pages.
    const links: string[] = [];
    for (let p = 1; p <= pages; p++) {
      const page = p === 1 ? first : await s.get(`/hassleholm/personal/inkorg?page=${p}`);
      links.push(...page.$('a.inbox-subject').map((_, a) => page.$(a).attr('href')!).get());
    }
    expect(new Set(links).size).toBe(total);
    // The other views keep their own address with the page after it.
    const mine = await s.get('/hassleholm/personal/inkorg?visa=mina&page=2');
    expect(mine.status).toBe(200);
    expect((await s.get('/hassleholm/personal/inkorg/forsenade?page=2')).status).toBe(200);
  });
});
