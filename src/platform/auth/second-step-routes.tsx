// /{kommun}/personal/logga-in/kod: the step after a correct password for someone with a second
// factor. The password opened only a pending state (a DB row keyed by the hash of a random
// cookie, five minutes), never a session; a code from the app or a recovery code completes it.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { audit } from '../audit/audit.js';
import { pageContext, redirect, tenantOf, type PageContext } from '../http/context.js';
import type { FieldErrors } from '../http/errors.js';
import { parseForm } from '../http/forms.js';
import { render } from '../http/render.js';
import { cookieOptions } from '../http/security.js';
import type { AuthenticationResponseJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server';
import { assetPath } from '../views/assets.js';
import { Button, CsrfField, ErrorSummary, Form, TextField } from '../views/components.js';
import { Layout } from '../views/layout.js';
import { authenticateWithPasskey, authenticationOptions, parseCredentialJson, relyingParty } from './passkeys.js';
import { admitAttempt, signInSucceeded } from './rate-limit.js';
import { checkTotp, clearWrongCodes, PENDING_TTL_MS, pendingToken, recordWrongCode, useRecoveryCode, wrongCodesLeft } from './second-factor.js';
import { sha256 } from './sessions.js';
import { completeSignIn } from './sign-in-complete.js';

export const pendingCookieName = (isProduction: boolean): string => `${isProduction ? '__Host-' : ''}bredvid_2fa`;

const passkeySchema = z.object({ response: z.string().min(1, 'Nyckeln svarade inte').max(20_000, 'För långt svar') }).strict();

const codeSchema = z.object({
  code: z.string().trim().min(1, 'Fyll i koden').max(40, 'Högst 40 tecken'),
}).strict();

export async function startSecondStep(app: FastifyInstance, reply: FastifyReply, user: { id: string; tenantId: string; slug: string }, next: string, now: Date): Promise<FastifyReply> {
  const { db, config } = app.deps;
  const token = pendingToken();
  await db.deleteFrom('pending_sign_ins').where('user_id', '=', user.id)
    .where('created_at', '<', new Date(now.getTime() - PENDING_TTL_MS).toISOString()).execute();
  await db.insertInto('pending_sign_ins').values({ id_hash: sha256(token), tenant_id: user.tenantId, user_id: user.id, next, created_at: now.toISOString() }).execute();
  reply.setCookie(pendingCookieName(config.isProduction), token, cookieOptions(config.isProduction, PENDING_TTL_MS / 1000));
  return redirect(reply, `/${user.slug}/personal/logga-in/kod`);
}

/** Signing in with a passkey: hidden until the script finds WebAuthn in the browser. */
function PasskeySignIn({ ctx, options }: { ctx: PageContext; options: PublicKeyCredentialRequestOptionsJSON }) {
  return (
    <>
      <form method="post" action={`/${ctx.tenant!.slug}/personal/logga-in/nyckel`} class="passkey-form" data-passkey="get"
        data-options={JSON.stringify(options)} data-failed="Det gick inte att logga in med nyckeln. Försök igen eller skriv in en kod nedan." hidden>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="response" value="" />
        <p>Har du lagt till en nyckel (passkey), till exempel i telefonen, datorn eller en säkerhetsnyckel, kan du använda den i stället för en kod.</p>
        <Button>Logga in med nyckel</Button>
        <p class="passkey-status" data-passkey-status role="status" aria-live="polite"></p>
      </form>
      <script src={assetPath('passkey.js')} defer></script>
    </>
  );
}

function CodePage({ ctx, errors, passkey }: { ctx: PageContext; errors?: FieldErrors; passkey?: PublicKeyCredentialRequestOptionsJSON }) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title="Tvåstegsverifiering">
      <h1>Skriv in koden</h1>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['code']} />
      {passkey ? <PasskeySignIn ctx={ctx} options={passkey} /> : ''}
      <p>Öppna appen för tvåstegsverifiering i din telefon och skriv in koden som visas för Bredvid.</p>
      <Form ctx={ctx} action={`/${slug}/personal/logga-in/kod`}>
        <TextField name="code" label="Kod" hint="Sex siffror. Har du inte telefonen med dig kan du skriva in en av dina reservkoder." autocomplete="one-time-code" inputmode="numeric" width="short" errors={errors} />
        <Button>Logga in</Button>
      </Form>
      <p><a href={`/${slug}/personal/logga-in`}>Börja om inloggningen</a></p>
    </Layout>
  );
}

