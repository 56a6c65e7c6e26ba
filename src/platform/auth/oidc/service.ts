// Staff single sign-on over OpenID Connect (issue 12, SPEC §5 sign-in): authorization code flow
// with PKCE, state and nonce (openid-client). The pending flow lives in a sealed, short-lived
// cookie bound to this browser and municipality; the person is matched to an existing staff
// account by the configured claim, or provisioned with mapped roles only when the admin chose it.
import * as oidc from 'openid-client';
import type { Kysely } from 'kysely';
import type { Config } from '../../../config.js';
import type { DB } from '../../db/schema.js';
import { newId } from '../../db/helpers.js';
import type { Tenant } from '../../tenancy/tenancy.js';
import { clientSecretOf, getOidcSettings, ssoReady, type GroupMapping, type OidcSettings } from './config-store.js';
import { beginFlow, discover, finishFlow, pendingFrom, SsoError } from './flow.js';

export { PENDING_TTL_MS, SsoError, type SsoFailure } from './flow.js';

const pendingContext = (tenantId: string) => `oidc-pending:${tenantId}`;
export const redirectUri = (config: Config, slug: string): string => `${config.PUBLIC_BASE_URL}/${slug}/personal/sso/callback`;
export const signedOutUri = (config: Config, slug: string): string => `${config.PUBLIC_BASE_URL}/${slug}/personal/logga-in?utloggad=1`;

async function providerConfiguration(db: Kysely<DB>, config: Config, tenantId: string, s: OidcSettings): Promise<oidc.Configuration> {
  const secret = await clientSecretOf(db, config, tenantId);
  if (!secret) throw new SsoError('not_configured');
  return discover({ cacheKey: `staff:${tenantId}`, issuerUrl: s.issuerUrl, clientId: s.clientId, clientSecret: secret });
}

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
  return beginFlow(configuration, config.secretsKey, pendingContext(tenant.id), redirectUri(config, tenant.slug), ['openid', 'email', 'profile'], now, next);
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
  const pending = pendingFrom(config.secretsKey, pendingContext(tenant.id), cookie, query, now);
  const s = await getOidcSettings(db, tenant.id);
  if (!ssoReady(s)) throw new SsoError('not_configured');
  const configuration = await providerConfiguration(db, config, tenant.id, s);
  // Many providers put e-mail and groups only in the UserInfo answer unless configured otherwise.
  const claims = await finishFlow(configuration, pending, redirectUri(config, tenant.slug), query,
    (idToken) => !(s.emailClaim in idToken) || (!!s.groupsClaim && !(s.groupsClaim in idToken)));
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
