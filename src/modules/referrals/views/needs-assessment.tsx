import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ErrorSummary, Form, Radios, Select, Table, TextField } from '../../../platform/views/components.js';
import { VIEWS_CONSIDERED, VIEWS_CONSIDERED_LABELS, type ViewsConsidered } from '../vocab.js';

export interface AssessmentRow { id: string; assessedOn: string; tookPart: boolean; viewsConsidered: ViewsConsidered; ownSupport: boolean; linked: boolean }

export function NeedsAssessmentPage({ ctx, values, errors, rows, referrals, notice }: {
  ctx: PageContext; values: FormValues; errors?: FieldErrors; rows: AssessmentRow[]; referrals: { id: string; label: string }[]; notice?: string;
}) {
  const slug = ctx.tenant!.slug;
  const p = { values, errors };
  const yesNo = [{ value: 'yes', label: 'Ja' }, { value: 'no', label: 'Nej' }];
  return (
    <Layout ctx={ctx} title="Anhöriga i behovsbedömningen" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { label: 'Anhöriga i behovsbedömningen' }]}>
      <h1>Anhöriga i behovsbedömningen</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <p class="lede">Registrera att en anhörig deltog i bedömningen av den närståendes behov och om hens synpunkter togs till vara. Bara antal sparas – inga namn – och räknas i årsuppföljningen.</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action={`/${slug}/personal/behovsbedomning`}>
        <TextField name="assessedOn" label="Datum för bedömningen" type="date" width="medium" {...p} />
        <Radios name="tookPart" label="Deltog den anhöriga i behovsbedömningen?" inline options={yesNo} {...p} />
        <Radios name="viewsConsidered" label="Togs den anhörigas synpunkter till vara?" inline options={VIEWS_CONSIDERED.map((v) => ({ value: v, label: VIEWS_CONSIDERED_LABELS[v] }))} {...p} />
        <Radios name="ownSupport" label="Fick den anhöriga en biståndsbedömd insats för egen del?" inline options={yesNo} {...p} />
        <Select name="referralId" label="Gäller en förmedling från din enhet (frivilligt)" hint="Kopplas den, räknas den anhöriga som identifierad om anhörigstödet har registrerat hen." placeholder="Ingen"
          options={referrals.map((r) => ({ value: r.id, label: r.label }))} {...p} />
        <Button>Registrera</Button>
      </Form>
      <Table caption={`Registrerat i år från dina enheter (${rows.length})`} rows={rows} empty="Inget registrerat i år." columns={[
        { header: 'Datum', cell: (r) => <span safe>{r.assessedOn}</span> },
        { header: 'Deltog', cell: (r) => (r.tookPart ? 'Ja' : 'Nej') },
        { header: 'Synpunkter till vara', cell: (r) => <span safe>{VIEWS_CONSIDERED_LABELS[r.viewsConsidered]}</span> },
        { header: 'Egen insats', cell: (r) => (r.ownSupport ? 'Ja' : 'Nej') },
        { header: 'Kopplad till förmedling', cell: (r) => (r.linked ? 'Ja' : 'Nej') },
      ]} />
    </Layout>
  );
}
