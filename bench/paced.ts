// An open-loop load at a fixed rate from many clients (issue 19's "100 posts per second from
// 50 clients"), as people post: each of the clients has one kept-alive connection of its own,
// opened before the clock starts, and posts arrive at random moments (a Poisson process of the
// given rate, seeded, so every run sends the same pattern), each from a client picked at random.
// A post whose client is still waiting for its previous answer waits its turn on that client's
// connection, and its latency counts from the moment it was due, not from when it could be sent
// (no coordinated omission: a slow app cannot make the load lighter).
// autocannon's overallRate is not used for this: each of its connections sends its share of a
// second at the start of that second, and all connections open at the same moment, so the app
// meets one burst of every post of a second at once; bench/run.ts prints that reading too.
import { Agent, request } from 'node:http';
import { rng } from '../src/modules/reports/generate-model.js';

export interface PacedClient { cookie: string; body: string }
export interface PacedRun { sent: number; ok: number; failed: number; p50: number; p99: number; max: number; seconds: number }

interface Connection { agent: Agent; client: PacedClient; queue: (() => Promise<void>)[]; busy: boolean }

function send(base: URL, path: string, c: Connection, method: 'GET' | 'POST'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: base.hostname, port: base.port, path, method, agent: c.agent,
      headers: {
        cookie: c.client.cookie, 'accept-encoding': 'br, gzip',
        ...(method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(c.client.body) } : {}),
      },
    }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.setTimeout(10_000, () => req.destroy(new Error('timeout after 10 s')));
    req.on('error', reject);
    if (method === 'POST') req.write(c.client.body);
    req.end();
  });
}

/**
 * Posts `rate` times a second for `seconds` to `path` from the clients (one connection each);
 * a post succeeds when the app answers `okStatus`. `warmPath` is fetched once per client first,
 * to open its connection. Returns latencies from each post's due time to its answer.
 */
export async function pacedLoad(base: string, path: string, warmPath: string, clients: PacedClient[], rate: number, seconds: number, okStatus = 303, seed = 19): Promise<PacedRun> {
  const url = new URL(base);
  const conns: Connection[] = clients.map((client) => ({ agent: new Agent({ keepAlive: true, maxSockets: 1 }), client, queue: [], busy: false }));
  try {
    await Promise.all(conns.map((c) => send(url, warmPath, c, 'GET')));
    const next = rng(seed);
    const due: number[] = [];
    for (let t = 0; ; ) {
      t += -Math.log(1 - next()) / rate * 1000;
      if (t >= seconds * 1000) break;
      due.push(t);
    }
    const latencies: number[] = [];
    let ok = 0;
    let failed = 0;
    const pump = async (c: Connection): Promise<void> => {
      if (c.busy) return;
      c.busy = true;
      while (c.queue.length > 0) await c.queue.shift()!();
      c.busy = false;
    };
    const start = performance.now();
    const all: Promise<void>[] = [];
    for (const at of due) {
      const c = conns[Math.floor(next() * conns.length)]!;
      all.push(new Promise<void>((done) => {
        setTimeout(() => {
          c.queue.push(async () => {
            try {
              const status = await send(url, path, c, 'POST');
              if (status === okStatus) ok++;
              else failed++;
            } catch {
              failed++;
            }
            latencies.push(performance.now() - (start + at));
            done();
          });
          void pump(c);
        }, Math.max(0, start + at - performance.now()));
      }));
    }
    await Promise.all(all);
    latencies.sort((a, b) => a - b);
    const q = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0);
    return { sent: due.length, ok, failed, p50: q(0.5), p99: q(0.99), max: Math.round(latencies.at(-1) ?? 0), seconds: (performance.now() - start) / 1000 };
  } finally {
    for (const c of conns) c.agent.destroy();
  }
}
