// Pages of staff single sign-on: the admin's settings and the pages a failed sign-in ends on.
import type { PageContext } from '../../http/context.js';
import type { FieldErrors } from '../../http/errors.js';
import type { FormValues } from '../../http/forms.js';
import { Banner, Button, Checkbox, ErrorSummary, Form, TextArea, TextField } from '../../views/components.js';
import { Layout } from '../../views/layout.js';
import type { SsoFailure } from './service.js';

const FIELD_ORDER = ['enabled', 'displayName', 'issuerUrl', 'clientId', 'clientSecret', 'emailClaim', 'groupsClaim', 'groupMappings', 'autoProvision', 'passwordSignInOff'];

const capitalized = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function SsoSettingsPage({ ctx, values, hasSecret, redirectUri, signedOutUri, errors, notice }: {
  ctx: PageContext; values: FormValues; hasSecret: boolean; redirectUri: string; signedOutUri: string; errors?: FieldErrors; notice?: string;
}) {
  const slug = ctx.tenant!.slug;
  const p = { errors, values };
  return (
    <Layout ctx={ctx} title="Inloggning med identitetstjänst" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/admin`, label: 'Administration' }, { label: 'Inloggning' }]}>
      <h1>Inloggning med kommunens identitetstjänst</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={FIELD_ORDER} />
      <p>Personalen kan logga in med kommunens egen inloggning (OpenID Connect, till exempel Microsoft Entra ID). Registrera Bredvid som en app hos identitetstjänsten med de här adresserna:</p>
      <dl class="summary-list">
        <div><dt>Omdirigerings-URI</dt><dd><code safe>{redirectUri}</code></dd></div>
        <div><dt>Adress efter utloggning</dt><dd><code safe>{signedOutUri}</code></dd></div>
      </dl>
      <Form ctx={ctx} action={`/${slug}/personal/admin/inloggning`}>
        <h2>Identitetstjänsten</h2>
        <Checkbox name="enabled" label="Personalen kan logga in med identitetstjänsten" {...p} />
        <TextField name="displayName" label="Namn på knappen" hint="Visas som ”Logga in med …”, till exempel Kommunens konto." maxlength={60} width="medium" {...p} />
        <TextField name="issuerUrl" label="Utfärdare (issuer)" type="url" hint="Till exempel https://login.microsoftonline.com/<katalog-id>/v2.0. Bredvid hämtar resten av inställningarna därifrån." maxlength={300} {...p} />
        <TextField name="clientId" label="Klient-id (application id)" maxlength={200} width="medium" {...p} />
        <TextField name="clientSecret" label={hasSecret ? 'Ersätt klienthemligheten' : 'Klienthemlighet'} type="password" autocomplete="off" maxlength={500} width="medium"
          hint={hasSecret ? 'En hemlighet är sparad. Den visas aldrig. Lämna fältet tomt för att behålla den.' : 'Sparas krypterad och visas aldrig igen.'} {...p} />

        <h2>Vem är vem</h2>
        <TextField name="emailClaim" label="Anspråk med e-postadressen" hint="Jämförs med e-postadressen på personalens konto i Bredvid, utan hänsyn till stora och små bokstäver. Oftast email; för Entra ID ibland preferred_username." maxlength={100} width="medium" {...p} />
        <TextField name="groupsClaim" label="Anspråk med grupper (valfritt)" hint="Till exempel groups. Behövs bara om konton ska skapas automatiskt." maxlength={100} width="medium" {...p} />
        <TextArea name="groupMappings" label="Grupper som ger roller (valfritt)" rows={5} maxlength={5000}
          hint={`En rad per grupp: grupp = roll, eller grupp = roll, enhetens namn. Till exempel: 3f2a… = ${capitalized(ctx.tenant!.settings.specialistTitle)}, Äldreomsorg. Utan enhet gäller rollen hela kommunen.`} {...p} />
        <Checkbox name="autoProvision" label="Skapa konton automatiskt" hint="Av: bara personer som redan har ett konto i Bredvid kan logga in. På: en person utan konto får ett, med rollerna från sina grupper, och ingen annan roll." {...p} />

        <h2>Lösenord</h2>
        <Checkbox name="passwordSignInOff" label="Stäng av inloggning med lösenord" hint="Då loggar alla in med identitetstjänsten. Det går bara när du själv har loggat in med den. Om identitetstjänsten slutar fungera kan driften slå på lösenorden igen från kommandoraden." {...p} />
        <Button>Spara</Button>
      </Form>
    </Layout>
  );
}

interface FailureText {
  title: string;
  body: (ctx: PageContext, provider: string) => string;
  retry: boolean;
}

const contact = (ctx: PageContext) => (ctx.tenant?.settings.contactEmail ? ` (${ctx.tenant.settings.contactEmail})` : '');

const FAILURES: Record<SsoFailure, FailureText> = {
  not_configured: { title: 'Inloggning med identitetstjänst är inte påslagen', body: () => 'Logga in med e-postadress och lösenord i stället.', retry: false },
  provider_unreachable: { title: 'Identitetstjänsten svarar inte', body: (_c, p) => `Bredvid kunde inte nå ${p}. Försök igen om en stund. Om det inte går, kontakta kommunens IT-support.`, retry: true },
  no_pending: { title: 'Inloggningen kunde inte slutföras', body: () => 'Inloggningen påbörjades inte i den här webbläsaren, eller så har den redan använts. Börja om från inloggningssidan.', retry: true },
  expired: { title: 'Inloggningen tog för lång tid', body: () => 'Av säkerhetsskäl måste inloggningen slutföras inom tio minuter. Börja om.', retry: true },
  state_mismatch: { title: 'Inloggningen kunde inte slutföras', body: () => 'Svaret från identitetstjänsten hörde inte till inloggningen i den här webbläsaren. Börja om från inloggningssidan.', retry: true },
  provider_error: { title: 'Inloggningen avbröts', body: (_c, p) => `${p} avbröt inloggningen eller gav dig inte tillgång till Bredvid. Börja om, eller kontakta kommunens IT-support om du ska ha tillgång.`, retry: true },
  token_rejected: { title: 'Inloggningen kunde inte slutföras', body: (_c, p) => `Svaret från ${p} kunde inte godkännas, till exempel för att det var för gammalt eller redan använt. Börja om.`, retry: true },
  no_email: { title: 'Din e-postadress saknas', body: (_c, p) => `${p} skickade ingen e-postadress för dig, så Bredvid vet inte vilket konto du har. Kontakta kommunens IT-support.`, retry: false },
  unknown_user: { title: 'Du har inget konto i Bredvid', body: (c) => `Du har inget konto i Bredvid hos ${c.tenant!.name}. Kontakta din chef eller kommunens administratör för Bredvid${contact(c)} om du behöver ett.`, retry: false },
  no_mapped_role: { title: 'Du har inget konto i Bredvid', body: (c) => `Du har inget konto i Bredvid hos ${c.tenant!.name}, och ingen av dina grupper ger en roll i Bredvid. Kontakta din chef eller kommunens administratör för Bredvid${contact(c)}.`, retry: false },
  disabled_user: { title: 'Ditt konto är inaktiverat', body: (c) => `Ditt konto i Bredvid hos ${c.tenant!.name} är inaktiverat. Kontakta kommunens administratör för Bredvid${contact(c)} om det är fel.`, retry: false },
};

export function SsoFailurePage({ ctx, reason, provider }: { ctx: PageContext; reason: SsoFailure; provider: string }) {
  const slug = ctx.tenant!.slug;
  const text = FAILURES[reason];
  return (
    <Layout ctx={ctx} title={text.title}>
      <h1 safe>{text.title}</h1>
      <p safe>{text.body(ctx, provider)}</p>
      <p>
        {text.retry ? <><a href={`/${slug}/personal/sso`} class="button button-primary" role="button" safe>{`Försök igen med ${provider}`}</a>{' '}</> : ''}
        <a href={`/${slug}/personal/logga-in`}>Till inloggningssidan</a>
      </p>
    </Layout>
  );
}
