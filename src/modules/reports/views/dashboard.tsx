// The dashboard: this year against last year, month by month, as SVG charts with tables.
import type { PageContext } from '../../../platform/http/context.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner } from '../../../platform/views/components.js';
import { BarChart } from '../../../platform/views/charts.js';
import { MONTH_NAMES } from '../../../platform/domain/dates.js';
import { MONTH_SHORT, type ShownPanel } from '../dashboard.js';
import { ruleText } from '../suppression.js';

export function DashboardPage({ ctx, panels, scopeName, mode }: { ctx: PageContext; panels: ShownPanel[]; scopeName: string; mode: 'exact' | 'suppressed' }) {
  const slug = ctx.tenant!.slug;
  const threshold = ctx.tenant!.settings.suppressionThreshold;
  return (
    <Layout ctx={ctx} title="Översikt" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { label: 'Översikt' }]}>
      <h1>Översikt: i år jämfört med i fjol</h1>
      <p class="lede"><span safe>{scopeName}</span>. Siffrorna kommer direkt ur det som registreras. <a href={`/${slug}/personal/rapporter`}>Årsrapporter</a>.</p>
      {mode === 'suppressed' ? <Banner kind="info" title="Små tal är dolda"><p safe>{ruleText(threshold)}</p></Banner> : ''}
      {panels.map((p) => (
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
