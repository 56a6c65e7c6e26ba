import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ErrorSummary, Form, SummaryList, Table, TextArea, TextField } from '../../../platform/views/components.js';
import { formatDate } from '../../../platform/domain/dates.js';
import type { AmbassadorDetail } from '../service.js';
import { crumbsFor } from './register.js';

/** 150 minutes → "2,5" */
export const hours = (minutes: number): string => (Math.round((minutes / 60) * 100) / 100).toString().replace('.', ',');

export function AmbassadorPage({ ctx, detail, notice, errors, values, form }: {
  ctx: PageContext; detail: AmbassadorDetail; notice?: string; errors?: FieldErrors; values?: FormValues; form?: 'training' | 'end';
}) {
  const slug = ctx.tenant!.slug;
  const a = detail.ambassador;
  const base = `/${slug}/personal/ombud/${a.id}`;
  const trainingErrors = form === 'training' ? errors : undefined;
  const endErrors = form === 'end' ? errors : undefined;
  return (
    <Layout ctx={ctx} title={`Anhörigombud: ${a.name}`} crumbs={crumbsFor(slug, a.name)}>
      <h1 safe>{a.name}</h1>
      <p class="lede">Anhörigombud i <span safe>{a.unitPath}</span></p>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['_form', 'date', 'title', 'hours', 'endedOn', 'reason']} />
      <SummaryList rows={[
        ['Status', a.active ? 'Aktivt uppdrag' : `Avslutat ${formatDate(a.endedOn)}`],
        ['Befattning', a.title || '–'],
        ['Konto i Bredvid', a.hasAccount ? 'Ja' : 'Nej, namngiven medarbetare'],
        ['Ombud sedan', formatDate(a.since)],
        ['Utsedd av', a.designatedByName || '–'],
        ...(a.active ? [] : [['Avslutat av', a.endedByName || '–'], ['Anledning', a.endReason || '–']] as [string, string][]),
      ]} />

      <h2>Utbildningar</h2>
      <Table caption="Genomförda utbildningar" rows={detail.trainings} empty="Inga utbildningar registrerade." columns={[
        { header: 'Datum', cell: (t) => <span safe>{formatDate(t.date)}</span> },
        { header: 'Utbildning', cell: (t) => <span safe>{t.title}</span> },
        { header: 'Timmar', numeric: true, cell: (t) => <span safe>{hours(t.minutes)}</span> },
        { header: 'Källa', cell: (t) => (t.source === 'event' ? 'Närvaro i Bredvids kalender' : 'Registrerad för hand') },
        {
          header: 'Åtgärd', cell: (t) => (t.id && detail.canRecordTraining ? (
            <Form ctx={ctx} action={`${base}/utbildningar/${t.id}/ta-bort`} class="inline-form">
              <button type="submit" class="button button-secondary button-small">Ta bort<span class="visually-hidden" safe>{` ${t.title} ${formatDate(t.date)}`}</span></button>
            </Form>
          ) : ''),
        },
      ]} />

      {detail.canRecordTraining ? (
        <section aria-labelledby="training-title">
          <h2 id="training-title">Registrera en utbildning</h2>
          <p class="hint">Utbildningar i Bredvids kalender där ombudet haft närvaro kommer med automatiskt.</p>
          <Form ctx={ctx} action={`${base}/utbildningar`}>
            <TextField name="date" label="Datum" type="date" width="medium" errors={trainingErrors} values={form === 'training' ? values : undefined} />
            <TextField name="title" label="Utbildningens namn" hint="Till exempel Temahalvdag: demens och anhöriga." maxlength={160} errors={trainingErrors} values={form === 'training' ? values : undefined} />
            <TextField name="hours" label="Antal timmar" hint="Till exempel 3 eller 2,5." inputmode="decimal" width="short" errors={trainingErrors} values={form === 'training' ? values : undefined} />
            <Button>Registrera utbildning</Button>
          </Form>
        </section>
      ) : ''}

      {detail.canManage ? (
        <section aria-labelledby="end-title">
          <h2 id="end-title">Avsluta uppdraget</h2>
          <Form ctx={ctx} action={`${base}/avsluta`}>
            <TextField name="endedOn" label="Sista dag som ombud" type="date" width="medium" errors={endErrors} values={form === 'end' ? values : undefined} />
            <TextArea name="reason" label="Anledning (frivilligt)" hint="Till exempel slutat i enheten." rows={2} maxlength={300} errors={endErrors} values={form === 'end' ? values : undefined} />
            <Button variant="warning">Avsluta uppdraget</Button>
          </Form>
        </section>
      ) : ''}
    </Layout>
  );
}
