// Identified carers and their follow-ups (SPEC C3 → C6). The carers module exports no yearly
// figures, so these are read-only aggregate queries of its tables (source-queries.ts).
import { count, type ReportSection } from '../model.js';
import { carerCounts, followUpCounts } from '../source-queries.js';
import { periodEnd, type SectionContext } from './context.js';

export async function followUpsSection(ctx: SectionContext): Promise<ReportSection> {
  const end = periodEnd(ctx.year, ctx.now);
  // Overdue means the date has passed: by the end of the period (today for the running year).
  const asOf = end < `${ctx.year}-12-31` ? end : `${ctx.year + 1}-01-01`;
  const [f, c] = await Promise.all([
    followUpCounts(ctx.db, ctx.tenant.id, ctx.year, ctx.scope.unitIds, asOf),
    carerCounts(ctx.db, ctx.tenant.id, ctx.year, ctx.scope.unitIds),
  ]);
  const total = f.onTime + f.late + f.overdue + f.upcoming + f.cancelled;
  return {
    id: 'uppfoljningar',
    title: 'Identifierade anhöriga och uppföljningar',
    intro: 'Anhöriga som registrerats med namn och samtycke, och de återkontakter som planerats med dem.',
    facts: [
      { label: 'Nya identifierade anhöriga under året', cell: count(c.newInYear), definition: 'unika-anhoriga' },
      { label: 'Identifierade anhöriga med en namngiven stödkontakt (i dag)', cell: count(c.withSupportContact), definition: 'uppfoljningar' },
    ],
    tables: [{
      id: 'uppfoljningar-status', title: 'Uppföljningar med datum under året', definition: 'uppfoljningar', firstHeader: 'Utfall', columns: ['Antal'],
      rows: [
        { label: 'Genomförda senast på sitt datum', cells: [count(f.onTime)] },
        { label: 'Genomförda efter sitt datum', cells: [count(f.late)] },
        { label: 'Försenade, inte genomförda', cells: [count(f.overdue)] },
        { label: 'Planerade, datum ännu inte passerat', cells: [count(f.upcoming)] },
        { label: 'Avbrutna', cells: [count(f.cancelled)] },
        { label: 'Totalt', cells: [count(total)], total: true },
      ],
      shape: { kind: 'columns' },
    }],
  };
}
