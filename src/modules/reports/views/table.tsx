// One presented table or list of headline numbers, the same on the report page and the board's view.
import type { ShownCell, ShownFact, ShownTable } from '../present.js';

function CellText({ cell }: { cell: ShownCell }) {
  if (cell.hiddenOutside && !cell.hidden) {
    return <span class="hidden-outside"><span safe>{cell.text}</span><span class="visually-hidden"> (döljs utanför anhörigstödet)</span></span>;
  }
  return <span safe>{cell.text}</span>;
}

export function ReportTableView({ shown, slug, mode, threshold }: { shown: ShownTable; slug: string; mode: 'exact' | 'suppressed'; threshold: number }) {
  const t = shown.table;
  return (
    <div class="table-wrap" id={`tabell-${t.id}`} tabindex="0" role="region" aria-label={t.title}>
      <table class="table report-table">
        <caption>
          <span safe>{t.title}</span>{' '}
          <a class="definition-link" href={`/${slug}/personal/rapporter/definitioner#${t.definition}`}>Så räknas det<span class="visually-hidden" safe>{`: ${t.title}`}</span></a>
        </caption>
        <thead>
          <tr>
            <th scope="col" safe>{t.firstHeader}</th>
            {t.columns.map((c) => <th scope="col" class="num" safe>{c}</th>)}
          </tr>
        </thead>
        <tbody>
          {shown.rows.map((r) => (
            <tr class={r.total ? 'total-row' : r.subtotal ? 'subtotal-row' : undefined}>
              <th scope="row" safe>{r.label}</th>
              {r.cells.map((c) => <td class={c.numeric ? 'num' : undefined}><CellText cell={c} /></td>)}
            </tr>
          ))}
        </tbody>
      </table>
      {t.note ? <p class="hint table-note" safe>{t.note}</p> : ''}
      {shown.anyHidden && !shown.withheld && mode === 'suppressed'
        ? <p class="hint table-note" safe>{`"<${threshold}" betyder 1–${threshold - 1}. "dolt" döljer ett tal så att ett litet tal inte kan räknas fram ur summan.`}</p> : ''}
      {shown.withheld && mode === 'suppressed' ? <p class="hint table-note">Fördelningen kan inte visas utan att små tal går att räkna fram. Bara summan visas.</p> : ''}
      {shown.withheld && mode === 'exact' ? <p class="hint table-note">Utanför anhörigstödet visas bara summan av den här tabellen: fördelningen skulle annars avslöja små tal.</p> : ''}
    </div>
  );
}

export function FactList({ facts, slug }: { facts: ShownFact[]; slug: string }) {
  if (facts.length === 0) return '';
  return (
    <dl class="report-facts">
      {facts.map((f) => (
        <div class="report-fact">
          <dt>
            <span safe>{f.fact.label}</span>{' '}
            <a class="definition-link" href={`/${slug}/personal/rapporter/definitioner#${f.fact.definition}`}>Så räknas det<span class="visually-hidden" safe>{`: ${f.fact.label}`}</span></a>
          </dt>
          <dd><CellText cell={f.cell} /></dd>
        </div>
      ))}
    </dl>
  );
}
