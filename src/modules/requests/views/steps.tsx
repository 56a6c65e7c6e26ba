// "Jag vill bli kontaktad" in short steps: one question or one group per page, progress, a back
// link, then a check-your-answers page with "Ändra" for every answer. Every page is a POST form
// that carries the answers so far in hidden fields; nothing needs JavaScript and nothing is
// stored before the carer sends.
import type { Children } from '@kitajs/html';
import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Checkbox, ErrorSummary, Form, Radios, Select, TextArea, TextField } from '../../../platform/views/components.js';
import { RichText } from '../../../platform/views/rich-text.js';
import { AGE_BANDS, CONTENT_LOCALES, HEARD_VIA, LOCALE_HTML_LANG, LOCALE_NAMES, TARGET_GROUPS } from '../../../platform/domain/vocab.js';
import { translator, type Translate } from '../../../platform/i18n/i18n.js';
import { HONEYPOT, PREFERRED_TIMES, REQUEST_TOPICS, type ContactField } from '../schema.js';
import { CHECK, FIELD_ORDER, STEPS, stepIndex, type Answers, type Step, type StepKey } from '../steps.js';
import { REQUESTS_MESSAGES } from '../messages.js';

export const requestsText = (ctx: PageContext): Translate => translator(ctx.locale, REQUESTS_MESSAGES);

/** Field messages are keys (err.*) of this module; the platform's own (Swedish) pass through. */
export function translateErrors(t: Translate, errors: FieldErrors | undefined): FieldErrors | undefined {
  if (!errors) return undefined;
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v.startsWith('err.') ? t(`requests.${v}`) : v]));
}

export interface FlowModel {
  ctx: PageContext;
  answers: Answers;
  /** Signed time the form was first shown (minimum fill time), carried to the final submit. */
  stamp: string;
  /** Outreach campaigns of the last months (outreach module); the question shows when there are any. */
  campaigns: { value: string; label: string }[];
  errors?: FieldErrors;
}

const base = (ctx: PageContext) => `/${ctx.tenant!.slug}/kontakt`;

/** The answers of other steps (and the stamp) as hidden fields. */
function Carry({ answers, except = [], stamp }: { answers: Answers; except?: readonly string[]; stamp: string }) {
  const kept = Object.entries(answers).filter(([k, v]) => v !== undefined && !except.includes(k));
  return <>{kept.map(([name, value]) => <input type="hidden" name={name} value={value} />)}<input type="hidden" name="started" value={stamp} /></>;
}

function Honeypot({ t }: { t: Translate }) {
  return (
    <div class="visually-hidden" aria-hidden="true">
      <label for={`f-${HONEYPOT}`} safe>{t('requests.honeypot')}</label>
      <input type="text" id={`f-${HONEYPOT}`} name={HONEYPOT} value="" tabindex="-1" autocomplete="off" />
    </div>
  );
}

function Frame({ ctx, title, errors, children }: { ctx: PageContext; title: string; errors?: FieldErrors; children: Children }) {
  const t = requestsText(ctx);
  return (
    <Layout ctx={ctx} title={errors ? `${ctx.t('errors.summaryTitle')}: ${title}` : `${title} – ${t('requests.title')}`}
      crumbs={[{ href: `/${ctx.tenant!.slug}`, label: ctx.t('nav.start') }, { label: t('requests.title') }]}>
      {children as 'safe'}
    </Layout>
  );
}

/** Back: to the start page from the first step, else a small form carrying the answers to the previous page. */
function BackLink({ m, step, review }: { m: FlowModel; step: Step; review: boolean }) {
  const t = requestsText(m.ctx);
  const i = stepIndex(step.key);
  if (i === 0 && !review) return <p><a href={`/${m.ctx.tenant!.slug}`} class="back-link" safe>{t('requests.back')}</a></p>;
  const target = review ? CHECK : STEPS[i - 1].key;
  return (
    <Form ctx={m.ctx} action={`${base(m.ctx)}/steg`} class="back-form">
      <Carry answers={m.answers} stamp={m.stamp} />
      <button type="submit" name="goto" value={target} class="link-button back-link" safe>{t('requests.back')}</button>
    </Form>
  );
}

