import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ButtonLink, ErrorSummary, Form, Pagination, pagedTitle, Table, TextField } from '../../../platform/views/components.js';
import { TARGET_GROUP_LABELS } from '../../../platform/domain/vocab.js';
import type { Carer, FollowUpRow, PlanFollowUp } from '../service.js';
import { ACTION_KIND_LABELS, ACTION_TYPE_LABELS, PLAN_STATUS_LABELS } from '../vocab.js';
import { localDateTime } from '../time.js';
import { sm } from '../../../platform/i18n/staff-messages.js';

function CarerTable({ ctx, carers, caption }: { ctx: PageContext; carers: Carer[]; caption: string }) {
  const slug = ctx.tenant!.slug;
  return (
    <Table caption={caption} rows={carers} empty="Inga anhöriga att visa." columns={[
      { header: 'Namn', cell: (c) => <a href={`/${slug}/personal/anhoriga/${c.id}`} safe>{c.name}</a> },
      { header: 'Den närståendes målgrupp', cell: (c) => <span>{c.targetGroup ? TARGET_GROUP_LABELS[c.targetGroup] : '–'}</span> },
      { header: 'Stödkontakt', cell: (c) => <span safe>{c.supportContactName ?? '–'}</span> },
      { header: 'Enhet', cell: (c) => <span safe>{c.unitName}</span> },
      { header: 'Senaste aktivitet', cell: (c) => <span safe>{localDateTime(c.lastActivityAt).slice(0, 10)}</span> },
    ]} />
  );
}

export function CarerListPage({ ctx, carers, total, page, pages, mine, canWrite, searched, errors, values, notice }: {
  ctx: PageContext; carers: Carer[]; total: number; page: number; pages: number; mine: boolean; canWrite: boolean;
  searched?: string; errors?: FieldErrors; values?: FormValues; notice?: string;
}) {
  const slug = ctx.tenant!.slug;
  const base = `/${slug}/personal/anhoriga`;
  return (
    <Layout ctx={ctx} title={pagedTitle(ctx, 'Anhöriga', page, pages)} crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { label: 'Anhöriga' }]}>
      <h1>Identifierade anhöriga</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <p class="lede">Anhöriga som har samtyckt till att registreras. Du ser bara anhöriga i dina enheter. Varje visning loggas.</p>
      {canWrite ? <p><ButtonLink href={`${base}/ny`} variant="primary">Registrera anhörig</ButtonLink></p> : ''}
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action={`${base}/sok`} class="filters">
        <TextField name="q" label="Sök på namn, telefon, e-post eller personnummer" hint="Sökningen skickas aldrig i adressfältet." autocomplete="off" values={values} errors={errors} />
        <Button variant="secondary">Sök</Button>
      </Form>
      {searched !== undefined ? (
        <>
          <p role="status" safe>{sm('search.hits', { count: carers.length })}</p>
          <CarerTable ctx={ctx} carers={carers} caption="Sökresultat" />
          <p><a href={base}>Visa alla</a></p>
        </>
      ) : (
        <>
          <nav aria-label="Urval">
            <ul class="tags">
              <li><a href={base} aria-current={mine ? undefined : 'page'}>Alla i mina enheter</a></li>
              <li><a href={`${base}?visa=mina`} aria-current={mine ? 'page' : undefined}>Där jag är stödkontakt</a></li>
            </ul>
          </nav>
          <CarerTable ctx={ctx} carers={carers} caption={`${mine ? 'Där du är stödkontakt' : 'Anhöriga i dina enheter'} (${total})`} />
          <Pagination ctx={ctx} page={page} pages={pages} href={(p) => `${base}?${mine ? 'visa=mina&' : ''}page=${p}`} />
        </>
      )}
    </Layout>
  );
}

export function FollowUpsPage({ ctx, rows, plans, mine, today }: { ctx: PageContext; rows: FollowUpRow[]; plans: PlanFollowUp[]; mine: boolean; today: string }) {
  const slug = ctx.tenant!.slug;
  const base = `/${slug}/personal/uppfoljningar`;
  const overdue = rows.filter((r) => r.overdue);
  const coming = rows.filter((r) => !r.overdue);
  const table = (list: FollowUpRow[], caption: string, empty: string) => (
    <Table caption={caption} rows={list} empty={empty} columns={[
      { header: 'Datum', cell: (r) => <span safe>{r.dueOn}</span> },
      { header: 'Anhörig', cell: (r) => <a href={`/${slug}/personal/anhoriga/${r.carerId}`} safe>{r.carerName}</a> },
      { header: 'Slag', cell: (r) => <span safe>{ACTION_KIND_LABELS[r.kind]}</span> },
      { header: 'Vad', cell: (r) => <span safe>{ACTION_TYPE_LABELS[r.actionType]}</span> },
      { header: 'Ansvarig', cell: (r) => <span safe>{r.assignedName ?? '–'}</span> },
    ]} />
  );
  return (
    <Layout ctx={ctx} title="Uppföljningar" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { label: 'Uppföljningar' }]}>
      <h1>Uppföljningar och planerade insatser</h1>
      <p class="lede" safe>{`Försenade och de som ska göras de närmaste 14 dagarna, i dina enheter. I dag är det ${today}.`}</p>
      <nav aria-label="Urval">
        <ul class="tags">
          <li><a href={base} aria-current={mine ? undefined : 'page'}>Hela teamet</a></li>
          <li><a href={`${base}?visa=mina`} aria-current={mine ? 'page' : undefined}>Mina</a></li>
        </ul>
      </nav>
      <h2>Försenade</h2>
      {table(overdue, `Försenade (${overdue.length})`, 'Inget är försenat.')}
      <h2>Kommande 14 dagar</h2>
      {table(coming, `Kommande (${coming.length})`, 'Inget planerat de närmaste 14 dagarna.')}
      <h2>Planer att följa upp</h2>
      <p class="hint">Åtgärder i de anhörigas planer som är planerade eller pågår och ska följas upp senast om 14 dagar.{mine ? ' Bara anhöriga där du är stödkontakt.' : ''}</p>
      <Table caption={`Planer att följa upp (${plans.length})`} rows={plans} empty="Ingen plan ska följas upp de närmaste 14 dagarna." columns={[
        { header: 'Följs upp', cell: (r) => (r.overdue ? <span><span safe>{r.followUpOn}</span> <span class="badge badge-bad">Försenad</span></span> : <span safe>{r.followUpOn}</span>) },
        { header: 'Anhörig', cell: (r) => <a href={`/${slug}/personal/anhoriga/${r.carerId}/plan`} safe>{r.carerName}</a> },
        { header: 'Åtgärd', cell: (r) => <span safe>{r.what}</span> },
        { header: 'Ansvarig', cell: (r) => <span safe>{r.responsible}</span> },
        { header: 'Status', cell: (r) => <span safe>{PLAN_STATUS_LABELS[r.status]}</span> },
      ]} />
    </Layout>
  );
}
