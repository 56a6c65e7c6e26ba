import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, Checkbox, ErrorSummary, Form, Radios, Select, Table, TextArea, TextField } from '../../../platform/views/components.js';
import { AGE_BANDS, AGE_BAND_LABELS, TARGET_GROUPS, TARGET_GROUP_LABELS } from '../../../platform/domain/vocab.js';
import type { SentReferral } from '../service.js';
import { CARED_FOR_CONSENTS, CARED_FOR_CONSENT_WORDING, CARED_FOR_LABELS, CARER_CONSENT_WORDING, REFERRAL_TOPICS, REFERRAL_TOPIC_LABELS, URGENCIES, URGENCY_LABELS } from '../vocab.js';
import { localDateTime } from '../time.js';
import { sm } from '../../../platform/i18n/staff-messages.js';

const FIELD_ORDER = ['_form', 'carerName', 'carerPhone', 'carerEmail', 'reachNote', 'topic', 'message', 'targetGroup', 'carerAgeBand', 'urgency',
  'consentCarer', 'consentCaredFor', 'fromUnitId'];

export function ReferralFormPage({ ctx, values, errors, units, sent, mine, targetDays }: {
  ctx: PageContext; values: FormValues; errors?: FieldErrors; units: { id: string; name: string }[]; sent?: SentReferral; mine: SentReferral[]; targetDays: number;
}) {
  const slug = ctx.tenant!.slug;
  const plural = ctx.tenant!.settings.specialistTitlePlural;
  const p = { values, errors };
  return (
    <Layout ctx={ctx} title="Förmedla kontakt" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { label: 'Förmedla kontakt' }]}>
      <h1>Förmedla kontakt till anhörigstödet</h1>
      {sent ? (
        <Banner kind="success" title={`Förmedlingen är skickad till ${sent.unitName}`}>
          <p safe>{`Den anhöriga kontaktas inom ${sm('workingDays', { count: targetDays })}. Du ser här nedan när förmedlingen har tagits emot och när kontakt är tagen.`}</p>
        </Banner>
      ) : ''}
      <p class="lede" safe>{`Möter du en anhörig som behöver stöd? Fråga om hen vill bli kontaktad av kommunens ${plural}. Med samtycke fyller du i formuläret.`}</p>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={FIELD_ORDER} />
      <Form ctx={ctx} action={`/${slug}/personal/formedla`}>
        <h2>Den anhöriga</h2>
        <TextField name="carerName" label="Den anhörigas namn" autocomplete="off" maxlength={120} {...p} />
        <TextField name="carerPhone" label="Telefon" type="tel" autocomplete="off" width="medium" hint="Fyll i telefon eller e-post, eller båda." {...p} />
        <TextField name="carerEmail" label="E-postadress" type="email" autocomplete="off" {...p} />
        <TextField name="reachNote" label="När och hur är den anhöriga lättast att nå? (frivilligt)" hint="Till exempel: förmiddagar, ring inte när den närstående är hemma." maxlength={200} {...p} />
        <h2>Vad det gäller</h2>
        <Radios name="topic" label="Vad gäller det?" options={REFERRAL_TOPICS.map((t) => ({ value: t, label: REFERRAL_TOPIC_LABELS[t] }))} {...p} />
        <TextArea name="message" label="Kort om vad det gäller (frivilligt)" hint="Skriv bara det som behövs för att ta kontakt. Skriv inte om den närståendes hälsa eller ärende." rows={3} maxlength={1000} {...p} />
        <Select name="targetGroup" label="Den närståendes målgrupp" hint="Styr vem som tar emot förmedlingen." placeholder="Vet inte" options={TARGET_GROUPS.map((g) => ({ value: g, label: TARGET_GROUP_LABELS[g] }))} {...p} />
        <Select name="carerAgeBand" label="Den anhörigas ålder" hint="Barn och unga som anhöriga kan tas emot av någon annan." placeholder="Vet inte" options={AGE_BANDS.map((b) => ({ value: b, label: AGE_BAND_LABELS[b] }))} {...p} />
        <Radios name="urgency" label="Hur brådskande är det?" options={URGENCIES.map((u) => ({ value: u, label: URGENCY_LABELS[u] }))} {...p} />
        <h2>Samtycke</h2>
        <p class="hint">Kryssa bara i om det stämmer. Lydelsen sparas med förmedlingen.</p>
        <Checkbox name="consentCarer" label={CARER_CONSENT_WORDING} {...p} />
        <Radios name="consentCaredFor" label="Har den närstående samtyckt till att uppgifter om hen lämnas?" hint={`Lydelsen som sparas vid ja: ”${CARED_FOR_CONSENT_WORDING}”`}
          options={CARED_FOR_CONSENTS.map((c) => ({ value: c, label: CARED_FOR_LABELS[c] }))} {...p} />
        <Select name="fromUnitId" label="Din enhet" options={units.map((u) => ({ value: u.id, label: u.name }))} {...p} />
        <Button>Skicka förmedlingen</Button>
      </Form>
      <h2>Dina förmedlingar</h2>
      <p class="hint">Du ser att förmedlingen har tagits emot och om kontakt är tagen – inget mer, av sekretesskäl.</p>
      <Table caption={`Skickade av dig (${mine.length})`} rows={mine} empty="Du har inte förmedlat någon kontakt ännu." columns={[
        { header: 'Skickad', cell: (r) => <span safe>{localDateTime(r.createdAt)}</span> },
        { header: 'Gäller', cell: (r) => <span safe>{r.topicLabel}</span> },
        { header: 'Till', cell: (r) => <span safe>{r.unitName}</span> },
        { header: 'Mottagen', cell: () => <span class="badge badge-ok">Mottagen</span> },
        { header: 'Kontakt', cell: (r) => (r.contactMade ? <span class="badge badge-ok">Kontakt tagen</span> : <span class="badge">Inte ännu</span>) },
      ]} />
    </Layout>
  );
}
