// Compression, cache headers per kind of page, ETag/304, fingerprinted assets, favicon, meta
// description, and the tenant cache's invalidation when an administrator changes settings.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, type TestApp } from '../../../test/harness.js';
import { REVALIDATE_MS } from '../tenancy/cache.js';

describe.each(DIALECTS)('caching and compression on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
  });
  afterAll(async () => t?.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  it('compresses pages with brotli or gzip as the browser asks, and not at all otherwise', async () => {
    const plain = await get('/hassleholm/stod');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await get('/hassleholm/stod', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
    const html = brotliDecompressSync(br.rawPayload).toString();
    expect(br.rawPayload.length).toBeLessThan(html.length / 2);
    expect(html).toContain('<h1');
    const gz = await get('/hassleholm/stod', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toContain('<h1');
  });

  it('lets the browser keep public pages but revalidate them (ETag, 304)', async () => {
    const citizen = new Agent(t.app);
    for (const url of ['/hassleholm', '/hassleholm/stod', '/hassleholm/information', '/hassleholm/aktiviteter', '/hassleholm/samarbetspartner']) {
      const page = await citizen.get(url);
      expect(page.status, url).toBe(200);
      expect(page.headers['cache-control'], url).toBe('private, no-cache');
      const etag = String(page.headers.etag);
      expect(etag).toMatch(/^W\/".+"$/);
      const again = await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': etag, cookie: `bredvid_csrf=${citizen.cookie('bredvid_csrf')}` } });
      expect(again.statusCode, url).toBe(304);
      expect(again.body).toBe('');
    }
  });

  it('keeps no-store on forms, private links and every staff page', async () => {
    expect((await get('/hassleholm/kontakt')).headers['cache-control']).toBe('no-store');
    expect((await get('/hassleholm/bokning/not-a-real-token')).headers['cache-control']).toBe('no-store');
    expect((await get('/hassleholm/personal/logga-in')).headers['cache-control']).toBe('no-store');
    const staff = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    const inbox = await staff.get('/hassleholm/personal/forfragningar');
    expect(inbox.headers['cache-control']).toBe('no-store');
    expect(inbox.headers.etag).toBeUndefined();
    // A public page seen by someone signed in carries their name: not kept either.
    expect((await staff.get('/hassleholm/stod')).headers['cache-control']).toBe('no-store');
  });

  it('sends no cookie with a response a shared cache may keep', async () => {
    const feed = await get('/hassleholm/aktiviteter.ics', { 'accept-encoding': 'br' });
    expect(feed.statusCode).toBe(200);
    expect(String(feed.headers['cache-control'])).toMatch(/^public/);
    expect(feed.headers['set-cookie']).toBeUndefined();
    expect(feed.headers['content-encoding']).toBe('br');
    const css = await get(load((await get('/hassleholm')).body)('link[rel="stylesheet"]').attr('href')!);
    expect(css.headers['set-cookie']).toBeUndefined();
  });

  it('links fingerprinted static files, cached for a year as immutable, precompressed', async () => {
    const $ = load((await get('/hassleholm')).body);
    const href = $('link[rel="stylesheet"]').attr('href')!;
    expect(href).toMatch(/^\/static\/app\.[0-9a-f]{10}\.css$/);
    const css = await get(href, { 'accept-encoding': 'br' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(css.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(css.rawPayload).toString()).toContain('{');
    const plain = await get('/static/app.css');
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['cache-control']).not.toMatch(/immutable/);
  });

  it('has a favicon and a meta description on every page', async () => {
    for (const url of ['/hassleholm', '/hassleholm/stod', '/hassleholm/personal/logga-in']) {
      const $ = load((await get(url)).body);
      const icon = $('link[rel="icon"]').attr('href')!;
      expect(icon, url).toMatch(/^\/static\/favicon\.[0-9a-f]{10}\.svg$/);
      expect((await get(icon)).headers['content-type']).toBe('image/svg+xml');
      const description = $('meta[name="description"]').attr('content') ?? '';
      expect(description, url).toContain('Hässleholm');
      expect(description.length).toBeGreaterThan(40);
    }
    const ico = await get('/favicon.ico');
    expect(ico.statusCode).toBe(200);
    expect(ico.body).toContain('<svg');
  });
});

describe.each(DIALECTS)('tenant cache on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
  });
  afterAll(async () => t?.close());
  const tenantId = () => t.seeds.get('hassleholm')!.tenantId;

  it('shows an administrator’s change of a setting on the next request', async () => {
    const citizen = new Agent(t.app);
    expect((await citizen.get('/hassleholm')).status).toBe(200);
    const admin = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'admin').email);
    const form = await admin.get('/hassleholm/personal/admin/installningar');
    const fields: Record<string, string> = {};
    form.$('form[action$="/installningar"] :input[name]').each((_, el) => {
      const e = form.$(el);
      const name = e.attr('name')!;
      const type = e.attr('type');
      if (name === '_csrf' || ((type === 'radio' || type === 'checkbox') && e.attr('checked') === undefined)) return;
      fields[name] = e.is('select') ? (e.find('option[selected]').attr('value') ?? '') : e.is('textarea') ? e.text() : (e.attr('value') ?? '');
    });
    const saved = await admin.post('/hassleholm/personal/admin/installningar', { ...fields, intro_sv: 'Välkommen, nu med ny text' });
    expect(saved.status).toBe(303);
    expect((await citizen.get('/hassleholm')).body).toContain('Välkommen, nu med ny text');
  });

  it('sees a change written by another instance once the entry is revalidated', async () => {
    const citizen = new Agent(t.app);
    await citizen.get('/hassleholm');
    await t.db.updateTable('tenants').set({ name: 'Hässleholms kommun (ändrad)' }).where('id', '=', tenantId()).execute();
    expect((await citizen.get('/hassleholm')).body).not.toContain('(ändrad)'); // still the cached entry
    t.clock.advance(REVALIDATE_MS);
    expect((await citizen.get('/hassleholm')).body).toContain('(ändrad)');
    await t.db.updateTable('tenants').set({ active: 0 }).where('id', '=', tenantId()).execute();
    t.clock.advance(REVALIDATE_MS);
    expect((await citizen.get('/hassleholm')).status).toBe(404);
  });
});
