// Sign-in pages of Mina sidor: the address form, the code form and the link's confirmation.
import type { PageContext } from '../../platform/http/context.js';
import type { FieldErrors } from '../../platform/http/errors.js';
import type { FormValues } from '../../platform/http/forms.js';
import type { Translate } from '../../platform/i18n/i18n.js';
import { Layout } from '../../platform/views/layout.js';
import { Banner, ErrorSummary, Form, Radios, TextField } from '../../platform/views/components.js';

export interface SignInProps {
  ctx: PageContext;
  t: Translate;
  errors?: FieldErrors;
  values?: FormValues;
  notice?: string;
  eid?: { label: string };
}

export function SignInPage({ ctx, t, errors, values, notice, eid }: SignInProps) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title={t('accounts.signIn.title')} crumbs={[{ href: `/${slug}`, label: ctx.t('nav.start') }, { label: t('accounts.signIn.title') }]}>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['kind', 'email', 'phone']} />
      <h1 safe>{t('accounts.signIn.title')}</h1>
      <p safe>{t('accounts.signIn.what')}</p>
      <p safe>{t('accounts.signIn.intro')}</p>
      <Form ctx={ctx} action={`/${slug}/mina-sidor/logga-in`}>
        <Radios name="kind" label={t('accounts.signIn.kind')} errors={errors} values={values}
          options={[{ value: 'email', label: t('accounts.kind.email') }, { value: 'phone', label: t('accounts.kind.phone') }]} />
        <TextField name="email" type="email" label={t('accounts.field.email')} autocomplete="email" errors={errors} values={values} width="medium" />
        <TextField name="phone" type="tel" label={t('accounts.field.phone')} autocomplete="tel" errors={errors} values={values} width="medium" />
        <button type="submit" class="button button-primary" safe>{t('accounts.signIn.send')}</button>
      </Form>
      {eid ? (
        <p><a class="button button-secondary" href={`/${slug}/mina-sidor/e-legitimation`} safe>{eid.label}</a></p>
      ) : ''}
    </Layout>
  );
}

export interface CodeProps {
  ctx: PageContext;
  t: Translate;
  action: string;
  title: string;
  minutes: number;
  hidden: Record<string, string>;
  errors?: FieldErrors;
}

/** The six-digit code form (sign-in or claim); the code row's id and the address travel as hidden fields. */
export function CodePage({ ctx, t, action, title, minutes, hidden, errors }: CodeProps) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title={title} crumbs={[{ href: `/${slug}`, label: ctx.t('nav.start') }, { label: title }]}>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['code']} />
      <h1 safe>{title}</h1>
      <p safe>{t('accounts.code.sent', { minutes })}</p>
      <Form ctx={ctx} action={action}>
        {Object.entries(hidden).map(([k, v]) => <input type="hidden" name={k} value={v} />)}
        <TextField name="code" label={t('accounts.code.label')} hint={t('accounts.code.hint')} autocomplete="one-time-code" inputmode="numeric"
          maxlength={6} width="short" errors={errors} />
        <button type="submit" class="button button-primary" safe>{t('accounts.code.submit')}</button>
      </Form>
    </Layout>
  );
}

/** The link from the message opens this page; signing in takes a press of the button (a link scanner only looks). */
export function LinkPage({ ctx, t, token, errors }: { ctx: PageContext; t: Translate; token: string; errors?: FieldErrors }) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title={t('accounts.link.title')} crumbs={[{ href: `/${slug}`, label: ctx.t('nav.start') }, { label: t('accounts.link.title') }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 safe>{t('accounts.link.title')}</h1>
      {errors ? <p><a href={`/${slug}/mina-sidor/logga-in`} safe>{t('accounts.signIn.title')}</a></p> : (
        <Form ctx={ctx} action={`/${slug}/mina-sidor/kod/${token}`}>
          <button type="submit" class="button button-primary" safe>{t('accounts.link.submit')}</button>
        </Form>
      )}
    </Layout>
  );
}

/** A failed e-legitimation sign-in: what happened in plain words, and the way back. */
export function EidFailurePage({ ctx, t, message }: { ctx: PageContext; t: Translate; message: string }) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title={t('accounts.eid.failedTitle')} crumbs={[{ href: `/${slug}`, label: ctx.t('nav.start') }, { label: t('accounts.eid.failedTitle') }]}>
      <h1 safe>{t('accounts.eid.failedTitle')}</h1>
      <p safe>{message}</p>
      <p><a href={`/${slug}/mina-sidor/logga-in`} safe>{t('accounts.eid.tryAgain')}</a></p>
    </Layout>
  );
}
