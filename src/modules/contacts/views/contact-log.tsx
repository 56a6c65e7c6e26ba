import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, Checkbox, ErrorSummary, Form, Radios, Select, Table, TextField, type Option } from '../../../platform/views/components.js';
import {
  AGE_BANDS, AGE_BAND_LABELS, GENDERS, GENDER_LABELS, HEARD_VIA, HEARD_VIA_LABELS, OFFER_ANSWERS, OFFER_ANSWER_LABELS, RELATIONSHIPS, RELATIONSHIP_LABELS,
  TARGET_GROUPS, TARGET_GROUP_LABELS,
} from '../../../platform/domain/vocab.js';
import type { Contact } from '../service.js';
import { ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS, CHANNELS, CHANNEL_LABELS, DURATIONS, ONWARD_TARGETS, ONWARD_TARGET_LABELS } from '../vocab.js';
import { localDateTime } from '../time.js';

const FIELD_ORDER = ['_form', 'contactDate', 'channel', 'activityType', 'durationMin', 'targetGroup', 'relationship', 'gender', 'ageBand',
  'district', 'heardVia', 'campaignId', 'referredOnward', 'referredTo', 'supportOffer', 'carerId'];

/** A select that can take the first focus: the fastest path starts on the duration. */
function QuickSelect({ name, label, options, values, errors, autofocus, placeholder }: {
  name: string; label: string; options: Option[]; values?: FormValues; errors?: FieldErrors; autofocus?: boolean; placeholder?: string;
}) {
  const id = `f-${name}`;
  const error = errors?.[name];
  const current = String(values?.[name] ?? '');
  return (
    <div class={`field${error ? ' field-has-error' : ''}`}>
      <label for={id} safe>{label}</label>
      {error ? <p class="field-error" id={`${id}-error`}><span class="visually-hidden">Fel: </span><span safe>{error}</span></p> : ''}
      <select id={id} name={name} class="input input-medium" autofocus={autofocus} aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}>
        {placeholder !== undefined ? <option value="" safe>{placeholder}</option> : ''}
        {options.map((o) => <option value={o.value} selected={o.value === current} safe>{o.label}</option>)}
      </select>
    </div>
  );
}

const opts = <T extends string>(codes: readonly T[], labels: Record<T, string>): Option[] => codes.map((c) => ({ value: c, label: labels[c] }));

export function ContactFields({ values, errors, districts, campaigns, linkedCarer }: { values?: FormValues; errors?: FieldErrors; districts: string[]; campaigns: Option[]; linkedCarer?: string }) {
  const p = { values, errors };
  return (
    <>
      <fieldset class="fieldset">
        <legend>Kontakten</legend>
        <TextField name="contactDate" label="Datum" type="date" width="medium" {...p} />
        <Select name="channel" label="Kanal" options={opts(CHANNELS, CHANNEL_LABELS)} {...p} />
        <Select name="activityType" label="Typ av aktivitet" options={opts(ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS)} {...p} />
        {/* With errors the error summary takes focus (it has autofocus); one autofocus a page. */}
        <QuickSelect name="durationMin" label="Tidsåtgång" autofocus={!errors || Object.keys(errors).length === 0} options={DURATIONS.map((d) => ({ value: String(d), label: `${d} min` }))} {...p} />
      </fieldset>
      <fieldset class="fieldset">
        <legend>Om den anhöriga – allt är frivilligt</legend>
        <p class="hint">Skriv inga namn. Lämna tomt det du inte vet.</p>
        <Select name="targetGroup" label="Den närståendes målgrupp" placeholder="Ej angivet" options={opts(TARGET_GROUPS, TARGET_GROUP_LABELS)} {...p} />
        <Select name="relationship" label="Relation till den närstående" placeholder="Ej angivet" options={opts(RELATIONSHIPS, RELATIONSHIP_LABELS)} {...p} />
        <Radios name="gender" label="Kön" inline options={opts(GENDERS, GENDER_LABELS)} {...p} />
        <Select name="ageBand" label="Åldersgrupp" placeholder="Ej angivet" options={opts(AGE_BANDS, AGE_BAND_LABELS)} {...p} />
        <Select name="district" label="Område" placeholder="Ej angivet" options={districts.map((d) => ({ value: d, label: d }))} {...p} />
        <Select name="heardVia" label="Hur fick den anhöriga veta om oss?" placeholder="Ej angivet" options={opts(HEARD_VIA, HEARD_VIA_LABELS)} {...p} />
        {campaigns.length > 0 || errors?.campaignId ? <Select name="campaignId" label="Kom kontakten genom en kampanj?" hint="Uppsökande kampanjer de senaste månaderna." placeholder="Nej, eller vet inte" options={campaigns} {...p} /> : ''}
        <Checkbox name="referredOnward" label="Den anhöriga hänvisades vidare" {...p} />
        <Select name="referredTo" label="Vart hänvisades den anhöriga?" placeholder="Ej angivet" options={opts(ONWARD_TARGETS, ONWARD_TARGET_LABELS)} {...p} />
      </fieldset>
      <fieldset class="fieldset">
        <legend>Erbjudande om stödkontakt</legend>
        <p class="hint">Varje anhörig som tar kontakt ska erbjudas en stödkontakt. Erbjudandet sparas utan namn.</p>
        <Select name="supportOffer" label="Erbjöds den anhöriga en stödkontakt? Vad blev svaret?" placeholder="Inget erbjudande den här gången" options={opts(OFFER_ANSWERS, OFFER_ANSWER_LABELS)} {...p} />
      </fieldset>
      {campaigns.length === 0 && !errors?.campaignId && values?.campaignId ? <input type="hidden" name="campaignId" value={String(values.campaignId)} /> : ''}
      {errors?.carerId ? (
        <div class="field field-has-error" id="f-carerId">
          <p class="field-error" id="f-carerId-error"><span class="visually-hidden">Fel: </span><span safe>{errors.carerId}</span></p>
          <p>Sparar du nu blir kontakten anonym, utan koppling.</p>
        </div>
      ) : values?.carerId ? (
        <>
          <input type="hidden" name="carerId" value={String(values.carerId)} />
          <Banner kind="info" title="Kontakten kopplas till en identifierad anhörig">
            <p safe>{linkedCarer ?? 'Den anhöriga har samtyckt till registrering.'}</p>
          </Banner>
        </>
      ) : ''}
    </>
  );
}

