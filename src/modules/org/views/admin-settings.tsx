import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, Checkbox, Checkboxes, ErrorSummary, Form, Radios, Select, TextArea, TextField, type Option } from '../../../platform/views/components.js';
import { CONTENT_LOCALES, LOCALE_NAMES, TARGET_GROUPS, TARGET_GROUP_LABELS } from '../../../platform/domain/vocab.js';
import { MAX_RULES, ruleRowCount } from '../settings-form.js';
import { AdminMenu, adminBase, adminCrumbs } from './admin-common.js';

const FIELD_ORDER = [
  '_form', 'specialistTitle', 'specialistTitlePlural', 'carerMinAge', 'documentationPolicy',
  ...Array.from({ length: MAX_RULES }, (_, i) => ['targetGroup', 'carerUnder', 'relativeAtLeast', 'unitId', 'note'].map((k) => `rule${i}_${k}`)).flat(),
  'violenceUnitId', 'shortAlias', 'contactPhone', 'contactEmail', 'population', 'suppressionThreshold', 'contactTargetWorkingDays', 'waitlistConfirmHours',
  'carerRetentionMonths', 'contactRetentionDays', 'ambassadorTrainingMonths', 'carerAccountInactivityMonths', 'messageRetentionMonths', 'requireSecondFactor', 'languages', ...CONTENT_LOCALES.map((l) => `intro_${l}`),
];

function RuleRow({ i, units, stored, p }: { i: number; units: Option[]; stored: boolean; p: { errors?: FieldErrors; values?: FormValues } }) {
  return (
    <fieldset class="fieldset rule">
      <legend safe>{stored ? `Regel ${i + 1}` : `Ny regel (${i + 1})`}</legend>
      <Select name={`rule${i}_targetGroup`} label="Den närståendes målgrupp" placeholder="Alla målgrupper"
        options={TARGET_GROUPS.map((g) => ({ value: g, label: TARGET_GROUP_LABELS[g] }))} {...p} />
      <TextField name={`rule${i}_carerUnder`} label="Gäller anhöriga yngre än (år)" hint="Lämna tomt för alla åldrar. En regel för barn (18 år eller lägre, utan målgrupp) prövas före alla andra regler." inputmode="numeric" width="short" {...p} />
      <TextField name={`rule${i}_relativeAtLeast`} label="Gäller när den närstående är minst (år)" hint="Lämna tomt för alla åldrar. Den anhöriga anger den närståendes ålder i kontaktformuläret; okänd ålder uppfyller inte villkoret. Gäller inte förmedlingar." inputmode="numeric" width="short" {...p} />
      <Select name={`rule${i}_unitId`} label="Enhet som tar emot" placeholder={stored ? 'Välj enhet' : 'Ingen (lägg inte till)'} options={units} {...p} />
      <TextField name={`rule${i}_note`} label="Varför (visas för personalen)" maxlength={300} {...p} />
      {stored ? <Checkbox name={`rule${i}_remove`} label="Ta bort regeln" {...p} /> : ''}
    </fieldset>
  );
}

/** Does a rule without target group and age catch the requests no other rule takes? */
function hasCatchAll(values: FormValues, rows: number): boolean {
  return Array.from({ length: rows }, (_, i) => i).some((i) => values[`rule${i}_unitId`] && !values[`rule${i}_remove`]
    && !values[`rule${i}_targetGroup`] && !values[`rule${i}_carerUnder`] && !values[`rule${i}_relativeAtLeast`]);
}

