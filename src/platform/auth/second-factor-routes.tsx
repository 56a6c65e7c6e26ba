// /{kommun}/personal/tvastegsverifiering: a staff member turns on the second factor (an
// authenticator app: QR code drawn on the server, the secret as text for manual entry), which
// counts only once a valid code is entered; then gets recovery codes, shown once.
import type { FastifyInstance } from 'fastify';
import { create as createQr } from 'qrcode';
import { z } from 'zod';
import { audit } from '../audit/audit.js';
import { pageContext, requireUser, type PageContext } from '../http/context.js';
import type { FieldErrors } from '../http/errors.js';
import { parseForm } from '../http/forms.js';
import { render } from '../http/render.js';
import { Banner, Button, ErrorSummary, Form, TextField } from '../views/components.js';
import { Layout } from '../views/layout.js';
import { admitAttempt, signInSucceeded } from './rate-limit.js';
import { checkTotp, replaceRecoveryCodes, startTotpEnrolment, totpFor, unusedRecoveryCodes } from './second-factor.js';

const confirmSchema = z.object({ code: z.string().trim().min(1, 'Fyll i koden från appen').max(20, 'Högst 20 tecken') }).strict();
const emptySchema = z.object({}).strict();

/** The QR code as inline SVG built from the module matrix: no script, no image request, no raw markup. */
export function QrSvg({ text }: { text: string }) {
  const { modules } = createQr(text, { errorCorrectionLevel: 'M' });
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

function EnrolPage({ ctx, secret, forced, errors }: { ctx: PageContext; secret: string; forced: boolean; errors?: FieldErrors }) {
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
    </Layout>
  );
}

function StatusPage({ ctx, remaining, codes }: { ctx: PageContext; remaining: number; codes?: string[] }) {
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
          <p safe>{`Tvåstegsverifiering med app är på för ditt konto. Du har ${remaining} oanvända reservkoder.`}</p>
          {reauth ? <Banner kind="info" title="Logga in igen med koden">Den här inloggningen gjordes bara med lösenord. Logga ut och logga in igen med koden från appen.</Banner> : ''}
        </>
      )}
      <h2>Nya reservkoder</h2>
      <p>Skapar du nya reservkoder slutar de gamla att fungera.</p>
      <Form ctx={ctx} action={`/${ctx.tenant!.slug}/personal/tvastegsverifiering/reservkoder`}>
        <Button variant="secondary">Skapa nya reservkoder</Button>
      </Form>
      <p>Har du bytt telefon? Be en administratör att återställa din tvåstegsverifiering, och slå sedan på den igen.</p>
    </Layout>
  );
}

export async function secondFactorRoutes(app: FastifyInstance): Promise<void> {
  const { db, config, clock, dialect } = app.deps;
  const PATH = '/personal/tvastegsverifiering';

  app.get(PATH, async (req, reply) => {
    const who = requireUser(req);
    const ctx = pageContext(req, 'staff');
    reply.header('cache-control', 'no-store');
    const state = await startTotpEnrolment(db, config.secretsKey, who, clock.now());
    if (state.confirmed) return render(reply, <StatusPage ctx={ctx} remaining={await unusedRecoveryCodes(db, who.tenantId, who.userId)} />);
    return render(reply, <EnrolPage ctx={ctx} secret={state.secret} forced={who.authMethod === 'password' && !!ctx.tenant!.settings.requireSecondFactor} />);
  });

  app.post(PATH, async (req, reply) => {
    const who = requireUser(req);
    const ctx = pageContext(req, 'staff');
    reply.header('cache-control', 'no-store');
    const now = clock.now();
    const state = await startTotpEnrolment(db, config.secretsKey, who, now);
    if (state.confirmed) return render(reply, <StatusPage ctx={ctx} remaining={await unusedRecoveryCodes(db, who.tenantId, who.userId)} />, 409);
    const forced = who.authMethod === 'password' && !!ctx.tenant!.settings.requireSecondFactor;
    const parsed = parseForm(confirmSchema, req.body);
    if (!parsed.ok) return render(reply, <EnrolPage ctx={ctx} secret={state.secret} forced={forced} errors={parsed.errors} />, 400);
    const admission = await admitAttempt(db, dialect, config.sessionSecret, who.tenantId, `second-factor:${who.userId}`, req.ip, now);
    if (!admission.ok) {
      reply.header('retry-after', String(admission.retryAfterSeconds));
      return render(reply, <EnrolPage ctx={ctx} secret={state.secret} forced={forced} errors={{ code: 'För många felaktiga koder. Vänta en stund och försök igen.' }} />, 429);
    }
    if (!(await checkTotp(db, config.secretsKey, who.tenantId, who.userId, parsed.data.code.replace(/\s/g, ''), now, false))) {
      return render(reply, <EnrolPage ctx={ctx} secret={state.secret} forced={forced} errors={{ code: 'Koden stämmer inte. Kontrollera att klockan i telefonen går rätt och skriv in koden som visas nu.' }} />, 400);
    }
    await signInSucceeded(db, admission.attempt);
    // The person just proved the factor: this session counts as signed in with it.
    await db.updateTable('sessions').set({ auth_method: 'password+totp' }).where('id_hash', '=', req.sessionIdHash!).execute();
    await audit(db, { tenantId: who.tenantId, userId: who.userId, action: 'auth.second_factor_enrolled', subjectType: 'user', subjectId: who.userId, purpose: 'totp' }, now);
    const codes = await replaceRecoveryCodes(db, config.sessionSecret, who, now);
    return render(reply, <StatusPage ctx={{ ...ctx, principal: { ...who, authMethod: 'password+totp' } }} remaining={codes.length} codes={codes} />);
  });

  app.post(`${PATH}/reservkoder`, async (req, reply) => {
    const who = requireUser(req);
    const ctx = pageContext(req, 'staff');
    reply.header('cache-control', 'no-store');
    const parsed = parseForm(emptySchema, req.body);
    const state = await startTotpEnrolment(db, config.secretsKey, who, clock.now());
    if (!parsed.ok && state.confirmed) return render(reply, <StatusPage ctx={ctx} remaining={await unusedRecoveryCodes(db, who.tenantId, who.userId)} />, 400);
    if (!state.confirmed) return render(reply, <EnrolPage ctx={ctx} secret={state.secret} forced={false} errors={{ code: 'Slå på tvåstegsverifiering först' }} />, 400);
    const codes = await replaceRecoveryCodes(db, config.sessionSecret, who, clock.now());
    return render(reply, <StatusPage ctx={ctx} remaining={codes.length} codes={codes} />);
  });
}
