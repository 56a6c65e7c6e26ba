// Carer accounts for Mina sidor (SPEC C9, issue 18): the least identity that lets a carer come
// back — a pseudonym and one verified address, or an e-legitimation subject — with sessions of
// their own. What the account owns (requests, bookings, saved self-checks) is listed here; the
// pages and the deletion of everything live in the mypages module, messages in messages.
import type { FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { newId } from '../../platform/db/helpers.js';
import { isUniqueViolation } from '../../platform/db/database.js';
import { audit } from '../../platform/audit/audit.js';
import { enqueue, forgetMessages } from '../../platform/mail/outbox.js';
import { translator } from '../../platform/i18n/i18n.js';
import { JOBS } from '../../platform/jobs/scheduler.js';
import { NotFound } from '../../platform/http/errors.js';
import type { ContentLocale } from '../../platform/domain/vocab.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import { addressHash, channelOf, normalizeAddress, openAddress, sealAddress, type Address, type AddressKind } from './addresses.js';
import { checkCode, checkLink, codeDedupe, issueCode, pruneCodes, type CodeCheck, type Issued, type ItemKind } from './codes.js';
import { ACCOUNT_MESSAGES } from './messages.js';
import * as q from './queries.js';
import { carerSessionOf, pruneSessions } from './sessions.js';

export { carerSessionOf, signedInCarer, startSession, endSession, carerCookie, type CarerSession } from './sessions.js';
export { normalizeAddress, type Address, type AddressKind } from './addresses.js';
export { CODE_LIMITS, CODE_TTL_MS, type ItemKind, type CodeCheck } from './codes.js';
export { ACCOUNT_MESSAGES } from './messages.js';

type Deps = Pick<AppDeps, 'db' | 'dialect' | 'config' | 'clock'>;
type Exec = Kysely<DB> | Transaction<DB>;

JOBS.push({
  name: 'accounts.prune-sessions-and-codes',
  everyMs: 60 * 60_000,
  run: async (deps, now) => {
    await pruneSessions(deps.db, now);
    await pruneCodes(deps.db, now);
  },
});

export interface Account {
  id: string;
  pseudonym: string;
  address?: Address;
  viaEid: boolean;
  linkedCarerId: string | null;
  linkConsentAt: string | null;
  createdAt: string;
  lastActiveAt: string;
}

function toAccount(deps: Pick<Deps, 'config'>, r: q.AccountRow): Account {
  return {
    id: r.id, pseudonym: r.pseudonym, address: openAddress(deps.config, r.tenant_id, r.address_sealed), viaEid: r.eid_subject_hash !== null,
    linkedCarerId: r.carer_id, linkConsentAt: r.link_consent_at, createdAt: r.created_at, lastActiveAt: r.last_active_at,
  };
}

export async function getAccount(deps: Deps, tenantId: string, id: string): Promise<Account> {
  const row = await q.findAccount(deps.db, tenantId, id);
  if (!row) throw new NotFound();
  return toAccount(deps, row);
}

/** The signed-in carer's account, or undefined when nobody is signed in. */
export async function currentAccount(req: FastifyRequest): Promise<Account | undefined> {
  const s = await carerSessionOf(req);
  if (!s) return undefined;
  const row = await q.findAccount(req.server.deps.db, s.tenantId, s.accountId);
  return row ? toAccount(req.server.deps, row) : undefined;
}

export function requestSignInCode(deps: Deps, tenant: Tenant, kind: AddressKind, raw: string, locale: ContentLocale): Promise<Issued> {
  return issueCode(deps, tenant, { purpose: 'sign_in', address: normalizeAddress(kind, raw), locale });
}

/** The account of a verified address: the existing one, or a new one with a neutral pseudonym. */
async function accountForAddress(deps: Deps, tenant: Tenant, hash: string, address: Address | undefined): Promise<string> {
  const existing = await q.findAccountByAddress(deps.db, tenant.id, hash);
  if (existing) return existing.id;
  if (!address) throw new NotFound();
  const now = deps.clock.now().toISOString();
  const id = newId();
  try {
    await q.insertAccount(deps.db, {
      id, tenant_id: tenant.id, pseudonym: translator('sv', ACCOUNT_MESSAGES)('accounts.defaultPseudonym'), address_kind: address.kind,
      address_sealed: sealAddress(deps.config, tenant.id, address), address_hash: hash, eid_subject_hash: null, carer_id: null,
      link_consent_at: null, created_at: now, last_active_at: now, expiry_notice_at: null,
    });
  } catch (err) {
    // Two sign-ins of a new address at once: the other one created it.
    if (!isUniqueViolation(err)) throw err;
    return (await q.findAccountByAddress(deps.db, tenant.id, hash))!.id;
  }
  await audit(deps.db, { tenantId: tenant.id, userId: null, action: 'carer_account.create', subjectType: 'carer_account', subjectId: id }, deps.clock.now());
  return id;
}

export type SignIn = { ok: true; accountId: string } | Extract<CodeCheck, { ok: false }>;

/** The address the sign-in code was sent to, given again with the typed code. */
export async function signInWithCode(deps: Deps, tenant: Tenant, codeId: string, kind: AddressKind, raw: string, typed: string): Promise<SignIn> {
  const address = normalizeAddress(kind, raw);
  const hash = addressHash(deps.config, tenant.id, address);
  const check = await checkCode(deps.db, deps.config.sessionSecret, tenant.id, codeId, 'sign_in', typed, deps.clock.now());
  if (!check.ok) return check;
  if (check.code.address_hash !== hash) return { ok: false, reason: 'wrong' };
  return { ok: true, accountId: await accountForAddress(deps, tenant, hash, address) };
}

/** The sign-in link: valid only for an address that already has an account or is given again. */
export async function signInWithLink(deps: Deps, tenant: Tenant, token: string, use: boolean): Promise<SignIn> {
  const check = await checkLink(deps.db, tenant.id, token, deps.clock.now(), use);
  if (!check.ok) return check;
  const existing = await q.findAccountByAddress(deps.db, tenant.id, check.code.address_hash);
  // A new address needs the form (which knows the address); the link alone cannot create an account.
  if (!existing) return { ok: false, reason: 'expired' };
  return { ok: true, accountId: existing.id };
}

export async function rename(deps: Deps, tenant: Tenant, accountId: string, pseudonym: string): Promise<void> {
  await q.updateAccount(deps.db, tenant.id, accountId, { pseudonym });
}

// ---- what the account owns ---------------------------------------------------------------

export async function linkItem(db: Exec, tenantId: string, accountId: string, kind: ItemKind, itemId: string, now: Date): Promise<void> {
  await q.linkItem(db, { id: newId(), tenant_id: tenantId, account_id: accountId, kind, item_id: itemId, created_at: now.toISOString() });
}

export async function itemsOf(db: Exec, tenantId: string, accountId: string): Promise<{ kind: ItemKind; id: string }[]> {
  return (await q.itemsOf(db, tenantId, accountId)).map((r) => ({ kind: r.kind as ItemKind, id: r.item_id }));
}

export async function ownerOf(db: Exec, tenantId: string, kind: ItemKind, itemId: string): Promise<string | undefined> {
  return q.ownerOf(db, tenantId, kind, itemId);
}

/**
 * A request or booking made while signed in belongs to the account when it was made with the
 * account's own verified address. Anything else needs a claim (reference + code).
 */
export async function linkIfSameAddress(req: FastifyRequest, kind: ItemKind, itemId: string, contact: { email?: string | null; phone?: string | null }): Promise<boolean> {
  const account = await currentAccount(req);
  const a = account?.address;
  if (!account || !a) return false;
  const given = a.kind === 'email' ? contact.email : contact.phone;
  if (!given || normalizeAddress(a.kind, given).value !== a.value) return false;
  await linkItem(req.server.deps.db, req.tenant!.id, account.id, kind, itemId, req.server.deps.clock.now());
  return true;
}

/** Sends a claim code to the address the item was made with. */
export function requestClaimCode(deps: Deps, tenant: Tenant, accountId: string, item: { kind: ItemKind; id: string }, address: Address, locale: ContentLocale): Promise<Issued> {
  return issueCode(deps, tenant, { purpose: 'claim', address, accountId, item, locale });
}

/** The typed claim code; a right one gives the item to the account that asked for the code. */
export async function claimWithCode(deps: Deps, tenant: Tenant, accountId: string, codeId: string, typed: string): Promise<{ ok: true; kind: ItemKind; id: string } | Extract<CodeCheck, { ok: false }>> {
  const row = await q.findCode(deps.db, tenant.id, codeId);
  if (!row || row.account_id !== accountId) return { ok: false, reason: 'expired' };
  const check = await checkCode(deps.db, deps.config.sessionSecret, tenant.id, codeId, 'claim', typed, deps.clock.now());
  if (!check.ok) return check;
  const kind = check.code.item_kind as ItemKind;
  const id = check.code.item_id!;
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('carer_account_items').where('tenant_id', '=', tenant.id).where('kind', '=', kind).where('item_id', '=', id).execute();
    await linkItem(trx, tenant.id, accountId, kind, id, deps.clock.now());
    await audit(trx, { tenantId: tenant.id, userId: null, action: 'carer_account.claim', subjectType: `contact_${kind}`, subjectId: id }, deps.clock.now());
  });
  return { ok: true, kind, id };
}

