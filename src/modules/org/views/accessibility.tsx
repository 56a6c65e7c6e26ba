// Tillgänglighetsredogörelse per lagen (2018:1937) om tillgänglighet till digital offentlig
// service (DOS-lagen), structured as Digg's model statement. Each municipality writes its own
// (admin › Tillgänglighet); until then Bredvid's default text shows, with the municipality's
// contact details. The fixed text is in the reader's language (messages.ts); what the municipality
// writes itself is Swedish, marked lang="sv".
import type { PageContext } from '../../../platform/http/context.js';
import { formatLongDate } from '../../../platform/i18n/dates.js';
import { type Translate, translator, writtenIn } from '../../../platform/i18n/i18n.js';
import { ORG_MESSAGES } from '../messages.js';
import { Layout } from '../../../platform/views/layout.js';
import { ButtonLink } from '../../../platform/views/components.js';
import { escapeHtml } from '@kitajs/html';
import { RichText } from '../../../platform/views/rich-text.js';
import { DIGG_COMPLAINT_URL, type Statement } from '../accessibility.js';
import type { Compliance } from '../accessibility-schema.js';

export const COMPLIANCE_TEXT: Record<Compliance, string> = {
  full: 'Den här webbplatsen är helt förenlig med lagen om tillgänglighet till digital offentlig service.',
  partial: 'Den här webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.',
  none: 'Den här webbplatsen är inte förenlig med lagen om tillgänglighet till digital offentlig service. De otillgängliga delarna beskrivs nedan.',
};

function Contact({ s, t }: { s: Statement; t: Translate }) {
  if (!s.feedbackEmail && !s.feedbackPhone) return <p safe>{t('org.a11y.contactCentre')}</p>;
  return (
    <ul>
      {s.feedbackEmail ? <li class="break"><span safe>{t('org.a11y.email')}</span>: <a href={`mailto:${s.feedbackEmail}`} safe>{s.feedbackEmail}</a></li> : ''}
      {s.feedbackPhone ? <li><span safe>{t('org.a11y.phone')}</span>: <span dir="ltr" safe>{s.feedbackPhone}</span></li> : ''}
    </ul>
  );
}

export function AccessibilityStatement({ ctx, s }: { ctx: PageContext; s: Statement }) {
  const t = translator(ctx.locale, ORG_MESSAGES);
  const name = ctx.tenant?.name ?? 'Bredvid';
  const slug = ctx.tenant?.slug;
  const title = t('org.a11y.title');
  const crumbs = slug ? [{ href: `/${slug}`, label: ctx.t('nav.start') }, { label: title }] : undefined;
  // What the municipality wrote itself is in Swedish.
  const sv = writtenIn('sv', ctx.locale);
  const date = (iso: string) => formatLongDate(iso, ctx.locale);
  return (
    <Layout ctx={ctx} title={title} crumbs={crumbs}>
      {/* One long word: it may break on a phone. */}
      <h1 class="break" safe>{title}</h1>
      <p class="lede" safe>{t('org.a11y.lede', { name })}</p>

      <h2 safe>{t('org.a11y.howHeading')}</h2>
      <p safe>{t(`org.a11y.summary.${s.compliance}`)}</p>
      <p safe>{t('org.a11y.wcag')}</p>

      <h2 safe>{t('org.a11y.whatHeading')}</h2>
      <p safe>{t('org.a11y.whatText')}</p>
      <Contact s={s} t={t} />

      <h2 id="rapportera" safe>{t('org.a11y.reportHeading')}</h2>
      <p safe>{t('org.a11y.reportText')}</p>
      {slug ? <p><ButtonLink href={`/${slug}/tillganglighet/rapportera`}>{escapeHtml(t('org.a11y.reportButton'))}</ButtonLink></p> : ''}
      <p safe>{slug ? t('org.a11y.reportAlso') : t('org.a11y.reportChoose')}</p>

      <h2 safe>{t('org.a11y.supervisionHeading')}</h2>
      <p safe>{t('org.a11y.supervisionText')}</p>
      <p><a href={DIGG_COMPLAINT_URL} safe>{t('org.a11y.supervisionLink')}</a></p>

      <h2 safe>{t('org.a11y.techHeading')}</h2>
      <p safe>{t(`org.a11y.compliance.${s.compliance}`)}</p>

      {s.compliance === 'full' && !s.nonCompliance && !s.burden && !s.outOfScope ? '' : (
        <section aria-labelledby="brister">
          <h2 id="brister" safe>{t('org.a11y.gapsHeading')}</h2>
          {s.nonCompliance ? <><h3 safe>{t('org.a11y.nonCompliance')}</h3><div {...sv}><RichText text={s.nonCompliance} headingLevel={4} /></div></> : ''}
          {s.burden ? <><h3 safe>{t('org.a11y.burden')}</h3><div {...sv}><RichText text={s.burden} headingLevel={4} /></div></> : ''}
          {s.outOfScope ? <><h3 safe>{t('org.a11y.outOfScope')}</h3><div {...sv}><RichText text={s.outOfScope} headingLevel={4} /></div></> : ''}
        </section>
      )}

      <h2 safe>{t('org.a11y.testedHeading')}</h2>
      <div {...sv}><RichText text={s.assessment} headingLevel={3} /></div>
      <p safe>{t('org.a11y.reviewed', { date: date(s.reviewedOn) })}</p>
      {s.updatedOn ? <p safe>{t('org.a11y.updated', { date: date(s.updatedOn) })}</p> : ''}
    </Layout>
  );
}
