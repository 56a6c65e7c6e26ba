// "Jag vill bli kontaktad": the public contact form. Works without JavaScript; every field has
// a label; the name field always says that a real name ends anonymity.
import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Checkbox, ErrorSummary, Form, Radios, Select, TextArea, TextField } from '../../../platform/views/components.js';
import { RichText } from '../../../platform/views/rich-text.js';
import { AGE_BANDS, CONTENT_LOCALES, HEARD_VIA, LOCALE_NAMES, TARGET_GROUPS } from '../../../platform/domain/vocab.js';
import { HONEYPOT, PREFERRED_TIMES, REQUEST_TOPICS } from '../schema.js';
import { translateErrors, ui } from './labels.js';
import { RELATIVE_AGE_TEXT } from './relative-age.js';

export interface ContactFormModel {
  ctx: PageContext;
  values?: FormValues;
  errors?: FieldErrors;
  /** The self-check summary carried along (see schema.ts for the contract). */
  selfcheck?: string;
  /** Signed time the form was shown (minimum fill time). */
  stamp: string;
  /** Outreach campaigns of the last months (outreach module); the picker shows when there are any. */
  campaigns?: { value: string; label: string }[];
}

const FIELD_ORDER = ['_form', 'mode', 'name', 'channel', 'phone', 'email', 'topic', 'targetGroup', 'relativeAgeBand', 'ageBand', 'language', 'time', 'heardVia', 'campaignId', 'message', 'selfcheck', 'consent'];

export function ContactFormPage(m: ContactFormModel) {
  const { ctx } = m;
  const { u, lang } = ui(ctx.locale);
  // Labels in Swedish on a right-to-left page (a language this module has no text for) read left to right.
  const uiDir = lang !== ctx.locale && ctx.dir === 'rtl' ? 'ltr' : undefined;
  const tenant = ctx.tenant!;
  const s = tenant.settings;
  const errors = translateErrors(u, m.errors);
  const p = { errors, values: m.values };
  return (
    <Layout ctx={ctx} title={u.title} contentLang={lang !== ctx.locale ? lang : undefined}
      crumbs={[{ href: `/${tenant.slug}`, label: ctx.t('nav.start') }, { label: u.title }]}>
      <div dir={uiDir}>
        <h1 safe>{u.title}</h1>
        <p class="lede" safe>{u.lede(s.specialistTitle, s.contactTargetWorkingDays)}</p>
        <ErrorSummary ctx={ctx} errors={errors} fieldOrder={FIELD_ORDER} />
        {s.carerMinAge !== null ? (
          <Banner kind="info" title={u.childTitle(s.carerMinAge)}><p safe>{u.childText(s.carerMinAge)}</p></Banner>
        ) : ''}
        <Form ctx={ctx} action={`/${tenant.slug}/kontakt`}>
          {m.selfcheck ? (
            <section class="banner" aria-labelledby="selfcheck-title">
              <h2 id="selfcheck-title" class="banner-title" safe>{u.selfcheckTitle}</h2>
              <div lang="sv" dir="auto"><RichText text={m.selfcheck} headingLevel={3} /></div>
              <input type="hidden" name="selfcheck" value={m.selfcheck} />
              <p><a href={`/${tenant.slug}/kontakt`} safe>{u.selfcheckWithout}</a></p>
            </section>
          ) : ''}
          <Radios name="mode" label={u.modeLegend} options={[
            { value: 'anonymous', label: u.modeAnon, hint: u.modeAnonHint },
            { value: 'named', label: u.modeNamed, hint: u.modeNamedHint },
          ]} {...p} />
          <TextField name="name" label={u.name} hint={u.nameHint} autocomplete="off" maxlength={100} width="medium" {...p} />
          <Radios name="channel" label={u.channelLegend} hint={u.contactHint} options={[
            { value: 'phone', label: u.channelPhone }, { value: 'email', label: u.channelEmail },
          ]} {...p} />
          <TextField name="phone" label={u.phone} hint={u.phoneHint} type="tel" autocomplete="tel" maxlength={40} width="medium" {...p} />
          <TextField name="email" label={u.email} hint={u.emailHint} type="email" autocomplete="email" maxlength={254} width="medium" {...p} />
          <Radios name="topic" label={u.topicLegend} options={REQUEST_TOPICS.map((t) => ({ value: t, label: u.topics[t] }))} {...p} />
          <Select name="targetGroup" label={u.group} placeholder={u.groupUnknown} options={TARGET_GROUPS.map((g) => ({ value: g, label: u.groups[g] }))} {...p} />
          <Select name="relativeAgeBand" label={RELATIVE_AGE_TEXT[lang].label} hint={RELATIVE_AGE_TEXT[lang].hint} placeholder={RELATIVE_AGE_TEXT[lang].unknown}
            options={AGE_BANDS.map((b) => ({ value: b, label: RELATIVE_AGE_TEXT[lang].bands[b] }))} {...p} />
          <Select name="ageBand" label={u.age} hint={u.ageHint} placeholder={u.ageUnknown} options={AGE_BANDS.map((b) => ({ value: b, label: u.ages[b] }))} {...p} />
          <Select name="language" label={u.language} value={typeof m.values?.language === 'string' ? m.values.language : ctx.locale}
            options={[...CONTENT_LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] })), { value: 'other', label: u.languageOther }]} errors={errors} />
          <Radios name="time" label={u.timeLegend} value={typeof m.values?.time === 'string' ? m.values.time : 'any'}
            options={PREFERRED_TIMES.map((t) => ({ value: t, label: u.times[t] }))} errors={errors} />
          <Select name="heardVia" label={u.heard} placeholder={u.heardNone} options={HEARD_VIA.map((h) => ({ value: h, label: u.heardVia[h] }))} {...p} />
          {m.campaigns && m.campaigns.length > 0 ? <Select name="campaignId" label={u.campaign} hint={u.campaignHint} placeholder={u.campaignNone} options={m.campaigns} {...p} /> : ''}
          <TextArea name="message" label={u.message} hint={u.messageHint} rows={4} maxlength={1000} {...p} />
          <section aria-labelledby="consent-title">
            <h2 id="consent-title" safe>{u.consentTitle}</h2>
            <p safe>{u.consentStored}</p>
            <p safe>{u.consentHowLong(s.contactRetentionDays)}</p>
            <p safe>{u.consentWho(s.specialistTitlePlural, tenant.name)}</p>
            <p safe>{u.consentWithdraw}</p>
            <Checkbox name="consent" label={u.consent} {...p} />
          </section>
          <div class="visually-hidden" aria-hidden="true">
            <label for={`f-${HONEYPOT}`} safe>{u.honeypot}</label>
            <input type="text" id={`f-${HONEYPOT}`} name={HONEYPOT} value="" tabindex="-1" autocomplete="off" />
          </div>
          <input type="hidden" name="started" value={m.stamp} />
          <button type="submit" class="button button-primary" safe>{u.submit}</button>
        </Form>
      </div>
    </Layout>
  );
}
