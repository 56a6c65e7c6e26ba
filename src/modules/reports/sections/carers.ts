// Follow-ups and planned actions with identified carers (SPEC C3 → C6), from the carers module.
// Its yearly figures cover the whole municipality.
import { yearlyFollowUpStats } from '../../carers/service.js';
import { count, type ReportSection } from '../model.js';
import { periodEnd, type SectionContext } from './context.js';

export async function followUpsSection(ctx: SectionContext): Promise<ReportSection> {
  const end = periodEnd(ctx.year, ctx.now);
  // Overdue means the date has passed: by the end of the period (today for the running year).
  const asOf = end < `${ctx.year}-12-31` ? end : `${ctx.year + 1}-01-01`;
  const f = await yearlyFollowUpStats(ctx.db, ctx.tenant.id, ctx.year, asOf);
  const upcoming = f.planned - f.done - f.cancelled - f.overdue;
  return {
    id: 'uppfoljningar',
    title: 'Uppföljningar och planerade insatser',
    intro: 'Återkontakter och andra planerade insatser för anhöriga som registrerats med namn och samtycke, med datum under året.',
    municipalityWide: true,
    tables: [{
      id: 'uppfoljningar-status', title: 'Uppföljningar och planerade insatser med datum under året', definition: 'uppfoljningar', firstHeader: 'Utfall', columns: ['Antal'],
      rows: [
        { label: 'Uppföljningar som genomförts', cells: [count(f.followUpsDone)] },
        { label: 'Andra insatser som genomförts', cells: [count(f.done - f.followUpsDone)] },
        { label: 'Genomförda, summa', cells: [count(f.done)], subtotalOf: [0, 1] },
        { label: 'Försenade: datumet har passerat utan att de genomförts', cells: [count(f.overdue)] },
        { label: 'Planerade, datumet har inte passerat', cells: [count(upcoming)] },
        { label: 'Avbrutna', cells: [count(f.cancelled)] },
        { label: 'Totalt', cells: [count(f.planned)], total: true },
      ],
      shape: { kind: 'columns' },
    }],
  };
}