// ---- saved self-check results ------------------------------------------------------------

export async function saveSelfcheck(deps: Deps, tenantId: string, accountId: string, summaryJson: string): Promise<void> {
  await q.insertSelfcheck(deps.db, { id: newId(), tenant_id: tenantId, account_id: accountId, summary: summaryJson, saved_at: deps.clock.now().toISOString() });
}

export async function savedSelfchecks(deps: Deps, tenantId: string, accountId: string): Promise<{ id: string; summary: string; savedAt: string }[]> {
  return (await q.selfchecksOf(deps.db, tenantId, accountId)).map((r) => ({ id: r.id, summary: r.summary, savedAt: r.saved_at }));
}

export async function deleteSavedSelfcheck(deps: Deps, tenantId: string, accountId: string, id: string): Promise<void> {
  if ((await q.deleteSelfcheck(deps.db, tenantId, accountId, id)) === 0) throw new NotFound();
}

// ---- notices and deletion ----------------------------------------------------------------

/**
 * Tells the account's address that something waits on Mina sidor — never what. The text is
 * the catalogue's fixed sentence and a link; `dedupeKey` names the cause.
 */
export async function notifyAccount(trx: Exec, deps: Pick<Deps, 'config'>, tenant: Tenant, accountId: string, kind: 'newMessage' | 'expiry',
  dedupeKey: string, now: Date): Promise<boolean> {
  const row = await q.findAccount(trx, tenant.id, accountId);
  const address = row ? openAddress(deps.config, tenant.id, row.address_sealed) : undefined;
  if (!address) return false;
  const t = translator('sv', ACCOUNT_MESSAGES);
  const url = `${deps.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/${tenant.slug}/mina-sidor`;
  const months = tenant.settings.carerAccountInactivityMonths;
  return enqueue(trx, {
    tenantId: tenant.id, channel: channelOf(address), to: address.value, dedupeKey,
    subject: t(kind === 'newMessage' ? 'accounts.mail.newMessageSubject' : 'accounts.mail.expirySubject'),
    text: t(kind === 'newMessage' ? 'accounts.mail.newMessageText' : 'accounts.mail.expiryText', { url, municipality: tenant.name, months }),
  }, now);
}

