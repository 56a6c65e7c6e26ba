// Boot: config → database → migrate → demo seed when empty → listen. Stops gracefully.
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { systemClock } from './platform/db/clock.js';
import { createApp } from './app.js';
import { startJobs } from './platform/jobs/scheduler.js';
import './platform/jobs/jobs.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
  const database = openDatabase(config.DATABASE_URL, { synchronous: config.SQLITE_SYNCHRONOUS, backgroundCheckpoints: true, readers: config.SQLITE_READERS ?? true });
  await migrateToLatest(database);
  // The demo data (several thousand lines) is loaded only when it is wanted.
  if (config.DEMO_SEED) await (await import('./demo/seed.js')).seedDemo(database.db, systemClock.now());
  const app = await createApp({ db: database.db, reads: database.reads, dialect: database.dialect, config, clock: systemClock });
  const jobs = config.JOBS_ENABLED ? startJobs(app.deps, app.log) : undefined;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    jobs?.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ host: config.HOST, port: config.PORT });
  // Ready: the launcher of the built app (scripts/launch.mjs) may now write its code cache.
  (process as NodeJS.EventEmitter).emit('bredvid:ready');
}

main().catch((err) => {
  process.stderr.write(`Bredvid failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
