// Pieces shared by the plan's screen and print pages: the totals, the state grant and the
// goal → sub-goal → activity tables. Amounts are shown in tkr, computed exactly from kronor.
import type { PlanView, SubGoalView } from '../totals.js';
import type { StateGrant } from '../service.js';
import { formatKr, formatOre, formatTkr } from '../money.js';
import { STATUS_LABELS } from '../status.js';
import { shortName } from '../layout.js';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** A wide table scrolls sideways on small screens: the scroll box is focusable and named (WCAG 2.1.1). */
export function Scroll({ label, children }: { label: string; children: JSX.Element }) {
  return <div class="table-wrap" tabindex="0" role="region" aria-label={label}>{children as 'safe'}</div>;
}

export function GrantText({ grant, population }: { grant: StateGrant | null; population: number }) {
  if (grant) {
    return (
      <p>
        Förväntat statsbidrag: <span safe>{formatOre(grant.orePerInhabitant)}</span> kr per invånare ×{' '}
        <span safe>{formatKr(grant.population)}</span> invånare = <strong safe>{`${formatKr(grant.expectedKr)} kr`}</strong> per år
        (<span safe>{formatTkr(grant.expectedKr)}</span> tkr).
      </p>
    );
  }
  return population > 0
    ? <p class="hint">Planen anger inget statsbidrag per invånare. Fyll i det under ”Ändra planen” för att se det förväntade statsbidraget.</p>
    : <p class="hint">Kommunens folkmängd är inte angiven i inställningarna, så statsbidraget kan inte räknas ut.</p>;
}

export function YearTotals({ view, grant }: { view: PlanView; grant: StateGrant | null }) {
  const years = view.years;
  const diff = years.map((_, i) => (grant ? view.budget[i] - grant.expectedKr : 0));
  return (
    <Scroll label="Budget, utfall och statsbidrag per år">
      <table class="table" id="totals">
        <caption>Budget, utfall och statsbidrag per år (tkr)</caption>
        <thead>
          <tr><td></td>{years.map((y) => <th scope="col" class="num" safe>{String(y)}</th>)}<th scope="col" class="num">Hela perioden</th></tr>
        </thead>
        <tbody>
          <tr data-row="budget"><th scope="row">Budget</th>{view.budget.map((v) => <td class="num" safe>{formatTkr(v)}</td>)}<td class="num" safe>{formatTkr(sum(view.budget))}</td></tr>
          <tr data-row="actual"><th scope="row">Utfall (redovisade kostnader)</th>
            {view.actual.map((v, i) => <td class="num">{view.actualReported[i] ? <span safe>{formatTkr(v)}</span> : '–'}</td>)}
            <td class="num">{view.actualReported.some(Boolean) ? <span safe>{formatTkr(sum(view.actual))}</span> : '–'}</td></tr>
          {grant ? <>
            <tr data-row="grant"><th scope="row">Förväntat statsbidrag</th>{years.map(() => <td class="num" safe>{formatTkr(grant.expectedKr)}</td>)}<td class="num" safe>{formatTkr(grant.expectedKr * years.length)}</td></tr>
            <tr data-row="diff"><th scope="row">Budget minus statsbidrag</th>{diff.map((v) => <td class="num" safe>{formatTkr(v)}</td>)}<td class="num" safe>{formatTkr(sum(diff))}</td></tr>
          </> : ''}
        </tbody>
      </table>
    </Scroll>
  );
}

export function GoalTotals({ view }: { view: PlanView }) {
  if (view.goals.length === 0) return '';
  return (
    <Scroll label="Budget per mål">
      <table class="table" id="goal-totals">
        <caption>Budget per mål (tkr)</caption>
        <thead><tr><th scope="col">Mål</th>{view.years.map((y) => <th scope="col" class="num" safe>{String(y)}</th>)}<th scope="col" class="num">Summa</th></tr></thead>
        <tbody>
          {view.goals.map((g) => (
            <tr><th scope="row" safe>{`${g.number}. ${g.title}`}</th>{g.budget.map((v) => <td class="num" safe>{formatTkr(v)}</td>)}<td class="num" safe>{formatTkr(sum(g.budget))}</td></tr>
          ))}
        </tbody>
        <tfoot>
          <tr><th scope="row">Summa</th>{view.budget.map((v) => <td class="num" safe>{formatTkr(v)}</td>)}<td class="num" safe>{formatTkr(sum(view.budget))}</td></tr>
        </tfoot>
      </table>
    </Scroll>
  );
}

