// Staff pages: the hub, the anonymous counts, and one carer's results over time.
import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import { can } from '../../../platform/auth/principal.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ErrorSummary, Form, Radios, Select, Table, TextField } from '../../../platform/views/components.js';
import type { FormValues } from '../../../platform/http/forms.js';
import type { SelfcheckStats } from '../service.js';
import { ChartTable, DimensionChart, type ChartData } from './chart.js';
import { sm } from '../../../platform/i18n/staff-messages.js';

const crumbs = (ctx: PageContext, label: string) => [
  { href: `/${ctx.tenant!.slug}/personal`, label: 'Start' }, { href: `/${ctx.tenant!.slug}/personal/belastningskoll`, label: 'Belastningskoll' }, { label },
];

export interface FoundCarer {
  id: string;
  name: string;
  unitName: string;
}

export function HubPage({ ctx, found, errors, values }: { ctx: PageContext; found?: FoundCarer[]; errors?: FieldErrors; values?: FormValues }) {
  const slug = ctx.tenant!.slug;
  const p = ctx.principal;
  return (
    <Layout ctx={ctx} title={errors ? 'Fel: Belastningskoll' : 'Belastningskoll'} crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { label: 'Belastningskoll' }]}>
      <h1>Belastningskoll</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      {can(p, 'selfcheck:staff') ? <>
        <h2>Med en anhörig i samtal</h2>
        <p>Gå igenom belastningskollen tillsammans med en registrerad anhörig och spara resultatet med samtycke, för att jämföra över tid.</p>
        <Form ctx={ctx} action={`/${slug}/personal/belastningskoll/sok`} class="filters">
          <TextField name="q" label="Sök anhörig" hint="Namn, telefon, e-post eller personnummer. Du ser bara anhöriga i dina enheter." maxlength={100} errors={errors} values={values} />
          <Button variant="secondary">Sök</Button>
        </Form>
        {found ? (
          <Table caption={`Anhöriga som matchar (${found.length})`} rows={found} empty="Ingen anhörig i dina enheter matchar." columns={[
            { header: 'Namn', cell: (c) => <a href={`/${slug}/personal/belastningskoll/anhorig/${c.id}`} safe>{c.name}</a> },
            { header: 'Enhet', cell: (c) => <span safe>{c.unitName}</span> },
          ]} />
        ) : ''}
      </> : ''}
      <p class="lede">Invånare gör belastningskollen anonymt på <a href={`/${slug}/belastningskoll`}>kommunens sida</a>. Svaren sparas inte; bara antalet per månad och nivå räknas.</p>
      <ul class="cards">
        {can(p, 'selfcheck:admin') ? (
          <li class="card">
            <h2><a href={`/${slug}/personal/belastningskoll/instrument`}>Instrument</a></h2>
            <p>Frågor, svarsskala, dimensioner, nivåer och återkoppling. Publicera nya versioner och välj vilket instrument invånare möter.</p>
          </li>
        ) : ''}
        <li class="card">
          <h2><a href={`/${slug}/personal/belastningskoll/statistik`}>Statistik</a></h2>
          <p>Antal genomförda belastningskollar per månad och nivå, utan svar.</p>
        </li>
      </ul>
    </Layout>
  );
}

export function StatsPage({ ctx, stats, years }: { ctx: PageContext; stats: SelfcheckStats; years: number[] }) {
  const slug = ctx.tenant!.slug;
  const monthName = (m: string) => new Date(`${m}-15T12:00:00Z`).toLocaleDateString('sv-SE', { month: 'long', timeZone: 'Europe/Stockholm' });
  return (
    <Layout ctx={ctx} title={`Statistik för belastningskoll ${stats.year}`} crumbs={crumbs(ctx, 'Statistik')}>
      <h1 safe>{`Statistik för belastningskoll ${stats.year}`}</h1>
      <p>Räknas när en invånare ser sitt resultat: månad, instrumentversion och samlad nivå. Inga svar och inget som kan peka ut en person sparas.
        Kollar som personal gör tillsammans med en anhörig räknas inte här.</p>
      <form method="get" action={`/${slug}/personal/belastningskoll/statistik`} class="filters">
        <Select name="ar" label="År" value={String(stats.year)} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
        <button type="submit" class="button button-secondary">Visa</button>
      </form>
      <p safe>{sm('selfcheck.yearTotal', { count: stats.total, year: String(stats.year) })}</p>
      <Table caption={`Genomförda belastningskollar per månad och nivå ${stats.year}`} rows={stats.months} columns={[
        { header: 'Månad', cell: (m) => <span safe>{monthName(m.month)}</span> },
        ...stats.bands.map((b) => ({ header: b.label, numeric: true, cell: (m: SelfcheckStats['months'][number]) => String(m.byBand[b.key] ?? 0) })),
        { header: 'Totalt', numeric: true, cell: (m) => String(m.total) },
      ]} />
    </Layout>
  );
}

export interface VersionChoice {
  id: string;
  label: string;
}

export function CarerResultsPage({ ctx, carer, chart, versions, notice, errors }: {
  ctx: PageContext; carer: { id: string; name: string }; chart: ChartData | null; versions: VersionChoice[]; notice?: string; errors?: FieldErrors;
}) {
  const slug = ctx.tenant!.slug;
  const title = `Belastningskoll – ${carer.name}`;
  return (
    <Layout ctx={ctx} title={errors ? `Fel: ${title}` : title} crumbs={[
      { href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/anhoriga/${carer.id}`, label: carer.name }, { label: 'Belastningskoll' },
    ]}>
      <h1 safe>{title}</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <h2>Resultat över tid</h2>
      {chart ? <>
        <DimensionChart data={chart} id="chart" />
        <ChartTable data={chart} />
      </> : <p class="empty">Inga sparade resultat ännu.</p>}
      <h2 safe>{`Gör belastningskollen tillsammans med ${carer.name}`}</h2>
      <ErrorSummary ctx={ctx} errors={errors} />
      {versions.length === 0 ? <p class="empty">Inget instrument är publicerat.</p> : (
        <Form ctx={ctx} action={`/${slug}/personal/belastningskoll/anhorig/${carer.id}`}>
          <Select name="v" label="Instrument" options={versions.map((v) => ({ value: v.id, label: v.label }))} errors={errors} />
          <Radios name="mode" label="Hur vill ni svara?" errors={errors} values={{ mode: 'all' }} options={[
            { value: 'all', label: 'Alla frågor på en sida' }, { value: 'one', label: 'En fråga i taget' },
          ]} />
          <Button name="action" value="start">Börja</Button>
        </Form>
      )}
    </Layout>
  );
}
