import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ButtonLink, Checkboxes, ErrorSummary, Form, Radios, Select, Table, TextArea, TextField } from '../../../platform/views/components.js';
import { CONTENT_LOCALES, LOCALE_NAMES, OFFERING_TYPES, OFFERING_TYPE_LABELS, PROVIDER_KINDS, PROVIDER_KIND_LABELS, TARGET_GROUPS, TARGET_GROUP_LABELS } from '../../../platform/domain/vocab.js';
import type { Offering } from '../service.js';
import { PERIOD_LABELS, QUANTITY_PERIODS, QUANTITY_UNITS, TIME_LABELS, TIMES_OF_DAY, UNIT_LABELS } from '../conditions.js';
import type { ContentOwner } from '../../../platform/domain/content-review.js';
import { TRANSLATION_LOCALES } from '../schema.js';

export function StaffCatalogPage({ ctx, offerings, notice }: { ctx: PageContext; offerings: Offering[]; notice?: string }) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title="Stödutbud" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { label: 'Stödutbud' }]}>
      <h1>Stödutbud</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <p><ButtonLink href={`/${slug}/personal/stod/nytt`} variant="primary">Nytt erbjudande</ButtonLink></p>
      <Table caption={`Alla erbjudanden (${offerings.length})`} rows={offerings} columns={[
        { header: 'Namn', cell: (o) => <a href={`/${slug}/personal/stod/${o.id}`} safe>{o.title}</a> },
        { header: 'Typ', cell: (o) => <span safe>{OFFERING_TYPE_LABELS[o.type]}</span> },
        { header: 'Biståndsbeslut', cell: (o) => (o.needsAssessment ? 'Ja' : 'Nej') },
        { header: 'Status', cell: (o) => (o.published ? <span class="badge badge-ok">Publicerad</span> : <span class="badge badge-warn">Utkast</span>) },
      ]} />
    </Layout>
  );
}

const FIELD_ORDER = ['_form', 'title', 'summary', 'description', 'howToGet', 'type', 'supportKind', 'needsAssessment', 'providerKind', 'providerName',
  'targetGroups', 'carerMinAge', 'carerMaxAge', 'relativeMinAge', 'relativeMaxAge', 'livesTogether', 'quantityAmount', 'quantityUnit', 'quantityPeriod', 'leadTimeDays', 'timesOfDay', 'languages', 'cost', 'contact', 'sortOrder', 'lastReviewedOn', 'reviewOwnerId'];

