// A real OpenID provider (oidc-provider) on a loopback port for the single sign-on tests, with one
// static client, a few accounts and an interaction that signs in `provider.nextAccount` at once.
// `Browser` is a fetch client with a cookie jar that follows the provider's redirects the way a
// browser would, stopping when they lead back to Bredvid.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestAccount {
  sub: string;
  email: string;
  name: string;
  groups?: string[];
  /** A Swedish e-legitimation broker's personnummer claim (carers' sign-in to Mina sidor). */
  personalNumber?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who the next interaction signs in; 'deny' makes it answer access_denied. */
  nextAccount: string | 'deny';
  /** Lifetime of authorization codes in seconds (oidc-provider counts whole seconds). */
  codeTtl: number;
  close(): Promise<void>;
}

export async function startTestProvider(opts: { accounts: TestAccount[]; redirectUris: string[]; postLogoutRedirectUris: string[] }): Promise<TestProvider> {
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_q, r) => r.end();
  const server: Server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const state: TestProvider = {
    issuer, clientId: 'bredvid-test', clientSecret: 'test-client-secret-that-is-long-enough-0123456789', nextAccount: opts.accounts[0]!.sub, codeTtl: 60,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
  const byId = new Map(opts.accounts.map((a) => [a.sub, a]));
  const provider = new Provider(issuer, {
    clients: [{
      client_id: state.clientId, client_secret: state.clientSecret, redirect_uris: opts.redirectUris,
      post_logout_redirect_uris: opts.postLogoutRedirectUris, grant_types: ['authorization_code'], response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    }],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups', 'personal_number'] },
    findAccount: async (_ctx: unknown, id: string) => {
      const a = byId.get(id);
      return a ? { accountId: id, claims: async () => ({ sub: id, email: a.email, email_verified: true, name: a.name, groups: a.groups ?? [], ...(a.personalNumber ? { personal_number: a.personalNumber } : {}) }) } : undefined;
    },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    ttl: { AuthorizationCode: () => state.codeTtl },
    cookies: { keys: ['test-provider-cookie-key'] },
  });
  const callback = provider.callback();
  handler = (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return callback(req, res);
    void interact(req, res).catch((err: Error) => { res.statusCode = 500; res.end(err.message); });
  };
  async function interact(req: IncomingMessage, res: ServerResponse) {
    const details = await provider.interactionDetails(req, res);
    if (state.nextAccount === 'deny') {
      return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'Nekad i testet' }, { mergeWithLastSubmission: false });
    }
    if (details.prompt.name === 'login') {
      return provider.interactionFinished(req, res, { login: { accountId: state.nextAccount } }, { mergeWithLastSubmission: false });
    }
    const grant = new provider.Grant({ accountId: details.session!.accountId!, clientId: state.clientId });
    grant.addOIDCScope(String(details.params.scope));
    return provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
  }
  return state;
}

/** A cookie jar over fetch for the provider's side of the flow. */
export class Browser {
  private jar = new Map<string, string>();

  /** Follows redirects within the provider; returns the first URL outside it (Bredvid's callback). */
  async follow(url: string, issuer: string): Promise<string> {
    let current = url;
    for (let i = 0; i < 15; i++) {
      if (!current.startsWith(issuer)) return current;
      const res = await fetch(current, { redirect: 'manual', headers: { cookie: [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const eq = pair!.indexOf('=');
        const name = pair!.slice(0, eq).trim();
        const value = pair!.slice(eq + 1).trim();
        if (!value || /expires=Thu, 01 Jan 1970/i.test(c)) this.jar.delete(name);
        else this.jar.set(name, value);
      }
      const location = res.headers.get('location');
      if (!location) throw new Error(`the provider answered ${res.status} at ${current}: ${(await res.text()).slice(0, 300)}`);
      current = new URL(location, current).href;
    }
    throw new Error('too many redirects at the provider');
  }
}
