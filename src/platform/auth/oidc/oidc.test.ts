// Staff single sign-on against a real OpenID provider on a loopback port (test/oidc-provider.ts),
// over HTTP, on both databases: the round trip, every failure case (a clear page, a 4xx and an
// audit row, never a 5xx), provisioning, password sign-in off and RP-initiated logout.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type Page, type TestApp } from '../../../../test/harness.js';
import { Browser, startTestProvider, type TestProvider } from '../../../../test/oidc-provider.js';
import { open } from '../../crypto/secret-box.js';
import { reenablePasswordSignIn } from './config-store.js';

const SLUG = 'hassleholm';
const ADMIN_PAGE = `/${SLUG}/personal/admin/inloggning`;

async function closedPortUrl(): Promise<string> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return `http://127.0.0.1:${port}`;
}

describe.each(DIALECTS)('single sign-on over OpenID Connect on %s', (dialect) => {
  let t: TestApp;
  let provider: TestProvider;
  let admin: Agent;
  let tenantId: string;
  let baseForm: Record<string, string | undefined>;

  const ssoSignIn = async (agent: Agent, sub: string, opts: { authUrl?: (u: URL) => void; callback?: (u: URL) => void } = {}): Promise<Page> => {
    provider.nextAccount = sub;
    const start = await agent.get(`/${SLUG}/personal/sso`);
    expect(start.status).toBe(303);
    const auth = new URL(start.location!);
    opts.authUrl?.(auth);
    const back = new URL(await new Browser().follow(auth.href, provider.issuer));
    opts.callback?.(back);
    expect(back.pathname).toBe(`/${SLUG}/personal/sso/callback`);
    return agent.get(back.pathname + back.search);
  };
  // Rows of one test share the test clock's time, so a row is found by what it says, not by order.
  const lastAudit = (action: string, purpose?: string) => {
    let q = t.db.selectFrom('audit_log').selectAll().where('tenant_id', '=', tenantId).where('action', '=', action);
    if (purpose) q = q.where('purpose', '=', purpose);
    return q.orderBy('at', 'desc').executeTakeFirst();
  };
  const failures = async () => (await t.db.selectFrom('audit_log').select('purpose').where('tenant_id', '=', tenantId)
    .where('action', '=', 'auth.sso_failed').execute()).map((r) => r.purpose);

  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: [SLUG] });
    tenantId = t.seeds.get(SLUG)!.tenantId;
    const specialist = demoUser(t, SLUG, 'specialist');
    const adminUser = demoUser(t, SLUG, 'admin');
    const disabled = demoUser(t, SLUG, 'board');
    await t.db.updateTable('users').set({ disabled: 1 }).where('tenant_id', '=', tenantId).where('email', '=', disabled.email).execute();
    const base = `${t.config.PUBLIC_BASE_URL}/${SLUG}/personal`;
    provider = await startTestProvider({
      redirectUris: [`${base}/sso/callback`], postLogoutRedirectUris: [`${base}/logga-in?utloggad=1`],
      accounts: [
        // Upper case on purpose: accounts are matched without regard to case.
        { sub: 'specialist', email: specialist.email.toUpperCase(), name: specialist.name },
        { sub: 'admin', email: adminUser.email, name: adminUser.name },
        { sub: 'disabled', email: disabled.email, name: disabled.name },
        { sub: 'stranger', email: 'okand.person@example.se', name: 'Okänd Person' },
        { sub: 'newcomer', email: 'ny.konsulent@example.se', name: 'Nina Ny', groups: ['bredvid-konsulenter', 'alla-anstallda'] },
        { sub: 'outsider', email: 'utan.grupp@example.se', name: 'Olle Utan', groups: ['alla-anstallda'] },
      ],
    });
    admin = await signIn(t.app, SLUG, adminUser.email);
    baseForm = {
      enabled: 'on', displayName: 'Kommunens konto', issuerUrl: provider.issuer, clientId: provider.clientId,
      clientSecret: provider.clientSecret, emailClaim: 'email', groupsClaim: '', groupMappings: '',
    };
  });
  afterAll(async () => {
    await provider?.close();
    await t?.close();
  });

  it('lets the admin set up the provider; the secret is stored sealed and never shown again', async () => {
    // The example role is the municipality's own title (Hässleholm: anhörigstrateg).
    expect((await admin.get(ADMIN_PAGE)).$('#f-groupMappings-hint').text()).toContain('3f2a… = Anhörigstrateg, Äldreomsorg.');
    const empty = await admin.get(ADMIN_PAGE);
    expect(empty.status).toBe(200);
    expect(text(empty)).toContain(`${t.config.PUBLIC_BASE_URL}/${SLUG}/personal/sso/callback`);
    const bad = await admin.post(ADMIN_PAGE, { ...baseForm, issuerUrl: 'http://idp.example.se', clientSecret: '' });
    expect(bad.status).toBe(400);
    expect(bad.$('#f-issuerUrl-error').text()).toContain('https://');
    const noSecret = await admin.post(ADMIN_PAGE, { ...baseForm, clientSecret: '' });
    expect(noSecret.status).toBe(400);
    expect(noSecret.$('#f-clientSecret-error').text()).toContain('klienthemligheten');

    const saved = await admin.post(ADMIN_PAGE, baseForm);
    expect(saved.status).toBe(303);
    const row = await t.db.selectFrom('oidc_configs').selectAll().where('tenant_id', '=', tenantId).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(provider.clientSecret);
    expect(open(t.config.secretsKey, row.client_secret_sealed!, `oidc:${tenantId}`)).toBe(provider.clientSecret);
    expect(open(t.config.secretsKey, row.client_secret_sealed!, 'oidc:another-tenant')).toBeUndefined();
    const page = await admin.get(`${ADMIN_PAGE}?sparad=1`);
    expect(page.body).not.toContain(provider.clientSecret);
    expect(page.$('#f-clientSecret').attr('value') ?? '').toBe('');
    expect(text(page)).toContain('En hemlighet är sparad');
    expect((await lastAudit('settings.sso_update'))?.user_id).toBeTruthy();
    expect(await lastAudit('settings.sso_secret_replaced')).toBeTruthy();

    // Saving again without a secret keeps the stored one.
    expect((await admin.post(ADMIN_PAGE, { ...baseForm, clientSecret: '' })).status).toBe(303);
    const again = await t.db.selectFrom('oidc_configs').select('client_secret_sealed').where('tenant_id', '=', tenantId).executeTakeFirstOrThrow();
    expect(again.client_secret_sealed).toBe(row.client_secret_sealed);
  });

  it('shows the button on the sign-in page and signs a known person in (e-mail matched without regard to case)', async () => {
    const a = new Agent(t.app);
    const signInPage = await a.get(`/${SLUG}/personal/logga-in`);
    expect(signInPage.$(`a[href="/${SLUG}/personal/sso"]`).text()).toBe('Logga in med Kommunens konto');
    expect(signInPage.$('#f-password').length).toBe(1);
    const res = await ssoSignIn(a, 'specialist');
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/${SLUG}/personal`);
    const home = await a.get(`/${SLUG}/personal`);
    expect(home.status).toBe(200);
    expect(text(home, 'header')).toContain(demoUser(t, SLUG, 'specialist').name);
    const user = await t.db.selectFrom('users').select('id').where('email', '=', demoUser(t, SLUG, 'specialist').email).executeTakeFirstOrThrow();
    const signInRows = await t.db.selectFrom('audit_log').select('auth_method').where('action', '=', 'auth.sign_in').where('user_id', '=', user.id).execute();
    expect(signInRows.map((r) => r.auth_method)).toEqual(['sso']);
    const sessions = await t.db.selectFrom('sessions').select('auth_method').where('user_id', '=', user.id).execute();
    expect(sessions.map((s) => s.auth_method)).toContain('sso');
    expect(a.hasCookie('bredvid_sso')).toBe(false);
  });

  it('returns to the page the person was going to', async () => {
    const a = new Agent(t.app);
    provider.nextAccount = 'specialist';
    const start = await a.get(`/${SLUG}/personal/sso?next=${encodeURIComponent(`/${SLUG}/personal/kontakter`)}`);
    const back = new URL(await new Browser().follow(start.location!, provider.issuer));
    const res = await a.get(back.pathname + back.search);
    expect(res.location).toBe(`/${SLUG}/personal/kontakter`);
  });

  it('refuses a wrong state, a wrong nonce, an expired code and a callback without a started sign-in', async () => {
    const a = new Agent(t.app);
    const wrongState = await ssoSignIn(a, 'specialist', { callback: (u) => u.searchParams.set('state', 'not-the-state-we-sent') });
    expect(wrongState.status).toBe(400);
    expect(text(wrongState)).toContain('hörde inte till inloggningen');

    const wrongNonce = await ssoSignIn(a, 'specialist', { authUrl: (u) => u.searchParams.set('nonce', 'a-nonce-bredvid-never-made') });
    expect(wrongNonce.status).toBe(400);
    expect(text(wrongNonce, 'h1')).toBe('Inloggningen kunde inte slutföras');

    provider.codeTtl = 1;
    let callback = '';
    try {
      await ssoSignIn(a, 'specialist', { callback: (u) => { callback = u.pathname + u.search; u.pathname = '/unused'; } }).catch(() => undefined);
    } finally {
      provider.codeTtl = 60;
    }
    await new Promise((r) => setTimeout(r, 2100));
    const expired = await a.get(callback);
    expect(expired.status).toBe(400);

    // The same code again: the pending sign-in was used up, so it is refused before the provider is asked.
    const replay = await a.get(callback);
    expect(replay.status).toBe(400);
    expect(text(replay)).toContain('redan använts');

    // A sign-in left unfinished for more than ten minutes.
    const late = await ssoSignIn(a, 'specialist', { callback: () => t.clock.advance(11 * 60 * 1000) });
    expect(late.status).toBe(400);
    expect(text(late, 'h1')).toBe('Inloggningen tog för lång tid');
    expect(await failures()).toEqual(expect.arrayContaining(['state_mismatch', 'no_pending', 'expired']));
    // The wrong nonce and the expired code are both answers the checks reject.
    expect((await failures()).filter((p) => p === 'token_rejected')).toHaveLength(2);
    expect(a.hasCookie('bredvid_sid')).toBe(false);
  });

  it('tells an unknown person they have no account, and refuses a disabled one, without making an account', async () => {
    const unknown = await ssoSignIn(new Agent(t.app), 'stranger');
    expect(unknown.status).toBe(403);
    expect(text(unknown)).toContain('Du har inget konto i Bredvid hos Hässleholm');
    expect(await t.db.selectFrom('users').select('id').where('email', '=', 'okand.person@example.se').executeTakeFirst()).toBeUndefined();

    const disabled = await ssoSignIn(new Agent(t.app), 'disabled');
    expect(disabled.status).toBe(403);
    expect(text(disabled, 'h1')).toBe('Ditt konto är inaktiverat');
    const row = await lastAudit('auth.sso_failed', 'disabled_user');
    expect(row?.user_id).toBeTruthy();
    expect(row?.outcome).toBe('denied');
  });

  it('shows a clear page when the provider refuses or cannot be reached', async () => {
    provider.nextAccount = 'deny';
    const a = new Agent(t.app);
    const start = await a.get(`/${SLUG}/personal/sso`);
    const back = new URL(await new Browser().follow(start.location!, provider.issuer));
    expect(back.searchParams.get('error')).toBe('access_denied');
    const denied = await a.get(back.pathname + back.search);
    expect(denied.status).toBe(403);
    expect(text(denied, 'h1')).toBe('Inloggningen avbröts');

    expect((await admin.post(ADMIN_PAGE, { ...baseForm, issuerUrl: await closedPortUrl(), clientSecret: '' })).status).toBe(303);
    const down = await a.get(`/${SLUG}/personal/sso`);
    expect(down.status).toBe(424);
    expect(text(down, 'h1')).toBe('Identitetstjänsten svarar inte');
    expect(await lastAudit('auth.sso_failed', 'provider_unreachable')).toBeTruthy();
    expect(await lastAudit('auth.sso_failed', 'provider_error')).toBeTruthy();
    expect((await admin.post(ADMIN_PAGE, { ...baseForm, clientSecret: '' })).status).toBe(303);
  });

  it('shows the same page when the provider goes away between the sign-in and the token request', async () => {
    const base = `${t.config.PUBLIC_BASE_URL}/${SLUG}/personal`;
    const brief = await startTestProvider({
      redirectUris: [`${base}/sso/callback`], postLogoutRedirectUris: [],
      accounts: [{ sub: 'specialist', email: demoUser(t, SLUG, 'specialist').email, name: 'Spec' }],
    });
    try {
      await admin.get(ADMIN_PAGE);
      expect((await admin.post(ADMIN_PAGE, { ...baseForm, issuerUrl: brief.issuer, clientId: brief.clientId, clientSecret: brief.clientSecret })).status).toBe(303);
      const a = new Agent(t.app);
      const start = await a.get(`/${SLUG}/personal/sso`);
      const back = new URL(await new Browser().follow(start.location!, brief.issuer));
      await brief.close();
      const down = await a.get(back.pathname + back.search);
      expect(down.status).toBe(424);
      expect(text(down, 'h1')).toBe('Identitetstjänsten svarar inte');
      expect(a.hasCookie('bredvid_sid')).toBe(false);
    } finally {
      await brief.close().catch(() => undefined);
      expect((await admin.post(ADMIN_PAGE, baseForm)).status).toBe(303);
    }
  });

  it('provisions an unknown person only with the roles their mapped groups give, when the admin turned it on', async () => {
    const unit = await t.db.selectFrom('org_units').select(['id', 'name']).where('tenant_id', '=', tenantId).where('kind', '=', 'unit').orderBy('name').executeTakeFirstOrThrow();
    const badMapping = await admin.post(ADMIN_PAGE, { ...baseForm, clientSecret: '', groupsClaim: 'groups', groupMappings: 'bredvid-konsulenter = Trollkarl', autoProvision: 'on' });
    expect(badMapping.status).toBe(400);
    expect(badMapping.$('#f-groupMappings-error').text()).toContain('okänd roll');
    const saved = await admin.post(ADMIN_PAGE, {
      ...baseForm, clientSecret: '', groupsClaim: 'groups', autoProvision: 'on',
      groupMappings: `bredvid-konsulenter = Anhörigkonsulent, ${unit.name}\nbredvid-admin = admin`,
    });
    expect(saved.status).toBe(303);
    // Shown with the municipality's own title for the specialist role (Hässleholm: Anhörigstrateg).
    expect(text(await admin.get(ADMIN_PAGE))).toContain(`bredvid-konsulenter = Anhörigstrateg, ${unit.name}`);

    const a = new Agent(t.app);
    const res = await ssoSignIn(a, 'newcomer');
    expect(res.status).toBe(303);
    const user = await t.db.selectFrom('users').selectAll().where('tenant_id', '=', tenantId).where('email', '=', 'ny.konsulent@example.se').executeTakeFirstOrThrow();
    expect(user.password_hash).toBeNull();
    expect(user.name).toBe('Nina Ny');
    const roles = await t.db.selectFrom('user_roles').select(['role', 'unit_id']).where('user_id', '=', user.id).execute();
    expect(roles).toEqual([{ role: 'specialist', unit_id: unit.id }]);
    expect((await lastAudit('user.provisioned_sso'))?.subject_id).toBe(user.id);

    const outsider = await ssoSignIn(new Agent(t.app), 'outsider');
    expect(outsider.status).toBe(403);
    expect(text(outsider)).toContain('ingen av dina grupper');
    expect(await t.db.selectFrom('users').select('id').where('email', '=', 'utan.grupp@example.se').executeTakeFirst()).toBeUndefined();
    expect((await admin.post(ADMIN_PAGE, { ...baseForm, clientSecret: '' })).status).toBe(303);
  });

  it('turns password sign-in off only for an admin signed in through SSO, then refuses passwords; the CLI turns them back on', async () => {
    const refused = await admin.post(ADMIN_PAGE, { ...baseForm, clientSecret: '', passwordSignInOff: 'on' });
    expect(refused.status).toBe(400);
    expect(refused.$('#f-passwordSignInOff-error').text()).toContain('Logga först in med kommunens identitetstjänst');

    const ssoAdmin = new Agent(t.app);
    expect((await ssoSignIn(ssoAdmin, 'admin')).status).toBe(303);
    await ssoAdmin.get(ADMIN_PAGE);
    expect((await ssoAdmin.post(ADMIN_PAGE, { ...baseForm, clientSecret: '', passwordSignInOff: 'on' })).status).toBe(303);
    expect(await lastAudit('settings.password_sign_in_off')).toBeTruthy();
    const cannotDisableSso = await ssoAdmin.post(ADMIN_PAGE, { ...baseForm, enabled: undefined, clientSecret: '', passwordSignInOff: 'on' });
    expect(cannotDisableSso.status).toBe(400);
    expect(cannotDisableSso.$('#f-enabled-error').text()).toContain('Slå på lösenordsinloggning');

    const a = new Agent(t.app);
    const page = await a.get(`/${SLUG}/personal/logga-in`);
    expect(page.$('#f-password').length).toBe(0);
    expect(page.$(`a[href="/${SLUG}/personal/sso"]`).text()).toBe('Logga in med Kommunens konto');
    const password = await a.post(`/${SLUG}/personal/logga-in`, { email: demoUser(t, SLUG, 'specialist').email, password: 'whatever-it-is-123' });
    expect(password.status).toBe(403);
    expect(password.$('.error-summary').text()).toContain('Inloggning med lösenord är avstängd');

    expect(await reenablePasswordSignIn(t.db, tenantId, t.clock.now())).toBe(true);
    expect((await lastAudit('settings.password_sign_in_on'))?.purpose).toBe('break-glass (cli)');
    await signIn(t.app, SLUG, demoUser(t, SLUG, 'specialist').email);
  });

  it('ends the Bredvid session at sign-out and sends an SSO session on to the provider', async () => {
    const a = new Agent(t.app);
    await ssoSignIn(a, 'specialist');
    await a.get(`/${SLUG}/personal`);
    const out = await a.post(`/${SLUG}/personal/logga-ut`);
    expect(out.status).toBe(303);
    const to = new URL(out.location!);
    expect(to.origin).toBe(provider.issuer);
    expect(to.searchParams.get('post_logout_redirect_uri')).toBe(`${t.config.PUBLIC_BASE_URL}/${SLUG}/personal/logga-in?utloggad=1`);
    expect(to.searchParams.get('client_id')).toBe(provider.clientId);
    // The provider accepts it: its sign-out confirmation page, not an error.
    expect((await fetch(to)).status).toBe(200);
    expect((await a.get(`/${SLUG}/personal`)).status).toBe(303);

    // A password session signs out locally, as before.
    const p = await signIn(t.app, SLUG, demoUser(t, SLUG, 'specialist').email);
    expect((await p.post(`/${SLUG}/personal/logga-ut`)).location).toBe(`/${SLUG}/personal/logga-in?utloggad=1`);
  });
});
