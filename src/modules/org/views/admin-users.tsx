import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ButtonLink, ErrorSummary, Form, Radios, Select, SummaryList, Table, TextField, type Option } from '../../../platform/views/components.js';
import { ROLES } from '../../../platform/domain/vocab.js';
import type { AdminUser } from '../users.js';
import { PASSWORD_MIN } from '../admin-schema.js';
import { AdminMenu, adminBase, adminCrumbs, formatTime, roleLabel } from './admin-common.js';

const usersCrumb = (ctx: PageContext) => ({ href: `${adminBase(ctx)}/anvandare`, label: 'Användare' });

function Status({ user }: { user: AdminUser }) {
  return user.disabled ? <span class="badge badge-bad">Inaktiverad</span> : <span class="badge badge-ok">Aktiv</span>;
}

export function UsersPage({ ctx, users, notice }: { ctx: PageContext; users: AdminUser[]; notice?: string }) {
  const base = adminBase(ctx);
  return (
    <Layout ctx={ctx} title="Användare" crumbs={adminCrumbs(ctx, { label: 'Användare' })}>
      <AdminMenu ctx={ctx} />
      <h1>Användare</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <p><ButtonLink href={`${base}/anvandare/ny`} variant="primary">Ny användare</ButtonLink></p>
      <Table caption={`Användare (${users.length})`} rows={users} empty="Inga användare." columns={[
        { header: 'Namn', cell: (u) => <a href={`${base}/anvandare/${u.id}`} safe>{u.name}</a> },
        { header: 'E-post', cell: (u) => <span safe>{u.email}</span> },
        { header: 'Roller', cell: (u) => (u.roles.length === 0 ? <span class="muted">Inga roller</span> : (
          <ul>{u.roles.map((r) => <li><span safe>{roleLabel(ctx, r.role)}</span> – <span safe>{r.unitName}</span></li>)}</ul>
        )) },
        { header: 'Status', cell: (u) => <Status user={u} /> },
        { header: 'Senast inloggad', cell: (u) => <span safe>{formatTime(u.lastSignInAt)}</span> },
      ]} />
    </Layout>
  );
}

const roleOptions = (ctx: PageContext): Option[] => ROLES.map((r) => ({ value: r, label: roleLabel(ctx, r) }));

/** Where a role can apply: the whole municipality (for a municipality-wide admin) and the units in scope. */
export const placeOptions = (wholeMunicipality: boolean, units: Option[]): Option[] =>
  [...(wholeMunicipality ? [{ value: 'all', label: 'Hela kommunen' }] : []), ...units];

const NEW_USER_FIELDS = ['_form', 'name', 'email', 'title', 'role', 'unitId', 'passwordMode', 'password'];

export function UserNewPage({ ctx, places, errors, values }: { ctx: PageContext; places: Option[]; errors?: FieldErrors; values?: FormValues }) {
  const p = { errors, values };
  return (
    <Layout ctx={ctx} title="Ny användare" crumbs={adminCrumbs(ctx, usersCrumb(ctx), { label: 'Ny användare' })}>
      <AdminMenu ctx={ctx} />
      <h1>Ny användare</h1>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={NEW_USER_FIELDS} />
      <Form ctx={ctx} action={`${adminBase(ctx)}/anvandare`}>
        <TextField name="name" label="Namn" autocomplete="off" maxlength={120} {...p} />
        <TextField name="email" label="E-postadress" type="email" autocomplete="off" hint="Används för att logga in." width="medium" {...p} />
        <TextField name="title" label="Titel" hint="Till exempel Enhetschef, Hemvård Norr. Frivilligt." maxlength={120} {...p} />
        <Select name="role" label="Roll" placeholder="Välj roll" options={roleOptions(ctx)} {...p} />
        <Select name="unitId" label="Gäller i" hint="Rollen gäller i enheten och i enheterna under den." placeholder="Välj var rollen gäller" options={places} {...p} />
        <Radios name="passwordMode" label="Första lösenordet" options={[
          { value: 'generate', label: 'Skapa ett lösenord åt mig', hint: 'Det visas en gång när användaren är sparad.' },
          { value: 'manual', label: 'Jag skriver ett lösenord' },
        ]} {...p} />
        <TextField name="password" label="Lösenord" type="password" autocomplete="new-password" width="medium"
          hint={`Bara om du skriver ett eget: minst ${PASSWORD_MIN} tecken.`} {...p} />
        <Button>Skapa användaren</Button>
      </Form>
    </Layout>
  );
}

