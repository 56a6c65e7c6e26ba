import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ErrorSummary, Form, Table, TextArea, TextField } from '../../../platform/views/components.js';
import type { HeavyUser } from '../review.js';
import { localDateTime } from '../time.js';
import { sm } from '../../../platform/i18n/staff-messages.js';

const crumbs = (slug: string, last?: string) => [
  { href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/logg`, label: 'Åtkomstlogg' },
  ...(last ? [{ href: `/${slug}/personal/logg/granskning`, label: 'Granskning' }, { label: last }] : [{ label: 'Granskning' }]),
];

export interface ReviewSummary { id: string; reviewerName: string; from: string; to: string; size: number; population: number; createdAt: string; completedAt: string | null }

export function ReviewListPage({ ctx, reviews, values, errors, ownUnits }: { ctx: PageContext; reviews: ReviewSummary[]; values: FormValues; errors?: FieldErrors; ownUnits: string }) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title="Granskning av åtkomstloggen" crumbs={crumbs(slug)}>
      <h1>Granskning av åtkomstloggen</h1>
      <p class="lede">Dra ett slumpmässigt stickprov av loggraderna för dina enheter och granska varje rad. Samma frö ger samma stickprov, så granskningen kan göras om och kontrolleras.</p>
      <p safe>{`Dina enheter: ${ownUnits}.`}</p>
      <p><a href={`/${slug}/personal/logg/avvikelser`}>Användare som öppnat ovanligt många anhöriga</a></p>
      <h2>Ny granskning</h2>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action={`/${slug}/personal/logg/granskning`}>
        <TextField name="from" label="Från och med" type="date" width="medium" values={values} errors={errors} />
        <TextField name="to" label="Till och med" type="date" width="medium" values={values} errors={errors} />
        <TextField name="size" label="Antal rader i stickprovet" inputmode="numeric" width="short" values={values} errors={errors} />
        <TextField name="seed" label="Frö (frivilligt)" hint="Lämna tomt för ett nytt slumpfrö. Skriv ett tidigare frö för att dra samma stickprov igen." width="medium" values={values} errors={errors} />
        <Button>Dra stickprov</Button>
      </Form>
      <Table caption={`Granskningar (${reviews.length})`} rows={reviews} empty="Inga granskningar ännu." columns={[
        { header: 'Skapad', cell: (r) => <a href={`/${slug}/personal/logg/granskning/${r.id}`} safe>{localDateTime(r.createdAt)}</a> },
        { header: 'Granskare', cell: (r) => <span safe>{r.reviewerName}</span> },
        { header: 'Period', cell: (r) => <span safe>{`${r.from} – ${r.to}`}</span> },
        { header: 'Stickprov', numeric: true, cell: (r) => <span safe>{`${r.size} av ${r.population}`}</span> },
        { header: 'Status', cell: (r) => (r.completedAt ? <span class="badge badge-ok">Avslutad</span> : <span class="badge badge-warn">Pågår</span>) },
      ]} />
    </Layout>
  );
}

export interface ReviewDetail {
  id: string; reviewerName: string; from: string; to: string; seed: string; size: number; population: number; createdAt: string;
  completedAt: string | null; conclusion: string | null;
  items: { id: string; position: number; reviewed_at: string | null; verdict: string | null; comment: string | null; action: string; at: string;
    subject_type: string | null; subject_id: string | null; purpose: string | null; outcome: string; user_name: string | null }[];
}

export function ReviewPage({ ctx, r, errors, values, notice }: { ctx: PageContext; r: ReviewDetail; errors?: FieldErrors; values?: FormValues; notice?: string }) {
  const slug = ctx.tenant!.slug;
  const base = `/${slug}/personal/logg/granskning/${r.id}`;
  const done = r.items.filter((i) => i.reviewed_at !== null).length;
  return (
    <Layout ctx={ctx} title="Granskning" crumbs={crumbs(slug, localDateTime(r.createdAt))}>
      <h1>Granskning av åtkomstloggen</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <p safe>{sm('review.summary', { from: r.from, to: r.to, size: r.size, population: r.population, seed: r.seed, reviewer: r.reviewerName, done, total: r.items.length })}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Table caption="Stickprovet" rows={r.items} columns={[
        { header: 'Nr', numeric: true, cell: (i) => <span safe>{String(i.position)}</span> },
        { header: 'Tid', cell: (i) => <span safe>{localDateTime(i.at)}</span> },
        { header: 'Användare', cell: (i) => <span safe>{i.user_name ?? '–'}</span> },
        { header: 'Händelse', cell: (i) => <span safe>{`${i.action} (${i.outcome})`}</span> },
        { header: 'Vad och syfte', cell: (i) => <span safe>{`${[i.subject_type, i.subject_id].filter(Boolean).join(' ') || '–'}; ${i.purpose ?? 'inget syfte angivet'}`}</span> },
        { header: 'Granskning', cell: (i) => (i.reviewed_at ? (
          <span safe>{`${i.verdict === 'ok' ? 'Utan anmärkning' : 'Ska utredas'}${i.comment ? `: ${i.comment}` : ''}`}</span>
        ) : r.completedAt ? <span>–</span> : (
          <Form ctx={ctx} action={`${base}/rader/${i.id}`}>
            <div class="field">
              <label for={`c-${i.id}`}>Kommentar<span class="visually-hidden" safe>{` till rad ${i.position}`}</span></label>
              <input id={`c-${i.id}`} name="comment" class="input" maxlength="500" />
            </div>
            <div class="actions">
              <button type="submit" name="verdict" value="ok" class="button button-secondary button-small">Utan anmärkning<span class="visually-hidden" safe>{` rad ${i.position}`}</span></button>
              <button type="submit" name="verdict" value="question" class="button button-secondary button-small">Ska utredas<span class="visually-hidden" safe>{` rad ${i.position}`}</span></button>
            </div>
          </Form>
        )) },
      ]} />
      {r.completedAt ? (
        <Banner kind="info" title={`Avslutad ${localDateTime(r.completedAt)}`}><p safe>{r.conclusion ?? ''}</p></Banner>
      ) : (
        <Form ctx={ctx} action={`${base}/avsluta`}>
          <h2>Avsluta granskningen</h2>
          <TextArea name="conclusion" label="Slutsats" hint="Vad granskningen visade och vad som görs med raderna som ska utredas." rows={4} maxlength={2000} values={values} errors={errors} />
          <Button>Avsluta granskningen</Button>
        </Form>
      )}
    </Layout>
  );
}

export function HeavyReadersPage({ ctx, users, values, errors }: { ctx: PageContext; users: HeavyUser[]; values: FormValues; errors?: FieldErrors }) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title="Ovanligt många öppnade anhöriga" crumbs={crumbs(slug, 'Ovanligt många')}>
      <h1>Användare som öppnat ovanligt många anhöriga</h1>
      <p class="lede">Antal olika anhöriga varje användare har öppnat under perioden, i dina enheter. Markerad: fler än tre gånger kollegernas median, och minst tio.</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="get" action={`/${slug}/personal/logg/avvikelser`} class="filters">
        <TextField name="from" label="Från och med" type="date" width="medium" values={values} errors={errors} />
        <TextField name="to" label="Till och med" type="date" width="medium" values={values} errors={errors} />
        <button type="submit" class="button button-primary">Visa</button>
      </form>
      <Table caption={`Användare (${users.length})`} rows={users} empty="Ingen har öppnat anhöriga under perioden." columns={[
        { header: 'Användare', cell: (u) => <span safe>{u.name}</span> },
        { header: 'Olika anhöriga', numeric: true, cell: (u) => <span safe>{String(u.carers)}</span> },
        { header: 'Visningar', numeric: true, cell: (u) => <span safe>{String(u.reads)}</span> },
        { header: 'Gräns', numeric: true, cell: (u) => <span safe>{String(u.threshold)}</span> },
        { header: 'Bedömning', cell: (u) => (u.unusual ? <span class="badge badge-bad">Ovanligt många</span> : <span>Normalt</span>) },
      ]} />
    </Layout>
  );
}
