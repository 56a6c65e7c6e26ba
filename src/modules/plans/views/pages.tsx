import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, ButtonLink, ErrorSummary } from '../../../platform/views/components.js';
import type { PlanView, StateGrant } from '../service.js';
import type { ImportError } from '../layout.js';
import { formatTkr } from '../money.js';
import { BudgetLines, GoalSections, GoalTotals, GrantText, Scroll, YearTotals } from './parts.js';
import { FormatHelp, ImportForm } from './import-form.js';
import { sm } from '../../../platform/i18n/staff-messages.js';

const period = (v: PlanView) => (v.plan.startYear === v.plan.endYear ? String(v.plan.startYear) : `${v.plan.startYear}–${v.plan.endYear}`);

export function PlansListPage({ ctx, plans, canEdit, notice, errors, values, fileErrors }: {
  ctx: PageContext; plans: PlanView[]; canEdit: boolean; notice?: string; errors?: FieldErrors; values?: FormValues; fileErrors?: ImportError[];
}) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title="Verksamhetsplaner" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { label: 'Verksamhetsplaner' }]}>
      <h1>Verksamhetsplaner</h1>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['title', 'grantPerInhabitant', 'file']} />
      {notice ? <Banner kind="success" title={notice} /> : ''}
      {plans.length === 0 ? <p class="empty">Det finns inga planer ännu.</p> : (
        <Scroll label="Alla planer">
          <table class="table" id="plans">
            <caption safe>{`Alla planer (${plans.length})`}</caption>
            <thead><tr><th scope="col">Plan</th><th scope="col">Period</th><th scope="col" class="num">Aktiviteter</th><th scope="col">Budget per år (tkr)</th></tr></thead>
            <tbody>
              {plans.map((v) => (
                <tr>
                  <td><a href={`/${slug}/personal/planer/${v.plan.id}`} safe>{v.plan.title}</a></td>
                  <td safe>{period(v)}</td>
                  <td class="num" safe>{String(v.activityCount)}</td>
                  <td safe>{v.years.map((y, i) => `${y}: ${formatTkr(v.budget[i])}`).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      )}
      {canEdit ? (
        <>
          <p><ButtonLink href={`/${slug}/personal/planer/ny`} variant="primary">Ny plan</ButtonLink></p>
          <h2 id="import">Läs in en plan från fil</h2>
          <FormatHelp slug={slug} />
          <ImportForm ctx={ctx} action={`/${slug}/personal/planer/import`} errors={errors} values={values} fileErrors={fileErrors} submit="Läs in planen" />
        </>
      ) : ''}
    </Layout>
  );
}

export function PlanPage({ ctx, view, grant, canEdit, notice }: { ctx: PageContext; view: PlanView; grant: StateGrant | null; canEdit: boolean; notice?: string }) {
  const slug = ctx.tenant!.slug;
  const base = `/${slug}/personal/planer/${view.plan.id}`;
  return (
    <Layout ctx={ctx} title={view.plan.title} crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/planer`, label: 'Verksamhetsplaner' }, { label: view.plan.title }]}>
      <h1 safe>{view.plan.title}</h1>
      <p class="lede" safe>{`Period ${period(view)} · ${sm('plans.activities', { count: view.activityCount })}`}</p>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      {view.plan.description ? <p safe>{view.plan.description}</p> : ''}
      <p class="actions">
        <a href={`${base}/utskrift`}>Utskriftsvänlig sida</a>
        <a href={`${base}/plan.pdf`} download="">Ladda ner som PDF</a>
        <a href={`${base}/plan.xlsx`} download="">Exportera som Excel (XLSX)</a>
        <a href={`${base}/plan.csv`} download="">Exportera som CSV</a>
      </p>
      {canEdit ? (
        <p class="actions">
          <ButtonLink href={`${base}/andra`}>Ändra planen</ButtonLink>
          <ButtonLink href={`${base}/mal/nytt`}>Nytt mål eller delmål</ButtonLink>
          <ButtonLink href={`${base}/aktiviteter/ny`}>Ny aktivitet</ButtonLink>
          <ButtonLink href={`${base}/ersatt`}>Ersätt innehållet från fil</ButtonLink>
          <ButtonLink href={`${base}/ta-bort`}>Ta bort planen</ButtonLink>
        </p>
      ) : ''}
      <h2>Budget och statsbidrag</h2>
      <GrantText grant={grant} population={ctx.tenant!.settings.population} />
      <YearTotals view={view} grant={grant} />
      <GoalTotals view={view} />
      <BudgetLines view={view} />
      <h2>Mål och aktiviteter</h2>
      <GoalSections view={view} editBase={canEdit ? base : undefined} />
    </Layout>
  );
}

/** The printable page: the same content without actions (print CSS hides the navigation). */
export function PlanPrintPage({ ctx, view, grant }: { ctx: PageContext; view: PlanView; grant: StateGrant | null }) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title={`${view.plan.title} (utskrift)`}>
      <p><ButtonLink href={`/${slug}/personal/planer/${view.plan.id}`}>Tillbaka till planen</ButtonLink></p>
      <h1 safe>{view.plan.title}</h1>
      <p class="lede" safe>{`${ctx.tenant!.name} · Period ${period(view)}`}</p>
      {view.plan.description ? <p safe>{view.plan.description}</p> : ''}
      <h2>Budget och statsbidrag</h2>
      <GrantText grant={grant} population={ctx.tenant!.settings.population} />
      <YearTotals view={view} grant={grant} />
      <GoalTotals view={view} />
      <BudgetLines view={view} />
      <h2>Mål och aktiviteter</h2>
      <GoalSections view={view} />
    </Layout>
  );
}

export function ReplacePage({ ctx, view, errors, values, fileErrors }: { ctx: PageContext; view: PlanView; errors?: FieldErrors; values?: FormValues; fileErrors?: ImportError[] }) {
  const slug = ctx.tenant!.slug;
  const base = `/${slug}/personal/planer/${view.plan.id}`;
  return (
    <Layout ctx={ctx} title={`Ersätt innehållet: ${view.plan.title}`} crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/planer`, label: 'Verksamhetsplaner' }, { href: base, label: view.plan.title }, { label: 'Ersätt från fil' }]}>
      <h1>Ersätt planens innehåll från fil</h1>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['grantPerInhabitant', 'file']} />
      <p>Alla mål, delmål och aktiviteter i <strong safe>{view.plan.title}</strong> ersätts med filens innehåll, och perioden sätts efter filens budgetår.
        Exportera planen först om du vill ha kvar en kopia. Lämna statsbidraget tomt för att behålla det som står i planen.</p>
      <FormatHelp slug={slug} />
      <ImportForm ctx={ctx} action={`${base}/ersatt`} errors={errors} values={values} fileErrors={fileErrors} withTitle={false} submit="Ersätt innehållet" />
    </Layout>
  );
}