export function BudgetLines({ view }: { view: PlanView }) {
  if (view.budgetLines.length === 0) return '';
  return (
    <Scroll label="Budgetposter">
      <table class="table" id="budget-lines">
        <caption>Budgetposter (tkr)</caption>
        <thead><tr><th scope="col">Budgetpost</th>{view.years.map((y) => <th scope="col" class="num" safe>{String(y)}</th>)}</tr></thead>
        <tbody>
          {view.budgetLines.map((l) => <tr><th scope="row" safe>{l.name}</th>{l.budget.map((v) => <td class="num" safe>{formatTkr(v)}</td>)}</tr>)}
        </tbody>
      </table>
    </Scroll>
  );
}

function ActivityTable({ view, sub, editBase }: { view: PlanView; sub: SubGoalView; editBase?: string }) {
  if (sub.activities.length === 0) return <p class="empty">Inga aktiviteter ännu.</p>;
  return (
    <Scroll label={`Aktiviteter för delmål ${sub.number}`}>
      <table class="table activities">
        <caption class="visually-hidden" safe>{`Aktiviteter för delmål ${sub.number}`}</caption>
        <thead>
          <tr>
            <th scope="col">Aktivitet</th><th scope="col">Målgrupp</th><th scope="col">Ansvarig</th>
            {view.years.map((y) => <th scope="col" class="num" safe>{`Budget ${y}`}</th>)}
            {view.actualReported.some(Boolean) ? view.years.map((y) => <th scope="col" class="num" safe>{`Utfall ${y}`}</th>) : ''}
            <th scope="col">Status</th><th scope="col">Kommentar</th>
          </tr>
        </thead>
        <tbody>
          {sub.activities.map((a) => (
            <tr>
              <td>{editBase ? <a href={`${editBase}/aktiviteter/${a.id}`} safe>{a.title}</a> : <span safe>{a.title}</span>}
                {a.budgetLine ? <span class="hint"> (budgetpost: <span safe>{a.budgetLine}</span>)</span> : ''}</td>
              <td safe>{a.targetGroup}</td>
              <td><span safe>{a.responsible}</span>{a.responsibleBodyName ? <span class="hint"> – grupp: <span safe>{shortName(a.responsibleBodyName)}</span></span> : ''}</td>
              {a.budget.map((v) => <td class="num" safe>{formatTkr(v)}</td>)}
              {view.actualReported.some(Boolean) ? a.actual.map((v) => <td class="num" safe>{v === null ? '–' : formatTkr(v)}</td>) : ''}
              <td safe>{STATUS_LABELS[a.status]}</td>
              <td safe>{a.comment}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr><th scope="row" colspan="3">Summa delmål</th>{sub.budget.map((v) => <td class="num" safe>{formatTkr(v)}</td>)}
            {view.actualReported.some(Boolean) ? sub.actual.map((v) => <td class="num" safe>{formatTkr(v)}</td>) : ''}<td colspan="2"></td></tr>
        </tfoot>
      </table>
    </Scroll>
  );
}

/** Goals → sub-goals → activities. editBase (the plan's staff URL) adds edit links. */
export function GoalSections({ view, editBase }: { view: PlanView; editBase?: string }) {
  if (view.goals.length === 0) return <p class="empty">Planen har inga mål ännu.</p>;
  const perYear = (xs: number[]) => view.years.map((y, i) => `${y}: ${formatTkr(xs[i])} tkr`).join(', ');
  return (
    <>
      {view.goals.map((g) => (
        <section class="plan-goal" aria-labelledby={`goal-${g.id}`}>
          <h3 id={`goal-${g.id}`}><span safe>{`${g.number}. ${g.title}`}</span>
            {editBase ? <> <a class="hint" href={`${editBase}/mal/${g.id}`}>Ändra<span class="visually-hidden" safe>{` mål ${g.number}`}</span></a></> : ''}</h3>
          <p class="hint" safe>{`Budget ${perYear(g.budget)}`}</p>
          {g.subGoals.length === 0 ? <p class="empty">Inga delmål ännu.</p> : ''}
          {g.subGoals.map((s) => (
            <>
              <h4 id={`goal-${s.id}`}><span safe>{`${s.number} ${s.title}`}</span>
                {editBase ? <> <a class="hint" href={`${editBase}/mal/${s.id}`}>Ändra<span class="visually-hidden" safe>{` delmål ${s.number}`}</span></a></> : ''}</h4>
              <ActivityTable view={view} sub={s} editBase={editBase} />
            </>
          ))}
        </section>
      ))}
    </>
  );
}
