import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, Checkbox, ErrorSummary, Form, Select, TextField, type Option } from '../../../platform/views/components.js';
import {
  AGE_BANDS, AGE_BAND_LABELS, GENDERS, GENDER_LABELS, RELATIONSHIPS, RELATIONSHIP_LABELS, TARGET_GROUPS, TARGET_GROUP_LABELS,
} from '../../../platform/domain/vocab.js';
import type { Carer, DuplicateCandidate } from '../service.js';
import { CONSENT_WORDINGS } from '../vocab.js';

const FIELD_ORDER = ['_form', 'unitId', 'name', 'phone', 'email', 'personnummer', 'targetGroup', 'relationship', 'ageBand', 'gender',
  'supportContactUserId', 'consentGiven', 'consentDate'];
const opts = <T extends string>(codes: readonly T[], labels: Record<T, string>): Option[] => codes.map((c) => ({ value: c, label: labels[c] }));

function DetailFields({ p, supportOptions, editing, hasPersonnummer, specialistTitle }: { p: { values?: FormValues; errors?: FieldErrors }; supportOptions: Option[]; editing: boolean; hasPersonnummer?: boolean; specialistTitle: string }) {
  return (
    <>
      <TextField name="name" label="Namn" autocomplete="off" maxlength={120} {...p} />
      <TextField name="phone" label="Telefon" type="tel" autocomplete="off" width="medium" hint="Fyll i telefon eller e-post, eller båda." {...p} />
      <TextField name="email" label="E-postadress" type="email" autocomplete="off" {...p} />
      <TextField name="personnummer" label="Personnummer (frivilligt)" autocomplete="off" width="medium"
        hint={editing && hasPersonnummer ? 'Ett personnummer är registrerat och visas inte här. Lämna tomt för att behålla det.' : 'Bara om det behövs. Skriv ÅÅÅÅMMDD-NNNN. Samordningsnummer går också bra.'} {...p} />
      {editing && hasPersonnummer ? <Checkbox name="removePersonnummer" label="Ta bort det registrerade personnumret" {...p} /> : ''}
      <Select name="targetGroup" label="Den närståendes målgrupp" hint="Bara målgruppen – inte vem den närstående är." placeholder="Ej angivet" options={opts(TARGET_GROUPS, TARGET_GROUP_LABELS)} {...p} />
      <Select name="relationship" label="Relation till den närstående" placeholder="Ej angivet" options={opts(RELATIONSHIPS, RELATIONSHIP_LABELS)} {...p} />
      <Select name="ageBand" label="Åldersgrupp" placeholder="Ej angivet" options={opts(AGE_BANDS, AGE_BAND_LABELS)} {...p} />
      <Select name="gender" label="Kön" placeholder="Ej angivet" options={opts(GENDERS, GENDER_LABELS)} {...p} />
      <Select name="supportContactUserId" label="Stödkontakt" hint={`En namngiven ${specialistTitle} som den anhöriga vänder sig till.`} placeholder="Ingen utsedd ännu" options={supportOptions} {...p} />
    </>
  );
}

export function CarerCreatePage({ ctx, values, errors, units, supportOptions, duplicates }: {
  ctx: PageContext; values: FormValues; errors?: FieldErrors; units: { id: string; name: string }[]; supportOptions: Option[]; duplicates?: DuplicateCandidate[];
}) {
  const slug = ctx.tenant!.slug;
  const p = { values, errors };
  return (
    <Layout ctx={ctx} title="Registrera anhörig" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/anhoriga`, label: 'Anhöriga' }, { label: 'Registrera anhörig' }]}>
      <h1>Registrera anhörig</h1>
      <p class="lede">Registrera bara en anhörig som vill det. Vill personen vara anonym räcker kontaktloggen.</p>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={FIELD_ORDER} />
      {duplicates && duplicates.length > 0 ? (
        <Banner kind="warning" title="Den anhöriga kan redan vara registrerad">
          <p>Kontrollera först om någon av dessa är samma person. Öppna posten i stället för att registrera en ny.</p>
          <ul>
            {duplicates.map((d) => <li><a href={`/${slug}/personal/anhoriga/${d.id}`} safe>{d.name}</a> – <span safe>{d.unitName}</span> (<span safe>{d.reasons.join(', ')}</span>)</li>)}
          </ul>
          <p>Är det en annan person? Kryssa i rutan längst ned och spara igen.</p>
        </Banner>
      ) : ''}
      <Form ctx={ctx} action={`/${slug}/personal/anhoriga`}>
        {units.length > 1
          ? <Select name="unitId" label="Enhet som håller uppgifterna" options={units.map((u) => ({ value: u.id, label: u.name }))} {...p} />
          : <input type="hidden" name="unitId" value={units[0]?.id ?? ''} />}
        {values.fromReferral ? <input type="hidden" name="fromReferral" value={String(values.fromReferral)} /> : ''}
        <DetailFields p={p} supportOptions={supportOptions} editing={false} specialistTitle={ctx.tenant!.settings.specialistTitle} />
        <h2>Samtycke</h2>
        <p class="hint" safe>{`Samtycket sparas med lydelsen: ”${CONSENT_WORDINGS.registration}”`}</p>
        <Checkbox name="consentGiven" label="Den anhöriga har samtyckt till registreringen med den lydelsen" {...p} />
        <TextField name="consentDate" label="Datum för samtycket" type="date" width="medium" {...p} />
        {duplicates && duplicates.length > 0 ? <Checkbox name="confirmNotDuplicate" label="Jag har kontrollerat – det är inte samma person" values={{}} /> : ''}
        <Button>Registrera</Button>
      </Form>
    </Layout>
  );
}

export function CarerEditPage({ ctx, carer, values, errors, supportOptions }: { ctx: PageContext; carer: Carer; values: FormValues; errors?: FieldErrors; supportOptions: Option[] }) {
  const slug = ctx.tenant!.slug;
  const base = `/${slug}/personal/anhoriga/${carer.id}`;
  return (
    <Layout ctx={ctx} title="Ändra uppgifter" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/anhoriga`, label: 'Anhöriga' }, { href: base, label: carer.name }, { label: 'Ändra uppgifter' }]}>
      <h1>Ändra uppgifter</h1>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={FIELD_ORDER} />
      <Form ctx={ctx} action={`${base}/andra`}>
        <DetailFields p={{ values, errors }} supportOptions={supportOptions} editing hasPersonnummer={carer.hasPersonnummer} specialistTitle={ctx.tenant!.settings.specialistTitle} />
        <Button>Spara ändringar</Button>
      </Form>
      <p><a href={base}>Tillbaka utan att spara</a></p>
    </Layout>
  );
}
