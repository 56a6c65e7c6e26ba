// One-time codes (6 digits) with a sign-in link, sent to an e-mail address or mobile number:
// hashed, single use, valid 10 minutes, at most 5 wrong tries each, and limited per address
// and per municipality (kept in the sign-in throttle's table, keys as HMACs). A new code for an
// address ends the earlier ones. The message goes through the outbox as a public-triggered one
// (anyone can type an address), so the per-recipient daily cap applies too.
import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { newId } from '../../platform/db/helpers.js';
import { attemptsSince, keyedHash, lockKeys } from '../../platform/auth/rate-limit.js';
import { randomToken, sha256 } from '../../platform/auth/sessions.js';
import { enqueue, forgetMessages } from '../../platform/mail/outbox.js';
import type { ContentLocale } from '../../platform/domain/vocab.js';
import { translator } from '../../platform/i18n/i18n.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import { addressHash, channelOf, type Address } from './addresses.js';
import { ACCOUNT_MESSAGES } from './messages.js';
import * as q from './queries.js';

export const CODE_TTL_MS = 10 * 60_000;
export const MAX_WRONG = 5;
/** Codes per address and per municipality in the window. */
export const CODE_LIMITS = { perAddress: 3, perMunicipality: 300, windowMs: 15 * 60_000 };

export type CodePurpose = 'sign_in' | 'claim';
export type ItemKind = 'request' | 'booking';

export interface CodeRequest {
  purpose: CodePurpose;
  address: Address;
  accountId?: string;
  item?: { kind: ItemKind; id: string };
  locale: ContentLocale;
}

export type Issued = { ok: true; codeId: string } | { ok: false; retryAfterSeconds: number };

const sixDigits = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');
const codeHash = (secret: string, id: string, code: string) => keyedHash(secret, `carer-code:${id}:${code}`);
export const codeDedupe = (id: string) => `carer-code:${id}`;

/** Issues a code (and link) unless a limit is reached; the message is queued in the same transaction. */
export async function issueCode(deps: Pick<AppDeps, 'db' | 'dialect' | 'config' | 'clock'>, tenant: Tenant, r: CodeRequest): Promise<Issued> {
  const { db, config } = deps;
  const now = deps.clock.now();
  const hash = addressHash(config, tenant.id, r.address);
  const keys = [
    { key: keyedHash(config.sessionSecret, `carer-code:${tenant.id}:address:${hash}`), max: CODE_LIMITS.perAddress },
    { key: keyedHash(config.sessionSecret, `carer-code:${tenant.id}:all`), max: CODE_LIMITS.perMunicipality },
  ];
  const since = new Date(now.getTime() - CODE_LIMITS.windowMs).toISOString();
  return db.transaction().execute(async (trx) => {
    if (deps.dialect === 'postgres') await lockKeys(trx, keys.map((k) => k.key));
    for (const k of keys) {
      if (await attemptsSince(trx, k.key, since) >= k.max) {
        const oldest = await trx.selectFrom('login_attempts').select('at').where('key_hash', '=', k.key).where('at', '>', since).orderBy('at').executeTakeFirst();
        const leaves = oldest ? Date.parse(oldest.at) + CODE_LIMITS.windowMs : now.getTime() + CODE_LIMITS.windowMs;
        return { ok: false as const, retryAfterSeconds: Math.max(1, Math.ceil((leaves - now.getTime()) / 1000)) };
      }
    }
    await trx.insertInto('login_attempts').values(keys.map((k) => ({ id: newId(), key_hash: k.key, at: now.toISOString() }))).execute();
    await q.retireCodes(trx, tenant.id, hash, r.purpose, now.toISOString());
    const id = newId();
    const code = sixDigits();
    const link = randomToken();
    await q.insertCode(trx, {
      id, tenant_id: tenant.id, purpose: r.purpose, address_hash: hash, code_hash: codeHash(config.sessionSecret, id, code), link_hash: sha256(link),
      account_id: r.accountId ?? null, item_kind: r.item?.kind ?? null, item_id: r.item?.id ?? null, failed_attempts: 0,
      expires_at: new Date(now.getTime() + CODE_TTL_MS).toISOString(), used_at: null, created_at: now.toISOString(),
    });
    const t = translator(r.locale, ACCOUNT_MESSAGES);
    const url = `${config.PUBLIC_BASE_URL.replace(/\/$/, '')}/${tenant.slug}/mina-sidor/kod/${link}`;
    const text = r.purpose === 'sign_in'
      ? t('accounts.mail.signInText', { code, minutes: CODE_TTL_MS / 60_000, url, municipality: tenant.name })
      : t('accounts.mail.claimText', { code, minutes: CODE_TTL_MS / 60_000, municipality: tenant.name });
    await enqueue(trx, {
      tenantId: tenant.id, channel: channelOf(r.address), to: r.address.value, subject: t('accounts.mail.subject', { municipality: tenant.name }),
      text, dedupeKey: codeDedupe(id), publicTrigger: true,
    }, now);
    return { ok: true as const, codeId: id };
  });
}

export type CodeCheck =
  | { ok: true; code: q.CodeRow }
  | { ok: false; reason: 'wrong' | 'expired' | 'used' | 'tooMany' };

function usable(row: q.CodeRow | undefined, now: Date): CodeCheck | undefined {
  if (!row) return { ok: false, reason: 'expired' };
  if (row.used_at) return { ok: false, reason: 'used' };
  if (Date.parse(row.expires_at) <= now.getTime()) return { ok: false, reason: 'expired' };
  if (row.failed_attempts >= MAX_WRONG) return { ok: false, reason: 'tooMany' };
  return undefined;
}

/** Checks a typed code against the code row the form names; a right code is used up at once. */
export async function checkCode(db: Kysely<DB>, secret: string, tenantId: string, codeId: string, purpose: CodePurpose, typed: string, now: Date): Promise<CodeCheck> {
  const row = await q.findCode(db, tenantId, codeId);
  const bad = usable(row && row.purpose === purpose ? row : undefined, now);
  if (bad) return bad;
  const given = Buffer.from(codeHash(secret, row!.id, typed));
  if (!given.equals(Buffer.from(row!.code_hash))) {
    await q.countFailure(db, tenantId, row!.id);
    return { ok: false, reason: row!.failed_attempts + 1 >= MAX_WRONG ? 'tooMany' : 'wrong' };
  }
  if (!(await q.useCode(db, tenantId, row!.id, now.toISOString()))) return { ok: false, reason: 'used' };
  return { ok: true, code: row! };
}

/** The link in the message: its token is the proof; used up at once. */
export async function checkLink(db: Kysely<DB>, tenantId: string, token: string, now: Date, use: boolean): Promise<CodeCheck> {
  const row = await q.findCodeByLink(db, tenantId, sha256(token));
  const bad = usable(row && row.purpose === 'sign_in' ? row : undefined, now);
  if (bad) return bad;
  if (use && !(await q.useCode(db, tenantId, row!.id, now.toISOString()))) return { ok: false, reason: 'used' };
  return { ok: true, code: row! };
}

/** Retention: codes a day after they expired, with the message that carried them. */
export async function pruneCodes(db: Kysely<DB>, now: Date): Promise<void> {
  const old = await q.expiredCodes(db, new Date(now.getTime() - 24 * 3600_000).toISOString());
  for (const c of old) await forgetMessages(db, c.tenant_id, codeDedupe(c.id));
  await q.deleteCodes(db, old.map((c) => c.id));
}
