// The HTTP SMS provider against a local fake of its API on 127.0.0.1: bearer token, JSON body,
// retries on 5xx with the same idempotency key, no retry on 4xx, and — through the outbox —
// never a second send after success.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/harness.js';
import { channelSender, deliverDue, enqueue } from './outbox.js';
import { HttpSmsProvider, smsSender } from './sms.js';

interface Received {
  auth: string | undefined;
  key: string | undefined;
  type: string | undefined;
  body: { to: string; message: string; reference: string };
}

describe('SMS through the HTTP provider', () => {
  let server: Server;
  let url: string;
  let received: Received[] = [];
  let answers: number[] = [];
  let db: TestDb;

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        received.push({ auth: req.headers.authorization, key: req.headers['idempotency-key'] as string, type: req.headers['content-type'], body: JSON.parse(raw) });
        const status = answers.shift() ?? 200;
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(status < 300 ? { id: `msg-${received.length}` } : { error: 'busy' }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/sms`;
    db = await createTestDb('sqlite');
  });
  afterEach(() => {
    received = [];
    answers = [];
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await db?.drop();
  });

  const config = () => ({ SMS_PROVIDER_URL: url, SMS_PROVIDER_TOKEN: 'test-token-123' });

  it('posts JSON with the bearer token and retries 5xx with the same idempotency key', async () => {
    answers = [503, 502, 200];
    const provider = new HttpSmsProvider(url, 'test-token-123', { backoffMs: 5 });
    await provider.send({ to: '+46701234567', text: 'Hej', reference: 'ref-1' });
    expect(received).toHaveLength(3);
    for (const r of received) {
      expect(r.auth).toBe('Bearer test-token-123');
      expect(r.type).toBe('application/json');
      expect(r.key).toBe('ref-1');
      expect(r.body).toEqual({ to: '+46701234567', message: 'Hej', reference: 'ref-1' });
    }
  });

  it('does not retry a 4xx, and its error names neither number nor text', async () => {
    answers = [400];
    const provider = new HttpSmsProvider(url, 'test-token-123', { backoffMs: 5 });
    const err = await provider.send({ to: '+46701234567', text: 'Hemligt', reference: 'ref-2' }).catch((e: Error) => e);
    expect(received).toHaveLength(1);
    expect((err as Error).message).toBe('SMS provider answered 400');
  });

  it('gives up after its attempts on a provider that stays down', async () => {
    answers = [500, 500, 500, 500];
    const provider = new HttpSmsProvider(url, 'test-token-123', { backoffMs: 5, attempts: 3 });
    await expect(provider.send({ to: '+46701234567', text: 'x', reference: 'ref-3' })).rejects.toThrow('SMS provider answered 500');
    expect(received).toHaveLength(3);
    const down = new HttpSmsProvider('http://127.0.0.1:9/nowhere', 't', { backoffMs: 5, attempts: 2, timeoutMs: 500 });
    await expect(down.send({ to: '+46701234567', text: 'x', reference: 'ref-4' })).rejects.toThrow('unreachable');
  });

  it('delivers outbox SMS once: retried within the run, never resent after success; e-mail waits without a sender', async () => {
    const now = new Date('2026-11-25T09:00:00.000Z');
    await enqueue(db.db, { tenantId: null, channel: 'sms', to: '070-123 45 67', subject: 'Påminnelse', text: 'Välkommen i morgon', dedupeKey: 'sms-test-1' }, now);
    await enqueue(db.db, { tenantId: null, channel: 'sms', to: '070-123 45 67', subject: 'Påminnelse', text: 'Välkommen i morgon', dedupeKey: 'sms-test-1' }, now);
    await enqueue(db.db, { tenantId: null, channel: 'email', to: 'a@exempel.se', subject: 'E-post', text: 'x', dedupeKey: 'mail-test-1' }, now);
    answers = [503, 200];
    const { sender, channels } = channelSender({ email: undefined, sms: smsSender(config(), { backoffMs: 5 }) });
    expect(channels).toEqual(['sms']);
    expect(await deliverDue(db.db, sender, now, 20, channels)).toEqual({ sent: 1, failed: 0 });
    expect(received).toHaveLength(2);
    const row = await db.db.selectFrom('outbox').selectAll().where('dedupe_key', '=', 'sms-test-1').executeTakeFirstOrThrow();
    expect(row.status).toBe('sent');
    expect(received[1].body).toEqual({ to: '+46701234567', message: 'Välkommen i morgon', reference: row.id });
    // Later runs find nothing to send: no second SMS.
    expect(await deliverDue(db.db, sender, new Date(now.getTime() + 3600_000), 20, channels)).toEqual({ sent: 0, failed: 0 });
    expect(received).toHaveLength(2);
    const mail = await db.db.selectFrom('outbox').select(['status', 'attempts']).where('dedupe_key', '=', 'mail-test-1').executeTakeFirstOrThrow();
    expect(mail).toEqual({ status: 'pending', attempts: 0 });
  });

  it('leaves a failed SMS pending with the error for the next run', async () => {
    const now = new Date('2026-11-25T10:00:00.000Z');
    await enqueue(db.db, { tenantId: null, channel: 'sms', to: '+46709999999', subject: 'S', text: 'T', dedupeKey: 'sms-test-2' }, now);
    answers = [500, 500, 500];
    const { sender, channels } = channelSender({ sms: smsSender(config(), { backoffMs: 5 }) });
    expect(await deliverDue(db.db, sender, now, 20, channels)).toEqual({ sent: 0, failed: 1 });
    const row = await db.db.selectFrom('outbox').selectAll().where('dedupe_key', '=', 'sms-test-2').executeTakeFirstOrThrow();
    expect([row.status, row.attempts, row.last_error]).toEqual(['pending', 1, 'SMS provider answered 500']);
    expect(row.next_attempt_at > now.toISOString()).toBe(true);
    expect(smsSender({ SMS_PROVIDER_URL: undefined, SMS_PROVIDER_TOKEN: undefined })).toBeUndefined();
  });
});
