// Carers' sign-in with Swedish e-legitimation through the municipality's OpenID Connect broker
// (issue 18), on the same flow as staff single sign-on (platform/auth/oidc/flow.ts). The account
// is found by a keyed hash of the broker's subject; the personnummer claim is not stored: it is
// kept sealed in a 10-minute cookie only so the carer can choose, with explicit consent, to link
// the account to their identified carer record (which already holds it).
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { newId } from '../../platform/db/helpers.js';
import { isUniqueViolation } from '../../platform/db/database.js';
import { audit } from '../../platform/audit/audit.js';
import { keyedHash } from '../../platform/auth/rate-limit.js';
import { open, seal } from '../../platform/crypto/secret-box.js';
import { Invalid } from '../../platform/http/errors.js';
import { beginFlow, discover, finishFlow, pendingFrom, PENDING_TTL_MS, SsoError } from '../../platform/auth/oidc/flow.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import { translator } from '../../platform/i18n/i18n.js';
import { ACCOUNT_MESSAGES } from './messages.js';
import * as q from './queries.js';

type Deps = Pick<AppDeps, 'db' | 'config' | 'clock'>;

export { PENDING_TTL_MS, SsoError } from '../../platform/auth/oidc/flow.js';

const secretContext = (tenantId: string) => `eid:${tenantId}`;
const pendingContext = (tenantId: string) => `eid-pending:${tenantId}`;
const pnrContext = (tenantId: string, accountId: string) => `eid-personnummer:${tenantId}:${accountId}`;
export const eidRedirectUri = (deps: Pick<Deps, 'config'>, slug: string): string => `${deps.config.PUBLIC_BASE_URL}/${slug}/mina-sidor/e-legitimation/callback`;

export interface EidSettings {
  enabled: boolean;
  displayName: string;
  issuerUrl: string;
  clientId: string;
  hasSecret: boolean;
  personnummerClaim: string;
}

export async function getEidSettings(db: Kysely<DB>, tenantId: string): Promise<EidSettings | undefined> {
  const r = await db.selectFrom('eid_broker_configs').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
  return r ? {
    enabled: r.enabled === 1, displayName: r.display_name, issuerUrl: r.issuer_url, clientId: r.client_id,
    hasSecret: r.client_secret_sealed !== null, personnummerClaim: r.personnummer_claim,
  } : undefined;
}

export async function eidOffered(db: Kysely<DB>, tenantId: string): Promise<EidSettings | undefined> {
  const s = await getEidSettings(db, tenantId);
  return s?.enabled && s.hasSecret ? s : undefined;
}

export interface EidSettingsInput {
  enabled: boolean;
  displayName: string;
  issuerUrl: string;
  clientId: string;
  /** empty: keep the stored secret */
  clientSecret?: string;
  personnummerClaim: string;
}

/** The admin saves the broker's settings (audited); the secret is sealed and never shown again. */
export async function saveEidSettings(deps: Deps, actor: { tenantId: string; userId: string }, input: EidSettingsInput): Promise<void> {
  const current = await getEidSettings(deps.db, actor.tenantId);
  if (!input.clientSecret && !current?.hasSecret) throw new Invalid({ clientSecret: 'Fyll i klienthemligheten' });
  const now = deps.clock.now();
  const values = {
    enabled: input.enabled ? 1 : 0, display_name: input.displayName, issuer_url: input.issuerUrl, client_id: input.clientId,
    personnummer_claim: input.personnummerClaim, updated_at: now.toISOString(),
    ...(input.clientSecret ? { client_secret_sealed: seal(deps.config.secretsKey, input.clientSecret, secretContext(actor.tenantId)) } : {}),
  };
  await deps.db.transaction().execute(async (trx) => {
    if (current) await trx.updateTable('eid_broker_configs').set(values).where('tenant_id', '=', actor.tenantId).execute();
    else await trx.insertInto('eid_broker_configs').values({ tenant_id: actor.tenantId, client_secret_sealed: null, ...values }).execute();
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'settings.eid_update', subjectType: 'eid_broker_config', subjectId: actor.tenantId, purpose: 'administration' }, now);
  });
}

