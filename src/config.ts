// Every setting is parsed once, here. Development has defaults; production requires the
// secrets. All problems are listed at once so an operator fixes them in one go.
import { hkdfSync } from 'node:crypto';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.string().min(1).default('sqlite:./data/bredvid.sqlite')
    .refine((v) => /^(sqlite:|postgres(ql)?:\/\/)/.test(v), 'must start with sqlite: or postgres://'),
  SESSION_SECRET: z.string().min(32, 'måste vara minst 32 tecken').optional(),
  /** 32 bytes as 64 hex characters: encrypts stored secrets (TOTP seeds, OIDC client secrets). */
  SECRETS_KEY: z.string().regex(/^[0-9a-fA-F]{64}$/, 'måste vara 64 hexadecimala tecken (32 byte)').optional(),
  PUBLIC_BASE_URL: z.string().url().default('http://localhost:3000'),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Bredvid <no-reply@bredvid.example.se>'),
  /** SQLite only: FULL also survives a power loss with the last commits intact (see docs/operations.md). */
  SQLITE_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  /** SQLite only: worker threads for the yearly report's and the overview's reads (db/sqlite-readers.ts); unset: one per core, at most four; 0: none. */
  SQLITE_READERS: z.coerce.number().int().min(0).max(16).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO_SEED: bool.default(true),
  TRUST_PROXY: bool.default(false),
  /** Multiplies every public-write limit (abuse-limits.ts): a large municipality, or a load test. */
  PUBLIC_WRITE_LIMIT_FACTOR: z.coerce.number().int().min(1).max(100_000).default(1),
  JOBS_ENABLED: bool.default(true),
  SMS_PROVIDER_URL: z.string().url().optional(),
  SMS_PROVIDER_TOKEN: z.string().optional(),
});

export type Config = z.infer<typeof schema> & { sessionSecret: string; secretsKey: Buffer; isProduction: boolean };

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const DEV_SECRET = 'development-only-secret-not-for-production-use!';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')) as Record<string, string | undefined>;
  const parsed = schema.safeParse(raw);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
  }
  const data = parsed.success ? parsed.data : undefined;
  // The production rules are checked on the raw values too, so they are listed together with
  // any other problem instead of after it is fixed.
  const isProduction = raw.NODE_ENV === 'production';
  if (isProduction) {
    if (!raw.SESSION_SECRET) problems.push('SESSION_SECRET: required in production (at least 32 characters)');
    if (!(raw.PUBLIC_BASE_URL ?? 'http://localhost:3000').startsWith('https://')) problems.push('PUBLIC_BASE_URL: must be https:// in production');
  }
  if (problems.length > 0 || !data) throw new ConfigError(problems);
  const sessionSecret = data.SESSION_SECRET ?? DEV_SECRET;
  return { ...data, sessionSecret, secretsKey: secretsKeyOf(data.SECRETS_KEY, sessionSecret), isProduction };
}

/**
 * The key that encrypts stored secrets. Without SECRETS_KEY it is derived from the session
 * secret (HKDF, own label), so a new install works at once; setting it separately lets an
 * operator rotate the session secret without making stored secrets unreadable.
 */
function secretsKeyOf(hex: string | undefined, sessionSecret: string): Buffer {
  if (hex) return Buffer.from(hex, 'hex');
  return Buffer.from(hkdfSync('sha256', sessionSecret, 'bredvid', 'bredvid stored secrets v1', 32));
}

/** Config for tests and tools: defaults plus overrides, no environment. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test', DEMO_SEED: 'false', JOBS_ENABLED: 'false', LOG_LEVEL: 'silent' }), ...overrides };
}