function SelfcheckBanner({ m, step }: { m: FlowModel; step: StepKey | typeof CHECK }) {
  const t = requestsText(m.ctx);
  if (!m.answers.selfcheck) return '';
  return (
    <section class="banner" aria-labelledby="selfcheck-title">
      <h2 id="selfcheck-title" class="banner-title" safe>{t('requests.selfcheck.title')}</h2>
      <div lang="sv" dir="auto"><RichText text={m.answers.selfcheck} headingLevel={3} /></div>
      <button type="submit" formaction={`${base(m.ctx)}/steg`} name="dropSelfcheck" value={step} class="link-button" safe>{t('requests.selfcheck.without')}</button>
    </section>
  );
}

/** "Vill du hellre ringa? Ring oss på …" with the number as a tel: link, in the sentence's own word order. */
export function PhoneLine({ t, phone, messageKey = 'requests.callInstead' }: { t: Translate; phone: string; messageKey?: string }) {
  const slot = '\u0001';
  const [before, after = ''] = t(messageKey, { phone: slot }).split(slot);
  return <p><span safe>{before}</span><a href={`tel:${phone.replace(/[^\d+]/g, '')}`} dir="ltr" safe>{phone}</a><span safe>{after}</span></p>;
}

const options = (t: Translate, prefix: string, values: readonly string[]) => values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));

/** The questions of one step. */
function Questions({ m, step, t }: { m: FlowModel; step: Step; t: Translate }) {
  const errors = translateErrors(t, m.errors);
  const p = { errors, values: m.answers };
  const s = m.ctx.tenant!.settings;
  switch (step.key) {
    case 'samtycke':
      return (
        <>
          <p safe>{t('requests.consent.first')}</p>
          <p safe>{t('requests.consent.second', { who: s.specialistTitlePlural, town: m.ctx.tenant!.name })}</p>
          <p><a href={`${base(m.ctx)}/integritet`} safe>{t('requests.consent.more')}</a></p>
          <Checkbox name="consent" label={t('requests.consent.label')} {...p} />
        </>
      );
    case 'arende':
      return (
        <>
          <Radios name="topic" label={t('requests.topic.legend')} options={options(t, 'requests.topic', REQUEST_TOPICS)} {...p} />
          <TextArea name="message" label={t('requests.message.label')} hint={t('requests.message.hint')} rows={4} maxlength={1000} {...p} />
        </>
      );
    case 'narstaende':
      return (
        <>
          <p safe>{t('requests.relative.intro')}</p>
          <Radios name="targetGroup" label={t('requests.group.legend')} value={m.answers.targetGroup ?? ''} errors={errors}
            options={[...options(t, 'requests.group', TARGET_GROUPS), { value: '', label: t('requests.group.unknown') }]} />
          <Select name="relativeAgeBand" label={t('requests.relativeAge.label')} placeholder={t('requests.relativeAge.unknown')}
            options={options(t, 'requests.age', AGE_BANDS)} {...p} />
        </>
      );
    case 'om-dig':
      return (
        <>
          <Select name="ageBand" label={t('requests.age.label')} hint={t('requests.age.hint')} placeholder={t('requests.age.unknown')}
            options={options(t, 'requests.age', AGE_BANDS)} {...p} />
          <Select name="heardVia" label={t('requests.heard.label')} placeholder={t('requests.heard.none')} options={options(t, 'requests.heard', HEARD_VIA)} {...p} />
          {m.campaigns.length > 0 ? <Select name="campaignId" label={t('requests.campaign.label')} hint={t('requests.campaign.hint')} placeholder={t('requests.campaign.none')} options={m.campaigns} {...p} /> : ''}
        </>
      );
    case 'anonym':
      return (
        <>
          <Radios name="mode" label={t('requests.mode.legend')} options={[
            { value: 'anonymous', label: t('requests.mode.anonymous'), hint: t('requests.mode.anonymousHint') },
            { value: 'named', label: t('requests.mode.named'), hint: t('requests.mode.namedHint') },
          ]} {...p} />
          <TextField name="name" label={t('requests.name.label')} hint={t('requests.name.hint')} autocomplete="off" maxlength={100} width="medium" {...p} />
        </>
      );
    case 'kontakt':
      return (
        <>
          <Radios name="channel" label={t('requests.channel.legend')} hint={t('requests.channel.hint')} options={options(t, 'requests.channel', ['phone', 'email'])} {...p} />
          <TextField name="phone" label={t('requests.phone.label')} hint={t('requests.phone.hint')} type="tel" autocomplete="tel" maxlength={40} width="medium" {...p} />
          <TextField name="email" label={t('requests.email.label')} hint={t('requests.email.hint')} type="email" autocomplete="email" maxlength={254} width="medium" {...p} />
        </>
      );
    case 'samtal':
      return (
        <>
          <Select name="language" label={t('requests.language.label')} value={m.answers.language ?? m.ctx.locale} errors={errors}
            options={[...CONTENT_LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] })), { value: 'other', label: t('requests.language.other') }]} />
          <Radios name="time" label={t('requests.time.legend')} value={m.answers.time ?? 'any'} errors={errors} options={options(t, 'requests.time', PREFERRED_TIMES)} />
        </>
      );
  }
}

