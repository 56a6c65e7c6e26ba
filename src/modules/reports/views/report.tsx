// The reports start page (choose year and unit) and the yearly report itself.
import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, ErrorSummary, Select } from '../../../platform/views/components.js';
import { formatDate } from '../../../platform/domain/dates.js';
import type { ShownReport } from '../present.js';
import type { UnitChoice } from '../service.js';
import { ReportSummary } from './summary.js';
import { FactList, ReportTableView } from './table.js';
import { QuestionnaireSummary, type AnswerSummary } from './questionnaire-summary.js';

export interface ChooserProps {
  ctx: PageContext;
  years: number[];
  units: UnitChoice[];
  values: Record<string, string>;
  errors?: FieldErrors;
  links: { href: string; label: string; description: string }[];
}

export function ReportsIndexPage(p: ChooserProps) {
  const slug = p.ctx.tenant!.slug;
  const unitOptions = [
    { value: '', label: 'Hela kommunen' },
    ...p.units.map((u) => ({ value: u.id, label: u.label })),
  ];
  return (
    <Layout ctx={p.ctx} title="Rapporter" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { label: 'Rapporter' }]}>
      <h1>Rapporter och uppföljning</h1>
      <p class="lede">Årsrapporten till nämnden tas fram ur det som registrerats under året. Välj år och vilken del av organisationen rapporten ska gälla.</p>
      <ErrorSummary ctx={p.ctx} errors={p.errors} fieldOrder={['ar', 'enhet']} />
      <form method="get" action={`/${slug}/personal/rapporter/rapport`} class="filters" novalidate>
        <Select name="ar" label="År" options={p.years.map((y) => ({ value: String(y), label: String(y) }))} values={p.values} errors={p.errors} />
        <Select name="enhet" label="Förvaltning eller område" hint="En rapport för en del räknar den delen och allt under den."
          options={unitOptions} values={p.values} errors={p.errors} />
        <button type="submit" class="button button-primary">Visa rapport</button>
      </form>
      <h2>Mer om uppföljningen</h2>
      <ul class="cards">
        {p.links.map((l) => (
          <li class="card">
            <h3><a href={l.href} safe>{l.label}</a></h3>
            <p safe>{l.description}</p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function ReportPage({ ctx, shown, answers, query }: { ctx: PageContext; shown: ShownReport; answers: AnswerSummary[]; query: string }) {
  const slug = ctx.tenant!.slug;
  const r = shown.report;
  const title = `Årsrapport ${r.year}`;
  const base = `/${slug}/personal/rapporter`;
  return (
    <Layout ctx={ctx} title={title} crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { href: base, label: 'Rapporter' }, { label: title }]}>
      <h1 safe>{`${title}: ${r.scope.unitName}`}</h1>
      <p class="lede"><span safe>{r.tenantName}</span>. Perioden 1 januari–<span safe>{formatDate(r.periodEnd)}</span>.</p>
      {shown.mode === 'exact' ? (
        <Banner kind="info" title="Du ser exakta tal">
          <p>Tal med prickad understrykning visas inte utanför anhörigstödet: i nämndens vy och i alla exporter döljs de enligt regeln för små tal.</p>
        </Banner>
      ) : (
        <ReportSummary shown={shown} howHref={`${base}/definitioner#sekretess`} />
      )}
      <nav aria-label="Ladda ner rapporten" class="export-links">
        <h2 class="visually-hidden">Ladda ner</h2>
        <p>Ladda ner (små tal dolda):{' '}
          <a href={`${base}/rapport.pdf?${query}`}>PDF</a>,{' '}
          <a href={`${base}/rapport.xlsx?${query}`}>kalkylark (XLSX)</a>,{' '}
          <a href={`${base}/rapport.csv?${query}`}>CSV</a>.{' '}
          <a href={`${base}/definitioner`}>Så räknas varje tal</a>.</p>
      </nav>
      <nav aria-label="Innehåll i rapporten" class="toc">
        <h2>Innehåll</h2>
        <ol>
          {shown.sections.map((s) => <li><a href={`#${s.id}`} safe>{s.title}</a></li>)}
          <li><a href="#arsenkat">Årsenkät</a></li>
        </ol>
      </nav>
      {shown.sections.map((s) => (
        <section id={s.id} aria-labelledby={`${s.id}-rubrik`} class="report-section">
          <h2 id={`${s.id}-rubrik`} safe>{s.title}</h2>
          {s.municipalityWide && r.scope.unitId !== null ? <p class="scope-note"><strong>Gäller hela kommunen.</strong> Källan registrerar inte enhet, så avsnittet kan inte delas upp på <span safe>{r.scope.unitName}</span>.</p> : ''}
          {s.intro ? <p safe>{s.intro}</p> : ''}
          {s.unavailable ? <p class="empty" safe>{s.unavailable}</p> : ''}
          <FactList facts={s.facts} slug={slug} />
          {s.tables.map((t) => <ReportTableView shown={t} slug={slug} mode={shown.mode} threshold={shown.threshold} />)}
        </section>
      ))}
      <section id="arsenkat" aria-labelledby="arsenkat-rubrik" class="report-section">
        <h2 id="arsenkat-rubrik">Årsenkät</h2>
        <QuestionnaireSummary answers={answers} href={`${base}/enkat?ar=${r.year}`} />
      </section>
    </Layout>
  );
}
