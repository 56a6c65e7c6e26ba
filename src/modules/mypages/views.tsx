// The pages of Mina sidor. Per-person pages: never cached (render() answers no-store for them).
import { DateTime } from 'luxon';
import type { PageContext } from '../../platform/http/context.js';
import type { FieldErrors } from '../../platform/http/errors.js';
import type { FormValues } from '../../platform/http/forms.js';
import { type Translate, writtenIn } from '../../platform/i18n/i18n.js';
import { localizeEvent } from '../events/service.js';
import { LOCALE_HTML_LANG } from '../../platform/domain/vocab.js';
import { Layout } from '../../platform/views/layout.js';
import { Banner, Checkbox, ErrorSummary, Form, TextField } from '../../platform/views/components.js';
import type { Overview } from './service.js';
import { translator } from '../../platform/i18n/i18n.js';
import { MOTESPLATS_MESSAGES } from '../motesplats/service.js';

export const when = (ctx: PageContext, iso: string): string =>
  DateTime.fromISO(iso, { zone: 'utc' }).setZone('Europe/Stockholm').setLocale(LOCALE_HTML_LANG[ctx.locale]).toLocaleString(DateTime.DATETIME_MED);

export function crumbsFor(ctx: PageContext, t: Translate, title?: string) {
  const slug = ctx.tenant!.slug;
  const base = [{ href: `/${slug}`, label: ctx.t('nav.start') }];
  return title ? [...base, { href: `/${slug}/mina-sidor`, label: t('accounts.page.title') }, { label: title }] : [...base, { label: t('accounts.page.title') }];
}

export function MyPagesPage({ ctx, t, o, notice, errors, values, linkOffer }: { ctx: PageContext; t: Translate; o: Overview; notice?: string; errors?: FieldErrors; values?: FormValues; linkOffer?: boolean }) {
  const slug = ctx.tenant!.slug;
  const base = `/${slug}/mina-sidor`;
  const unread = o.threads.reduce((n, th) => n + th.unread, 0);
  return (
    <Layout ctx={ctx} title={t('accounts.page.title')} crumbs={crumbsFor(ctx, t)}>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 safe>{t('accounts.page.title')}</h1>
      <p safe>{t('accounts.page.signedInAs', { name: o.account.pseudonym })}</p>
      <div class="actions">
        <Form ctx={ctx} action={`${base}/logga-ut`}><button type="submit" class="button button-secondary" safe>{t('accounts.page.signOut')}</button></Form>
        <Form ctx={ctx} action={`${base}/logga-ut`}><input type="hidden" name="everywhere" value="1" /><button type="submit" class="button button-secondary" safe>{t('accounts.page.signOutAll')}</button></Form>
      </div>

      {o.account.linkedCarerId ? <><p safe>{t('accounts.link.linked')}</p><p><a href={`${base}/plan`} safe>{t('accounts.plan.link')}</a></p></> : ''}
      {linkOffer && !o.account.linkedCarerId ? (
        <section aria-labelledby="link-title">
          <h2 id="link-title" safe>{t('accounts.link.carerTitle')}</h2>
          <p safe>{t('accounts.link.carerText')}</p>
          <Form ctx={ctx} action={`${base}/koppla`}>
            <Checkbox name="consent" label={t('accounts.link.consent')} errors={errors} />
            <button type="submit" class="button button-secondary" safe>{t('accounts.link.carerSubmit')}</button>
          </Form>
        </section>
      ) : ''}
      <h2 id="meddelanden" safe>{t('accounts.messages.title')}</h2>
      {unread > 0 ? <p><strong safe>{t('accounts.messages.unread', { n: unread })}</strong></p> : ''}
      {o.threads.length === 0 ? <p safe>{t('accounts.messages.none')}</p> : (
        <ul class="thread-list">
          {o.threads.map((th) => (
            <li>
              <a href={`${base}/meddelanden/${th.id}`} safe>{th.subject}</a>{' '}
              <span class="muted" safe>{when(ctx, th.lastMessageAt)}</span>
              {th.unread > 0 ? <> <strong safe>{t('accounts.messages.unread', { n: th.unread })}</strong></> : ''}
            </li>
          ))}
        </ul>
      )}
      <p><a href={`${base}/meddelanden/ny`} safe>{t('accounts.messages.new')}</a></p>
      <p><a href={`${base}/motesplats`} safe>{translator(ctx.locale, MOTESPLATS_MESSAGES)('motesplats.link')}</a></p>

      <h2 safe>{t('accounts.requests.title')}</h2>
      {o.requests.length === 0 ? <p safe>{t('accounts.requests.none')}</p> : (
        <ul class="owned-list">
          {o.requests.map((r) => (
            <li>
              <span dir="ltr" class="reference" safe>{r.reference}</span> – <span safe>{t(`accounts.status.${r.status}`)}</span>
              {' '}<span class="muted" safe>{when(ctx, r.createdAt)}</span>
              {['new', 'assigned', 'contacted'].includes(r.status) ? (
                <Form ctx={ctx} action={`${base}/forfragningar/${r.id}/aterkalla`} class="inline-form">
                  <button type="submit" class="button button-secondary" safe>{t('accounts.requests.withdraw', { reference: r.reference })}</button>
                </Form>
              ) : ''}
            </li>
          ))}
        </ul>
      )}

      <h2 safe>{t('accounts.bookings.title')}</h2>
      {o.bookings.length === 0 ? <p safe>{t('accounts.bookings.none')}</p> : (
        <ul class="owned-list">
          {o.bookings.map((b) => (
            <li>
              <span {...writtenIn(localizeEvent(b.event, ctx.locale).textLang, ctx.locale)} safe>{localizeEvent(b.event, ctx.locale).title}</span> – <span safe>{t(`accounts.booking.${b.booking.status}`)}</span>
              {b.sessions[0] ? <> <span class="muted" safe>{when(ctx, b.sessions[0].startsAt)}</span></> : ''}
              {' '}<a href={`/${slug}/bokning/${b.token}`} safe>{t('accounts.bookings.open')}</a>
              {' '}<a href={`/${slug}/bokning/${b.token}/kalender.ics`} safe>{t('accounts.bookings.calendar')}</a>
            </li>
          ))}
        </ul>
      )}

      <h2 safe>{t('accounts.selfchecks.title')}</h2>
      {o.selfchecks.length === 0 ? <p safe>{t('accounts.selfchecks.none')}</p> : (
        <ul class="owned-list">
          {o.selfchecks.map((s) => (
            <li>
              <p class="muted" safe>{when(ctx, s.savedAt)}</p>
              <pre class="selfcheck-summary" lang="sv" safe>{s.summary}</pre>
              <Form ctx={ctx} action={`${base}/belastningskoll/${s.id}/ta-bort`}><button type="submit" class="button button-secondary" safe>{t('accounts.selfchecks.delete')}</button></Form>
            </li>
          ))}
        </ul>
      )}

      <h2 safe>{t('accounts.claim.title')}</h2>
      <p><a href={`${base}/lagg-till`} safe>{t('accounts.claim.title')}</a></p>

      <h2 safe>{t('accounts.name.label')}</h2>
      <Form ctx={ctx} action={`${base}/namn`}>
        <TextField name="pseudonym" label={t('accounts.name.label')} hint={t('accounts.name.hint')} width="medium" maxlength={60}
          errors={errors} values={values ?? { pseudonym: o.account.pseudonym }} autocomplete="nickname" />
        <button type="submit" class="button button-secondary" safe>{t('accounts.name.save')}</button>
      </Form>

      <h2 safe>{t('accounts.delete.title')}</h2>
      <p><a href={`${base}/ta-bort`} safe>{t('accounts.delete.title')}</a></p>
    </Layout>
  );
}

