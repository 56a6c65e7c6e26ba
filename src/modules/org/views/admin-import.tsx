import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ErrorSummary, Form, Table, TextArea } from '../../../platform/views/components.js';
import { BODY_KIND_LABELS } from '../../../platform/domain/vocab.js';
import type { ImportResult } from '../org-import.js';
import { AdminMenu, adminBase, adminCrumbs, UNIT_KIND_LABELS } from './admin-common.js';
import { sm } from '../../../platform/i18n/staff-messages.js';

const CSV_EXAMPLE = `key;parent;kind;name;external
omsorg;;förvaltning;Omsorgsförvaltningen;nej
omsorg-aldre;omsorg;område;Äldreomsorg;nej
hemvard-norr;omsorg-aldre;enhet;Hemvård Norr;nej`;

const JSON_EXAMPLE = `{
  "units": [
    { "key": "omsorg", "parent": null, "kind": "administration", "name": "Omsorgsförvaltningen" },
    { "key": "omsorg-aldre", "parent": "omsorg", "kind": "area", "name": "Äldreomsorg" }
  ],
  "bodies": [
    { "kind": "carers_council", "name": "Anhörigrådet", "meetingsPerYear": 4, "description": "" }
  ]
}`;

/** The import page: paste the file, preview what it would add, then import it. */
export function ImportPage({ ctx, values, errors, problems, preview, done }: {
  ctx: PageContext; values?: FormValues; errors?: FieldErrors; problems?: string[]; preview?: ImportResult; done?: ImportResult;
}) {
  const action = `${adminBase(ctx)}/importera`;
  return (
    <Layout ctx={ctx} title="Importera organisation" crumbs={adminCrumbs(ctx, { label: 'Importera organisation' })}>
      <AdminMenu ctx={ctx} />
      <h1>Importera organisation</h1>
      {done ? (
        <Banner kind="success" title="Importen är klar.">
          <p safe>{sm('import.done', { units: done.unitsCreated, bodies: done.bodiesCreated, existing: done.unitsExisting + done.bodiesExisting })}</p>
          <p><a href={`${adminBase(ctx)}/organisation`}>Visa organisationen</a></p>
        </Banner>
      ) : ''}
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['_form', 'content']} />
      {problems && problems.length > 0 ? (
        <div class="banner banner-warning">
          <h2 class="banner-title">Filen kan inte importeras</h2>
          <ul>{problems.map((p) => <li safe>{p}</li>)}</ul>
        </div>
      ) : ''}
      <p>Lägg in kommunens förvaltningar, områden och enheter på en gång. Inget sparas förrän hela filen är rätt, och enheter som redan finns (samma namn under samma överordnade) läggs inte till igen.</p>
      {preview ? (
        <>
          <h2>Förhandsgranskning</h2>
          <p safe>{sm('import.preview', { units: preview.unitsCreated, bodies: preview.bodiesCreated, existing: preview.unitsExisting + preview.bodiesExisting })}</p>
          <Table caption="Enheter i filen" rows={preview.plan.units} columns={[
            { header: 'Namn', cell: (u) => <span safe>{`${'– '.repeat(u.depth)}${u.name}`}</span> },
            { header: 'Nivå', cell: (u) => <span safe>{UNIT_KIND_LABELS[u.kind]}</span> },
            { header: 'Resultat', cell: (u) => (u.existingId ? <span class="badge">Finns redan</span> : <span class="badge badge-ok">Läggs till</span>) },
          ]} />
          {preview.plan.bodies.length > 0 ? <Table caption="Grupper i filen" rows={preview.plan.bodies} columns={[
            { header: 'Namn', cell: (b) => <span safe>{b.name}</span> },
            { header: 'Typ', cell: (b) => <span safe>{BODY_KIND_LABELS[b.kind]}</span> },
            { header: 'Resultat', cell: (b) => (b.exists ? <span class="badge">Finns redan</span> : <span class="badge badge-ok">Läggs till</span>) },
          ]} /> : ''}
        </>
      ) : ''}
      <Form ctx={ctx} action={action}>
        <TextArea name="content" label="Filens innehåll (CSV eller JSON)" hint="Öppna filen i en textredigerare, markera allt och klistra in här. CSV: en rad per enhet med kolumnerna key, parent, kind, name, external (komma eller semikolon)."
          rows={14} maxlength={200000} values={values} errors={errors} />
        <div class="actions">
          <Button name="step" value="preview" variant="secondary">Förhandsgranska</Button>
          <Button name="step" value="import">Importera</Button>
        </div>
      </Form>
      <h2>Exempel</h2>
      <h3>CSV</h3>
      <pre><code>{CSV_EXAMPLE}</code></pre>
      <h3>JSON, med styrgrupper och råd</h3>
      <pre><code>{JSON_EXAMPLE}</code></pre>
      <p>Överordnad (parent) är nyckeln (key) för en annan rad i filen, eller id för en enhet som redan finns. Samma import går också att köra från kommandoraden: <code>npm run cli -- import-org --tenant kommunens-adress --file organisation.csv</code>.</p>
    </Layout>
  );
}
