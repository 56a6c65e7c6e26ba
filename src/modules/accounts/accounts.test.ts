// Carer accounts: one-time codes (hashed, single use, 10 minutes, limited per address and per
// municipality), the sign-in link, sessions of their own (rotation, idle timeout, sign-out and
// sign-out everywhere, only in their municipality), and the inactivity rule with notice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, DIALECTS, nextAddress, text, type TestApp } from '../../../test/harness.js';
import { CODE_LIMITS } from './codes.js';
import { expireInactiveAccounts, NOTICE_DAYS } from '../mypages/service.js';
import { deleteExpiredThreads } from '../messages/service.js';

const SLUG = 'vetlanda';

describe.each(DIALECTS)('carer accounts on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: [SLUG, 'herrljunga'] });
  });
  afterAll(async () => t?.close());

  async function askCode(agent: Agent, email: string, slug = SLUG) {
    await agent.get(`/${slug}/mina-sidor/logga-in`);
    return agent.post(`/${slug}/mina-sidor/logga-in`, { kind: 'email', email, phone: '' });
  }
  async function codeOf(codeId: string) {
    const row = await t.db.selectFrom('outbox').select('body_text').where('dedupe_key', '=', `carer-code:${codeId}`).executeTakeFirstOrThrow();
    return { code: /\b(\d{6})\b/.exec(row.body_text)![1]!, link: /(\/[a-z-]+\/mina-sidor\/kod\/[A-Za-z0-9_-]+)/.exec(row.body_text)![1]! };
  }
  async function signedIn(email: string, slug = SLUG): Promise<Agent> {
    const agent = new Agent(t.app, {}, nextAddress());
    const page = await askCode(agent, email, slug);
    const codeId = page.$('input[name="codeId"]').attr('value')!;
    const res = await agent.post(`/${slug}/mina-sidor/logga-in/kod`, { codeId, kind: 'email', address: email, code: (await codeOf(codeId)).code });
    expect(res.status).toBe(303);
    return agent;
  }

  it('asks for no name or password, and explains a wrong field with an error summary', async () => {
    const agent = new Agent(t.app, {}, nextAddress());
    const page = await agent.get(`/${SLUG}/mina-sidor/logga-in`);
    expect(page.$('input[type="password"]').length).toBe(0);
    expect(page.headers['cache-control']).toBe('no-store');
    const bad = await agent.post(`/${SLUG}/mina-sidor/logga-in`, { kind: 'phone', email: '', phone: 'abc' });
    expect(bad.status).toBe(400);
    expect(bad.$('.error-summary a[href="#f-phone"]').text()).toContain('Skriv ett mobilnummer');
    const english = await agent.get(`/${SLUG}/mina-sidor/logga-in?lang=en`);
    expect(english.$('h1').text()).toBe('Sign in to My pages');
  });

  it('stores only hashes of the code and the address, and a code works once, within 10 minutes', async () => {
    const email = 'once@example.se';
    const agent = new Agent(t.app, {}, nextAddress());
    const page = await askCode(agent, email);
    const codeId = page.$('input[name="codeId"]').attr('value')!;
    const { code } = await codeOf(codeId);
    const row = await t.db.selectFrom('carer_codes').selectAll().where('id', '=', codeId).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(code);
    expect(JSON.stringify(row)).not.toContain(email);
    t.clock.advance(10 * 60_000 + 1000);
    const late = await agent.post(`/${SLUG}/mina-sidor/logga-in/kod`, { codeId, kind: 'email', address: email, code });
    expect(late.status).toBe(400);
    expect(late.$('.error-summary').text()).toContain('Koden har gått ut');
    const again = await askCode(agent, email);
    const id2 = again.$('input[name="codeId"]').attr('value')!;
    const ok = await agent.post(`/${SLUG}/mina-sidor/logga-in/kod`, { codeId: id2, kind: 'email', address: email, code: (await codeOf(id2)).code });
    expect(ok.status).toBe(303);
    const account = await t.db.selectFrom('carer_accounts').selectAll().where('tenant_id', '=', t.seeds.get(SLUG)!.tenantId).execute();
    expect(JSON.stringify(account)).not.toContain(email);
    const other = new Agent(t.app, {}, nextAddress());
    const reuse = await other.post(`/${SLUG}/mina-sidor/logga-in/kod`, { codeId: id2, kind: 'email', address: email, code: (await codeOf(id2)).code });
    expect(reuse.$('.error-summary').text()).toContain('Koden är redan använd');
    t.clock.advance(60_000);
  });

  it('stops a code after five wrong tries', async () => {
    const email = 'guess@example.se';
    const agent = new Agent(t.app, {}, nextAddress());
    const codeId = (await askCode(agent, email)).$('input[name="codeId"]').attr('value')!;
    const { code } = await codeOf(codeId);
    const wrongCode = code === '123456' ? '654321' : '123456';
    for (let i = 0; i < 4; i++) expect((await agent.post(`/${SLUG}/mina-sidor/logga-in/kod`, { codeId, kind: 'email', address: email, code: wrongCode })).status).toBe(400);
    const fifth = await agent.post(`/${SLUG}/mina-sidor/logga-in/kod`, { codeId, kind: 'email', address: email, code: wrongCode });
    expect(fifth.$('.error-summary').text()).toContain('för många gånger');
    const right = await agent.post(`/${SLUG}/mina-sidor/logga-in/kod`, { codeId, kind: 'email', address: email, code });
    expect(right.status).toBe(400);
    t.clock.advance(60_000);
  });

  it('limits codes per address with Retry-After, whoever asks', async () => {
    const email = 'flood@example.se';
    for (let i = 0; i < CODE_LIMITS.perAddress; i++) expect((await askCode(new Agent(t.app, {}, nextAddress()), email)).status).toBe(200);
    const refused = await askCode(new Agent(t.app, {}, nextAddress()), email);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.$('.error-summary').text()).toContain('Du har bett om många koder');
    const english = new Agent(t.app, {}, nextAddress());
    await english.get(`/${SLUG}/mina-sidor/logga-in?lang=en`);
    expect((await english.post(`/${SLUG}/mina-sidor/logga-in`, { kind: 'email', email, phone: '' })).$('.error-summary').text()).toContain('You have asked for many codes');
    t.clock.advance(CODE_LIMITS.windowMs + 1000);
    expect((await askCode(new Agent(t.app, {}, nextAddress()), email)).status).toBe(200);
  });

  it('signs in with the link only at the press of a button, once', async () => {
    const email = 'link@example.se';
    await signedIn(email);
    const agent = new Agent(t.app, {}, nextAddress());
    const codeId = (await askCode(agent, email)).$('input[name="codeId"]').attr('value')!;
    const { link } = await codeOf(codeId);
    const page = await agent.get(link);
    expect(page.status).toBe(200);
    expect(agent.hasCookie('bredvid_carer')).toBe(false);
    const done = await agent.post(link);
    expect(done.status).toBe(303);
    expect(agent.hasCookie('bredvid_carer')).toBe(true);
    const again = await new Agent(t.app, {}, nextAddress()).get(link);
    expect(again.status).toBe(400);
  });

  it('rotates the session at sign-in, times out when idle, and signs out here or everywhere', async () => {
    const email = 'session@example.se';
    const a = await signedIn(email);
    const first = a.cookie('bredvid_carer');
    // Signing in again on the same browser gives a new id; the old one no longer works.
    const codeId = (await askCode(a, email)).$('input[name="codeId"]').attr('value')!;
    t.clock.advance(1000);
    await a.post(`/${SLUG}/mina-sidor/logga-in/kod`, { codeId, kind: 'email', address: email, code: (await codeOf(codeId)).code });
    expect(a.cookie('bredvid_carer')).not.toBe(first);
    const stale = new Agent(t.app, { cookie: `bredvid_carer=${first}` });
    expect((await stale.get(`/${SLUG}/mina-sidor`)).location).toBe(`/${SLUG}/mina-sidor/logga-in`);
    // Not valid in another municipality.
    const elsewhere = new Agent(t.app, { cookie: `bredvid_carer=${a.cookie('bredvid_carer')}` });
    expect((await elsewhere.get('/herrljunga/mina-sidor')).location).toBe('/herrljunga/mina-sidor/logga-in');
    // Idle 31 minutes: signed out.
    t.clock.advance(31 * 60_000);
    expect((await a.get(`/${SLUG}/mina-sidor`)).location).toBe(`/${SLUG}/mina-sidor/logga-in`);
    // Two devices; sign-out everywhere ends both.
    const b = await signedIn(email);
    const c = await signedIn(email);
    expect((await b.get(`/${SLUG}/mina-sidor`)).status).toBe(200);
    const out = await b.post(`/${SLUG}/mina-sidor/logga-ut`, { everywhere: '1' });
    expect(out.location).toBe(`/${SLUG}/mina-sidor/logga-in?utloggad=1`);
    expect(text(await b.get(out.location!))).toContain('Du är utloggad.');
    expect((await c.get(`/${SLUG}/mina-sidor`)).location).toBe(`/${SLUG}/mina-sidor/logga-in`);
  });

  it('sends a notice before deleting an inactive account, and deletes it with its messages after', async () => {
    const email = 'inactive@example.se';
    const agent = await signedIn(email);
    const tenantId = t.seeds.get(SLUG)!.tenantId;
    const account = await t.db.selectFrom('carer_accounts').select('id').where('tenant_id', '=', tenantId).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    const sent = await agent.post(`/${SLUG}/mina-sidor/meddelanden/ny`, { subject: 'Glömt konto', body: 'Ett meddelande som ska bort' });
    expect(sent.status).toBe(303);
    const deps = { db: t.db, dialect: t.dialect, config: t.config, clock: t.clock };
    // 12 months (the default) minus a day: notice, nothing deleted.
    t.clock.advance((365 - NOTICE_DAYS + 1) * 24 * 3600_000);
    const first = await expireInactiveAccounts(deps, t.clock.now());
    expect(first.noticed).toBeGreaterThanOrEqual(1);
    const notice = await t.db.selectFrom('outbox').selectAll().where('dedupe_key', 'like', `carer-account:${account.id}:expiry:%`).executeTakeFirstOrThrow();
    expect(notice.recipient).toBe(email);
    expect(notice.body_text).not.toContain('Ett meddelande som ska bort');
    // The time is up and the notice is old enough: everything goes.
    t.clock.advance((NOTICE_DAYS + 1) * 24 * 3600_000);
    await expireInactiveAccounts(deps, t.clock.now());
    expect(await t.db.selectFrom('carer_accounts').select('id').where('id', '=', account.id).executeTakeFirst()).toBeUndefined();
    expect(await t.db.selectFrom('message_threads').select('id').where('account_id', '=', account.id).executeTakeFirst()).toBeUndefined();
    expect(await t.db.selectFrom('outbox').select('id').where('recipient', '=', email).executeTakeFirst()).toBeUndefined();
  });

  it('deletes a message thread after the retention period of its purpose', async () => {
    const agent = await signedIn('retention@example.se');
    const sent = await agent.post(`/${SLUG}/mina-sidor/meddelanden/ny`, { subject: 'Gammal tråd', body: 'Gammalt meddelande' });
    const threadId = sent.location!.split('/meddelanden/')[1]!.split('?')[0]!;
    t.clock.advance(23 * 31 * 24 * 3600_000);
    await deleteExpiredThreads(t.db, t.clock.now());
    expect(await t.db.selectFrom('message_threads').select('id').where('id', '=', threadId).executeTakeFirst()).toBeDefined();
    t.clock.advance(2 * 31 * 24 * 3600_000);
    await deleteExpiredThreads(t.db, t.clock.now());
    expect(await t.db.selectFrom('message_threads').select('id').where('id', '=', threadId).executeTakeFirst()).toBeUndefined();
    expect(await t.db.selectFrom('thread_messages').select('id').where('thread_id', '=', threadId).executeTakeFirst()).toBeUndefined();
  });
});