/** Removes the account's own rows (sessions, codes, item links, saved results) and the account. */
export async function deleteAccountRows(trx: Exec, tenantId: string, accountId: string, now: Date, purpose: string): Promise<void> {
  const row = await q.findAccount(trx, tenantId, accountId);
  // The codes and notices sent to the account's address carry the address: they go too.
  const codes = await q.codesOfAccount(trx, tenantId, accountId, row?.address_hash ?? null);
  for (const id of codes) await forgetMessages(trx, tenantId, codeDedupe(id));
  await q.deleteCodes(trx, codes);
  await forgetMessages(trx, tenantId, `carer-account:${accountId}:`);
  await q.deleteAccount(trx, tenantId, accountId);
  await audit(trx, { tenantId, userId: null, action: 'carer_account.delete', subjectType: 'carer_account', subjectId: accountId, purpose }, now);
}

/** Accounts inactive since before `before`, for the inactivity job. */
export async function inactiveAccounts(db: Exec, tenantId: string, before: Date): Promise<{ id: string; noticeAt: string | null }[]> {
  return (await q.inactiveAccounts(db, tenantId, before.toISOString())).map((r) => ({ id: r.id, noticeAt: r.expiry_notice_at }));
}

export async function markNotified(db: Exec, tenantId: string, accountId: string, now: Date): Promise<void> {
  await q.updateAccount(db, tenantId, accountId, { expiry_notice_at: now.toISOString() });
}

// ---- the identified carer record the account is linked to ---------------------------------

/** The accounts linked (with consent) to an identified carer record. */
export function accountsOfCarer(db: Exec, tenantId: string, carerId: string): Promise<string[]> {
  return q.accountsOfCarer(db, tenantId, carerId);
}

/** The carer record is erased or deleted after retention: the links (and their consent) go, the accounts stay. */
export async function unlinkCarer(trx: Exec, tenantId: string, carerId: string, now: Date, purpose: string): Promise<string[]> {
  const ids = await q.accountsOfCarer(trx, tenantId, carerId);
  await q.relinkCarer(trx, tenantId, carerId, null);
  for (const id of ids) await audit(trx, { tenantId, userId: null, action: 'carer_account.unlink_carer', subjectType: 'carer_account', subjectId: id, purpose }, now);
  return ids;
}

/** Two carer records are merged: accounts linked to the one merged away follow to the one kept. */
export async function moveCarerLinks(trx: Exec, tenantId: string, fromCarerId: string, toCarerId: string): Promise<void> {
  await q.relinkCarer(trx, tenantId, fromCarerId, toCarerId);
}
