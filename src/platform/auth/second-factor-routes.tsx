// /{kommun}/personal/tvastegsverifiering: a staff member turns on the second factor (an
// authenticator app: QR code drawn on the server, the secret as text for manual entry), which
// counts only once a valid code is entered; then gets recovery codes, shown once.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from './principal.js';
import { loadQr } from '../lazy-libs.js';
import { z } from 'zod';
import { audit } from '../audit/audit.js';
import { pageContext, redirect, requireUser, tenantOf, type PageContext } from '../http/context.js';
import type { FieldErrors } from '../http/errors.js';
import { parseForm } from '../http/forms.js';
import { render } from '../http/render.js';
import type { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { assetPath } from '../views/assets.js';
import { Banner, Button, CsrfField, ErrorSummary, Form, TextField } from '../views/components.js';
import { Layout } from '../views/layout.js';
import { listPasskeys, parseCredentialJson, registerPasskey, registrationOptions, relyingParty, removePasskey, type PasskeySummary } from './passkeys.js';
import { admitAttempt, signInSucceeded } from './rate-limit.js';
import { checkTotp, replaceRecoveryCodes, startTotpEnrolment, totpFor, unusedRecoveryCodes } from './second-factor.js';
import { sm } from '../i18n/staff-messages.js';

const confirmSchema = z.object({ code: z.string().trim().min(1, 'Fyll i koden från appen').max(20, 'Högst 20 tecken') }).strict();
const emptySchema = z.object({}).strict();
const passkeySchema = z.object({
  name: z.string().trim().min(1, 'Ge nyckeln ett namn').max(60, 'Högst 60 tecken'),
  response: z.string().max(20_000, 'För långt svar'),
}).strict();

export interface PasskeyView { keys: PasskeySummary[]; options: PublicKeyCredentialCreationOptionsJSON; added?: boolean; removed?: boolean }

const day = (iso: string) => iso.slice(0, 10);

/** The user's passkeys, and a form to add one that only the script shows (WebAuthn needs JavaScript). */
function PasskeySection({ ctx, view, errors }: { ctx: PageContext; view: PasskeyView; errors?: FieldErrors }) {
  const base = `/${ctx.tenant!.slug}/personal/tvastegsverifiering/nyckel`;
  return (
    <section aria-labelledby="passkeys-heading">
      <h2 id="passkeys-heading">Nycklar (passkeys)</h2>
      {view.added ? <Banner kind="success" title="Nyckeln är tillagd">Nästa gång du loggar in kan du använda nyckeln i stället för en kod.</Banner> : ''}
      {view.removed ? <Banner kind="success" title="Nyckeln är borttagen" /> : ''}
      <p>En nyckel är det säkraste sättet att logga in: telefonen, datorn eller en säkerhetsnyckel bekräftar att det är du, till exempel med fingeravtryck, ansikte eller pinkod. Fingeravtryck och ansikte stannar i din enhet och skickas aldrig till Bredvid. Att lägga till och använda en nyckel kräver en webbläsare med JavaScript; annars loggar du in med koden från appen.</p>
      {view.keys.length === 0 ? <p>Du har inga nycklar.</p> : (
        <table class="table">
          <caption>Dina nycklar</caption>
          <thead><tr><th scope="col">Namn</th><th scope="col">Tillagd</th><th scope="col">Senast använd</th><th scope="col"><span class="visually-hidden">Åtgärd</span></th></tr></thead>
          <tbody>
            {view.keys.map((k) => (
              <tr>
                <td safe>{k.name}</td>
                <td safe>{day(k.createdAt)}</td>
                <td>{k.lastUsedAt ? <span safe>{day(k.lastUsedAt)}</span> : 'Aldrig'}</td>
                <td>
                  <form method="post" action={`${base}/${k.id}/ta-bort`}>
                    <CsrfField ctx={ctx} />
                    <button type="submit" class="button button-warning" aria-label={`Ta bort nyckeln ${k.name}`}>Ta bort</button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['name']} />
      <form method="post" action={base} class="passkey-form" data-passkey="create" data-options={JSON.stringify(view.options)}
        data-failed="Det gick inte att lägga till nyckeln. Försök igen." hidden novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="response" value="" />
        <TextField name="name" label="Namn på nyckeln" hint="Så att du känner igen den, till exempel Jobbtelefonen." maxlength={60} width="medium" errors={errors} />
        <Button variant="secondary">Lägg till nyckel</Button>
        <p class="passkey-status" data-passkey-status role="status" aria-live="polite"></p>
      </form>
      <script src={assetPath('passkey.js')} defer></script>
    </section>
  );
}

/** The QR code as inline SVG built from the module matrix: no script, no image request, no raw markup. */
export async function QrSvg({ text }: { text: string }) {
  const { modules } = (await loadQr()).create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  let d = '';
  for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) if (modules.get(x, y)) d += `M${x + 4} ${y + 4}h1v1h-1z`;
  return (
    <svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${n + 8} ${n + 8}`} width="232" height="232" role="img" aria-label="QR-kod för appen">
      <rect width="100%" height="100%" fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}

const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

function EnrolPage({ ctx, secret, forced, errors, passkeys, passkeyErrors }: { ctx: PageContext; secret: string; forced: boolean; errors?: FieldErrors; passkeys?: PasskeyView; passkeyErrors?: FieldErrors }) {
  const p = ctx.principal!;
  const uri = totpFor(secret, p.email, `Bredvid ${ctx.tenant!.name}`).toString();
  return (
    <Layout ctx={ctx} title="Tvåstegsverifiering">
      <h1>Slå på tvåstegsverifiering</h1>
      {forced ? <Banner kind="info" title="Kommunen kräver tvåstegsverifiering">Du arbetar med uppgifter om enskilda personer. Slå på tvåstegsverifiering innan du fortsätter.</Banner> : ''}
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['code']} />
      <p>Vid inloggning skriver du då både lösenordet och en kod från en app i din telefon, till exempel Microsoft Authenticator, Google Authenticator eller FreeOTP.</p>
      <ol>
        <li>
          <p>Lägg till ett konto i appen genom att skanna QR-koden.</p>
          <QrSvg text={uri} />
          <p>Kan du inte skanna? Skriv in den här nyckeln i appen:</p>
          <p><code class="secret" safe>{grouped(secret)}</code></p>
        </li>
        <li>
          <Form ctx={ctx} action={`/${ctx.tenant!.slug}/personal/tvastegsverifiering`}>
            <TextField name="code" label="Skriv in koden som appen visar" hint="Sex siffror." autocomplete="one-time-code" inputmode="numeric" width="short" errors={errors} />
            <Button>Slå på</Button>
          </Form>
        </li>
      </ol>
      {passkeys ? <PasskeySection ctx={ctx} view={passkeys} errors={passkeyErrors} /> : ''}
    </Layout>
  );
}

/** The first key of someone without the app: recovery codes, shown once, for a browser without passkeys. */
function PasskeyCodesPage({ ctx, codes }: { ctx: PageContext; codes: string[] }) {
  return (
    <Layout ctx={ctx} title="Tvåstegsverifiering">
      <h1>Tvåstegsverifiering</h1>
      <Banner kind="success" title="Nyckeln är tillagd">Nästa gång du loggar in kan du använda nyckeln i stället för en kod.</Banner>
      <h2>Dina reservkoder</h2>
      <p>Kan du inte använda nyckeln, till exempel i en annan webbläsare, loggar du in med en av de här koderna. Varje kod fungerar en gång. Spara dem på ett säkert ställe, till exempel utskrivna i en låst låda. De visas bara nu.</p>
      <ul class="recovery-codes">{codes.map((c) => <li><code safe>{c}</code></li>)}</ul>
      <p><a href={`/${ctx.tenant!.slug}/personal/tvastegsverifiering`}>Tillbaka till tvåstegsverifiering</a></p>
    </Layout>
  );
}

function StatusPage({ ctx, remaining, codes, passkeys, passkeyErrors }: { ctx: PageContext; remaining: number; codes?: string[]; passkeys?: PasskeyView; passkeyErrors?: FieldErrors }) {
  const reauth = ctx.principal!.authMethod === 'password' && !codes;
  return (
    <Layout ctx={ctx} title="Tvåstegsverifiering">
      <h1>Tvåstegsverifiering</h1>
      {codes ? (
        <>
          <Banner kind="success" title="Tvåstegsverifiering är på" />
          <h2>Dina reservkoder</h2>
          <p>Om du tappar bort telefonen kan du logga in med en av de här koderna i stället. Varje kod fungerar en gång. Spara dem på ett säkert ställe, till exempel utskrivna i en låst låda. De visas bara nu.</p>
          <ul class="recovery-codes">{codes.map((c) => <li><code safe>{c}</code></li>)}</ul>
        </>
      ) : (
        <>
          <p safe>{sm('mfa.remainingCodes', { count: remaining })}</p>
          {reauth ? <Banner kind="info" title="Logga in igen med koden">Den här inloggningen gjordes bara med lösenord. Logga ut och logga in igen med koden från appen.</Banner> : ''}
        </>
      )}
      <h2>Nya reservkoder</h2>
      <p>Skapar du nya reservkoder slutar de gamla att fungera.</p>
      <Form ctx={ctx} action={`/${ctx.tenant!.slug}/personal/tvastegsverifiering/reservkoder`}>
        <Button variant="secondary">Skapa nya reservkoder</Button>
      </Form>
      <p>Har du bytt telefon? Be en administratör att återställa din tvåstegsverifiering, och slå sedan på den igen.</p>
      {passkeys ? <PasskeySection ctx={ctx} view={passkeys} errors={passkeyErrors} /> : ''}
    </Layout>
  );
}

export async function secondFactorRoutes(app: FastifyInstance): Promise<void> {
  const { db, config, clock, dialect } = app.deps;
  const PATH = '/personal/tvastegsverifiering';
  const rp = relyingParty(config.PUBLIC_BASE_URL);

  async function passkeyView(who: Principal, flags: { added?: boolean; removed?: boolean } = {}): Promise<PasskeyView> {
    return {
      keys: await listPasskeys(db, who.tenantId, who.userId),
      options: await registrationOptions(db, rp, { tenantId: who.tenantId, userId: who.userId, email: who.email, name: who.name }, clock.now()),
      ...flags,
    };
  }

  /** The enrolment or status page, with the passkey section. */
  async function page(req: FastifyRequest, reply: FastifyReply, who: Principal, opts: { flags?: { added?: boolean; removed?: boolean }; passkeyErrors?: FieldErrors; status?: number } = {}) {
    const ctx = pageContext(req, 'staff');
    reply.header('cache-control', 'no-store');
    const state = await startTotpEnrolment(db, config.secretsKey, who, clock.now());
    const passkeys = await passkeyView(who, opts.flags);
    if (state.confirmed) {
      return render(reply, <StatusPage ctx={ctx} remaining={await unusedRecoveryCodes(db, who.tenantId, who.userId)} passkeys={passkeys} passkeyErrors={opts.passkeyErrors} />, opts.status ?? 200);
    }
    const forced = who.authMethod === 'password' && !!ctx.tenant!.settings.requireSecondFactor;
    return render(reply, <EnrolPage ctx={ctx} secret={state.secret} forced={forced} passkeys={passkeys} passkeyErrors={opts.passkeyErrors} />, opts.status ?? 200);
  }

  app.get(PATH, async (req, reply) => {
    const who = requireUser(req);
    const q = req.query as { klart?: string };
    return page(req, reply, who, { flags: { added: q.klart === 'nyckel', removed: q.klart === 'borttagen' } });
  });

  app.post(`${PATH}/nyckel`, async (req, reply) => {
    const who = requireUser(req);
    const parsed = parseForm(passkeySchema, req.body);
    if (!parsed.ok) return page(req, reply, who, { passkeyErrors: parsed.errors, status: 400 });
    const response = parseCredentialJson<RegistrationResponseJSON>(parsed.data.response);
    const now = clock.now();
    if (!response || !(await registerPasskey(db, rp, who, parsed.data.name, response, now))) {
      return page(req, reply, who, { passkeyErrors: { name: 'Det gick inte att lägga till nyckeln. Försök igen.' }, status: 400 });
    }
    // The person just proved the key: this session counts as signed in with it.
    await db.updateTable('sessions').set({ auth_method: 'passkey' }).where('id_hash', '=', req.sessionIdHash!).execute();
    if ((await unusedRecoveryCodes(db, who.tenantId, who.userId)) === 0) {
      const codes = await replaceRecoveryCodes(db, config.sessionSecret, who, now);
      reply.header('cache-control', 'no-store');
      return render(reply, <PasskeyCodesPage ctx={{ ...pageContext(req, 'staff'), principal: { ...who, authMethod: 'passkey' } }} codes={codes} />);
    }
    return redirect(reply, `/${tenantOf(req).slug}/personal/tvastegsverifiering?klart=nyckel`);
  });

  app.post(`${PATH}/nyckel/:id/ta-bort`, async (req, reply) => {
    const who = requireUser(req);
    const parsed = parseForm(emptySchema, req.body);
    const { id } = req.params as { id: string };
    if (!parsed.ok || id.length > 64 || !(await removePasskey(db, who, id, clock.now()))) {
      return page(req, reply, who, { passkeyErrors: { name: 'Nyckeln finns inte.' }, status: 404 });
    }
    return redirect(reply, `/${tenantOf(req).slug}/personal/tvastegsverifiering?klart=borttagen`);
  });

  app.post(PATH, async (req, reply) => {
    const who = requireUser(req);
    const ctx = pageContext(req, 'staff');
    reply.header('cache-control', 'no-store');
    const now = clock.now();
    const state = await startTotpEnrolment(db, config.secretsKey, who, now);
    if (state.confirmed) return render(reply, <StatusPage ctx={ctx} remaining={await unusedRecoveryCodes(db, who.tenantId, who.userId)} passkeys={await passkeyView(who)} />, 409);
    const forced = who.authMethod === 'password' && !!ctx.tenant!.settings.requireSecondFactor;
    const parsed = parseForm(confirmSchema, req.body);
    if (!parsed.ok) return render(reply, <EnrolPage ctx={ctx} secret={state.secret} forced={forced} errors={parsed.errors} passkeys={await passkeyView(who)} />, 400);
    const admission = await admitAttempt(db, dialect, config.sessionSecret, who.tenantId, `second-factor:${who.userId}`, req.ip, now);
    if (!admission.ok) {
      reply.header('retry-after', String(admission.retryAfterSeconds));
      return render(reply, <EnrolPage ctx={ctx} secret={state.secret} forced={forced} errors={{ code: 'För många felaktiga koder. Vänta en stund och försök igen.' }} passkeys={await passkeyView(who)} />, 429);
    }
    if (!(await checkTotp(db, config.secretsKey, who.tenantId, who.userId, parsed.data.code.replace(/\s/g, ''), now, false))) {
      return render(reply, <EnrolPage ctx={ctx} secret={state.secret} forced={forced} errors={{ code: 'Koden stämmer inte. Kontrollera att klockan i telefonen går rätt och skriv in koden som visas nu.' }} passkeys={await passkeyView(who)} />, 400);
    }
    await signInSucceeded(db, admission.attempt);
    // The person just proved the factor: this session counts as signed in with it.
    await db.updateTable('sessions').set({ auth_method: 'password+totp' }).where('id_hash', '=', req.sessionIdHash!).execute();
    await audit(db, { tenantId: who.tenantId, userId: who.userId, action: 'auth.second_factor_enrolled', subjectType: 'user', subjectId: who.userId, purpose: 'totp' }, now);
    const codes = await replaceRecoveryCodes(db, config.sessionSecret, who, now);
    return render(reply, <StatusPage ctx={{ ...ctx, principal: { ...who, authMethod: 'password+totp' } }} remaining={codes.length} codes={codes} passkeys={await passkeyView(who)} />);
  });

  app.post(`${PATH}/reservkoder`, async (req, reply) => {
    const who = requireUser(req);
    const ctx = pageContext(req, 'staff');
    reply.header('cache-control', 'no-store');
    const parsed = parseForm(emptySchema, req.body);
    const state = await startTotpEnrolment(db, config.secretsKey, who, clock.now());
    if (!parsed.ok && state.confirmed) return render(reply, <StatusPage ctx={ctx} remaining={await unusedRecoveryCodes(db, who.tenantId, who.userId)} passkeys={await passkeyView(who)} />, 400);
    if (!state.confirmed) return render(reply, <EnrolPage ctx={ctx} secret={state.secret} forced={false} errors={{ code: 'Slå på tvåstegsverifiering först' }} passkeys={await passkeyView(who)} />, 400);
    const codes = await replaceRecoveryCodes(db, config.sessionSecret, who, clock.now());
    return render(reply, <StatusPage ctx={ctx} remaining={codes.length} codes={codes} passkeys={await passkeyView(who)} />);
  });
}
