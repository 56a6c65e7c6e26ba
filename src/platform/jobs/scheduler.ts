// In-process scheduled jobs. A DB lease (job_locks) makes sure that with several app
// instances one job runs on one instance at a time.
import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from '../http/deps.js';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

export interface Job {
  name: string;
  everyMs: number;
  run(deps: AppDeps, now: Date): Promise<void>;
}

/** Modules register their jobs here (outbox delivery, reminders, retention, …). */
export const JOBS: Job[] = [];

const me = `${hostname()}:${process.pid}`;

/** Take the lease for a job; false when another instance holds it. */
export async function acquireLease(db: Kysely<DB>, name: string, now: Date, ms: number): Promise<boolean> {
  const until = new Date(now.getTime() + ms).toISOString();
  const nowIso = now.toISOString();
  await db.insertInto('job_locks').values({ name, locked_until: '1970-01-01T00:00:00.000Z', locked_by: '', last_run_at: null })
    .onConflict((oc) => oc.column('name').doNothing()).execute();
  const res = await db.updateTable('job_locks').set({ locked_until: until, locked_by: me, last_run_at: nowIso })
    .where('name', '=', name).where('locked_until', '<', nowIso).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function runJobOnce(deps: AppDeps, job: Job): Promise<boolean> {
  const now = deps.clock.now();
  if (!(await acquireLease(deps.db, job.name, now, Math.max(job.everyMs - 1000, 5000)))) return false;
  await job.run(deps, now);
  return true;
}

export function startJobs(deps: AppDeps, log: FastifyBaseLogger): { stop(): void } {
  const timers = JOBS.map((job) => setInterval(() => {
    runJobOnce(deps, job).catch((err: unknown) => log.error({ job: job.name, err: err instanceof Error ? err.message : String(err) }, 'job failed'));
  }, job.everyMs));
  return { stop: () => timers.forEach(clearInterval) };
}
