// /{kommun}/personal/byt-losenord: a staff member changes their own password; the one-time
// password an administrator set leads here at the first sign-in (platform/tenancy/plugin.ts).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageContext, redirect, requireUser, type PageContext } from '../http/context.js';
import { attempt, parseForm } from '../http/forms.js';
import type { FieldErrors } from '../http/errors.js';
import { render } from '../http/render.js';
import { Banner, Button, ErrorSummary, Form, TextField } from '../views/components.js';
import { Layout } from '../views/layout.js';
import { changeOwnPassword } from './password-change.js';
import { PASSWORD_MIN_LENGTH } from './password-policy.js';

const changeSchema = z.object({
  current: z.string().min(1, 'Fyll i ditt nuvarande lösenord').max(200, 'Högst 200 tecken'),
  password: z.string().min(1, 'Fyll i ett nytt lösenord').max(200, 'Högst 200 tecken'),
  repeat: z.string().min(1, 'Skriv det nya lösenordet en gång till').max(200, 'Högst 200 tecken'),
}).strict();

function ChangePasswordPage({ ctx, forced, errors, done }: { ctx: PageContext; forced: boolean; errors?: FieldErrors; done?: boolean }) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title="Byt lösenord">
      <h1>Byt lösenord</h1>
      {forced ? <Banner kind="info" title="Välj ett eget lösenord">Lösenordet du loggade in med har någon annan satt. Välj ett eget innan du fortsätter.</Banner> : ''}
      {done ? <Banner kind="success" title="Lösenordet är bytt">Du är fortfarande inloggad här; andra inloggningar med ditt konto har avslutats.</Banner> : ''}
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['current', 'password', 'repeat']} />
      <Form ctx={ctx} action={`/${slug}/personal/byt-losenord`}>
        <TextField name="current" label="Nuvarande lösenord" type="password" autocomplete="current-password" errors={errors} width="medium" />
        <TextField name="password" label="Nytt lösenord" type="password" autocomplete="new-password" errors={errors} width="medium"
          hint={`Minst ${PASSWORD_MIN_LENGTH} tecken och svårt att gissa: till exempel tre eller fyra ord som inte hör ihop.`} />
        <TextField name="repeat" label="Nytt lösenord igen" type="password" autocomplete="new-password" errors={errors} width="medium" />
        <Button>Byt lösenord</Button>
      </Form>
    </Layout>
  );
}

export async function passwordRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;

  app.get('/personal/byt-losenord', async (req, reply) => {
    const who = requireUser(req);
    const done = (req.query as { klart?: string }).klart === '1';
    reply.header('cache-control', 'no-store');
    return render(reply, <ChangePasswordPage ctx={pageContext(req, 'staff')} forced={!!who.mustChangePassword} done={done} />);
  });

  app.post('/personal/byt-losenord', async (req, reply) => {
    const who = requireUser(req);
    const ctx = pageContext(req, 'staff');
    const parsed = parseForm(changeSchema, req.body);
    // Typed passwords are never sent back in the form.
    const errors = parsed.ok ? await attempt(() => changeOwnPassword(db, clock, who, req.sessionIdHash!, parsed.data)) : parsed.errors;
    if (errors) return render(reply, <ChangePasswordPage ctx={ctx} forced={!!who.mustChangePassword} errors={errors} />, 400);
    return redirect(reply, who.mustChangePassword ? `/${ctx.tenant!.slug}/personal` : `/${ctx.tenant!.slug}/personal/byt-losenord?klart=1`);
  });
}
