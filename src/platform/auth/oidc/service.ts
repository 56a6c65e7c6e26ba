// Staff single sign-on over OpenID Connect (issue 12, SPEC §5 sign-in): authorization code flow
// with PKCE, state and nonce (openid-client). The pending flow lives in a sealed, short-lived
// cookie bound to this browser and municipality; the person is matched to an existing staff
// account by the configured claim, or provisioned with mapped roles only when the admin chose it.
import * as oidc from 'openid-client';
import type { Kysely } from 'kysely';
import type { Config } from '../../../config.js';
import type { DB } from '../../db/schema.js';
import { newId } from '../../db/helpers.js';
import { open, seal } from '../../crypto/secret-box.js';
import type { Tenant } from '../../tenancy/tenancy.js';
import { clientSecretOf, getOidcSettings, ssoReady, type GroupMapping, type OidcSettings } from './config-store.js';
import { isLoopback } from './settings-form.js';

export const PENDING_TTL_MS = 10 * 60 * 1000;
const NETWORK_TIMEOUT_S = 8;

/** Why a sign-in through the provider failed; each has its own page, status and audit row. */
export type SsoFailure =
  | 'not_configured' | 'provider_unreachable' | 'no_pending' | 'expired' | 'state_mismatch' | 'provider_error'
  | 'token_rejected' | 'no_email' | 'unknown_user' | 'no_mapped_role' | 'disabled_user';

export class SsoError extends Error {
  constructor(public readonly reason: SsoFailure, public readonly detail?: string) {
    super(`sso: ${reason}`);
  }
}

interface Pending {
  state: string;
  nonce: string;
  verifier: string;
  next?: string;
  /** ms since epoch */
  exp: number;
}

const pendingContext = (tenantId: string) => `oidc-pending:${tenantId}`;
export const redirectUri = (config: Config, slug: string): string => `${config.PUBLIC_BASE_URL}/${slug}/personal/sso/callback`;
export const signedOutUri = (config: Config, slug: string): string => `${config.PUBLIC_BASE_URL}/${slug}/personal/logga-in?utloggad=1`;

// Discovery documents per municipality, kept briefly so each sign-in does not fetch them again.
// The key includes everything discovery depends on, so a changed setting is picked up at once.
const DISCOVERY_TTL_MS = 10 * 60 * 1000;
const discovered = new Map<string, { key: string; at: number; configuration: oidc.Configuration }>();

async function providerConfiguration(db: Kysely<DB>, config: Config, tenantId: string, s: OidcSettings): Promise<oidc.Configuration> {
  const secret = await clientSecretOf(db, config, tenantId);
  if (!secret) throw new SsoError('not_configured');
  const key = `${s.issuerUrl}\n${s.clientId}\n${secret}`;
  const hit = discovered.get(tenantId);
  if (hit && hit.key === key && Date.now() - hit.at < DISCOVERY_TTL_MS) return hit.configuration;
  const issuer = new URL(s.issuerUrl);
  // openid-client refuses plain http; only a provider on this machine (tests, development) may use it.
  const execute = issuer.protocol === 'http:' && isLoopback(issuer) ? [oidc.allowInsecureRequests] : [];
  try {
    const configuration = await oidc.discovery(issuer, s.clientId, secret, undefined, { execute, timeout: NETWORK_TIMEOUT_S });
    configuration.timeout = NETWORK_TIMEOUT_S;
    discovered.set(tenantId, { key, at: Date.now(), configuration });
    return configuration;
  } catch (err) {
    throw new SsoError('provider_unreachable', errorName(err));
  }
}

const errorName = (err: unknown): string => (err instanceof Error ? `${err.name}: ${err.message}`.slice(0, 200) : 'unknown');

/** What the sign-in page offers: the SSO button, and whether the password form is off. */
export async function signInOptions(db: Kysely<DB>, tenantId: string): Promise<{ sso?: { label: string }; passwordOff: boolean }> {
  const s = await getOidcSettings(db, tenantId);
  if (!ssoReady(s)) return { passwordOff: false };
  return { sso: { label: s.displayName }, passwordOff: s.passwordSignInOff };
}

/** Begins a sign-in: the provider's authorization URL and the sealed pending cookie value. */
export async function beginSignIn(db: Kysely<DB>, config: Config, tenant: Tenant, next: string | undefined, now: Date): Promise<{ url: string; cookie: string }> {
  const s = await getOidcSettings(db, tenant.id);
  if (!ssoReady(s)) throw new SsoError('not_configured');
  const configuration = await providerConfiguration(db, config, tenant.id, s);
  const pending: Pending = {
    state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier(), next, exp: now.getTime() + PENDING_TTL_MS,
  };
  const scopes = ['openid', 'email', 'profile'];
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri(config, tenant.slug), scope: scopes.join(' '), state: pending.state, nonce: pending.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier), code_challenge_method: 'S256',
  });
  return { url: url.href, cookie: seal(config.secretsKey, JSON.stringify(pending), pendingContext(tenant.id)) };
}

export interface SsoIdentity {
  /** The claim's value, lower-cased */
  email: string;
  name: string;
  groups: string[];
  next?: string;
}

