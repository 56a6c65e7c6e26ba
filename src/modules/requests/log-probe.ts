// Run by logs.test.ts in a child process: the real app with real logging (pino to stdout), an
// anonymous request sent, followed and withdrawn from a distinctive address and browser. The
// parent reads everything the process printed and searches it for what must never be logged.
import { openDatabase } from '../../platform/db/database.js';
import { migrateToLatest } from '../../platform/db/migrate.js';
import { TestClock } from '../../platform/db/clock.js';
import { seedForTest } from '../../demo/seed.js';
import { createApp } from '../../app.js';
import { testConfig } from '../../config.js';

export const PROBE = { address: '203.0.113.77', agent: 'ProbeAgent/9.9 (Bredvid-loggtest)', alias: 'Zelmira', phone: '070-998 87 76', email: 'zelmira.probe@example.se' };

const database = openDatabase('sqlite::memory:');
await migrateToLatest(database);
const clock = new TestClock();
await seedForTest(database.db, clock.now(), ['herrljunga']);
const app = await createApp({ db: database.db, dialect: 'sqlite', config: testConfig({ LOG_LEVEL: 'info' }), clock });
await app.ready();

const cookies = new Map<string, string>();
const send = async (method: 'GET' | 'POST', url: string, form?: Record<string, string>) => {
  const res = await app.inject({
    method, url, remoteAddress: PROBE.address,
    headers: {
      'user-agent': PROBE.agent, 'x-forwarded-for': PROBE.address, cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    payload: form ? new URLSearchParams(form).toString() : undefined,
  });
  for (const c of res.cookies as { name: string; value: string }[]) cookies.set(c.name, c.value);
  return res;
};

const form = await send('GET', '/herrljunga/kontakt');
const csrf = /name="csrf-token" content="([^"]+)"/.exec(form.body)![1];
const started = /name="started" value="([^"]+)"/.exec(form.body)![1];
clock.advance(5000);
const fields = {
  _csrf: csrf, started, mode: 'anonymous', name: PROBE.alias, channel: 'email', phone: PROBE.phone, email: PROBE.email, topic: 'talk',
  targetGroup: 'older', ageBand: '45_64', language: 'sv', time: 'any', consent: 'on', message: `Ring ${PROBE.phone}`,
};
const bad = await send('POST', '/herrljunga/kontakt', { ...fields, channel: 'fax' });
const sent = await send('POST', '/herrljunga/kontakt', fields);
const location = String(sent.headers.location);
const token = location.split('/status/')[1].split('?')[0];
const status = await send('GET', location);
const withdrawn = await send('POST', `/herrljunga/kontakt/status/${token}/aterkalla`, { _csrf: csrf, confirm: 'yes' });
await app.close();
await database.close();
// The last line tells the parent what happened and which generated secrets to search for.
process.stderr.write(`\nPROBE-RESULT ${JSON.stringify({ statuses: [form.statusCode, bad.statusCode, sent.statusCode, status.statusCode, withdrawn.statusCode], token, cookies: [...cookies.values()] })}\n`);