export function OfferingEditorPage({ ctx, offering, owners, errors, values }: { ctx: PageContext; offering?: Offering; owners: ContentOwner[]; errors?: FieldErrors; values?: FormValues }) {
  const slug = ctx.tenant!.slug;
  const title = offering ? `Ändra: ${offering.title}` : 'Nytt erbjudande';
  const action = offering ? `/${slug}/personal/stod/${offering.id}` : `/${slug}/personal/stod`;
  const p = { errors, values };
  return (
    <Layout ctx={ctx} title={title} crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/stod`, label: 'Stödutbud' }, { label: title }]}>
      <h1 safe>{title}</h1>
      {offering ? (
        <p>Status: {offering.published ? <span class="badge badge-ok">Publicerad</span> : <span class="badge badge-warn">Utkast</span>}
          {offering.published ? <span> – <a href={`/${slug}/stod/${offering.id}`}>visa som invånare</a></span> : ''}</p>
      ) : ''}
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={FIELD_ORDER} />
      <Form ctx={ctx} action={action}>
        <h2>Beskrivning på svenska</h2>
        <TextField name="title" label="Namn" maxlength={120} {...p} />
        <TextField name="summary" label="Kort sammanfattning" hint="En eller två meningar som visas i listan." maxlength={400} {...p} />
        <TextArea name="description" label="Beskrivning" hint="Tom rad mellan stycken. ## för rubrik, - för punktlista, [text](https://…) för länk." rows={8} {...p} />
        <TextArea name="howToGet" label="Så får man stödet" rows={3} {...p} />
        <h2>Klassning</h2>
        <Select name="type" label="Typ av stöd" placeholder="Välj typ" options={OFFERING_TYPES.map((t) => ({ value: t, label: OFFERING_TYPE_LABELS[t] }))} {...p} />
        <Radios name="supportKind" label="Direkt eller indirekt stöd" options={[
          { value: 'direct', label: 'Direkt stöd', hint: 'Ges till den anhöriga.' },
          { value: 'indirect', label: 'Indirekt stöd', hint: 'Ges till den närstående men avlastar den anhöriga.' },
        ]} {...p} />
        <Radios name="needsAssessment" label="Kräver stödet biståndsbeslut?" inline options={[{ value: 'no', label: 'Nej, utan biståndsbeslut' }, { value: 'yes', label: 'Ja, biståndsbedömt' }]} {...p} />
        <Select name="providerKind" label="Vem ger stödet" placeholder="Välj" options={PROVIDER_KINDS.map((k) => ({ value: k, label: PROVIDER_KIND_LABELS[k] }))} {...p} />
        <TextField name="providerName" label="Utförarens namn" maxlength={120} {...p} />
        <Checkboxes name="targetGroups" label="Målgrupper (den närståendes)" hint="Välj ingen om stödet gäller alla anhöriga." options={TARGET_GROUPS.map((g) => ({ value: g, label: TARGET_GROUP_LABELS[g] }))} {...p} />
        <TextField name="carerMinAge" label="Lägsta ålder för den anhöriga" hint="Lämna tomt om ingen gräns." type="text" inputmode="numeric" width="short" {...p} />
        <TextField name="carerMaxAge" label="Högsta ålder för den anhöriga" hint="Lämna tomt om ingen gräns." type="text" inputmode="numeric" width="short" {...p} />
        <TextField name="relativeMinAge" label="Lägsta ålder för den närstående" hint="Till exempel 65 om stödet bara ges när den närstående är 65 år eller äldre. Lämna tomt om ingen gräns." type="text" inputmode="numeric" width="short" {...p} />
        <TextField name="relativeMaxAge" label="Högsta ålder för den närstående" hint="Lämna tomt om ingen gräns." type="text" inputmode="numeric" width="short" {...p} />
        <Radios name="livesTogether" label="Måste den anhöriga bo med den närstående?" inline options={[{ value: 'any', label: 'Spelar ingen roll' }, { value: 'yes', label: 'Ja, bor tillsammans' }, { value: 'no', label: 'Nej, bor inte tillsammans' }]} {...p} />
        <TextField name="quantityAmount" label="Omfattning: antal" hint="Till exempel 10 för upp till 10 timmar i månaden. Lämna tomt om ingen gräns." type="text" inputmode="numeric" width="short" {...p} />
        <Select name="quantityUnit" label="Omfattning: enhet" placeholder="Ingen" options={QUANTITY_UNITS.map((u) => ({ value: u, label: UNIT_LABELS[u] }))} {...p} />
        <Select name="quantityPeriod" label="Omfattning: period" placeholder="Ingen" options={QUANTITY_PERIODS.map((x) => ({ value: x, label: PERIOD_LABELS[x] }))} {...p} />
        <TextField name="leadTimeDays" label="Bokas minst antal dagar i förväg" hint="Till exempel 7. Lämna tomt om det inte behövs." type="text" inputmode="numeric" width="short" {...p} />
        <Checkboxes name="timesOfDay" label="Tider då stödet ges" inline options={TIMES_OF_DAY.map((x) => ({ value: x, label: TIME_LABELS[x] }))} {...p} />
        <Checkboxes name="languages" label="Språk stödet ges på" inline options={CONTENT_LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))} {...p} />
        <TextField name="cost" label="Kostnad" hint="Till exempel Kostnadsfritt." maxlength={200} {...p} />
        <TextField name="contact" label="Kontakt" hint="Telefon, e-post eller var man vänder sig." maxlength={300} {...p} />
        <TextField name="sortOrder" label="Ordning i listan" hint="Lägre tal visas först." inputmode="numeric" width="short" {...p} />
        <h2>Granskning</h2>
        <TextField name="lastReviewedOn" label="Senast granskad" hint="Datum då uppgifterna senast kontrollerades, ÅÅÅÅ-MM-DD. Erbjudanden som inte granskats på 12 månader visas under Granskning av innehåll." width="medium" {...p} />
        <Select name="reviewOwnerId" label="Ansvarig för granskningen" hint="Den som ser till att uppgifterna stämmer." placeholder="Ingen vald" options={owners.map((o) => ({ value: o.id, label: o.name }))} {...p} />
        <h2>Översättningar</h2>
        <p class="hint">Frivilligt. Saknas en översättning visas svenska, och sidan säger det.</p>
        {TRANSLATION_LOCALES.map((l) => (
          <details class="translation">
            <summary safe>{LOCALE_NAMES[l]}</summary>
            <TextField name={`title_${l}`} label={`Namn (${LOCALE_NAMES[l]})`} maxlength={500} {...p} />
            <TextField name={`summary_${l}`} label={`Sammanfattning (${LOCALE_NAMES[l]})`} maxlength={500} {...p} />
            <TextArea name={`description_${l}`} label={`Beskrivning (${LOCALE_NAMES[l]})`} rows={5} {...p} />
            <TextArea name={`howToGet_${l}`} label={`Så får man stödet (${LOCALE_NAMES[l]})`} rows={2} {...p} />
          </details>
        ))}
        <div class="actions">
          {offering ? <Button>Spara ändringar</Button> : <>
            <Button name="publish" value="yes">Spara och publicera</Button>
            <Button variant="secondary" name="publish" value="no">Spara som utkast</Button>
          </>}
        </div>
      </Form>
      {offering ? (
        <Form ctx={ctx} action={`/${slug}/personal/stod/${offering.id}/${offering.published ? 'avpublicera' : 'publicera'}`}>
          {offering.published ? <Button variant="secondary">Avpublicera</Button> : <Button>Publicera</Button>}
        </Form>
      ) : ''}
    </Layout>
  );
}