export function StepPage({ m, step, review }: { m: FlowModel; step: Step; review: boolean }) {
  const { ctx } = m;
  const t = requestsText(ctx);
  const s = ctx.tenant!.settings;
  const first = step.key === 'samtycke';
  const title = t(step.title);
  return (
    <Frame ctx={ctx} title={title} errors={m.errors}>
      <BackLink m={m} step={step} review={review} />
      <ErrorSummary ctx={ctx} errors={translateErrors(t, m.errors)} fieldOrder={FIELD_ORDER} />
      <Form ctx={ctx} action={`${base(ctx)}/steg`}>
        <p class="caption" safe>{t('requests.progress', { step: stepIndex(step.key) + 1, total: STEPS.length })}</p>
        <h1 safe>{first ? t('requests.title') : title}</h1>
        {first ? <p class="lede" safe>{t('requests.lede', { who: s.specialistTitle, days: s.contactTargetWorkingDays })}</p> : ''}
        {first && s.contactPhone ? <PhoneLine t={t} phone={s.contactPhone} /> : ''}
        {first && s.carerMinAge !== null ? (
          <Banner kind="info" title={t('requests.child.title', { age: s.carerMinAge })}><p safe>{t('requests.child.text', { age: s.carerMinAge })}</p></Banner>
        ) : ''}
        {first ? <SelfcheckBanner m={m} step={step.key} /> : ''}
        {first ? <h2 safe>{title}</h2> : ''}
        <Carry answers={m.answers} except={step.fields} stamp={m.stamp} />
        <input type="hidden" name="step" value={step.key} />
        {review ? <input type="hidden" name="review" value="1" /> : ''}
        <Questions m={m} step={step} t={t} />
        <Honeypot t={t} />
        <button type="submit" class="button button-primary" name="nav" value="next" safe>{t('requests.continue')}</button>
      </Form>
    </Frame>
  );
}

