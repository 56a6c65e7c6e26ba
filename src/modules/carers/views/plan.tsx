// The carer's plan ("planera åtgärder"): the measures agreed with the carer, a form to add one,
// and one measure's edit page. Printable as it stands (the layout's print styles).
import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ErrorSummary, Form, Select, Table, TextArea, TextField } from '../../../platform/views/components.js';
import type { PlanComment, PlanMeasure } from '../service.js';
import { localDateTime } from '../time.js';
import { PLAN_STATUSES, PLAN_STATUS_LABELS } from '../vocab.js';

export interface PlanPageModel {
  carerId: string; carerName: string; measures: PlanMeasure[]; comments: PlanComment[]; canWrite: boolean; today: string;
  notice?: string; errors?: FieldErrors; values?: FormValues;
}

const ORDER = ['what', 'responsible', 'dueOn', 'status', 'followUpOn', 'note'];
const statusOptions = PLAN_STATUSES.map((s) => ({ value: s, label: PLAN_STATUS_LABELS[s] }));

function MeasureFields({ errors, values }: { errors?: FieldErrors; values?: FormValues }) {
  const p = { errors, values };
  return (
    <>
      <TextField name="what" label="Vad ska göras" hint="Gärna med den anhörigas egna ord." maxlength={300} {...p} />
      <TextField name="responsible" label="Vem ansvarar" hint="Till exempel den anhöriga, stödkontakten, hemtjänsten eller en förening." maxlength={120} width="medium" {...p} />
      <TextField name="dueOn" label="Klart senast (frivilligt)" hint="ÅÅÅÅ-MM-DD" type="date" width="medium" {...p} />
      <Select name="status" label="Status" options={statusOptions} {...p} />
      <TextField name="followUpOn" label="Följs upp (frivilligt)" hint="Datumet visas i teamets lista Uppföljningar." type="date" width="medium" {...p} />
      <TextArea name="note" label="Anteckning (frivillig)" hint="Skriv inget om den närståendes hälsa. Högst 1000 tecken." rows={3} maxlength={1000} {...p} />
    </>
  );
}

export function PlanPage({ ctx, m }: { ctx: PageContext; m: PlanPageModel }) {
  const slug = ctx.tenant!.slug;
  const carerHref = `/${slug}/personal/anhoriga/${m.carerId}`;
  const base = `${carerHref}/plan`;
  return (
    <Layout ctx={ctx} title={`Plan – ${m.carerName}`} crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/anhoriga`, label: 'Anhöriga' },
      { href: carerHref, label: m.carerName }, { label: 'Plan' }]}>
      <h1><span safe>{m.carerName}</span>: plan</h1>
      {m.notice ? <Banner kind="success" title={m.notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={m.errors} fieldOrder={ORDER} />
      <p class="lede">Stödkontakten hjälper den anhöriga att planera de åtgärder som kan behövas (socialtjänstlagen, från 1 juli 2026). Planen görs tillsammans med den anhöriga, som kan få den utskriven.</p>
      <p class="hint">Att du öppnar planen har loggats.</p>
      <Table caption={`Åtgärder (${m.measures.length})`} rows={m.measures} empty="Planen har inga åtgärder ännu." columns={[
        { header: 'Vad', cell: (x) => <span><span safe>{x.what}</span>{x.note ? <><br /><span class="muted" safe>{x.note}</span></> : ''}</span> },
        { header: 'Ansvarig', cell: (x) => <span safe>{x.responsible}</span> },
        { header: 'Klart senast', cell: (x) => <span safe>{x.dueOn ?? '–'}</span> },
        { header: 'Status', cell: (x) => <span safe>{PLAN_STATUS_LABELS[x.status]}</span> },
        { header: 'Följs upp', cell: (x) => (x.followUpOn && x.followUpOn < m.today && (x.status === 'planned' || x.status === 'ongoing')
          ? <span><span safe>{x.followUpOn}</span> <span class="badge badge-bad">Försenad</span></span> : <span safe>{x.followUpOn ?? '–'}</span>) },
        ...(m.canWrite ? [{ header: 'Ändra', cell: (x: PlanMeasure) => <a href={`${base}/${x.id}`}>Ändra<span class="visually-hidden" safe>{` ${x.what}`}</span></a> }] : []),
      ]} />
      <h2>Den anhörigas kommentarer</h2>
      <p class="hint">Den anhöriga läser planen och kan kommentera den på Mina sidor, om kontot är kopplat till uppgifterna här.</p>
      {m.comments.length === 0 ? <p>Inga kommentarer.</p> : (
        <ul class="plan-comments">
          {m.comments.map((c) => <li><span class="muted" safe>{localDateTime(c.createdAt)}</span>: <span safe>{c.body}</span></li>)}
        </ul>
      )}
      {m.canWrite ? (
        <Form ctx={ctx} action={base}>
          <h2>Lägg till en åtgärd</h2>
          <MeasureFields errors={m.errors} values={m.values} />
          <Button>Lägg till i planen</Button>
        </Form>
      ) : ''}
      <p><a href={carerHref}>Tillbaka till den anhöriga</a></p>
    </Layout>
  );
}

export function MeasureEditPage({ ctx, carerId, carerName, measureId, errors, values }: {
  ctx: PageContext; carerId: string; carerName: string; measureId: string; errors?: FieldErrors; values: FormValues;
}) {
  const slug = ctx.tenant!.slug;
  const carerHref = `/${slug}/personal/anhoriga/${carerId}`;
  return (
    <Layout ctx={ctx} title="Ändra åtgärd" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { href: carerHref, label: carerName },
      { href: `${carerHref}/plan`, label: 'Plan' }, { label: 'Ändra åtgärd' }]}>
      <h1>Ändra åtgärd</h1>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={ORDER} />
      <Form ctx={ctx} action={`${carerHref}/plan/${measureId}`}>
        <MeasureFields errors={errors} values={values} />
        <Button>Spara</Button>
      </Form>
      <p><a href={`${carerHref}/plan`}>Tillbaka till planen</a></p>
    </Layout>
  );
}
