// Mina sidor, /{kommun}/mina-sidor (SPEC C9, issue 18): what a signed-in carer owns — requests
// with status, bookings, saved self-check results, messages — the claim of something made while
// signed out (reference or booking link + a code sent to the address it was made with), and
// deleting everything. It brings the modules together through their services; the inactivity
// job that deletes forgotten accounts lives here for the same reason.
import type { AppDeps } from '../../platform/http/deps.js';
import { JOBS } from '../../platform/jobs/scheduler.js';
import { NotFound } from '../../platform/http/errors.js';
import { listTenants, type Tenant } from '../../platform/tenancy/tenancy.js';
import type { ContentLocale } from '../../platform/domain/vocab.js';
import * as accounts from '../accounts/service.js';
import * as requests from '../requests/service.js';
import * as events from '../events/service.js';
import * as messages from '../messages/service.js';
import * as motesplats from '../motesplats/service.js';

type Deps = Pick<AppDeps, 'db' | 'dialect' | 'config' | 'clock'>;

/** Notice goes this long before deletion; deletion needs a notice at least this old. */
export const NOTICE_DAYS = 14;

JOBS.push({ name: 'mypages.inactive-accounts', everyMs: 24 * 60 * 60_000, run: async (deps, now) => void (await expireInactiveAccounts(deps, now)) });

export interface Overview {
  account: accounts.Account;
  requests: requests.OwnedRequest[];
  bookings: events.OwnedBooking[];
  selfchecks: { id: string; summary: string; savedAt: string }[];
  threads: messages.ThreadSummary[];
}

export async function overview(deps: Deps, tenant: Tenant, accountId: string): Promise<Overview> {
  const account = await accounts.getAccount(deps, tenant.id, accountId);
  const items = await accounts.itemsOf(deps.db, tenant.id, accountId);
  const ids = (kind: accounts.ItemKind) => items.filter((i) => i.kind === kind).map((i) => i.id);
  const [reqs, bookings, selfchecks, threads] = await Promise.all([
    requests.requestsByIds(deps.db, tenant.id, ids('request')),
    events.bookingsByIds(deps, tenant.id, ids('booking')),
    accounts.savedSelfchecks(deps, tenant.id, accountId),
    messages.threadsOfAccount(deps, tenant.id, accountId),
  ]);
  return { account, requests: reqs.filter((r) => !r.erased), bookings, selfchecks, threads };
}

export type ClaimStart = { ok: true; codeId: string } | { ok: false; reason: 'notFound' } | { ok: false; reason: 'limit'; retryAfterSeconds: number };

/**
 * A request (reference code) or booking (its private link) made while signed out: a code goes
 * to the address it was made with. Unknown, erased or address-less answers the same "not found".
 */
export async function startClaim(deps: Deps, tenant: Tenant, accountId: string, given: string, locale: ContentLocale): Promise<ClaimStart> {
  const req = await requests.claimTarget(deps.db, tenant.id, given);
  const target = req ? { kind: 'request' as const, ...req } : await bookingTarget(deps, tenant, given);
  if (!target) return { ok: false, reason: 'notFound' };
  const address = target.email ? accounts.normalizeAddress('email', target.email) : target.phone ? accounts.normalizeAddress('phone', target.phone) : undefined;
  if (!address) return { ok: false, reason: 'notFound' };
  const issued = await accounts.requestClaimCode(deps, tenant, accountId, { kind: target.kind, id: target.id }, address, locale);
  return issued.ok ? issued : { ok: false, reason: 'limit', retryAfterSeconds: issued.retryAfterSeconds };
}

async function bookingTarget(deps: Deps, tenant: Tenant, given: string) {
  const b = await events.bookingClaimTarget(deps, tenant.id, given);
  return b ? { kind: 'booking' as const, ...b } : undefined;
}

/** A request the account owns is withdrawn (its contact details go at once). */
export async function withdrawRequest(deps: Deps, tenant: Tenant, accountId: string, requestId: string): Promise<void> {
  if ((await accounts.ownerOf(deps.db, tenant.id, 'request', requestId)) !== accountId) throw new NotFound();
  await requests.withdrawById(deps.db, deps.clock, tenant, requestId);
}

/**
 * Deletes the account and everything tied to it, in one transaction: every message thread, the
 * contact details of every request and booking (bookings are cancelled first, so the place passes
 * on), saved results, sessions and codes. What remains of a request or booking is statistics.
 */
export async function deleteEverything(deps: Deps, tenant: Tenant, accountId: string, purpose: 'self' | 'inactivity'): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const items = await accounts.itemsOf(trx, tenant.id, accountId);
    await messages.deleteForAccounts(trx, tenant.id, [accountId], now, purpose);
    await motesplats.eraseForAccount(trx, tenant.id, accountId, now, purpose);
    await requests.eraseForAccount(trx, tenant.id, items.filter((i) => i.kind === 'request').map((i) => i.id), now);
    await events.eraseBookingsForAccount(trx, deps, tenant, items.filter((i) => i.kind === 'booking').map((i) => i.id));
    await accounts.deleteAccountRows(trx, tenant.id, accountId, now, purpose);
  });
}

/**
 * The inactivity rule (municipality setting carerAccountInactivityMonths): a notice NOTICE_DAYS
 * before the time is up, then deletion of everything once the time is up and the notice is at
 * least NOTICE_DAYS old. Signing in in between clears the notice.
 */
export async function expireInactiveAccounts(deps: Deps, now: Date): Promise<{ noticed: number; deleted: number }> {
  let noticed = 0;
  let deleted = 0;
  for (const tenant of await listTenants(deps.db)) {
    const limit = new Date(now);
    limit.setUTCMonth(limit.getUTCMonth() - tenant.settings.carerAccountInactivityMonths);
    const noticeFrom = new Date(limit.getTime() + NOTICE_DAYS * 24 * 3600_000);
    for (const a of await accounts.inactiveAccounts(deps.db, tenant.id, noticeFrom)) {
      if (a.noticeAt === null) {
        await deps.db.transaction().execute(async (trx) => {
          await accounts.notifyAccount(trx, deps, tenant, a.id, 'expiry', `carer-account:${a.id}:expiry:${now.toISOString().slice(0, 10)}`, now);
          await accounts.markNotified(trx, tenant.id, a.id, now);
        });
        noticed++;
      } else if (Date.parse(a.noticeAt) <= now.getTime() - NOTICE_DAYS * 24 * 3600_000) {
        const stillInactive = (await accounts.inactiveAccounts(deps.db, tenant.id, limit)).some((x) => x.id === a.id);
        if (!stillInactive) continue;
        await deleteEverything(deps, tenant, a.id, 'inactivity');
        deleted++;
      }
    }
  }
  return { noticed, deleted };
}
