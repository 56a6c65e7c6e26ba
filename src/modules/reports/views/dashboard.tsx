// The dashboard: this year against last year, month by month, as SVG charts with tables, for the
// whole municipality or the part of the organisation chosen in the form (a GET form: no script).
import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, ErrorSummary, Select } from '../../../platform/views/components.js';
import { BarChart } from '../../../platform/views/charts.js';
import { MONTH_NAMES } from '../../../platform/domain/dates.js';
import { MONTH_SHORT, type ShownPanel } from '../dashboard.js';
import type { UnitChoice } from '../service.js';

export interface DashboardProps {
  ctx: PageContext;
  /** null when the choice was not understood: only the form and its errors are shown. */
  shown: { panels: ShownPanel[]; scopeName: string; mode: 'exact' | 'suppressed' } | null;
  units: UnitChoice[];
  values: Record<string, string>;
  errors?: FieldErrors;
}

export function DashboardPage({ ctx, shown, units, values, errors }: DashboardProps) {
  const slug = ctx.tenant!.slug;
  const threshold = ctx.tenant!.settings.suppressionThreshold;
  const options = [{ value: '', label: 'Hela kommunen' }, ...units.map((u) => ({ value: u.id, label: u.label }))];
  const title: string = shown ? `Översikt: ${shown.scopeName}` : 'Översikt';
  return (
    <Layout ctx={ctx} title={title} crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { label: 'Översikt' }]}>
      <h1 safe>{title}</h1>
      <p class="lede">I år jämfört med i fjol, månad för månad. Siffrorna kommer direkt ur det som registreras. <a href={`/${slug}/personal/rapporter`}>Årsrapporter</a>.</p>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['enhet']} />
      {units.length > 0 || errors ? (
        <form method="get" action={`/${slug}/personal/oversikt`} class="filters" novalidate>
          <Select name="enhet" label="Förvaltning eller område" hint="Översikten för en del räknar den delen och allt under den."
            options={options} values={values} errors={errors} />
          <button type="submit" class="button button-primary">Visa översikt</button>
        </form>
      ) : ''}
      {shown && shown.mode === 'suppressed' ? <Banner kind="info" title="Små tal är dolda"><p>Tal under <span safe>{String(threshold)}</span> och tal som skulle avslöja dem visas inte. <a href={`/${slug}/personal/rapporter/definitioner#sekretess`}>Så räknar vi</a>.</p></Banner> : ''}
      {(shown?.panels ?? []).map((p) => (
        <section aria-labelledby={`${p.id}-rubrik`} class="dashboard-panel">
          <h2 id={`${p.id}-rubrik`} safe>{p.title}</h2>
          {p.municipalityWide ? <p class="scope-note">Gäller hela kommunen: källan registrerar inte enhet.</p> : ''}
          <BarChart id={`diagram-${p.id}`} title={`${p.title} per månad`} description={p.description}
            categories={MONTH_SHORT} categoryNames={MONTH_NAMES.map((m) => m[0].toUpperCase() + m.slice(1))}
            series={[
              { name: String(p.current.year), values: p.current.values, display: p.current.display },
              { name: String(p.previous.year), values: p.previous.values, display: p.previous.display },
            ]} />
          <p>Totalt <span safe>{String(p.current.year)}</span> hittills: <strong safe>{p.current.totalText}</strong>. Totalt <span safe>{String(p.previous.year)}</span>: <strong safe>{p.previous.totalText}</strong>.</p>
        </section>
      ))}
    </Layout>
  );
}
