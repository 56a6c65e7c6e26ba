// The carer's private status page: reference code, where the request went and why, status,
// and withdrawal (which deletes the contact details).
import type { PageContext } from '../../../platform/http/context.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Form } from '../../../platform/views/components.js';
import { DateTime } from 'luxon';
import type { CarerStatus } from '../service.js';
import { ui } from './labels.js';

export function StatusPage({ ctx, s, token, link, justSent, notice, problem }: {
  ctx: PageContext; s: CarerStatus; token: string; link: string; justSent: boolean; notice?: string; problem?: string;
}) {
  const { u, lang } = ui(ctx.locale);
  // Labels in Swedish on a right-to-left page (a language this module has no text for) read left to right.
  const uiDir = lang !== ctx.locale && ctx.dir === 'rtl' ? 'ltr' : undefined;
  const tenant = ctx.tenant!;
  const settings = tenant.settings;
  const open = ['new', 'assigned', 'contacted'].includes(s.status);
  const sent = DateTime.fromISO(s.createdAt, { zone: 'utc' }).setZone('Europe/Stockholm').setLocale(lang === 'ar' ? 'ar' : lang === 'en' ? 'en-GB' : 'sv').toLocaleString(DateTime.DATETIME_MED);
  return (
    <Layout ctx={ctx} title={u.statusTitle} contentLang={lang !== ctx.locale ? lang : undefined}
      crumbs={[{ href: `/${tenant.slug}`, label: ctx.t('nav.start') }, { href: `/${tenant.slug}/kontakt`, label: u.title }, { label: u.statusTitle }]}>
      <div dir={uiDir}>
        {justSent ? <Banner kind="success" title={u.thanks} /> : ''}
        {notice ? <Banner kind="success" title={notice} /> : ''}
        {problem ? <div class="error-summary" role="alert" tabindex="-1"><p safe>{problem}</p></div> : ''}
        <h1 safe>{u.statusTitle}</h1>
        <dl class="summary-list">
          <div class="summary-row"><dt safe>{u.reference}</dt><dd><strong class="reference" dir="ltr" safe>{s.reference}</strong></dd></div>
          <div class="summary-row"><dt safe>{u.sentAt}</dt><dd safe>{sent}</dd></div>
          <div class="summary-row"><dt safe>{u.status}</dt><dd safe>{u.statuses[s.status](settings.specialistTitle)}</dd></div>
          <div class="summary-row"><dt safe>{u.sentTo}</dt><dd lang="sv" dir="auto" safe>{s.unitName ?? u.commonQueue}</dd></div>
          {s.routingNote ? <div class="summary-row"><dt safe>{u.why}</dt><dd lang="sv" dir="auto" safe>{s.routingNote}</dd></div> : ''}
        </dl>
        {s.belowMinAge && settings.carerMinAge !== null ? <Banner kind="info"><p safe>{u.childStatus(settings.carerMinAge)}</p></Banner> : ''}
        {s.mode === 'named' && !s.erased ? <Banner kind="warning"><p safe>{u.namedNotice}</p></Banner> : ''}
        {s.selfcheckSent ? <p safe>{u.selfcheckSent}</p> : ''}
        {justSent ? (
          <Banner kind="info" title={u.linkLabel}>
            <p safe>{u.saveLink}</p>
            <p><a href={link} dir="ltr" class="break" safe>{link}</a></p>
          </Banner>
        ) : ''}
        {s.erased ? <p safe>{u.erased}</p> : (
          <section aria-labelledby="withdraw-title">
            <h2 id="withdraw-title" safe>{u.withdrawTitle}</h2>
            <p safe>{open ? u.withdrawText : u.eraseClosed(settings.contactRetentionDays)}</p>
            <Form ctx={ctx} action={`/${tenant.slug}/kontakt/status/${token}/aterkalla`}>
              <button type="submit" class="button button-warning" safe>{open ? u.withdrawButton : u.eraseButton}</button>
            </Form>
          </section>
        )}
        <p><a href={`/${tenant.slug}`} safe>{u.backToStart}</a></p>
      </div>
    </Layout>
  );
}
