// Limits on the public writes (issue 13): one address, and one municipality as a whole, may
// make only so many accepted submissions of a form in a window; a booking also has a ceiling
// per event and address. Kept in the database (the sign-in throttle's table, keys as HMACs
// under the app secret, pruned by its hourly job) so several instances share them. Only
// accepted submissions are recorded: a form with mistakes costs the person nothing.
// A write reserves its place under a lock before it is made (guardPublicWrite), so parallel
// writes, on one instance or several, never pass the limit.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { newId } from '../db/helpers.js';
import { KEEP_MS, keyedHash, lockKeys, WINDOW_MS } from '../auth/rate-limit.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ContentLocale } from '../domain/vocab.js';
import { translator } from '../i18n/i18n.js';
import { tenantOf } from './context.js';
import type { AppDeps } from './deps.js';

export interface WriteLimits {
  perAddress: number;
  perMunicipality: number;
  /** Per address and per `item` (an event), when the write names one. */
  perItemAndAddress?: number;
  /** The window the counts are taken over; 15 minutes unless set, at most a day (rows are pruned after a day). */
  windowMs?: number;
}

export interface PublicWrite {
  form: string;
  tenantId: string;
  address: string;
  item?: string;
}

/** Which kind of limit a key stands for. */
export type LimitHit = 'address' | 'municipality' | 'item';

/** The stored keys of a write (HMACs under the app secret): per address, municipality and item. */
export function keysOf(secret: string, w: PublicWrite, limits: WriteLimits): { hit: LimitHit; key: string; max: number }[] {
  const base = `public-write:${w.form}:${w.tenantId}`;
  const keys: { hit: LimitHit; key: string; max: number }[] = [
    { hit: 'address', key: keyedHash(secret, `${base}:address:${w.address}`), max: limits.perAddress },
    { hit: 'municipality', key: keyedHash(secret, `${base}:all`), max: limits.perMunicipality },
  ];
  if (w.item && limits.perItemAndAddress !== undefined) {
    keys.push({ hit: 'item', key: keyedHash(secret, `${base}:item:${w.item}:address:${w.address}`), max: limits.perItemAndAddress });
  }
  return keys;
}

function windowOf(limits: WriteLimits): number {
  const ms = limits.windowMs ?? WINDOW_MS;
  if (ms > KEEP_MS) throw new Error(`a public-write window of ${ms} ms outlives the rows, kept ${KEEP_MS} ms`);
  return ms;
}

/**
 * Whether any key already holds its limit of rows in the window, in one statement: a key is at
 * its limit when its `max`-th row in the window exists (OFFSET max - 1). Both databases stop
 * there in the (key_hash, at) index, so the decision is a full count's at a cost bounded by the
 * limit, however many rows the key holds. The LIMIT goes into the SQL text on SQLite
 * (platform/db/sqlite-compiler.ts); the OFFSET, checked above to be a whole number, is a literal
 * too, so each key's subquery is planned for its own limit.
 */
export async function anyAtLimit(db: Kysely<DB>, keys: { key: string; max: number }[], since: string): Promise<boolean> {
  for (const k of keys) if (!Number.isSafeInteger(k.max) || k.max < 1) throw new Error(`a public-write limit must be a positive integer, not ${k.max}`);
  const row = await db.selectNoFrom((eb) => keys.map((k, i) => eb.selectFrom('login_attempts').select(sql.lit(1).as('one'))
    .where('key_hash', '=', k.key).where('at', '>', since).limit(1).offset(sql.lit(k.max - 1)).as(`k${i}`)))
    .executeTakeFirstOrThrow() as Record<string, unknown>;
  return keys.some((_, i) => row[`k${i}`] !== null && row[`k${i}`] !== undefined);
}

/** Records one accepted submission under every key of the write. */
export async function recordAccepted(db: Kysely<DB>, secret: string, now: Date, w: PublicWrite, limits: WriteLimits): Promise<void> {
  const at = now.toISOString();
  await db.insertInto('login_attempts').values(keysOf(secret, w, limits).map((k) => ({ id: newId(), key_hash: k.key, at }))).execute();
}

/**
 * The message of a limit page in the visitor's language: what was typed is kept, when to try
 * again, and the other ways to reach the municipality.
 */
export function limitMessage(locale: ContentLocale, contact: { phone?: string; email?: string }, limits?: WriteLimits): string {
  const t = translator(locale);
  const minutes = Math.round((limits?.windowMs ?? WINDOW_MS) / 60_000);
  const parts = [t('limits.tooMany', { minutes })];
  if (contact.phone && contact.email) parts.push(t('limits.phoneOrEmail', { phone: contact.phone, email: contact.email }));
  else if (contact.phone) parts.push(t('limits.phone', { phone: contact.phone }));
  else if (contact.email) parts.push(t('limits.email', { email: contact.email }));
  return parts.join(' ');
}

