// Every setting is validated at start, and every problem is listed at once (issue 2, §9).
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { ConfigError, loadConfig } from '../src/config.js';
import { openDatabase } from '../src/platform/db/database.js';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

const SECRET = 'a-production-secret-that-is-long-enough-1234';

describe('configuration', () => {
  it('has working development defaults', () => {
    const c = loadConfig({});
    expect([c.PORT, c.DATABASE_URL, c.isProduction, c.JOBS_ENABLED]).toEqual([3000, 'sqlite:./data/bredvid.sqlite', false, true]);
    expect(c.sessionSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('reads SQLITE_READERS as a count of worker threads (unset: one per core)', () => {
    expect(loadConfig({}).SQLITE_READERS).toBeUndefined();
    expect(loadConfig({ SQLITE_READERS: '0' }).SQLITE_READERS).toBe(0);
    expect(loadConfig({ SQLITE_READERS: '3' }).SQLITE_READERS).toBe(3);
    expect(problemsOf({ SQLITE_READERS: 'två' }).map((p) => p.split(':')[0])).toEqual(['SQLITE_READERS']);
    expect(problemsOf({ SQLITE_READERS: '-1' }).map((p) => p.split(':')[0])).toEqual(['SQLITE_READERS']);
  });

  it('lists every bad setting at once, by name', () => {
    const problems = problemsOf({
      PORT: 'åttio', DATABASE_URL: 'mysql://db/bredvid', LOG_LEVEL: 'chatty', SESSION_SECRET: 'kort', PUBLIC_BASE_URL: 'inte en adress',
      DEMO_SEED: 'kanske', JOBS_ENABLED: 'ja', SMS_PROVIDER_URL: 'sms', NODE_ENV: 'staging',
    });
    const named = problems.map((p) => p.split(':')[0]).sort();
    expect(named).toEqual(['DATABASE_URL', 'DEMO_SEED', 'JOBS_ENABLED', 'LOG_LEVEL', 'NODE_ENV', 'PORT', 'PUBLIC_BASE_URL', 'SESSION_SECRET', 'SMS_PROVIDER_URL']);
    expect(problems.find((p) => p.startsWith('DATABASE_URL'))).toContain('sqlite: or postgres://');
    expect(problems.find((p) => p.startsWith('SESSION_SECRET'))).toContain('32');
  });

  it('refuses production without SESSION_SECRET or https, also together with other problems', () => {
    expect(problemsOf({ NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://anhorig.example.se' })).toEqual(['SESSION_SECRET: required in production (at least 32 characters)']);
    const all = problemsOf({ NODE_ENV: 'production', PORT: '-1' });
    expect(all).toEqual(expect.arrayContaining([
      expect.stringMatching(/^PORT:/), expect.stringMatching(/^SESSION_SECRET: required in production/), expect.stringMatching(/^PUBLIC_BASE_URL: must be https/),
    ]));
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/Invalid configuration:\n {2}- SESSION_SECRET/);
  });

  it('accepts a complete production configuration', () => {
    const c = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET, PUBLIC_BASE_URL: 'https://anhorig.example.se', DATABASE_URL: 'postgres://app@db:5432/bredvid', PORT: '8080', TRUST_PROXY: 'true' });
    expect([c.isProduction, c.sessionSecret, c.PORT, c.TRUST_PROXY]).toEqual([true, SECRET, 8080, true]);
  });

  it('opens SQLite with synchronous=NORMAL by default and FULL when SQLITE_SYNCHRONOUS=FULL', async () => {
    expect(loadConfig({}).SQLITE_SYNCHRONOUS).toBe('NORMAL');
    expect(problemsOf({ SQLITE_SYNCHRONOUS: 'OFF' })).toEqual([expect.stringContaining('SQLITE_SYNCHRONOUS')]);
    for (const [setting, level] of [['NORMAL', 1], ['FULL', 2]] as const) {
      const c = loadConfig({ SQLITE_SYNCHRONOUS: setting });
      const database = openDatabase('sqlite::memory:', { synchronous: c.SQLITE_SYNCHRONOUS });
      const { rows } = await sql<{ synchronous: number }>`pragma synchronous`.execute(database.db);
      expect(rows[0].synchronous).toBe(level);
      await database.close();
    }
  });
});
