// The OpenID Connect authorization code flow with PKCE, state and nonce (openid-client), shared
// by staff single sign-on (service.ts) and the carers' e-legitimation through a broker
// (modules/accounts/eid.ts). The pending flow lives in a sealed, short-lived cookie bound to this
// browser and to its purpose; every failure is an SsoError with a reason that has its own page.
import * as oidc from 'openid-client';
import { open, seal } from '../../crypto/secret-box.js';
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

export interface Provider {
  /** Names the cached discovery document (e.g. 'staff:<tenant>' or 'eid:<tenant>'). */
  cacheKey: string;
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
}

export const errorName = (err: unknown): string => (err instanceof Error ? `${err.name}: ${err.message}`.slice(0, 200) : 'unknown');

// Discovery documents, kept briefly so each sign-in does not fetch them again. The key includes
// everything discovery depends on, so a changed setting is picked up at once.
const DISCOVERY_TTL_MS = 10 * 60 * 1000;
const discovered = new Map<string, { key: string; at: number; configuration: oidc.Configuration }>();

export async function discover(p: Provider): Promise<oidc.Configuration> {
  const key = `${p.issuerUrl}\n${p.clientId}\n${p.clientSecret}`;
  const hit = discovered.get(p.cacheKey);
  if (hit && hit.key === key && Date.now() - hit.at < DISCOVERY_TTL_MS) return hit.configuration;
  const issuer = new URL(p.issuerUrl);
  // openid-client refuses plain http; only a provider on this machine (tests, development) may use it.
  const execute = issuer.protocol === 'http:' && isLoopback(issuer) ? [oidc.allowInsecureRequests] : [];
  try {
    const configuration = await oidc.discovery(issuer, p.clientId, p.clientSecret, undefined, { execute, timeout: NETWORK_TIMEOUT_S });
    configuration.timeout = NETWORK_TIMEOUT_S;
    discovered.set(p.cacheKey, { key, at: Date.now(), configuration });
    return configuration;
  } catch (err) {
    throw new SsoError('provider_unreachable', errorName(err));
  }
}

/** The provider's authorization URL and the sealed pending cookie value (context: what the flow is for). */
export async function beginFlow(configuration: oidc.Configuration, secretsKey: Buffer, context: string, redirectUri: string, scopes: string[], now: Date, next?: string): Promise<{ url: string; cookie: string }> {
  const pending: Pending = {
    state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier(), next, exp: now.getTime() + PENDING_TTL_MS,
  };
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri, scope: scopes.join(' '), state: pending.state, nonce: pending.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier), code_challenge_method: 'S256',
  });
  return { url: url.href, cookie: seal(secretsKey, JSON.stringify(pending), context) };
}

/** The pending flow from its cookie, checked against the callback's query string before any network call. */
export function pendingFrom(secretsKey: Buffer, context: string, cookie: string | undefined, query: string, now: Date): Pending {
  const params = new URLSearchParams(query);
  const text = cookie ? open(secretsKey, cookie, context) : undefined;
  if (!text) throw new SsoError('no_pending');
  const pending = JSON.parse(text) as Pending;
  if (now.getTime() > pending.exp) throw new SsoError('expired');
  if (params.get('state') !== pending.state) throw new SsoError('state_mismatch');
  // The provider said no (the person cancelled, or is not allowed to use this app there).
  if (params.get('error')) throw new SsoError('provider_error', params.get('error')!.slice(0, 100));
  return pending;
}

/**
 * Exchanges the code and returns the ID token's claims, with the UserInfo answer's when
 * `needUserInfo(claims)` says the ID token lacks something.
 */
export async function finishFlow(configuration: oidc.Configuration, pending: Pending, redirectUri: string, query: string,
  needUserInfo: (idToken: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
  try {
    const tokens = await oidc.authorizationCodeGrant(configuration, new URL(`${redirectUri}?${query}`), {
      pkceCodeVerifier: pending.verifier, expectedState: pending.state, expectedNonce: pending.nonce, idTokenExpected: true,
    });
    const idToken = tokens.claims()!;
    if (needUserInfo({ ...idToken }) && configuration.serverMetadata().userinfo_endpoint) {
      const info = await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
      return { ...info, ...idToken };
    }
    return { ...idToken };
  } catch (err) {
    // A network failure at the token endpoint is the provider's; anything else is a rejected answer.
    const reason = err instanceof TypeError || (err as { name?: string }).name === 'TimeoutError' ? 'provider_unreachable' : 'token_rejected';
    throw new SsoError(reason, errorName(err));
  }
}
