// The render cache for public pages (issue 17): a kept page equals a fresh render, every staff
// change of the content shows on the next request (here and, after revalidation, on another
// instance), each visitor gets their own CSRF token, filters and languages are separate
// entries, signed-in views are never kept, and the cache stays within its bounds.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, type TestApp } from '../../../test/harness.js';
import { createApp } from '../../app.js';
import { REVALIDATE_MS } from '../tenancy/cache.js';
import { PageCache, preferredEncoding, VOLATILE_MS } from './page-cache.js';
import { bookPublic, carer, createEvent } from '../../../test/events.js';

const tokenOf = (body: string) => /<meta name="csrf-token" content="([^"]+)"/.exec(body)?.[1];

describe.each(DIALECTS)('render cache on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
  });
  afterAll(async () => t?.close());
  const tenantId = () => t.seeds.get('hassleholm')!.tenantId;
  const firstOffering = async (citizen: Agent) => {
    const page = await citizen.get('/hassleholm/stod');
    const href = page.$('main a[href^="/hassleholm/stod/"]').first().attr('href')!;
    return { href, id: href.split('/').pop()!, title: page.$(`main a[href="${href}"]`).first().text().trim() };
  };

  it('serves a kept page equal to a fresh render, with no visitor’s token or cookie in it', async () => {
    const a = new Agent(t.app);
    const b = new Agent(t.app);
    // A visitor who has been to a form holds a CSRF cookie and token: none of it reaches a kept page.
    await a.get('/hassleholm/kontakt');
    const aToken = a.csrf;
    expect(aToken).toBeTruthy();
    const first = await a.get('/hassleholm/stod');
    const entries = t.app.pageCache.size.entries;
    expect(entries).toBeGreaterThan(0);
    const again = await a.get('/hassleholm/stod');
    expect(t.app.pageCache.size.entries).toBe(entries); // served from the cache, nothing new kept
    expect(again.body).toBe(first.body);
    const other = await b.get('/hassleholm/stod');
    expect(other.body).toBe(first.body);
    for (const page of [first, again, other]) {
      expect(page.body).not.toContain(aToken);
      expect(tokenOf(page.body)).toBeUndefined();
      expect(page.$('form[method="post"]').length).toBe(0);
      expect(page.headers['set-cookie']).toBeUndefined();
    }
    expect(b.hasCookie('bredvid_csrf')).toBe(false);
    // The visitor's own form still works: its page sets the cookie and the token it accepts.
    await a.get('/hassleholm/kontakt');
    expect(a.csrf).toBe(aToken);
    expect((await a.post('/hassleholm/kontakt', {})).status).not.toBe(403);
    expect((await b.post('/hassleholm/kontakt', {})).status).not.toBe(403);
  });

  it('serves a kept page compressed as asked, with its ETag, and a 304 without a body', async () => {
    const url = '/hassleholm/stod?group=dementia';
    const plain = await t.app.inject({ method: 'GET', url });
    const html = plain.body;
    const etag = String(plain.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);
    for (let i = 0; i < 2; i++) { // the first hit makes the compressed body, the second reuses it
      const br = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, br' } });
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.etag).toBe(etag);
      expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
      expect(brotliDecompressSync(br.rawPayload).toString()).toBe(html);
      const gz = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, br;q=0' } });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.rawPayload).toString()).toBe(html);
      const none = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
      expect(none.headers['content-encoding']).toBeUndefined();
      expect(none.body).toBe(html);
      const revalidated = await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': etag, 'accept-encoding': 'br' } });
      expect(revalidated.statusCode).toBe(304);
      expect(revalidated.rawPayload.length).toBe(0);
      expect(revalidated.headers.etag).toBe(etag);
      expect(revalidated.headers['content-security-policy']).toBeTruthy();
    }
  });

  it('keeps filters and languages apart', async () => {
    const citizen = new Agent(t.app);
    const sv = await citizen.get('/hassleholm/stod?group=dementia');
    const all = await citizen.get('/hassleholm/stod');
    const ar = await citizen.get('/hassleholm/stod?lang=ar');
    const arAgain = await citizen.get('/hassleholm/stod');
    expect(ar.$('html').attr('lang')).toBe('ar');
    expect(arAgain.$('html').attr('lang')).toBe('ar');
    expect(arAgain.$('html').attr('dir')).toBe('rtl');
    const svAgain = await citizen.get('/hassleholm/stod?lang=sv');
    expect(svAgain.$('html').attr('lang')).toBe('sv');
    expect((await citizen.get('/hassleholm/stod')).body).toBe(all.body);
    expect((await citizen.get('/hassleholm/stod?group=dementia')).body).toBe(sv.body);
  });

  it('shows a staff change on the next request: publish, information pages, partners', async () => {
    const citizen = new Agent(t.app);
    const admin = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'admin').email);
    const o = await firstOffering(citizen);
    expect((await citizen.get('/hassleholm/stod')).body).toContain(o.href);
    expect((await admin.post(`/hassleholm/personal/stod/${o.id}/avpublicera`)).status).toBe(303);
    expect((await citizen.get('/hassleholm/stod')).body).not.toContain(o.href);
    expect((await citizen.get(o.href)).status).toBe(404);
    expect((await admin.post(`/hassleholm/personal/stod/${o.id}/publicera`)).status).toBe(303);
    expect((await citizen.get('/hassleholm/stod')).body).toContain(o.href);

    const info = await citizen.get('/hassleholm/information');
    const pageLink = info.$('main a[href^="/hassleholm/information/"]').first().attr('href')!;
    const pageId = (await t.db.selectFrom('info_pages').select('id').where('tenant_id', '=', tenantId())
      .where('slug', '=', pageLink.split('/').pop()!).executeTakeFirstOrThrow()).id;
    expect((await admin.post(`/hassleholm/personal/information/${pageId}/avpublicera`)).status).toBe(303);
    expect((await citizen.get('/hassleholm/information')).body).not.toContain(pageLink);
    expect((await citizen.get('/hassleholm')).body).not.toContain(`href="${pageLink}"`);

    const partners = await citizen.get('/hassleholm/samarbetspartner');
    const partner = await t.db.selectFrom('partners').select(['id', 'name']).where('tenant_id', '=', tenantId())
      .where('council_member', '=', 0).executeTakeFirstOrThrow();
    expect(partners.body).toContain(`<h2>${partner.name}</h2>`);
    const removed = await admin.post(`/hassleholm/personal/samarbetspartner/${partner.id}/ta-bort`, { confirm: 'yes' });
    expect(removed.status).toBe(303);
    expect((await citizen.get('/hassleholm/samarbetspartner')).body).not.toContain(`<h2>${partner.name}</h2>`);
  });

  it('never keeps a signed-in view, and a citizen never sees one', async () => {
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    const name = demoUser(t, 'hassleholm', 'specialist').name;
    expect((await staff.get('/hassleholm/samarbetspartner?kind=association')).body).toContain(name);
    expect((await new Agent(t.app).get('/hassleholm/samarbetspartner?kind=association')).body).not.toContain(name);
    expect((await staff.get('/hassleholm/samarbetspartner?kind=association')).body).toContain(name);
  });

  it('sees a change made through another instance once the stamp is revalidated', async () => {
    const other = await createApp({ db: t.db, dialect, config: t.config, clock: t.clock });
    try {
      const citizen = new Agent(t.app);
      const o = await firstOffering(citizen);
      expect((await citizen.get('/hassleholm/stod')).body).toContain(o.href);
      const admin = await signIn(other, 'hassleholm', demoUser(t, 'hassleholm', 'admin').email);
      expect((await admin.post(`/hassleholm/personal/stod/${o.id}/avpublicera`)).status).toBe(303);
      t.clock.advance(REVALIDATE_MS);
      expect((await citizen.get('/hassleholm/stod')).body).not.toContain(o.href);
      expect((await admin.post(`/hassleholm/personal/stod/${o.id}/publicera`)).status).toBe(303);
    } finally {
      await other.close();
    }
  });

  it('keeps the events list and an event page, shows a booking at once and one made elsewhere within VOLATILE_MS', async () => {
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    const id = await createEvent(staff, 'hassleholm', { capacity: '3', title: 'Gruppen som räknar platser' });
    const citizen = new Agent(t.app);
    const list = '/hassleholm/aktiviteter';
    const page = `/hassleholm/aktiviteter/${id}`;
    for (const url of [list, page]) expect((await citizen.get(url)).body).toContain('3 platser kvar');
    const kept = t.app.pageCache.size.entries;
    for (const url of [list, page]) expect((await citizen.get(url)).body).toContain('3 platser kvar');
    expect(t.app.pageCache.size.entries).toBe(kept); // both served from the cache

    // A booking through this instance shows on the very next request.
    await bookPublic(t, 'hassleholm', id, carer());
    for (const url of [list, page]) expect((await citizen.get(url)).body).toContain('2 platser kvar');

    // A booking no request of this process saw (another instance) shows once VOLATILE_MS has passed.
    await t.db.updateTable('events').set({ places_taken: 0 }).where('id', '=', id).execute();
    expect((await citizen.get(list)).body).toContain('2 platser kvar');
    t.clock.advance(VOLATILE_MS);
    for (const url of [list, page]) expect((await citizen.get(url)).body).toContain('3 platser kvar');
  });
});

