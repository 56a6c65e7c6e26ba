// E-legitimation sign-in to Mina sidor through the municipality's OpenID Connect broker, against
// a real oidc-provider on loopback as the broker's stand-in: set up by the admin, sign-in, the
// link to an identified carer record only with consent (the personnummer is not stored on the
// account), and the failure cases — wrong state, expired, cancelled, broker down — on clear pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { Agent, buildTestApp, DIALECTS, demoUser, signIn, text, type TestApp } from '../../../test/harness.js';
import { Browser, startTestProvider, type TestProvider } from '../../../test/oidc-provider.js';

const SLUG = 'sodertalje';
const ADMIN_PAGE = `/${SLUG}/personal/admin/e-legitimation`;
const PNR = '191212121212';

async function closedPortUrl(): Promise<string> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return `http://127.0.0.1:${port}`;
}

describe.each(DIALECTS)('e-legitimation for carers on %s', (dialect) => {
  let t: TestApp;
  let provider: TestProvider;
  let admin: Agent;
  let form: Record<string, string>;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: [SLUG] });
    provider = await startTestProvider({
      redirectUris: [`${t.config.PUBLIC_BASE_URL}/${SLUG}/mina-sidor/e-legitimation/callback`], postLogoutRedirectUris: [],
      accounts: [
        { sub: 'eid-carer', email: 'ignored@example.se', name: 'Ignored', personalNumber: PNR },
        { sub: 'eid-other', email: 'ignored2@example.se', name: 'Ignored', personalNumber: '198112289874' },
      ],
    });
    admin = await signIn(t.app, SLUG, demoUser(t, SLUG, 'admin').email);
    form = { enabled: 'on', displayName: 'Logga in med BankID', issuerUrl: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret, personnummerClaim: 'personal_number' };
  });
  afterAll(async () => {
    await provider?.close();
    await t?.close();
  });

  /** From Bredvid's start through the broker and back to the callback (optionally changed). */
  async function eidSignIn(agent: Agent, change?: (u: URL) => void) {
    const start = await agent.get(`/${SLUG}/mina-sidor/e-legitimation`);
    expect(start.status).toBe(303);
    const back = new URL(await new Browser().follow(start.location!, provider.issuer));
    change?.(back);
    return agent.get(back.pathname + back.search);
  }

  it('is offered only once the admin has set it up; the secret is sealed', async () => {
    const before = await new Agent(t.app).get(`/${SLUG}/mina-sidor/logga-in`);
    expect(before.$(`a[href="/${SLUG}/mina-sidor/e-legitimation"]`).length).toBe(0);
    expect((await new Agent(t.app).get(`/${SLUG}/mina-sidor/e-legitimation`)).status).toBe(404);
    expect((await admin.get(ADMIN_PAGE)).status).toBe(200);
    const bad = await admin.post(ADMIN_PAGE, { ...form, issuerUrl: 'ftp://nope' });
    expect(bad.status).toBe(400);
    expect(bad.$('.error-summary a[href="#f-issuerUrl"]').length).toBe(1);
    expect((await admin.post(ADMIN_PAGE, form)).status).toBe(303);
    const row = await t.db.selectFrom('eid_broker_configs').selectAll().executeTakeFirstOrThrow();
    expect(row.client_secret_sealed).not.toContain(provider.clientSecret);
    const after = await new Agent(t.app).get(`/${SLUG}/mina-sidor/logga-in`);
    expect(after.$(`a[href="/${SLUG}/mina-sidor/e-legitimation"]`).text()).toBe('Logga in med BankID');
  });

  it('signs in, keeps no personnummer, and links to the carer record only with consent', async () => {
    const tenantId = t.seeds.get(SLUG)!.tenantId;
    const carer = await t.db.selectFrom('carers').select('id').where('tenant_id', '=', tenantId).orderBy('id').executeTakeFirstOrThrow();
    await t.db.updateTable('carers').set({ personnummer: PNR }).where('id', '=', carer.id).execute();
    const a = new Agent(t.app);
    const done = await eidSignIn(a);
    expect(done.status).toBe(303);
    expect(done.location).toBe(`/${SLUG}/mina-sidor`);
    expect(a.hasCookie('bredvid_carer')).toBe(true);
    const account = await t.db.selectFrom('carer_accounts').selectAll().where('tenant_id', '=', tenantId).executeTakeFirstOrThrow();
    expect(JSON.stringify(account)).not.toContain(PNR);
    expect(account.carer_id).toBeNull();
    const home = await a.get(done.location!);
    expect(text(home)).toContain('Koppla kontot till dina uppgifter hos anhörigstödet');
    const noConsent = await a.post(`/${SLUG}/mina-sidor/koppla`, {});
    expect(noConsent.status).toBe(400);
    expect(noConsent.$('.error-summary').text()).toContain('Kryssa i rutan');
    const linked = await a.post(`/${SLUG}/mina-sidor/koppla`, { consent: 'on' });
    expect(linked.status).toBe(303);
    const after = await t.db.selectFrom('carer_accounts').selectAll().where('id', '=', account.id).executeTakeFirstOrThrow();
    expect(after.carer_id).toBe(carer.id);
    expect(after.link_consent_at).not.toBeNull();
    expect(JSON.stringify(after)).not.toContain(PNR);
    expect(text(await a.get(linked.location!))).toContain('Kontot är kopplat till dina uppgifter hos anhörigstödet.');
    // The same person again: the same account.
    const again = await eidSignIn(new Agent(t.app));
    expect(again.status).toBe(303);
    expect(Number((await t.db.selectFrom('carer_accounts').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).executeTakeFirstOrThrow()).n)).toBe(1);
  });

  it('shows a clear page for a wrong state, an expired sign-in, a cancelled one and a broker that is down', async () => {
    const wrongState = await eidSignIn(new Agent(t.app), (u) => u.searchParams.set('state', 'not-ours'));
    expect(wrongState.status).toBe(400);
    expect(text(wrongState, 'h1')).toBe('Inloggningen med e-legitimation gick inte');
    expect(text(wrongState)).toContain('hörde inte till den här inloggningen');

    const late = await eidSignIn(new Agent(t.app), () => t.clock.advance(11 * 60_000));
    expect(late.status).toBe(400);
    expect(text(late)).toContain('tog för lång tid');

    provider.nextAccount = 'deny';
    try {
      const cancelled = await eidSignIn(new Agent(t.app));
      expect(cancelled.status).toBe(403);
      expect(text(cancelled)).toContain('Inloggningen avbröts');
    } finally {
      provider.nextAccount = 'eid-carer';
    }

    expect((await admin.post(ADMIN_PAGE, { ...form, issuerUrl: await closedPortUrl(), clientSecret: '' })).status).toBe(303);
    const english = new Agent(t.app);
    await english.get(`/${SLUG}/mina-sidor/logga-in?lang=en`);
    const down = await english.get(`/${SLUG}/mina-sidor/e-legitimation`);
    expect(down.status).toBe(424);
    expect(text(down)).toContain('The e-identification service is not answering right now');
    expect((await admin.post(ADMIN_PAGE, { ...form, clientSecret: '' })).status).toBe(303);
    const reasons = (await t.db.selectFrom('audit_log').select('purpose').where('action', '=', 'carer_account.eid_failed').execute()).map((r) => r.purpose);
    expect(reasons).toEqual(expect.arrayContaining(['state_mismatch', 'expired', 'provider_error', 'provider_unreachable']));
  });
});
