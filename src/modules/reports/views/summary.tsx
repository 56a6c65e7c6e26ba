// The board's first view of a report: three sentences and the year month by month as a chart,
// read from the presented (suppressed) report, so they say exactly what the tables say.
import { BarChart } from '../../../platform/views/charts.js';
import { MONTH_NAMES } from '../../../platform/domain/dates.js';
import { MONTH_SHORT } from '../dashboard.js';
import type { ShownReport, ShownTable } from '../present.js';
import { sm } from '../../../platform/i18n/staff-messages.js';

const table = (shown: ShownReport, id: string): ShownTable | undefined => shown.sections.flatMap((s) => s.tables).find((t) => t.table.id === id);
const totalText = (t: ShownTable | undefined): string => t?.rows.find((r) => r.total)?.cells[0]?.text ?? '0';
const factText = (shown: ShownReport, section: string, index: number): string => shown.sections.find((s) => s.id === section)?.facts[index]?.cell.text ?? '0';

/** A shown figure (digits, or a suppressed text such as "färre än 5") for an ICU plural:
 *  the text itself, and the number deciding the grammar (2 when the text is not a number). */
const shownCount = (text: string): { count: number; shown: string } => {
  const n = /^[\d\s\u00a0\u202f]+$/.test(text) ? Number(text.replace(/\D/g, '')) : 2;
  return { count: n, shown: text };
};

/** Three sentences: contacts, carers, and requests and referrals that came in. */
export function summarySentences(shown: ShownReport): string[] {
  const where = shown.report.scope.unitId === null ? 'I hela kommunen' : `I ${shown.report.scope.unitName}`;
  return [
    sm('summary.contacts', { where, ...shownCount(totalText(table(shown, 'kontakter-slag'))), year: String(shown.report.year) }),
    `${factText(shown, 'kontakter', 0)} identifierade anhöriga hade minst en kontakt, och ${factText(shown, 'kontakter', 1)} registrerades för första gången.`,
    sm('summary.requestsAndReferrals', { requests: totalText(table(shown, 'forfragningar-satt')), ...shownCount(totalText(table(shown, 'formedlingar-tid'))) }),
  ];
}

export function ReportSummary({ shown, howHref }: { shown: ShownReport; howHref: string }) {
  const months = table(shown, 'kontakter-manad');
  const rows = (months?.rows ?? []).filter((r) => !r.total && !r.subtotal).slice(0, 12);
  const values = rows.map((r) => r.cells[0].number);
  const display = rows.map((r) => r.cells[0].text);
  return (
    <section aria-labelledby="sammanfattning-rubrik" class="report-summary">
      <h2 id="sammanfattning-rubrik">Sammanfattning</h2>
      {summarySentences(shown).map((s) => <p safe>{s}</p>)}
      {rows.length === 12 ? (
        <BarChart id="diagram-kontakter-manad" title={`Kontakter per månad ${shown.report.year}`}
          description={`Kontakter per månad under ${shown.report.year}. Totalt: ${totalText(months)}. Dolda tal visas inte som staplar.`}
          categories={MONTH_SHORT} categoryNames={MONTH_NAMES.map((m) => m[0].toUpperCase() + m.slice(1))}
          series={[{ name: String(shown.report.year), values, display }]} />
      ) : ''}
      <p>Små tal är dolda så att ingen enskild person kan pekas ut. <a href={howHref}>Så räknar vi</a>.</p>
    </section>
  );
}