export const LIMIT_WINDOW_MS = WINDOW_MS;

/** A public write checked against its limits: `refusal` is set when it must not go ahead. */
export interface WriteGuard {
  /** The message for the form's error summary (the caller answers 429 and keeps what was typed). */
  refusal?: string;
  /** Call when the write was not accepted after all (invalid, refused by a rule): it then counts nothing. */
  release(): Promise<void>;
}

type GuardDeps = Pick<AppDeps, 'db' | 'dialect' | 'config' | 'clock'>;

/** A write's keys with their limits (times PUBLIC_WRITE_LIMIT_FACTOR), its window and its rows. */
function planOf(deps: GuardDeps, req: FastifyRequest, form: string, limits: WriteLimits, item?: string) {
  const w: PublicWrite = { form, tenantId: tenantOf(req).id, address: req.ip, item };
  const now = deps.clock.now();
  const factor = deps.config.PUBLIC_WRITE_LIMIT_FACTOR ?? 1;
  const keys = keysOf(deps.config.sessionSecret, w, limits).map((k) => ({ ...k, max: k.max * factor }));
  const since = new Date(now.getTime() - windowOf(limits)).toISOString();
  return { keys, since, rows: keys.map((k) => ({ id: newId(), key_hash: k.key, at: now.toISOString() })) };
}

/**
 * Under a lock per key (PostgreSQL: advisory locks, taken first in the transaction and in key
 * order; SQLite: its one writer) the keys are counted and, when all are under their limit, the
 * write's place is reserved (one row per key). False when a key is at its limit.
 */
async function reserve(trx: Transaction<DB>, dialect: GuardDeps['dialect'], plan: ReturnType<typeof planOf>): Promise<boolean> {
  if (dialect === 'postgres') await lockKeys(trx, plan.keys.map((k) => k.key));
  if (await anyAtLimit(trx, plan.keys, plan.since)) return false;
  await trx.insertInto('login_attempts').values(plan.rows).execute();
  return true;
}

/** The refusal of a write over its limits: Retry-After, and the message in the visitor's language. */
function refusalOf(req: FastifyRequest, reply: FastifyReply, limits: WriteLimits): string {
  const tenant = tenantOf(req);
  reply.header('retry-after', String(Math.ceil(windowOf(limits) / 1000)));
  return limitMessage(req.locale, { phone: tenant.settings.contactPhone, email: tenant.settings.contactEmail }, limits);
}

/**
 * The one way a public route applies its limits: the write's place is reserved in a transaction
 * of its own (see `reserve`), so of any number of parallel writes exactly the limit get through,
 * none refused at the edge. A released write leaves no row, so only accepted submissions count.
 * Sets Retry-After when refusing. A write that is one transaction of its own may use
 * `writeUnderLimits` instead (on SQLite it then commits once).
 */
export async function guardPublicWrite(deps: GuardDeps, req: FastifyRequest, reply: FastifyReply,
  form: string, limits: WriteLimits, item?: string): Promise<WriteGuard> {
  const plan = planOf(deps, req, form, limits, item);
  const admitted = await deps.db.transaction().execute((trx) => reserve(trx, deps.dialect, plan));
  if (admitted) {
    return { release: async () => void (await deps.db.deleteFrom('login_attempts').where('id', 'in', plan.rows.map((r) => r.id)).execute()) };
  }
  return { refusal: refusalOf(req, reply, limits), release: async () => undefined };
}

/**
 * A public write made under its limits. SQLite: the reservation and the write are one
 * transaction (issue 17: one commit instead of two; SQLite makes its transactions one after the
 * other anyway); a write that throws (invalid, refused by a rule) rolls the reservation back
 * with it and counts nothing. PostgreSQL: the reservation commits first and a write that throws
 * releases it, as `guardPublicWrite`: in one transaction the limits' advisory locks would be held
 * through the write, making one municipality's writes wait for each other's whole transaction
 * (measured: a fifth fewer bookings a second, no less CPU).
 */
export async function writeUnderLimits<T>(deps: GuardDeps, req: FastifyRequest, reply: FastifyReply,
  form: string, limits: WriteLimits, item: string | undefined, write: (trx: Transaction<DB>) => Promise<T>): Promise<{ refusal: string } | { refusal?: undefined; value: T }> {
  if (deps.dialect === 'postgres') {
    const guard = await guardPublicWrite(deps, req, reply, form, limits, item);
    if (guard.refusal !== undefined) return { refusal: guard.refusal };
    try {
      return { value: await deps.db.transaction().execute(write) };
    } catch (err) {
      await guard.release();
      throw err;
    }
  }
  const plan = planOf(deps, req, form, limits, item);
  const out = await deps.db.transaction().execute(async (trx) => (await reserve(trx, deps.dialect, plan) ? { value: await write(trx) } : undefined));
  return out ?? { refusal: refusalOf(req, reply, limits) };
}
