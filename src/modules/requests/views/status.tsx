// The carer's private status page: reference code, where the request went, status, and
// withdrawal (which deletes the contact details, after a confirmation page). Nothing written for
// staff (such as the routing rule's note) is on this page.
import type { PageContext } from '../../../platform/http/context.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner } from '../../../platform/views/components.js';
import { LOCALE_HTML_LANG } from '../../../platform/domain/vocab.js';
import { DateTime } from 'luxon';
import type { CarerStatus } from '../service.js';
import { PhoneLine, requestsText } from './steps.js';

export function StatusPage({ ctx, s, token, link, justSent, notice, problem }: {
  ctx: PageContext; s: CarerStatus; token: string; link: string; justSent: boolean; notice?: string; problem?: string;
}) {
  const t = requestsText(ctx);
  const tenant = ctx.tenant!;
  const settings = tenant.settings;
  const open = ['new', 'assigned', 'contacted'].includes(s.status);
  const sent = DateTime.fromISO(s.createdAt, { zone: 'utc' }).setZone('Europe/Stockholm').setLocale(LOCALE_HTML_LANG[ctx.locale]).toLocaleString(DateTime.DATETIME_MED);
  const base = `/${tenant.slug}/kontakt/status/${token}`;
  return (
    <Layout ctx={ctx} title={t('requests.status.title')}
      crumbs={[{ href: `/${tenant.slug}`, label: ctx.t('nav.start') }, { href: `/${tenant.slug}/kontakt`, label: t('requests.title') }, { label: t('requests.status.title') }]}>
      {justSent ? <Banner kind="success" title={t('requests.status.thanks')} /> : ''}
      {notice ? <Banner kind="success" title={notice} /> : ''}
      {problem ? <div class="error-summary" role="alert" tabindex="-1"><p safe>{problem}</p></div> : ''}
      <h1 safe>{t('requests.status.title')}</h1>
      <dl class="summary-list">
        <div class="summary-row"><dt safe>{t('requests.status.reference')}</dt><dd><strong class="reference" dir="ltr" safe>{s.reference}</strong></dd></div>
        <div class="summary-row"><dt safe>{t('requests.status.sentAt')}</dt><dd safe>{sent}</dd></div>
        <div class="summary-row"><dt safe>{t('requests.status.status')}</dt><dd safe>{t(`requests.status.${s.status}`, { who: settings.specialistTitle })}</dd></div>
        <div class="summary-row"><dt safe>{t('requests.status.sentTo')}</dt>{s.unitName ? <dd lang="sv" dir="auto" safe>{s.unitName}</dd> : <dd safe>{t('requests.status.commonQueue')}</dd>}</div>
      </dl>
      {s.belowMinAge && settings.carerMinAge !== null ? <Banner kind="info"><p safe>{t('requests.status.childStatus', { age: settings.carerMinAge })}</p></Banner> : ''}
      {s.mode === 'named' && !s.erased ? <Banner kind="warning"><p safe>{t('requests.status.namedNotice')}</p></Banner> : ''}
      {s.selfcheckSent ? <p safe>{t('requests.status.selfcheckSent')}</p> : ''}
      {justSent ? (
        <Banner kind="info" title={t('requests.status.linkLabel')}>
          <p safe>{t('requests.status.saveLink')}</p>
          <p><a href={link} dir="ltr" class="break" safe>{link}</a></p>
        </Banner>
      ) : ''}
      {settings.contactPhone ? <PhoneLine t={t} phone={settings.contactPhone} messageKey="requests.status.questions" /> : ''}
      {s.erased ? <p safe>{t('requests.status.erased')}</p> : (
        <section aria-labelledby="withdraw-title">
          <h2 id="withdraw-title" safe>{t('requests.status.withdrawTitle')}</h2>
          <p safe>{open ? t('requests.status.withdrawText') : t('requests.status.eraseClosed', { days: settings.contactRetentionDays })}</p>
          <p><a href={`${base}/aterkalla`} class="button button-warning" safe>{open ? t('requests.status.withdrawButton') : t('requests.status.eraseButton')}</a></p>
        </section>
      )}
      <p><a href={`/${tenant.slug}`} safe>{t('requests.status.backToStart')}</a></p>
    </Layout>
  );
}
