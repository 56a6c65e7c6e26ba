// Child processes for the benchmark: the bare Fastify baseline and the app itself, each on
// loopback, each timed from spawn until it answers.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface Running {
  base: string;
  /** Milliseconds from spawn until the first successful answer. */
  readyMs: number;
  stop(): Promise<void>;
}

// Whatever happens to the benchmark, the processes it started end with it.
const children = new Set<ChildProcess>();
process.on('exit', () => { for (const c of children) c.kill('SIGKILL'); });

function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () => new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 3000).unref();
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

// Generous: on a shared 2-core machine under load a start can take tens of seconds.
async function waitFor(url: string, child: ChildProcess, t0: number, limitMs = 120_000): Promise<number> {
  while (performance.now() - t0 < limitMs) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return performance.now() - t0;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 10));
  }
  child.kill('SIGKILL');
  throw new Error(`${url} not ready after ${limitMs} ms`);
}

export async function startBaseline(): Promise<Running> {
  const t0 = performance.now();
  const child = track(spawn(process.execPath, [fileURLToPath(new URL('./baseline.mjs', import.meta.url))], { stdio: ['ignore', 'pipe', 'inherit'] }));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (d: Buffer) => resolve(Number(String(d).trim())));
    child.once('exit', (code) => reject(new Error(`baseline exited with ${code}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  const readyMs = await waitFor(`${base}/`, child, t0);
  return { base, readyMs, stop: stopper(child) };
}

export interface AppCommand { cmd: string; args: string[]; label: string }

export const TSX_COMMAND: AppCommand = { cmd: process.execPath, args: ['--import', 'tsx', `${root}src/main.ts`], label: 'tsx src/main.ts' };

/** The bundled app as `npm start` runs it (dist/bundle/main.js: the launcher that loads app.cjs
 *  with V8's code cache) when built, otherwise the TypeScript sources through tsx. */
export function appCommand(): AppCommand {
  const compiled = `${root}dist/bundle/main.js`;
  if (process.env.BENCH_APP !== 'tsx' && existsSync(compiled)) return { cmd: process.execPath, args: [compiled], label: 'node dist/bundle/main.js' };
  return TSX_COMMAND;
}

/** The app as in production (NODE_ENV=production, log level info, logs discarded) on an
 *  existing, already migrated and seeded database. */
export async function startApp(databaseUrl: string, command = appCommand()): Promise<Running> {
  const port = await freePort();
  const { cmd, args } = command;
  const t0 = performance.now();
  const child = track(spawn(cmd, args, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), DATABASE_URL: databaseUrl,
      SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-0123', PUBLIC_BASE_URL: 'https://bench.example.se',
      LOG_LEVEL: 'info', DEMO_SEED: 'false', JOBS_ENABLED: 'false',
      // The booking measure makes thousands of bookings from one address in seconds: the public
      // write limits (tested in abuse-limits and limiter tests) would refuse all but the first
      // few. Raised, their checks still run on every booking, so their cost is measured.
      PUBLIC_WRITE_LIMIT_FACTOR: '100000',
    },
  }));
  const base = `http://127.0.0.1:${port}`;
  const readyMs = await waitFor(`${base}/readyz`, child, t0);
  return { base, readyMs, stop: stopper(child) };
}
