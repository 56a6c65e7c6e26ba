import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ButtonLink, ErrorSummary, Form, Radios, Select, Table, TextField } from '../../../platform/views/components.js';
import { formatDate } from '../../../platform/domain/dates.js';
import type { RegisterUnit } from '../service.js';
import type { StaffOption } from '../queries.js';
import { sm } from '../../../platform/i18n/staff-messages.js';

export const crumbsFor = (slug: string, last?: string) => [
  { href: `/${slug}/personal`, label: 'Start' },
  ...(last ? [{ href: `/${slug}/personal/ombud`, label: 'Anhörigombud' }, { label: last }] : [{ label: 'Anhörigombud' }]),
];

export function RegisterPage({ ctx, units, showAll, notice }: { ctx: PageContext; units: RegisterUnit[]; showAll: boolean; notice?: string }) {
  const slug = ctx.tenant!.slug;
  const active = units.reduce((n, u) => n + u.ambassadors.filter((a) => a.active).length, 0);
  const without = units.filter((u) => u.unit.active && !u.ambassadors.some((a) => a.active)).length;
  return (
    <Layout ctx={ctx} title="Anhörigombud" crumbs={crumbsFor(slug)}>
      <h1>Anhörigombud</h1>
      <p class="lede">Anhörigombud lyfter anhörigfrågor i sin enhet. Enhetschefen utser ombuden och ser att de går utbildning.</p>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <p>
        <span safe>{sm('ambassadors.summary', { active, units: units.length, without })}</span>
      </p>
      <p class="actions">
        <ButtonLink href={`/${slug}/personal/ombud/tackning`} variant="primary">Visa täckning</ButtonLink>
        {showAll
          ? <a href={`/${slug}/personal/ombud`}>Visa bara aktiva ombud</a>
          : <a href={`/${slug}/personal/ombud?visa=alla`}>Visa även avslutade uppdrag</a>}
      </p>
      <Table caption={`Enheter och deras anhörigombud (${units.length})`} rows={units} empty="Du har inga enheter med anhörigombud." columns={[
        { header: 'Enhet', cell: (u) => <><span safe>{u.unit.name}</span><br /><span class="hint" safe>{u.path}</span></> },
        {
          header: 'Anhörigombud', cell: (u) => (u.ambassadors.length === 0 ? <span class="badge badge-bad">Inget ombud</span> : (
            <ul>
              {u.ambassadors.map((a) => (
                <li>
                  <a href={`/${slug}/personal/ombud/${a.id}`} safe>{a.name}</a>
                  {a.active ? <span safe>{` sedan ${formatDate(a.since)}`}</span> : <span class="badge" safe>{`Avslutat ${formatDate(a.endedOn)}`}</span>}
                </li>
              ))}
            </ul>
          )),
        },
        { header: 'Åtgärd', cell: (u) => (u.canDesignate ? <a href={`/${slug}/personal/ombud/enhet/${u.unit.id}/utse`}>Utse ombud<span class="visually-hidden" safe>{` i ${u.unit.name}`}</span></a> : '') },
      ]} />
    </Layout>
  );
}

const DESIGNATE_ORDER = ['_form', 'kind', 'userId', 'personName', 'personTitle', 'since'];

export function DesignatePage({ ctx, unit, staff, errors, values }: {
  ctx: PageContext; unit: { id: string; name: string; path: string }; staff: StaffOption[]; errors?: FieldErrors; values?: FormValues;
}) {
  const slug = ctx.tenant!.slug;
  const p = { errors, values };
  return (
    <Layout ctx={ctx} title={`Utse anhörigombud – ${unit.name}`} crumbs={crumbsFor(slug, 'Utse anhörigombud')}>
      <h1>Utse anhörigombud</h1>
      <p class="lede" safe>{unit.path}</p>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={DESIGNATE_ORDER} />
      <Form ctx={ctx} action={`/${slug}/personal/ombud/enhet/${unit.id}/utse`}>
        <Radios name="kind" label="Har medarbetaren ett konto i Bredvid?" options={[
          { value: 'user', label: 'Ja, välj i listan', hint: 'Ombudets utbildningar i Bredvids kalender visas då automatiskt.' },
          { value: 'person', label: 'Nej, skriv namnet' },
        ]} {...p} />
        <Select name="userId" label="Medarbetare med konto" hint="Personer med en roll i enheten." placeholder="Välj medarbetare"
          options={staff.map((s) => ({ value: s.id, label: s.title ? `${s.name} (${s.title})` : s.name }))} {...p} />
        <TextField name="personName" label="Namn på medarbetare utan konto" maxlength={120} autocomplete="off" {...p} />
        <TextField name="personTitle" label="Befattning (frivilligt)" hint="Till exempel undersköterska." maxlength={120} {...p} />
        <TextField name="since" label="Ombud från och med" hint="Till exempel 2026-11-25." type="date" width="medium" {...p} />
        <Button>Utse anhörigombud</Button>
      </Form>
    </Layout>
  );
}
