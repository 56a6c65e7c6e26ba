// One completed self-check counts once: sending the result page's POST again (a reload, back
// and forward, another tab) does not count it again, while two separate checks count twice.
// Only tokens this server issued, for this municipality and recently, are counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, DIALECTS, type Page, type TestApp } from '../../../test/harness.js';
import { checkCompletionToken, COMPLETION_TOKEN, issueCompletionToken } from './completion.js';
import { formFields, rowCounts, submit, walkOnePerScreen, type Fields } from '../../../test/form-kit.js';

describe('completion tokens', () => {
  const now = new Date('2026-11-25T09:00:00Z');
  it('are random, signed per municipality and counted on their day and the next only', () => {
    const a = issueCompletionToken('secret', 'tenant-a', now);
    expect(a).toMatch(COMPLETION_TOKEN);
    expect(issueCompletionToken('secret', 'tenant-a', now)).not.toBe(a);
    expect(checkCompletionToken('secret', 'tenant-a', a, now)).toMatchObject({ issuedOn: '2026-11-25' });
    expect(checkCompletionToken('secret', 'tenant-a', a, new Date('2026-11-26T23:59:00Z'))).not.toBeNull();
    expect(checkCompletionToken('secret', 'tenant-a', a, new Date('2026-11-27T00:00:00Z'))).toBeNull();
    expect(checkCompletionToken('secret', 'tenant-a', a, new Date('2026-11-24T23:00:00Z'))).toBeNull();
    expect(checkCompletionToken('secret', 'tenant-b', a, now)).toBeNull();
    expect(checkCompletionToken('other', 'tenant-a', a, now)).toBeNull();
    const [nonce, day, mac] = a.split('.');
    expect(checkCompletionToken('secret', 'tenant-a', `${nonce}.20261124.${mac}`, now)).toBeNull();
    expect(checkCompletionToken('secret', 'tenant-a', `${nonce.replace(/^./, nonce[0] === 'A' ? 'B' : 'A')}.${day}.${mac}`, now)).toBeNull();
    expect(checkCompletionToken('secret', 'tenant-a', undefined, now)).toBeNull();
    expect(checkCompletionToken('secret', 'tenant-a', 'x', now)).toBeNull();
  });
});