export function ClaimPage({ ctx, t, errors, values }: { ctx: PageContext; t: Translate; errors?: FieldErrors; values?: FormValues }) {
  const base = `/${ctx.tenant!.slug}/mina-sidor`;
  return (
    <Layout ctx={ctx} title={t('accounts.claim.title')} crumbs={crumbsFor(ctx, t, t('accounts.claim.title'))}>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['reference']} />
      <h1 safe>{t('accounts.claim.title')}</h1>
      <p safe>{t('accounts.claim.intro')}</p>
      <Form ctx={ctx} action={`${base}/lagg-till`}>
        <TextField name="reference" label={t('accounts.claim.field')} errors={errors} values={values} autocomplete="off" />
        <button type="submit" class="button button-primary" safe>{t('accounts.claim.send')}</button>
      </Form>
    </Layout>
  );
}

export function DeletePage({ ctx, t, errors }: { ctx: PageContext; t: Translate; errors?: FieldErrors }) {
  const base = `/${ctx.tenant!.slug}/mina-sidor`;
  return (
    <Layout ctx={ctx} title={t('accounts.delete.title')} crumbs={crumbsFor(ctx, t, t('accounts.delete.title'))}>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['confirm']} />
      <h1 safe>{t('accounts.delete.title')}</h1>
      <Banner kind="warning"><p safe>{t('accounts.delete.text')}</p></Banner>
      <Form ctx={ctx} action={`${base}/ta-bort`}>
        {/* Ticked, it posts confirm=yes: the confirmation itself (platform/http/confirm.tsx); unticked, the confirmation page asks. */}
        <Checkbox name="confirm" value="yes" label={t('accounts.delete.confirm')} errors={errors} />
        <button type="submit" class="button button-warning" safe>{t('accounts.delete.submit')}</button>
      </Form>
    </Layout>
  );
}