export function ContactLogPage({ ctx, values, errors, districts, campaigns, recent, notice, now, linkedCarer }: {
  ctx: PageContext; values: FormValues; errors?: FieldErrors; districts: string[]; campaigns: Option[]; recent: Contact[]; notice?: string; now: Date; linkedCarer?: string;
}) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title="Kontaktlogg" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { label: 'Kontaktlogg' }]}>
      <h1>Registrera kontakt</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <p class="lede">Kontakten sparas bara som statistik – inget namn, ingen fritext och ingenting som kan peka ut personen.</p>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={FIELD_ORDER} />
      <Form ctx={ctx} action={`/${slug}/personal/kontakter`}>
        <ContactFields values={values} errors={errors} districts={districts} campaigns={campaigns} linkedCarer={linkedCarer} />
        <Button>Spara kontakt</Button>
      </Form>
      <RecentTable ctx={ctx} recent={recent} now={now} />
    </Layout>
  );
}

function RecentTable({ ctx, recent, now }: { ctx: PageContext; recent: Contact[]; now: Date }) {
  const slug = ctx.tenant!.slug;
  return (
    <>
      <h2 id="senaste">Dina kontakter senaste dygnet</h2>
      <p class="hint">Du kan ändra en kontakt i 24 timmar. Sedan låses den.</p>
      <Table caption={`Registrerade av dig (${recent.length})`} rows={recent} empty="Du har inte registrerat några kontakter det senaste dygnet." columns={[
        { header: 'Registrerad', cell: (c) => <span safe>{localDateTime(c.createdAt)}</span> },
        { header: 'Datum', cell: (c) => <span safe>{c.contactDate}</span> },
        { header: 'Kanal', cell: (c) => <span safe>{CHANNEL_LABELS[c.channel]}</span> },
        { header: 'Aktivitet', cell: (c) => <span safe>{ACTIVITY_TYPE_LABELS[c.activityType]}</span> },
        { header: 'Minuter', numeric: true, cell: (c) => <span safe>{String(c.durationMin)}</span> },
        { header: 'Målgrupp', cell: (c) => <span>{c.targetGroup ? TARGET_GROUP_LABELS[c.targetGroup] : '–'}</span> },
        { header: 'Ändra', cell: (c) => (now.toISOString() < c.editableUntil
          ? <a href={`/${slug}/personal/kontakter/${c.id}`}>Ändra<span class="visually-hidden" safe>{` kontakten registrerad ${localDateTime(c.createdAt)}`}</span></a>
          : <span class="badge">Låst</span>) },
      ]} />
    </>
  );
}

export function ContactEditPage({ ctx, contact, values, errors, districts, campaigns, locked }: {
  ctx: PageContext; contact: Contact; values: FormValues; errors?: FieldErrors; districts: string[]; campaigns: Option[]; locked: boolean;
}) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title="Ändra kontakt" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/kontakter`, label: 'Kontaktlogg' }, { label: 'Ändra kontakt' }]}>
      <h1>Ändra kontakt</h1>
      {locked ? (
        <Banner kind="warning" title="Kontakten är låst">
          <p safe>{`Kontakter kan ändras i 24 timmar. Den här låstes ${localDateTime(contact.editableUntil)}.`}</p>
        </Banner>
      ) : (
        <>
          <p safe>{`Du kan ändra kontakten till och med ${localDateTime(contact.editableUntil)}.`}</p>
          <ErrorSummary ctx={ctx} errors={errors} fieldOrder={FIELD_ORDER} />
          <Form ctx={ctx} action={`/${slug}/personal/kontakter/${contact.id}`}>
            <ContactFields values={values} errors={errors} districts={districts} campaigns={campaigns} />
            <Button>Spara ändringar</Button>
          </Form>
        </>
      )}
      <p><a href={`/${slug}/personal/kontakter`}>Tillbaka till kontaktloggen</a></p>
    </Layout>
  );
}