export async function secondStepRoutes(app: FastifyInstance): Promise<void> {
  const { db, config, clock, dialect } = app.deps;
  const cookie = pendingCookieName(config.isProduction);
  const rp = relyingParty(config.PUBLIC_BASE_URL);

  /** The code page, offering the user's passkeys (a fresh challenge) when there are any. */
  async function codePage(req: FastifyRequest, reply: FastifyReply, userId: string, errors?: FieldErrors, status = 200) {
    const ctx = pageContext(req, 'public');
    const passkey = await authenticationOptions(db, rp, { tenantId: ctx.tenant!.id, userId }, clock.now());
    reply.header('cache-control', 'no-store');
    return render(reply, <CodePage ctx={ctx} errors={errors} passkey={passkey} />, status);
  }

  async function pending(req: FastifyRequest) {
    const token = req.cookies[cookie];
    if (!token || token.length > 100) return undefined;
    const row = await db.selectFrom('pending_sign_ins').select(['id_hash', 'user_id', 'next', 'created_at'])
      .where('id_hash', '=', sha256(token)).where('tenant_id', '=', tenantOf(req).id).executeTakeFirst();
    if (!row || clock.now().getTime() - Date.parse(row.created_at) > PENDING_TTL_MS) return undefined;
    return row;
  }

  app.get('/personal/logga-in/kod', async (req, reply) => {
    const tenant = tenantOf(req);
    const state = await pending(req);
    if (!state) return redirect(reply, `/${tenant.slug}/personal/logga-in`);
    return codePage(req, reply, state.user_id);
  });

  app.post('/personal/logga-in/nyckel', async (req, reply) => {
    const tenant = tenantOf(req);
    const state = await pending(req);
    if (!state) return redirect(reply, `/${tenant.slug}/personal/logga-in`);
    const FAILED = { code: 'Det gick inte att logga in med nyckeln. Försök igen eller skriv in en kod från appen.' };
    const parsed = parseForm(passkeySchema, req.body);
    if (!parsed.ok) return codePage(req, reply, state.user_id, FAILED, 400);
    const now = clock.now();
    const admission = await admitAttempt(db, dialect, config.sessionSecret, tenant.id, `second-factor:${state.user_id}`, req.ip, now);
    if (!admission.ok || (await wrongCodesLeft(db, config.sessionSecret, tenant.id, state.user_id, now)) <= 0) {
      await audit(db, { tenantId: tenant.id, userId: state.user_id, action: 'auth.second_factor_throttled', outcome: 'denied' }, now);
      reply.header('retry-after', String(admission.ok ? 15 * 60 : admission.retryAfterSeconds));
      return codePage(req, reply, state.user_id, { code: 'För många misslyckade försök. Vänta en stund och försök igen.' }, 429);
    }
    const response = parseCredentialJson<AuthenticationResponseJSON>(parsed.data.response);
    const who = { tenantId: tenant.id, userId: state.user_id };
    if (!response || !(await authenticateWithPasskey(db, rp, who, response, now))) {
      await recordWrongCode(db, config.sessionSecret, tenant.id, state.user_id, now);
      await audit(db, { tenantId: tenant.id, userId: state.user_id, action: 'auth.passkey_failed', outcome: 'failed' }, now);
      return codePage(req, reply, state.user_id, FAILED, 400);
    }
    await signInSucceeded(db, admission.attempt);
    await clearWrongCodes(db, config.sessionSecret, tenant.id, state.user_id);
    await db.deleteFrom('pending_sign_ins').where('id_hash', '=', state.id_hash).execute();
    reply.clearCookie(cookie, cookieOptions(config.isProduction));
    await completeSignIn(app, req, reply, { id: state.user_id, tenantId: tenant.id }, 'passkey', now);
    return redirect(reply, state.next);
  });

  app.post('/personal/logga-in/kod', async (req, reply) => {
    const tenant = tenantOf(req);
    const state = await pending(req);
    if (!state) return redirect(reply, `/${tenant.slug}/personal/logga-in`);
    const parsed = parseForm(codeSchema, req.body);
    if (!parsed.ok) return codePage(req, reply, state.user_id, parsed.errors, 400);
    const now = clock.now();
    // The same throttle as passwords, under its own key: six digits must not be guessable.
    const admission = await admitAttempt(db, dialect, config.sessionSecret, tenant.id, `second-factor:${state.user_id}`, req.ip, now);
    if (!admission.ok || (await wrongCodesLeft(db, config.sessionSecret, tenant.id, state.user_id, now)) <= 0) {
      await audit(db, { tenantId: tenant.id, userId: state.user_id, action: 'auth.second_factor_throttled', outcome: 'denied' }, now);
      const seconds = admission.ok ? 15 * 60 : admission.retryAfterSeconds;
      reply.header('retry-after', String(seconds));
      const minutes = Math.ceil(seconds / 60);
      return codePage(req, reply, state.user_id, { code: `För många felaktiga koder. Vänta ${minutes} ${minutes === 1 ? 'minut' : 'minuter'} och försök igen.` }, 429);
    }
    const code = parsed.data.code.replace(/\s/g, '');
    const method = /^\d{6}$/.test(code)
      ? (await checkTotp(db, config.secretsKey, tenant.id, state.user_id, code, now, true) ? 'password+totp' : undefined)
      : (await useRecoveryCode(db, config.sessionSecret, tenant.id, state.user_id, code, now) ? 'password+recovery' : undefined);
    if (!method) {
      await recordWrongCode(db, config.sessionSecret, tenant.id, state.user_id, now);
      await audit(db, { tenantId: tenant.id, userId: state.user_id, action: 'auth.second_factor_failed', outcome: 'failed' }, now);
      return codePage(req, reply, state.user_id, { code: 'Koden stämmer inte eller har redan använts. Vänta på nästa kod i appen och försök igen.' }, 400);
    }
    await signInSucceeded(db, admission.attempt);
    await clearWrongCodes(db, config.sessionSecret, tenant.id, state.user_id);
    await db.deleteFrom('pending_sign_ins').where('id_hash', '=', state.id_hash).execute();
    reply.clearCookie(cookie, cookieOptions(config.isProduction));
    await completeSignIn(app, req, reply, { id: state.user_id, tenantId: tenant.id }, method, now);
    return redirect(reply, state.next);
  });
}