async function configuration(deps: Deps, tenantId: string) {
  const s = await eidOffered(deps.db, tenantId);
  if (!s) throw new SsoError('not_configured');
  const row = await deps.db.selectFrom('eid_broker_configs').select('client_secret_sealed').where('tenant_id', '=', tenantId).executeTakeFirst();
  const secret = row?.client_secret_sealed ? open(deps.config.secretsKey, row.client_secret_sealed, secretContext(tenantId)) : undefined;
  if (!secret) throw new SsoError('not_configured');
  return { s, configuration: await discover({ cacheKey: `eid:${tenantId}`, issuerUrl: s.issuerUrl, clientId: s.clientId, clientSecret: secret }) };
}

export async function beginEid(deps: Deps, tenant: Tenant): Promise<{ url: string; cookie: string }> {
  const { configuration: c } = await configuration(deps, tenant.id);
  return beginFlow(c, deps.config.secretsKey, pendingContext(tenant.id), eidRedirectUri(deps, tenant.slug), ['openid', 'profile'], deps.clock.now());
}

export interface EidSignIn {
  accountId: string;
  /** sealed personnummer for the link offer (a cookie), when the broker gave one */
  sealedPersonnummer?: string;
}

/** Completes the broker's answer: the account of this subject (a new one at first sign-in). */
export async function completeEid(deps: Deps, tenant: Tenant, cookie: string | undefined, query: string): Promise<EidSignIn> {
  const now = deps.clock.now();
  const pending = pendingFrom(deps.config.secretsKey, pendingContext(tenant.id), cookie, query, now);
  const { s, configuration: c } = await configuration(deps, tenant.id);
  const claims = await finishFlow(c, pending, eidRedirectUri(deps, tenant.slug), query, (idToken) => !(s.personnummerClaim in idToken));
  const sub = String(claims.sub);
  const subjectHash = keyedHash(deps.config.sessionSecret, `carer-eid:${tenant.id}:${sub}`);
  let account = await q.findAccountByEid(deps.db, tenant.id, subjectHash);
  if (!account) {
    const id = newId();
    try {
      await q.insertAccount(deps.db, {
        id, tenant_id: tenant.id, pseudonym: translator('sv', ACCOUNT_MESSAGES)('accounts.defaultPseudonym'), address_kind: null, address_sealed: null,
        address_hash: null, eid_subject_hash: subjectHash, carer_id: null, link_consent_at: null, created_at: now.toISOString(),
        last_active_at: now.toISOString(), expiry_notice_at: null,
      });
      await audit(deps.db, { tenantId: tenant.id, userId: null, action: 'carer_account.create', subjectType: 'carer_account', subjectId: id, authMethod: 'eid' }, now);
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
    account = (await q.findAccountByEid(deps.db, tenant.id, subjectHash))!;
  }
  const pnr = claims[s.personnummerClaim];
  const sealedPersonnummer = typeof pnr === 'string' && pnr.length <= 20
    ? seal(deps.config.secretsKey, JSON.stringify({ pnr, exp: now.getTime() + PENDING_TTL_MS }), pnrContext(tenant.id, account.id)) : undefined;
  return { accountId: account.id, sealedPersonnummer };
}

/** The personnummer from the sign-in cookie, for this account, while it is fresh. */
export function personnummerOf(deps: Deps, tenantId: string, accountId: string, cookie: string | undefined): string | undefined {
  const text = cookie ? open(deps.config.secretsKey, cookie, pnrContext(tenantId, accountId)) : undefined;
  if (!text) return undefined;
  const v = JSON.parse(text) as { pnr: string; exp: number };
  return v.exp > deps.clock.now().getTime() ? v.pnr : undefined;
}

/** Links the account to an identified carer record, with the consent recorded (audited). */
export async function linkCarerRecord(deps: Deps, tenantId: string, accountId: string, carerId: string): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await q.updateAccount(trx, tenantId, accountId, { carer_id: carerId, link_consent_at: now.toISOString() });
    await audit(trx, { tenantId, userId: null, action: 'carer_account.link_carer', subjectType: 'carer', subjectId: carerId, purpose: 'consent (Mina sidor)' }, now);
  });
}