export function UserCreatedPage({ ctx, user, password }: { ctx: PageContext; user: AdminUser; password?: string }) {
  const base = adminBase(ctx);
  return (
    <Layout ctx={ctx} title="Användaren är skapad" crumbs={adminCrumbs(ctx, usersCrumb(ctx), { label: user.name })}>
      <AdminMenu ctx={ctx} />
      <h1>Användaren är skapad</h1>
      <Banner kind="success" title={`${user.name} kan nu logga in med ${user.email}.`} />
      {password ? (
        <>
          <h2>Första lösenordet</h2>
          <p class="password-once"><code safe>{password}</code></p>
          <p>Lösenordet visas bara den här gången och sparas inte i klartext. Lämna det till användaren på ett säkert sätt, till exempel muntligt.</p>
        </>
      ) : <p>Användaren loggar in med lösenordet du skrev.</p>}
      <p><a href={`${base}/anvandare/${user.id}`}>Visa användaren</a> · <a href={`${base}/anvandare`}>Alla användare</a></p>
    </Layout>
  );
}

const ROLE_FIELDS = ['_form', 'role', 'unitId'];

export function UserPage({ ctx, user, places, errors, values, notice, isSelf }: {
  ctx: PageContext; user: AdminUser; places: Option[]; errors?: FieldErrors; values?: FormValues; notice?: string; isSelf: boolean;
}) {
  const base = adminBase(ctx);
  const p = { errors, values };
  return (
    <Layout ctx={ctx} title={user.name} crumbs={adminCrumbs(ctx, usersCrumb(ctx), { label: user.name })}>
      <AdminMenu ctx={ctx} />
      <h1 safe>{user.name}</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={ROLE_FIELDS} />
      <SummaryList rows={[
        ['E-post', user.email], ['Titel', user.title || '–'], ['Status', user.disabled ? 'Inaktiverad' : 'Aktiv'],
        ['Senast inloggad', formatTime(user.lastSignInAt)], ['Tvåstegsverifiering', user.secondFactor ? 'På' : 'Av'],
      ]} />
      <h2>Roller</h2>
      <Table caption="Roller och var de gäller" rows={user.roles} empty="Användaren har inga roller och ser därför inga verktyg." columns={[
        { header: 'Roll', cell: (r) => <span safe>{roleLabel(ctx, r.role)}</span> },
        { header: 'Gäller i', cell: (r) => <span safe>{r.unitLabel}</span> },
        { header: 'Åtgärd', cell: (r) => (r.manageable ? (
          <Form ctx={ctx} action={`${base}/anvandare/${user.id}/roller/${r.id}/ta-bort`} class="inline-form">
            <button type="submit" class="button button-secondary button-small">Ta bort<span class="visually-hidden" safe>{` rollen ${roleLabel(ctx, r.role)} i ${r.unitLabel}`}</span></button>
          </Form>
        ) : <span class="muted">Utanför dina enheter</span>) },
      ]} />
      <h2 id="ny-roll">Lägg till en roll</h2>
      <Form ctx={ctx} action={`${base}/anvandare/${user.id}/roller`}>
        <Select name="role" label="Roll" placeholder="Välj roll" options={roleOptions(ctx)} {...p} />
        <Select name="unitId" label="Gäller i" placeholder="Välj var rollen gäller" options={places} {...p} />
        <Button>Lägg till rollen</Button>
      </Form>
      <h2>Konto</h2>
      {isSelf ? <p>Det här är ditt eget konto. Du kan inte inaktivera det själv.</p> : user.disabled ? (
        <Form ctx={ctx} action={`${base}/anvandare/${user.id}/aktivera`}>
          <p>Kontot är inaktiverat. Användaren kan inte logga in.</p>
          <Button variant="secondary">Aktivera kontot</Button>
        </Form>
      ) : (
        <Form ctx={ctx} action={`${base}/anvandare/${user.id}/inaktivera`}>
          <p>Ett inaktiverat konto kan inte logga in, och användaren loggas ut direkt överallt.</p>
          <Button variant="warning">Inaktivera kontot</Button>
        </Form>
      )}
      {user.secondFactor ? (
        <>
          <h2>Tvåstegsverifiering</h2>
          <Form ctx={ctx} action={`${base}/anvandare/${user.id}/tvastegsverifiering/aterstall`}>
            <p>Har användaren tappat bort telefonen och reservkoderna? Återställ, så tas appen och reservkoderna bort och användaren loggas ut överallt. Användaren slår sedan på tvåstegsverifiering igen efter inloggning.</p>
            <Button variant="warning">Återställ tvåstegsverifiering</Button>
          </Form>
        </>
      ) : ''}
    </Layout>
  );
}
