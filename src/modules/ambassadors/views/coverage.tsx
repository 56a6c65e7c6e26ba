import type { PageContext } from '../../../platform/http/context.js';
import { Layout } from '../../../platform/views/layout.js';
import { Table } from '../../../platform/views/components.js';
import { formatDate } from '../../../platform/domain/dates.js';
import { percent, type Coverage, type CoverageStatus, type CoverageUnit } from '../coverage.js';
import { STATUS_LABELS } from '../export.js';
import { crumbsFor } from './register.js';
import { sm } from '../../../platform/i18n/staff-messages.js';

const BADGE: Record<CoverageStatus, string> = { covered: 'badge badge-ok', untrained: 'badge badge-warn', none: 'badge badge-bad' };

function Status({ status }: { status: CoverageStatus }) {
  return <span class={BADGE[status]} safe>{STATUS_LABELS[status]}</span>;
}

function Ambassadors({ unit, trainedSince, slug }: { unit: CoverageUnit; trainedSince: string; slug: string }) {
  if (unit.ambassadors.length === 0) return '–';
  return (
    <ul>
      {unit.ambassadors.map((a) => {
        const note = a.lastTraining
          ? `, senast utbildad ${formatDate(a.lastTraining)}${a.lastTraining < trainedSince ? ' (för länge sedan)' : ''}`
          : ', ingen utbildning registrerad';
        return (
          <li>
            <a href={`/${slug}/personal/ombud/${a.id}`} safe>{a.name}</a>
            <span safe>{note}</span>
          </li>
        );
      })}
    </ul>
  );
}

export function CoveragePage({ ctx, coverage, administrations, selected, canDesignate }: {
  ctx: PageContext; coverage: Coverage; administrations: { id: string; name: string }[]; selected?: string; canDesignate: boolean;
}) {
  const slug = ctx.tenant!.slug;
  const qs = selected ? `?forvaltning=${encodeURIComponent(selected)}` : '';
  return (
    <Layout ctx={ctx} title="Täckning av anhörigombud" crumbs={crumbsFor(slug, 'Täckning')}>
      <h1>Täckning av anhörigombud</h1>
      <p class="lede" safe>{`Vilka enheter saknar ett utbildat anhörigombud? Utbildad räknas den som gått en ombudsutbildning de senaste ${coverage.months} månaderna, det vill säga sedan ${formatDate(coverage.trainedSince)}.`}</p>
      {administrations.length > 1 ? (
        <form method="get" action={`/${slug}/personal/ombud/tackning`} class="filters">
          <div class="field">
            <label for="f-forvaltning">Förvaltning</label>
            <select id="f-forvaltning" name="forvaltning" class="input input-medium">
              <option value="">Alla förvaltningar</option>
              {administrations.map((a) => <option value={a.id} selected={a.id === selected} safe>{a.name}</option>)}
            </select>
          </div>
          <button type="submit" class="button button-secondary">Visa</button>
        </form>
      ) : ''}
      <p class="summary-figure" safe>{sm('ambassadors.coverage', { covered: coverage.covered, total: coverage.total, share: percent(coverage.share), untrained: coverage.untrained, none: coverage.none })}</p>
      <p class="actions">
        <a href={`/${slug}/personal/ombud/tackning.csv${qs}`} class="button button-secondary" download="">Ladda ner som CSV</a>
        <a href={`/${slug}/personal/ombud/tackning.xlsx${qs}`} class="button button-secondary" download="">Ladda ner som Excel</a>
        {canDesignate ? <a href={`/${slug}/personal/ombud`}>Utse ombud i registret</a> : ''}
      </p>
      {coverage.administrations.length === 0 ? <p class="empty">Det finns inga enheter att visa för dig.</p> : ''}
      {coverage.administrations.map((admin) => (
        <section aria-labelledby={`adm-${admin.id}`}>
          <h2 id={`adm-${admin.id}`} safe>{`${admin.name}: ${percent(admin.share)} täckta`}</h2>
          <Table caption={`Per område i ${admin.name}`} rows={admin.areas} columns={[
            { header: 'Område', cell: (a) => <span safe>{a.name}</span> },
            { header: 'Enheter', numeric: true, cell: (a) => String(a.total) },
            { header: 'Utbildat ombud', numeric: true, cell: (a) => String(a.covered) },
            { header: 'Utan aktuell utbildning', numeric: true, cell: (a) => String(a.untrained) },
            { header: 'Inget ombud', numeric: true, cell: (a) => String(a.none) },
            { header: 'Andel täckta', numeric: true, cell: (a) => percent(a.share) },
          ]} />
          {admin.areas.map((area) => (
            <Table caption={sm('ambassadors.areaCaption', { area: area.name, covered: area.covered, total: area.total })} rows={area.units} columns={[
              { header: 'Enhet', cell: (u) => <span safe>{u.name}</span> },
              { header: 'Status', cell: (u) => <Status status={u.status} /> },
              { header: 'Anhörigombud', cell: (u) => <Ambassadors unit={u} trainedSince={coverage.trainedSince} slug={slug} /> },
            ]} />
          ))}
        </section>
      ))}
    </Layout>
  );
}