describe.each(DIALECTS)('one render per page at a time on %s', (dialect) => {
  let t: TestApp;
  let app: FastifyInstance;
  let eventReads = 0;
  // Counts the reads of the events table: one per render of the events list.
  const counter: KyselyPlugin = {
    transformQuery: (a) => {
      if (a.node.kind === 'SelectQueryNode' && /"name":"events"/.test(JSON.stringify(a.node.from ?? {}))) eventReads++;
      return a.node;
    },
    transformResult: async (a) => a.result,
  };
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
    app = await createApp({ db: t.db.withPlugin(counter), dialect, config: t.config, clock: t.clock });
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('renders the events list once for twenty visitors arriving together, after expiry and after a write', async () => {
    const get = () => app.inject({ method: 'GET', url: '/hassleholm/aktiviteter', headers: { 'x-forwarded-for': '203.0.113.9' } });
    const first = await get();
    expect(first.statusCode).toBe(200);
    const reads = async (n: number) => {
      eventReads = 0;
      const pages = await Promise.all(Array.from({ length: n }, get));
      expect(pages.map((p) => p.statusCode)).toEqual(pages.map(() => 200));
      expect(new Set(pages.map((p) => p.body)).size).toBe(1);
      return eventReads;
    };
    expect(await reads(20)).toBe(0); // kept
    t.clock.advance(VOLATILE_MS);
    const afterExpiry = await reads(20);
    expect(afterExpiry).toBeGreaterThan(0);
    eventReads = 0;
    expect(await reads(1)).toBe(0);
    t.clock.advance(VOLATILE_MS);
    const one = await reads(1); // the reads of one render
    expect(afterExpiry).toBe(one);
    // A write in this process: nobody gets the page from before it, and it is rendered once.
    await app.inject({ method: 'POST', url: '/hassleholm/kontakt', payload: {} });
    expect(await reads(20)).toBe(one);
  });
});