export function SettingsPage({ ctx, values, units, storedRules, errors, notice }: {
  ctx: PageContext; values: FormValues; units: Option[]; storedRules: number; errors?: FieldErrors; notice?: string;
}) {
  const p = { errors, values };
  const rows = ruleRowCount(values);
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title="Inställningar" crumbs={adminCrumbs(ctx, { label: 'Inställningar' })}>
      <AdminMenu ctx={ctx} />
      <h1>Inställningar</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={FIELD_ORDER} />
      <p>Kommunens egna ord, regler och tider. Ändringarna gäller direkt.</p>
      <Form ctx={ctx} action={`${adminBase(ctx)}/installningar`}>
        <h2>Benämningar</h2>
        <TextField name="specialistTitle" label="Vad kallas de som arbetar med anhörigstöd?" hint="Till exempel anhörigkonsulent, anhörigsamordnare eller anhörigstrateg." maxlength={60} width="medium" {...p} />
        <TextField name="specialistTitlePlural" label="Samma ord i plural" hint="Till exempel anhörigkonsulenter." maxlength={60} width="medium" {...p} />

        <h2>Stöd och dokumentation</h2>
        <TextField name="carerMinAge" label="Lägsta ålder för anhöriga som får stöd av er" hint="Lämna tomt om stödet gäller alla åldrar (till exempel 18 om barn som anhöriga får stöd av andra)." inputmode="numeric" width="short" {...p} />
        <Radios name="documentationPolicy" label="Dokumentation av samtal" options={[
          { value: 'none', label: 'Öppen verksamhet dokumenteras inte', hint: 'Bara statistik utan journaltext.' },
          { value: 'journal', label: 'Samtal dokumenteras', hint: 'Anteckningar signeras och kan inte ändras; rättelser blir nya anteckningar.' },
        ]} {...p} />

        <h2>Vem tar emot kontakter</h2>
        <p class="hint">Den första regeln som passar gäller. En regel utan målgrupp och ålder gäller alla som inte fångats av en regel före den.</p>
        {hasCatchAll(values, rows) ? '' : (
          <Banner kind="warning" title="Ingen enhet tar emot övriga förfrågningar">
            <p>Lägg till en regel utan målgrupp och ålder, sist. Annars ser bara de som har behörighet i hela kommunen de förfrågningar som ingen regel passar.</p>
          </Banner>
        )}
        {Array.from({ length: rows }, (_, i) => <RuleRow i={i} units={units} stored={i < storedRules} p={p} />)}

        <h3>Våld i nära relation</h3>
        <Select name="violenceUnitId" label="Enhet som tar emot förfrågningar och förmedlingar med misstanke om våld i nära relation"
          hint="När personalen markerar misstanke om våld flyttas förfrågan eller förmedlingen hit, om den ligger hos en annan enhet. Enhetens personal får ett meddelande utan innehåll. Den anhöriga ser aldrig markeringen."
          placeholder="Ingen (flytta inte)" options={units} {...p} />

        <h2>Webbadress och kontakt</h2>
        <TextField name="shortAlias" label="Kort adress" hint={`Till exempel a-stod, som ger /${slug}/a-stod och leder till startsidan. Små bokstäver, siffror och bindestreck. Lämna tomt om ni inte vill ha någon.`} maxlength={40} width="medium" {...p} />
        <TextField name="contactPhone" label="Telefon till anhörigstödet" type="tel" maxlength={60} width="medium" {...p} />
        <TextField name="contactEmail" label="E-post till anhörigstödet" type="email" maxlength={120} width="medium" {...p} />

        <h2>Uppföljning och tider</h2>
        <TextField name="population" label="Antal invånare" hint="För beräkningar per invånare, till exempel statsbidraget." inputmode="numeric" width="short" {...p} />
        <TextField name="suppressionThreshold" label="Minsta antal som visas i rapporter" hint="Färre än så visas som ”<5” i rapporter som lämnar anhörigstödet." inputmode="numeric" width="short" {...p} />
        <TextField name="contactTargetWorkingDays" label="Svara på kontaktförfrågningar inom (arbetsdagar)" inputmode="numeric" width="short" {...p} />
        <TextField name="waitlistConfirmHours" label="Tid att bekräfta en plats från väntelistan (timmar)" inputmode="numeric" width="short" {...p} />
        <TextField name="carerRetentionMonths" label="Gallra uppgifter om anhöriga efter (månader utan aktivitet)" inputmode="numeric" width="short" {...p} />
        <TextField name="contactRetentionDays" label="Spara kontaktuppgifter i avslutade förfrågningar om kontakt (dagar)"
          hint="Sedan raderas namn, telefon, e-post och meddelande; statistiken finns kvar. Anonyma förfrågningar raderas när de avslutas. Standard är 30." inputmode="numeric" width="short" {...p} />
        <TextField name="ambassadorTrainingMonths" label="Anhörigombud ska ha utbildats inom (månader)" inputmode="numeric" width="short" {...p} />

        <h2>Mina sidor</h2>
        <TextField name="carerAccountInactivityMonths" label="Ta bort anhörigas konton på Mina sidor efter (månader utan inloggning)"
          hint="Kontot, meddelandena och kopplingarna till förfrågningar och bokningar tas bort. Den anhöriga får ett meddelande två veckor innan. 1–60 månader, standard 12." inputmode="numeric" width="short" {...p} />
        <TextField name="messageRetentionMonths" label="Gallra meddelanden på Mina sidor efter (månader efter det senaste meddelandet i tråden)"
          hint="1–120 månader, standard 24." inputmode="numeric" width="short" {...p} />

        <h2>Inloggning</h2>
        <Checkbox name="requireSecondFactor" label="Kräv tvåstegsverifiering" hint="Alla med en roll som läser uppgifter om enskilda personer (anhörigkonsulenter, handläggare, chefer som granskar loggar, administratörer och granskare) måste logga in med lösenord och en kod från en app. Den som inte har slagit på tvåstegsverifiering får göra det direkt vid nästa inloggning." {...p} />

        <h2>Språk</h2>
        <Checkboxes name="languages" label="Språk som invånarsidorna erbjuds på, utöver svenska"
          hint="Svenska finns alltid. Språkväljaren på varje sida visar exakt de språk ni väljer här; den som ber om ett annat språk får svenska."
          options={CONTENT_LOCALES.filter((l) => l !== 'sv').map((l) => ({ value: l, label: LOCALE_NAMES[l] }))} {...p} />

        <h2>Text på startsidan</h2>
        <p class="hint">Två meningar om kommunens anhörigstöd. Skriv svenska först: saknas ett språk visas svenska.</p>
        {CONTENT_LOCALES.map((l) => <TextArea name={`intro_${l}`} label={`Introduktion (${LOCALE_NAMES[l]})`} rows={3} maxlength={2000} {...p} />)}

        <Button>Spara inställningarna</Button>
      </Form>
    </Layout>
  );
}
