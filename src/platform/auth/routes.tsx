// Staff sign-in and sign-out at /{kommun}/personal/logga-in (local accounts, argon2id).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { audit } from '../audit/audit.js';
import { pageContext, redirect, tenantOf } from '../http/context.js';
import { f, parseForm, type FormValues } from '../http/forms.js';
import type { FieldErrors } from '../http/errors.js';
import { render } from '../http/render.js';
import { cookieNames, cookieOptions } from '../http/security.js';
import { Button, ErrorSummary, Form, TextField } from '../views/components.js';
import { Layout } from '../views/layout.js';
import type { PageContext } from '../http/context.js';
import { dummyHash, passwordVerifier } from './passwords.js';
import { admitAttempt, signInSucceeded } from './rate-limit.js';
import { endSessionUrl, signInOptions } from './oidc/service.js';
import { hasConfirmedFactor } from './second-factor.js';
import { startSecondStep } from './second-step-routes.js';
import { destroySession } from './sessions.js';
import { completeSignIn } from './sign-in-complete.js';

const signInSchema = z.object({
  email: f.email(),
  password: z.string().min(1, 'Fyll i ditt lösenord').max(200, 'Högst 200 tecken'),
  next: z.string().max(500).optional(),
}).strict();

/** Only a path inside the same municipality's staff area is a valid place to return to. */
export function safeNext(slug: string, next: string | undefined): string {
  const home = `/${slug}/personal`;
  if (!next || !next.startsWith(`${home}`) || next.startsWith('//') || /[\\\s]/.test(next)) return home;
  return next;
}

type SsoOptions = Awaited<ReturnType<typeof signInOptions>>;

function SignInPage({ ctx, errors, values, next, notice, sso }: { ctx: PageContext; errors?: FieldErrors; values?: FormValues; next?: string; notice?: string; sso: SsoOptions }) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title="Logga in">
      <h1>Logga in för personal</h1>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['email', 'password']} />
      {notice ? <p class="banner banner-info" safe>{notice}</p> : ''}
      {sso.sso ? <p><a class="button button-primary" role="button" href={`/${slug}/personal/sso${next ? `?next=${encodeURIComponent(next)}` : ''}`} safe>{`Logga in med ${sso.sso.label}`}</a></p> : ''}
      {sso.passwordOff ? '' : <Form ctx={ctx} action={`/${slug}/personal/logga-in`}>
        <input type="hidden" name="next" value={next ?? ''} />
        <TextField name="email" label="E-postadress" type="email" autocomplete="username" errors={errors} values={values} width="medium" />
        <TextField name="password" label="Lösenord" type="password" autocomplete="current-password" errors={errors} values={values} width="medium" />
        <Button>{sso.sso ? 'Logga in med lösenord' : 'Logga in'}</Button>
      </Form>}
      <p class="muted">Är du anhörig? Du behöver inget konto. <a href={`/${slug}`}>Gå till startsidan</a>.</p>
    </Layout>
  );
}

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const { db, config, clock, dialect } = app.deps;
  const names = cookieNames(config.isProduction);

  app.get('/personal/logga-in', async (req, reply) => {
    const tenant = tenantOf(req);
    if (req.principal) return redirect(reply, `/${tenant.slug}/personal`);
    const next = (req.query as { next?: string }).next;
    const notice = (req.query as { utloggad?: string }).utloggad ? 'Du är utloggad.' : undefined;
    const sso = await signInOptions(db, tenant.id);
    return render(reply, <SignInPage ctx={pageContext(req, 'staff')} next={typeof next === 'string' ? next : undefined} notice={notice} sso={sso} />);
  });

  app.post('/personal/logga-in', async (req, reply) => {
    const tenant = tenantOf(req);
    const ctx = pageContext(req, 'staff');
    const sso = await signInOptions(db, tenant.id);
    // The municipality signs in through its identity provider only (oidc/): refused before anything is checked.
    if (sso.passwordOff) {
      await audit(db, { tenantId: tenant.id, userId: null, action: 'auth.sign_in_failed', purpose: 'password_sign_in_off', outcome: 'denied' }, clock.now());
      return render(reply, <SignInPage ctx={ctx} sso={sso} errors={{ _form: `Inloggning med lösenord är avstängd. Logga in med ${sso.sso!.label}.` }} />, 403);
    }
    const parsed = parseForm(signInSchema, req.body);
    if (!parsed.ok) return render(reply, <SignInPage ctx={ctx} sso={sso} errors={parsed.errors} values={parsed.values} />, 400);
    const { email, password, next } = parsed.data;
    const now = clock.now();
    const address = req.ip;
    // Counted and recorded before the hash is checked, so parallel guesses cannot outrun the count.
    const admission = await admitAttempt(db, dialect, config.sessionSecret, tenant.id, email, address, now);
    if (!admission.ok) {
      await audit(db, { tenantId: tenant.id, userId: null, action: 'auth.sign_in_throttled', outcome: 'denied' }, now);
      const minutes = Math.ceil(admission.retryAfterSeconds / 60);
      reply.header('retry-after', String(admission.retryAfterSeconds));
      return render(reply, <SignInPage ctx={ctx} sso={sso} values={{ email }} errors={{ _form: `För många misslyckade inloggningar. Vänta ${minutes} ${minutes === 1 ? 'minut' : 'minuter'} och försök igen.` }} />, 429);
    }
    const user = await db.selectFrom('users').select(['id', 'password_hash', 'disabled', 'must_change_password'])
      .where('tenant_id', '=', tenant.id).where('email', '=', email.toLowerCase()).executeTakeFirst();
    const ok = user
      ? await passwordVerifier.verify(user.password_hash, password)
      : (await passwordVerifier.verify(await dummyHash(), password), false);
    if (!user || !ok || user.disabled === 1) {
      await audit(db, { tenantId: tenant.id, userId: user?.id ?? null, action: 'auth.sign_in_failed', outcome: 'failed' }, now);
      return render(reply, <SignInPage ctx={ctx} sso={sso} values={{ email }} next={next} errors={{ email: 'E-postadressen eller lösenordet stämmer inte', password: 'Kontrollera lösenordet' }} />, 400);
    }
    await signInSucceeded(db, admission.attempt);
    const target = user.must_change_password === 1 ? `/${tenant.slug}/personal/byt-losenord` : safeNext(tenant.slug, next);
    // With a second factor the password opens only a short pending step, not a session.
    if (await hasConfirmedFactor(db, tenant.id, user.id)) return startSecondStep(app, reply, { id: user.id, tenantId: tenant.id, slug: tenant.slug }, target, now);
    await completeSignIn(app, req, reply, { id: user.id, tenantId: tenant.id }, 'password', now);
    return redirect(reply, target);
  });

  app.post('/personal/logga-ut', async (req, reply) => {
    const tenant = tenantOf(req);
    // An SSO session also ends at the provider when it offers RP-initiated logout.
    const providerLogout = req.principal?.authMethod === 'sso' ? await endSessionUrl(db, config, tenant) : undefined;
    if (req.sessionIdHash && req.principal) {
      await destroySession(db, req.sessionIdHash);
      await audit(db, { tenantId: tenant.id, userId: req.principal.userId, action: 'auth.sign_out' }, clock.now());
    }
    // The same attributes as the cookie itself (Secure above all), or a browser keeps the
    // dead __Host- cookie.
    reply.clearCookie(names.session, cookieOptions(config.isProduction));
    return redirect(reply, providerLogout ?? `/${tenant.slug}/personal/logga-in?utloggad=1`);
  });
}
