// "Rapportera brister i tillgängligheten": the public feedback form of the accessibility
// statement. Works without JavaScript; says what is stored, for how long and who reads it.
import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ErrorSummary, Form, TextArea, TextField } from '../../../platform/views/components.js';
import { FEEDBACK_RETENTION_MONTHS } from '../accessibility.js';
import { FEEDBACK_MESSAGE_MAX } from '../accessibility-schema.js';
import { HONEYPOT } from '../../requests/service.js';

const FIELD_ORDER = ['_form', 'page', 'message', 'email'];
const TITLE = 'Rapportera brister i tillgängligheten';

function crumbs(ctx: PageContext) {
  const slug = ctx.tenant!.slug;
  return [{ href: `/${slug}`, label: ctx.t('nav.start') }, { href: `/${slug}/tillganglighet`, label: 'Tillgänglighetsredogörelse' }, { label: TITLE }];
}

export function FeedbackFormPage({ ctx, values, errors, stamp }: { ctx: PageContext; values?: FormValues; errors?: FieldErrors; stamp: string }) {
  const tenant = ctx.tenant!;
  const p = { errors, values };
  return (
    <Layout ctx={ctx} title={TITLE} contentLang="sv" crumbs={crumbs(ctx)}>
      <h1>{TITLE}</h1>
      <p class="lede">Berätta vad som inte fungerade för dig på <span safe>{tenant.name}</span>s sidor om anhörigstöd, så att vi kan rätta det. Du behöver inte uppge vem du är.</p>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={FIELD_ORDER} />
      <Form ctx={ctx} action={`/${tenant.slug}/tillganglighet/rapportera`}>
        <TextField name="page" label="Vilken sida gäller det? (frivilligt)" hint="Klistra in sidans adress eller skriv vad sidan heter." maxlength={500} {...p} />
        <TextArea name="message" label="Vad fungerade inte?" hint="Beskriv vad du försökte göra och vad som hände, till exempel att en knapp inte gick att nå med tangentbordet. Skriv inga uppgifter om din eller någon annans hälsa." rows={6} maxlength={FEEDBACK_MESSAGE_MAX} {...p} />
        <TextField name="email" label="Din e-postadress (frivilligt)" hint="Fyll i den bara om du vill att vi svarar dig." type="email" autocomplete="email" maxlength={254} width="medium" {...p} />
        <section aria-labelledby="stored-title">
          <h2 id="stored-title">Det här sparas</h2>
          <p>Vi sparar det du skriver, och din e-postadress bara om du fyller i den. Vi sparar inte din IP-adress, och inget annat om dig. Kommunens administratörer för webbplatsen läser din rapport för att kunna åtgärda bristen och, om du vill, svara dig.</p>
          <p>Rapporten raderas när den är åtgärdad, och senast efter <span safe>{String(FEEDBACK_RETENTION_MONTHS)}</span> månader.</p>
        </section>
        <div class="visually-hidden" aria-hidden="true">
          <label for={`f-${HONEYPOT}`}>Lämna det här fältet tomt</label>
          <input type="text" id={`f-${HONEYPOT}`} name={HONEYPOT} value="" tabindex="-1" autocomplete="off" />
        </div>
        <input type="hidden" name="started" value={stamp} />
        <Button variant="primary">Skicka rapporten</Button>
      </Form>
    </Layout>
  );
}

export function FeedbackThanksPage({ ctx }: { ctx: PageContext }) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title="Tack för din rapport" contentLang="sv" crumbs={crumbs(ctx)}>
      <h1>Tack för din rapport</h1>
      <Banner kind="success" title="Din rapport är skickad." />
      <p>Kommunen har fått din rapport om brister i tillgängligheten. Om du fyllde i din e-postadress hör vi av oss till dig.</p>
      <p>Om du inte är nöjd med hur vi hanterar din rapport kan du vända dig till Myndigheten för digital förvaltning (Digg), som har tillsyn över lagen. Läs mer i <a href={`/${slug}/tillganglighet`}>tillgänglighetsredogörelsen</a>.</p>
      <p><a href={`/${slug}`} safe>{ctx.t('common.backToStart')}</a></p>
    </Layout>
  );
}
