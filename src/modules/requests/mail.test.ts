// The confirmation and the queue notice travel through the transactional outbox to a real SMTP
// server on loopback, exactly once even when delivery runs twice.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/harness.js';
import { deliverDue, smtpSender } from '../../platform/mail/outbox.js';
import { JOBS, runJobOnce } from '../../platform/jobs/scheduler.js';
import { anonymousForm, submitAndFollow } from '../../../test/requests.js';

interface Received {
  to: string[];
  raw: string;
}

describe.each(DIALECTS)('contact request e-mail through SMTP on %s', (dialect) => {
  let t: TestApp;
  let server: SMTPServer;
  const received: Received[] = [];

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as AddressInfo).port;
    t = await buildTestApp(dialect, { slugs: ['hassleholm'], config: { SMTP_URL: `smtp://127.0.0.1:${port}` } });
  });
  afterAll(async () => {
    await t?.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('sends the carer one confirmation and the queue one notice without personal data, never twice', async () => {
    const { status } = await submitAndFollow(t, 'hassleholm', { ...anonymousForm, channel: 'email', phone: '', email: 'anhorig.test@example.se' });
    const reference = status.$('.reference').text();
    const sender = smtpSender(t.config);
    expect(sender).toBeDefined();
    const first = await deliverDue(t.db, sender!, t.clock.now());
    const second = await deliverDue(t.db, sender!, t.clock.now());
    // The platform's own scheduled delivery job finds nothing left to send either.
    await runJobOnce(t.app.deps, JOBS.find((j) => j.name === 'outbox.deliver')!);
    expect(first.sent).toBeGreaterThanOrEqual(2);
    expect(second.sent).toBe(0);

    const toCarer = received.filter((m) => m.to.includes('anhorig.test@example.se'));
    expect(toCarer).toHaveLength(1);
    expect(toCarer[0].raw).toContain(reference);
    expect(toCarer[0].raw).not.toContain('/kontakt/status/');

    const strateg = t.seeds.get('hassleholm')!.data.staff.find((s) => s.key === 'strateg')!.email;
    const notices = received.filter((m) => m.to.includes(strateg));
    expect(notices).toHaveLength(1);
    expect(notices[0].raw).toContain(reference);
    expect(notices[0].raw).not.toContain('Vildros');
    expect(notices[0].raw).not.toContain('anhorig.test@example.se');
    // Every message arrived exactly once.
    const keys = received.map((m) => m.to.join(','));
    expect(new Set(keys).size).toBe(keys.length);
    const rows = await t.db.selectFrom('outbox').select(['status', 'attempts']).execute();
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });
});