/** What the check page shows for each answer, with the step that asks it. */
function rows(m: FlowModel, t: Translate): { field: ContactField; label: string; value: string; lang?: string; step: StepKey }[] {
  const a = m.answers;
  const or = (v: string | undefined, none: string, f: (x: string) => string = (x) => x) => (v ? f(v) : none);
  const out: { field: ContactField; label: string; value: string; lang?: string; step: StepKey }[] = [
    { field: 'consent', label: t('requests.row.consent'), value: t('requests.consent.given'), step: 'samtycke' },
    { field: 'topic', label: t('requests.row.topic'), value: or(a.topic, t('requests.check.none'), (v) => t(`requests.topic.${v}`)), step: 'arende' },
    { field: 'message', label: t('requests.row.message'), value: or(a.message, t('requests.check.none')), step: 'arende' },
    { field: 'targetGroup', label: t('requests.row.group'), value: or(a.targetGroup, t('requests.group.unknown'), (v) => t(`requests.group.${v}`)), step: 'narstaende' },
    { field: 'relativeAgeBand', label: t('requests.row.relativeAge'), value: or(a.relativeAgeBand, t('requests.relativeAge.unknown'), (v) => t(`requests.age.${v}`)), step: 'narstaende' },
    { field: 'ageBand', label: t('requests.row.age'), value: or(a.ageBand, t('requests.age.unknown'), (v) => t(`requests.age.${v}`)), step: 'om-dig' },
    { field: 'heardVia', label: t('requests.row.heard'), value: or(a.heardVia, t('requests.heard.none'), (v) => t(`requests.heard.${v}`)), step: 'om-dig' },
  ];
  if (m.campaigns.length > 0) {
    out.push({ field: 'campaignId', label: t('requests.row.campaign'), value: or(a.campaignId, t('requests.campaign.none'), (v) => m.campaigns.find((c) => c.value === v)?.label ?? v), lang: a.campaignId ? 'sv' : undefined, step: 'om-dig' });
  }
  out.push(
    { field: 'mode', label: t('requests.row.mode'), value: t(a.mode === 'named' ? 'requests.mode.named' : 'requests.mode.anonymous'), step: 'anonym' },
    { field: 'name', label: t('requests.row.name'), value: a.name ?? '', step: 'anonym' },
    { field: 'channel', label: t('requests.row.channel'), value: t(a.channel === 'email' ? 'requests.channel.email' : 'requests.channel.phone'), step: 'kontakt' },
  );
  if (a.phone) out.push({ field: 'phone', label: t('requests.row.phone'), value: a.phone, step: 'kontakt' });
  if (a.email) out.push({ field: 'email', label: t('requests.row.email'), value: a.email, step: 'kontakt' });
  const language = a.language ?? 'sv';
  out.push(
    { field: 'language', label: t('requests.row.language'), value: language === 'other' ? t('requests.language.other') : LOCALE_NAMES[language as keyof typeof LOCALE_NAMES] ?? language,
      lang: language !== 'other' && language in LOCALE_HTML_LANG ? LOCALE_HTML_LANG[language as keyof typeof LOCALE_HTML_LANG] : undefined, step: 'samtal' },
    { field: 'time', label: t('requests.row.time'), value: t(`requests.time.${a.time ?? 'any'}`), step: 'samtal' },
  );
  return out;
}

export function CheckPage({ m }: { m: FlowModel }) {
  const { ctx } = m;
  const t = requestsText(ctx);
  const title = t('requests.check.title');
  return (
    <Frame ctx={ctx} title={title} errors={m.errors}>
      <Form ctx={ctx} action={`${base(ctx)}/steg`} class="back-form">
        <Carry answers={m.answers} stamp={m.stamp} />
        <button type="submit" name="goto" value={STEPS[STEPS.length - 1].key} class="link-button back-link" safe>{t('requests.back')}</button>
      </Form>
      <ErrorSummary ctx={ctx} errors={translateErrors(t, m.errors)} fieldOrder={FIELD_ORDER} />
      <Form ctx={ctx} action={base(ctx)}>
        <h1 safe>{title}</h1>
        <SelfcheckBanner m={m} step={CHECK} />
        <dl class="summary-list">
          {rows(m, t).map((r) => (
            <div class="summary-row">
              <dt safe>{r.label}</dt>
              <dd lang={r.lang} dir={r.field === 'phone' || r.field === 'email' ? 'ltr' : undefined} class="break" safe>{r.value}</dd>
              <dd class="summary-action">
                <button type="submit" formaction={`${base(ctx)}/steg`} name="change" value={r.step} class="link-button">
                  <span safe>{t('requests.check.change')}</span><span class="visually-hidden" safe>{` – ${r.label}`}</span>
                </button>
              </dd>
            </div>
          ))}
        </dl>
        <Carry answers={m.answers} stamp={m.stamp} />
        <Honeypot t={t} />
        <p safe>{t('requests.check.send')}</p>
        <button type="submit" class="button button-primary" safe>{t('requests.submit')}</button>
      </Form>
    </Frame>
  );
}

/** The full privacy text behind the consent's link. */
export function PrivacyPage({ ctx }: { ctx: PageContext }) {
  const t = requestsText(ctx);
  const tenant = ctx.tenant!;
  const s = tenant.settings;
  return (
    <Frame ctx={ctx} title={t('requests.privacy.title')}>
      <h1 safe>{t('requests.privacy.title')}</h1>
      <p safe>{t('requests.privacy.stored')}</p>
      <p safe>{t('requests.privacy.howLong', { days: s.contactRetentionDays })}</p>
      <p safe>{t('requests.privacy.who', { who: s.specialistTitlePlural, town: tenant.name })}</p>
      <p safe>{t('requests.privacy.withdraw')}</p>
      <p><a href={base(ctx)} safe>{t('requests.privacy.toForm')}</a></p>
    </Frame>
  );
}
