// The admin's page for the carers' e-legitimation broker (/personal/admin/e-legitimation), like
// the staff single sign-on settings: whole-municipality admins only, saved and audited, the secret
// sealed and never shown again.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { PageContext } from '../../platform/http/context.js';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { attempt, f, parseForm, type FormValues } from '../../platform/http/forms.js';
import { Forbidden, type FieldErrors } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import { acceptableIssuer } from '../../platform/auth/oidc/settings-form.js';
import { Layout } from '../../platform/views/layout.js';
import { Banner, Button, Checkbox, ErrorSummary, Form, TextField } from '../../platform/views/components.js';
import { eidRedirectUri, getEidSettings, saveEidSettings, type EidSettings } from './eid.js';

const PATH = '/personal/admin/e-legitimation';

export const eidFormSchema = z.object({
  enabled: f.checkbox(),
  displayName: f.text(60),
  issuerUrl: f.text(300).refine(acceptableIssuer, 'Skriv förmedlingstjänstens adress med https://'),
  clientId: f.text(200),
  clientSecret: z.string().max(500, 'Högst 500 tecken').optional(),
  personnummerClaim: z.string().min(1, 'Fyll i vilket anspråk som innehåller personnumret').max(100, 'Högst 100 tecken').regex(/^[A-Za-z0-9_:./-]+$/, 'Bara bokstäver a–z, siffror och _ : . / -'),
}).strict();

const toValues = (s: EidSettings | undefined): FormValues => s
  ? { enabled: s.enabled ? 'on' : undefined, displayName: s.displayName, issuerUrl: s.issuerUrl, clientId: s.clientId, personnummerClaim: s.personnummerClaim }
  : { displayName: 'Logga in med BankID', personnummerClaim: 'personal_number' };

function EidSettingsPage({ ctx, values, hasSecret, redirectUri, errors, notice }: { ctx: PageContext; values: FormValues; hasSecret: boolean; redirectUri: string; errors?: FieldErrors; notice?: string }) {
  const slug = ctx.tenant!.slug;
  const p = { errors, values };
  return (
    <Layout ctx={ctx} title="E-legitimation för Mina sidor" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/admin`, label: 'Administration' }, { label: 'E-legitimation för Mina sidor' }]}>
      <h1>E-legitimation för Mina sidor</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['enabled', 'displayName', 'issuerUrl', 'clientId', 'clientSecret', 'personnummerClaim']} />
      <p>Anhöriga kan logga in på Mina sidor med svensk e-legitimation genom kommunens förmedlingstjänst (OpenID Connect). Registrera Bredvid hos förmedlingstjänsten med omdirigerings-URI:n:</p>
      <p><code safe>{redirectUri}</code></p>
      <Form ctx={ctx} action={`/${slug}${PATH}`}>
        <Checkbox name="enabled" label="Anhöriga kan logga in med e-legitimation" {...p} />
        <TextField name="displayName" label="Text på knappen" maxlength={60} width="medium" {...p} />
        <TextField name="issuerUrl" label="Utfärdare (issuer)" type="url" maxlength={300} {...p} />
        <TextField name="clientId" label="Klient-id" maxlength={200} width="medium" {...p} />
        <TextField name="clientSecret" label={hasSecret ? 'Ersätt klienthemligheten' : 'Klienthemlighet'} type="password" autocomplete="off" maxlength={500} width="medium"
          hint={hasSecret ? 'En hemlighet är sparad. Den visas aldrig. Lämna fältet tomt för att behålla den.' : 'Sparas krypterad och visas aldrig igen.'} {...p} />
        <TextField name="personnummerClaim" label="Anspråk med personnumret" maxlength={100} width="medium"
          hint="Används bara när den anhöriga själv, med samtycke, kopplar kontot till sina uppgifter hos anhörigstödet. Sparas aldrig på kontot." {...p} />
        <Button>Spara</Button>
      </Form>
    </Layout>
  );
}

export async function eidAdminRoutes(app: FastifyInstance): Promise<void> {
  const deps = app.deps;
  const guard = async (req: FastifyRequest) => {
    const { principal, scope } = await requirePermission(req, 'settings:admin');
    if (scope.units !== 'all') throw new Forbidden('Det här kräver en administratörsroll för hela kommunen');
    return principal;
  };

  app.get(PATH, async (req, reply) => {
    const principal = await guard(req);
    const s = await getEidSettings(deps.db, principal.tenantId);
    const notice = (req.query as { sparad?: string }).sparad ? 'Inställningarna är sparade.' : undefined;
    return render(reply, <EidSettingsPage ctx={pageContext(req, 'staff')} values={toValues(s)} hasSecret={!!s?.hasSecret} redirectUri={eidRedirectUri(deps, tenantOf(req).slug)} notice={notice} />);
  });

  app.post(PATH, async (req, reply) => {
    const principal = await guard(req);
    const parsed = parseForm(eidFormSchema, req.body);
    const errors = parsed.ok ? await attempt(() => saveEidSettings(deps, principal, { ...parsed.data, clientSecret: parsed.data.clientSecret || undefined })) : parsed.errors;
    if (errors) {
      const s = await getEidSettings(deps.db, principal.tenantId);
      return render(reply, <EidSettingsPage ctx={pageContext(req, 'staff')} values={{ ...parsed.values, clientSecret: undefined }} hasSecret={!!s?.hasSecret}
        redirectUri={eidRedirectUri(deps, tenantOf(req).slug)} errors={errors} />, 400);
    }
    return redirect(reply, `/${tenantOf(req).slug}${PATH}?sparad=1`);
  });
}
