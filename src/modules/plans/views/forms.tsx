import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout, type Crumb } from '../../../platform/views/layout.js';
import { Button, ButtonLink, ErrorSummary, Form, Radios, Select, TextArea, TextField } from '../../../platform/views/components.js';
import type { Plan, PlanView } from '../totals.js';
import { ACTIVITY_STATUSES, STATUS_LABELS } from '../status.js';

const crumbs = (ctx: PageContext, plan: Plan | undefined, label: string): Crumb[] => {
  const slug = ctx.tenant!.slug;
  return [
    { href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/planer`, label: 'Verksamhetsplaner' },
    ...(plan ? [{ href: `/${slug}/personal/planer/${plan.id}`, label: plan.title }] : []), { label },
  ];
};

export function PlanEditorPage({ ctx, plan, errors, values }: { ctx: PageContext; plan?: Plan; errors?: FieldErrors; values?: FormValues }) {
  const slug = ctx.tenant!.slug;
  const title = plan ? 'Ändra planen' : 'Ny plan';
  const p = { errors, values };
  return (
    <Layout ctx={ctx} title={title} crumbs={crumbs(ctx, plan, title)}>
      <h1>{title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['_form', 'title', 'description', 'startYear', 'endYear', 'grantPerInhabitant']} />
      <Form ctx={ctx} action={plan ? `/${slug}/personal/planer/${plan.id}/andra` : `/${slug}/personal/planer`}>
        <TextField name="title" label="Namn på planen" maxlength={200} {...p} />
        <TextArea name="description" label="Beskrivning" hint="Frivilligt. Till exempel vem som fastställt planen och när." rows={3} maxlength={2000} {...p} />
        <TextField name="startYear" label="Första året" inputmode="numeric" width="short" {...p} />
        <TextField name="endYear" label="Sista året" hint={plan ? 'Belopp för år utanför den nya perioden tas bort.' : undefined} inputmode="numeric" width="short" {...p} />
        <TextField name="grantPerInhabitant" label="Statsbidrag per invånare (kr)" hint="Frivilligt. Till exempel 31. Gånger kommunens folkmängd ger det förväntade statsbidraget." inputmode="decimal" width="short" {...p} />
        <div class="actions"><Button>{plan ? 'Spara ändringar' : 'Skapa planen'}</Button></div>
      </Form>
    </Layout>
  );
}

export function GoalEditorPage({ ctx, view, goalId, errors, values }: { ctx: PageContext; view: PlanView; goalId?: string; errors?: FieldErrors; values?: FormValues }) {
  const slug = ctx.tenant!.slug;
  const base = `/${slug}/personal/planer/${view.plan.id}`;
  const title = goalId ? 'Ändra mål' : 'Nytt mål eller delmål';
  const parents = view.goals.filter((g) => g.id !== goalId).map((g) => ({ value: g.id, label: `${g.number}. ${g.title}` }));
  const p = { errors, values };
  return (
    <Layout ctx={ctx} title={title} crumbs={crumbs(ctx, view.plan, title)}>
      <h1>{title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['_form', 'title', 'parentId']} />
      <Form ctx={ctx} action={goalId ? `${base}/mal/${goalId}` : `${base}/mal`}>
        <TextArea name="title" label="Mål" rows={2} maxlength={300} {...p} />
        <Select name="parentId" label="Hör till" hint="Välj ett övergripande mål om detta är ett delmål under det." placeholder="Inget – detta är ett övergripande mål" options={parents} {...p} />
        <div class="actions"><Button>{goalId ? 'Spara ändringar' : 'Lägg till'}</Button> <ButtonLink href={base}>Avbryt</ButtonLink></div>
      </Form>
      {goalId ? (
        <Form ctx={ctx} action={`${base}/mal/${goalId}/ta-bort`}>
          <p class="hint">Ett mål kan tas bort när det saknar delmål och aktiviteter.</p>
          <Button variant="warning">Ta bort målet</Button>
        </Form>
      ) : ''}
    </Layout>
  );
}

export function ActivityEditorPage({ ctx, view, activityId, bodies, errors, values }: {
  ctx: PageContext; view: PlanView; activityId?: string; bodies: { id: string; name: string }[]; errors?: FieldErrors; values?: FormValues;
}) {
  const slug = ctx.tenant!.slug;
  const base = `/${slug}/personal/planer/${view.plan.id}`;
  const title = activityId ? 'Ändra aktivitet' : 'Ny aktivitet';
  const subGoals = view.goals.flatMap((g) => g.subGoals.map((s) => ({ value: s.id, label: `${s.number} ${s.title}` })));
  const p = { errors, values };
  const yearFields = view.years.flatMap((y) => [`budget_${y}`, `actual_${y}`]);
  return (
    <Layout ctx={ctx} title={title} crumbs={crumbs(ctx, view.plan, title)}>
      <h1>{title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['_form', 'goalId', 'title', 'targetGroup', 'responsible', 'responsibleBodyId', 'budgetLine', 'status', ...yearFields, 'comment']} />
      {subGoals.length === 0 ? <p>Planen har inga delmål ännu. <a href={`${base}/mal/nytt`}>Lägg först till ett mål och ett delmål.</a></p> : (
        <Form ctx={ctx} action={activityId ? `${base}/aktiviteter/${activityId}` : `${base}/aktiviteter`}>
          <Select name="goalId" label="Delmål" placeholder="Välj delmål" options={subGoals} {...p} />
          <TextArea name="title" label="Aktivitet" rows={2} maxlength={500} {...p} />
          <TextField name="targetGroup" label="Målgrupp" hint="Till exempel Personal, Anhöriga eller Alla elever årskurs 7." maxlength={200} {...p} />
          <TextField name="responsible" label="Ansvarig" hint="Roll eller funktion, till exempel Anhörigkonsulent." maxlength={200} {...p} />
          <Select name="responsibleBodyId" label="Ansvarig grupp" hint="Frivilligt: om en av kommunens grupper ansvarar." placeholder="Ingen grupp" options={bodies.map((b) => ({ value: b.id, label: b.name }))} {...p} />
          <TextField name="budgetLine" label="Budgetpost" hint="Raden i planens budgettabell som betalar aktiviteten. Frivilligt." maxlength={120} {...p} />
          <Radios name="status" label="Status" inline options={ACTIVITY_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))} {...p} />
          <fieldset class="fieldset">
            <legend>Budget och utfall i hela kronor</legend>
            {view.years.map((y) => (
              <>
                <TextField name={`budget_${y}`} label={`Budget ${y} (kr)`} hint="Till exempel 10 000. Tomt = 0." inputmode="numeric" width="medium" {...p} />
                <TextField name={`actual_${y}`} label={`Utfall ${y} (kr)`} hint="Verklig kostnad. Tomt = inte redovisat." inputmode="numeric" width="medium" {...p} />
              </>
            ))}
          </fieldset>
          <TextArea name="comment" label="Kommentar" rows={3} maxlength={2000} {...p} />
          <div class="actions"><Button>{activityId ? 'Spara ändringar' : 'Lägg till'}</Button> <ButtonLink href={base}>Avbryt</ButtonLink></div>
        </Form>
      )}
      {activityId ? (
        <Form ctx={ctx} action={`${base}/aktiviteter/${activityId}/ta-bort`}>
          <Button variant="warning">Ta bort aktiviteten</Button>
        </Form>
      ) : ''}
    </Layout>
  );
}

export function DeletePlanPage({ ctx, plan }: { ctx: PageContext; plan: Plan }) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title="Ta bort planen" crumbs={crumbs(ctx, plan, 'Ta bort')}>
      <h1>Ta bort planen?</h1>
      <p>Planen <strong safe>{plan.title}</strong> tas bort med alla mål, aktiviteter och belopp. Det går inte att ångra. Exportera den först om du vill ha en kopia.</p>
      <Form ctx={ctx} action={`/${slug}/personal/planer/${plan.id}/ta-bort`}>
        <input type="hidden" name="confirm" value="yes" />
        <div class="actions"><Button variant="warning">Ja, ta bort planen</Button> <ButtonLink href={`/${slug}/personal/planer/${plan.id}`}>Avbryt</ButtonLink></div>
      </Form>
    </Layout>
  );
}