describe.each(DIALECTS)('counting a completed self-check once on %s', (dialect) => {
  let t: TestApp;
  let tenantId: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['vetlanda', 'herrljunga'] });
    tenantId = (await t.db.selectFrom('tenants').select('id').where('slug', '=', 'vetlanda').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => t?.close());

  const counted = async () => (await t.db.selectFrom('selfcheck_counters').select('count').where('tenant_id', '=', tenantId).execute())
    .reduce((sum, r) => sum + Number(r.count), 0);
  const answer = () => 3;
  /** The body of the POST that showed the result: the last question's form with its answer and button. */
  const finalPost = (pages: Page[]): Fields => {
    const last = pages.at(-2)!;
    const { fields } = formFields(last, 'main form');
    const key = last.$('main form input[type=radio]').first().attr('name')!;
    const body: Fields = { ...fields, [key]: String(answer()), action: 'next' };
    delete body._csrf;
    return body;
  };

  it('does not count a resubmitted result page again, from the same browser or another', async () => {
    const before = await counted();
    const a = new Agent(t.app);
    const pages = await walkOnePerScreen(a, 'vetlanda', answer);
    expect(pages.at(-1)!.$('h1').text()).toBe('Ditt resultat');
    expect(await counted()).toBe(before + 1);
    const rows = await rowCounts(t.db, dialect);
    const body = finalPost(pages);
    expect(body.ct).toMatch(COMPLETION_TOKEN);
    for (let i = 0; i < 3; i++) {
      const again = await a.post('/vetlanda/belastningskoll', body);
      expect(again.status).toBe(200);
      expect(again.$('h1').text()).toBe('Ditt resultat');
    }
    // The same completion sent at the same moment from two places.
    const other = new Agent(t.app);
    await other.get('/vetlanda/belastningskoll');
    const both = await Promise.all([a.post('/vetlanda/belastningskoll', body), other.post('/vetlanda/belastningskoll', body)]);
    expect(both.map((p) => p.$('h1').text())).toEqual(['Ditt resultat', 'Ditt resultat']);
    expect(await counted()).toBe(before + 1);
    expect(await rowCounts(t.db, dialect)).toEqual(rows);
  });

  it('counts two separate checks twice, also one after the other in the same browser', async () => {
    const before = await counted();
    const a = new Agent(t.app);
    const first = await walkOnePerScreen(a, 'vetlanda', answer);
    const second = await walkOnePerScreen(a, 'vetlanda', answer);
    expect(formFields(first[1], 'main form').fields.ct).not.toBe(formFields(second[1], 'main form').fields.ct);
    await walkOnePerScreen(new Agent(t.app), 'vetlanda', answer);
    expect(await counted()).toBe(before + 3);
  });

  it('keeps the token through a start page with a mistake, so that check too counts once', async () => {
    const before = await counted();
    const a = new Agent(t.app);
    const start = await a.get('/vetlanda/belastningskoll');
    const ct = formFields(start, 'main form').fields.ct;
    const mistake = await submit(a, start, 'main form', { group: 'martians' }, ['action', 'start']);
    expect(mistake.status).toBe(400);
    expect(formFields(mistake, 'main form').fields.ct).toBe(ct);
    const all = await submit(a, mistake, 'main form', { mode: 'all' }, ['action', 'start']);
    const body: Fields = { ...formFields(all, 'main form').fields, a_tid1: '4', action: 'result' };
    delete body._csrf;
    await a.post('/vetlanda/belastningskoll', body);
    await a.post('/vetlanda/belastningskoll', body);
    expect(await counted()).toBe(before + 1);
  });

  it('counts nothing for a forged, foreign or stale token, and still shows the result', async () => {
    const before = await counted();
    const a = new Agent(t.app);
    const start = await a.get('/vetlanda/belastningskoll');
    const all = await submit(a, start, 'main form', { mode: 'all' }, ['action', 'start']);
    const base: Fields = { ...formFields(all, 'main form').fields, a_tid1: '4', action: 'result' };
    delete base._csrf;
    const ct = base.ct as string;
    const [, day, mac] = ct.split('.');
    const foreignStart = await new Agent(t.app).get('/herrljunga/belastningskoll');
    const tokens = [
      `${'A'.repeat(22)}.${day}.${mac}`, // made up
      formFields(foreignStart, 'main form').fields.ct as string, // another municipality's
      undefined, // none at all (a form from before tokens)
    ];
    for (const token of tokens) {
      const body: Fields = { ...base };
      if (token) body.ct = token;
      else delete body.ct;
      const res = await a.post('/vetlanda/belastningskoll', body);
      expect(res.$('h1').text()).toBe('Ditt resultat');
    }
    expect(await counted()).toBe(before);
    // Finished two days after it began: too old to tell whether it was counted, so not counted.
    t.clock.set('2026-11-27T09:00:00.000Z');
    try {
      const stale = await a.post('/vetlanda/belastningskoll', base);
      expect(stale.$('h1').text()).toBe('Ditt resultat');
      expect(await counted()).toBe(before);
      // A fresh check counts, and forgets the hashes of tokens that can no longer count.
      await walkOnePerScreen(new Agent(t.app), 'vetlanda', answer);
      expect(await counted()).toBe(before + 1);
      const left = await t.db.selectFrom('selfcheck_completions').select('issued_on').where('tenant_id', '=', tenantId).execute();
      expect(left.map((r) => r.issued_on)).toEqual(['2026-11-27']);
    } finally {
      t.clock.set('2026-11-25T09:00:00.000Z');
    }
  });
});