describe('PageCache bounds', () => {
  const entry = (html: string, key = html) => ({ key, body: Buffer.from(html), etag: 'W/"x"', bytes: html.length, stamp: '0.0', tenant: { id: 't' } as never, cacheControl: 'private, no-cache' });

  it('drops the least recently used entry beyond its entry limit', () => {
    const c = new PageCache(2, 1000);
    c.set('a', entry('a'));
    c.set('b', entry('b'));
    c.get('a');
    c.set('c', entry('c'));
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')?.body.toString()).toBe('a');
    expect(c.size).toEqual({ entries: 2, bytes: 2 });
  });

  it('stays within its byte limit and never keeps an entry larger than it', () => {
    const c = new PageCache(100, 10);
    c.set('a', entry('aaaa'));
    c.set('b', entry('bbbb'));
    c.set('c', entry('cccc'));
    expect(c.size).toEqual({ entries: 2, bytes: 8 });
    expect(c.get('a')).toBeUndefined();
    c.set('big', entry('x'.repeat(11), 'big'));
    expect(c.get('big')).toBeUndefined();
    c.set('b', entry('bb', 'b'));
    expect(c.size).toEqual({ entries: 2, bytes: 6 });
    // A compressed body made later counts too, and pushes the oldest entry out.
    c.grow(c.get('b')!, 5);
    expect(c.size).toEqual({ entries: 1, bytes: 7 });
  });

  it('picks the encoding the browser accepts, brotli first', () => {
    expect(preferredEncoding(undefined)).toBeUndefined();
    expect(preferredEncoding('gzip, deflate, br')).toBe('br');
    expect(preferredEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('*, br;q=0')).toBe('gzip');
    expect(preferredEncoding('identity')).toBeUndefined();
    expect(preferredEncoding('deflate')).toBeUndefined();
  });
});