/** Completes a sign-in from the callback's query string; throws SsoError for every failure. */
export async function completeSignIn(
  db: Kysely<DB>, config: Config, tenant: Tenant, cookie: string | undefined, query: string, now: Date,
): Promise<SsoIdentity> {
  const params = new URLSearchParams(query);
  const pendingText = cookie ? open(config.secretsKey, cookie, pendingContext(tenant.id)) : undefined;
  if (!pendingText) throw new SsoError('no_pending');
  const pending = JSON.parse(pendingText) as Pending;
  if (now.getTime() > pending.exp) throw new SsoError('expired');
  if (params.get('state') !== pending.state) throw new SsoError('state_mismatch');
  // The provider said no (the person cancelled, or is not allowed to use this app there).
  if (params.get('error')) throw new SsoError('provider_error', params.get('error')!.slice(0, 100));
  const s = await getOidcSettings(db, tenant.id);
  if (!ssoReady(s)) throw new SsoError('not_configured');
  const configuration = await providerConfiguration(db, config, tenant.id, s);
  let claims: Record<string, unknown>;
  try {
    const tokens = await oidc.authorizationCodeGrant(configuration, new URL(`${redirectUri(config, tenant.slug)}?${query}`), {
      pkceCodeVerifier: pending.verifier, expectedState: pending.state, expectedNonce: pending.nonce, idTokenExpected: true,
    });
    const idToken = tokens.claims()!;
    claims = { ...idToken };
    // Many providers put e-mail and groups only in the UserInfo answer unless configured otherwise.
    const missing = !(s.emailClaim in idToken) || (s.groupsClaim && !(s.groupsClaim in idToken));
    if (missing && configuration.serverMetadata().userinfo_endpoint) {
      const info = await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
      claims = { ...info, ...idToken };
    }
  } catch (err) {
    // A network failure at the token endpoint is the provider's; anything else is a rejected answer.
    const reason = err instanceof TypeError || (err as { name?: string }).name === 'TimeoutError' ? 'provider_unreachable' : 'token_rejected';
    throw new SsoError(reason, errorName(err));
  }
  const email = claims[s.emailClaim];
  if (typeof email !== 'string' || !email.includes('@')) throw new SsoError('no_email');
  const rawGroups = s.groupsClaim ? claims[s.groupsClaim] : undefined;
  const groups = Array.isArray(rawGroups) ? rawGroups.filter((g): g is string => typeof g === 'string') : [];
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : email;
  return { email: email.toLowerCase().slice(0, 254), name, groups, next: pending.next };
}

/** The staff account for the identity: an existing one, or a provisioned one when allowed. */
export async function accountFor(db: Kysely<DB>, tenantId: string, who: SsoIdentity, now: Date): Promise<{ id: string; created: boolean }> {
  const user = await db.selectFrom('users').select(['id', 'disabled'])
    .where('tenant_id', '=', tenantId).where('email', '=', who.email).executeTakeFirst();
  if (user) {
    if (user.disabled === 1) throw new SsoError('disabled_user');
    return { id: user.id, created: false };
  }
  const s = await getOidcSettings(db, tenantId);
  if (!s?.autoProvision) throw new SsoError('unknown_user');
  const roles = rolesFor(s.groupMappings, who.groups);
  if (roles.length === 0) throw new SsoError('no_mapped_role');
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('users').values({
      id, tenant_id: tenantId, email: who.email, name: who.name, title: '', password_hash: null, disabled: 0,
      must_change_password: 0, created_at: now.toISOString(), last_sign_in_at: null,
    }).execute();
    const units = new Set((await trx.selectFrom('org_units').select('id').where('tenant_id', '=', tenantId).execute()).map((u) => u.id));
    for (const r of roles) {
      if (r.unitId !== null && !units.has(r.unitId)) continue; // the unit was removed after the mapping was saved
      await trx.insertInto('user_roles').values({ id: newId(), tenant_id: tenantId, user_id: id, role: r.role, unit_id: r.unitId, created_at: now.toISOString() }).execute();
    }
  });
  return { id, created: true };
}

/** The mapped roles of the person's groups, each (role, unit) once. */
export function rolesFor(mappings: GroupMapping[], groups: string[]): GroupMapping[] {
  const seen = new Set<string>();
  return mappings.filter((m) => groups.includes(m.group)).filter((m) => {
    const k = `${m.role}|${m.unitId ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Where to send the browser after a Bredvid sign-out of an SSO session: the provider's end-session endpoint when it has one. */
export async function endSessionUrl(db: Kysely<DB>, config: Config, tenant: Tenant): Promise<string | undefined> {
  const s = await getOidcSettings(db, tenant.id);
  if (!ssoReady(s)) return undefined;
  try {
    const configuration = await providerConfiguration(db, config, tenant.id, s);
    if (!configuration.serverMetadata().end_session_endpoint) return undefined;
    return oidc.buildEndSessionUrl(configuration, { client_id: s.clientId, post_logout_redirect_uri: signedOutUri(config, tenant.slug) }).href;
  } catch {
    return undefined; // the Bredvid session has ended either way
  }
}
