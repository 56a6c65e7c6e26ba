// SPEC §5.3: the logs of /kontakt carry neither the sender's address, browser or cookies nor
// anything they typed. The app runs in a child process with real logging; we read all of it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PROBE = { address: '203.0.113.77', agent: 'ProbeAgent', alias: 'Zelmira', phone: '998 87 76', email: 'zelmira.probe' };

describe('logs of an anonymous contact request', () => {
  it('hold method, route, status and time — no address, user agent, cookie, token, alias, phone or e-mail', () => {
    const probe = fileURLToPath(new URL('./log-probe.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', probe], { encoding: 'utf8', timeout: 60_000, cwd: fileURLToPath(new URL('../../../', import.meta.url)) });
    const all = `${run.stdout}\n${run.stderr}`;
    const resultLine = all.split('\n').find((l) => l.startsWith('PROBE-RESULT '));
    expect(resultLine, all.slice(-2000)).toBeDefined();
    const result = JSON.parse(resultLine!.slice('PROBE-RESULT '.length)) as { statuses: number[]; token: string; cookies: string[] };
    expect(result.statuses).toEqual([200, 400, 303, 200, 303]);
    const logs = all.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('PROBE-RESULT'));
    const requestLines = logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request');
    // The requests were logged: the test would prove nothing if logging were off.
    expect(requestLines.map((l) => l.route)).toEqual(['/:tenant/kontakt', '/:tenant/kontakt', '/:tenant/kontakt', '/:tenant/kontakt/status/:token', '/:tenant/kontakt/status/:token/aterkalla']);
    const text = logs.join('\n');
    for (const needle of [PROBE.address, PROBE.agent, PROBE.alias, PROBE.phone, PROBE.email, result.token, ...result.cookies]) {
      expect({ needle, found: text.includes(needle) }).toEqual({ needle, found: false });
    }
  });
});
