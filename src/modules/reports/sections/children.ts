// Children as carers (issue 15): contact requests (by routed unit) and referrals (by receiving
// unit) of the year by the carer's age — under 13, 13–17, adult — counted without identity and
// suppressed like every other count.
import { AGE_BAND_LABELS } from '../../../platform/domain/vocab.js';
import { breakdownTable, type ReportSection } from '../model.js';
import { CHILD_BANDS, referralsByChildBand, requestsByChildBand } from '../source-queries.js';
import type { SectionContext } from './context.js';

const LABELS: Record<(typeof CHILD_BANDS)[number], string> = { under_13: AGE_BAND_LABELS.under_13, '13_17': AGE_BAND_LABELS['13_17'], adult: 'Vuxna (18 år och äldre)' };
const CHILDREN = { label: 'Barn som anhöriga (under 18 år), summa', codes: ['under_13', '13_17'] };

export async function childrenSection(ctx: SectionContext): Promise<ReportSection> {
  const [requests, referrals] = await Promise.all([
    requestsByChildBand(ctx.db, ctx.tenant.id, ctx.year, ctx.scope.unitIds),
    referralsByChildBand(ctx.db, ctx.tenant.id, ctx.year, ctx.scope.unitIds),
  ]);
  // The totals are the requests' and referrals' totals shown in their own sections: anchors.
  const common = { definition: 'barn-som-anhoriga', firstHeader: 'Den anhörigas ålder', order: CHILD_BANDS, labels: LABELS, subtotals: [CHILDREN], totalIsAnchor: true, unknownLabel: 'Ålder ej angiven' };
  return {
    id: 'barn',
    title: 'Barn som anhöriga',
    intro: 'Kontaktförfrågningar och förmedlingar under året efter den anhörigas ålder: barn under 13 år, 13–17 år och vuxna. Räknas utan identitet.',
    tables: [
      breakdownTable({ ...common, id: 'barn-forfragningar', title: 'Kontaktförfrågningar från webben per den anhörigas ålder', counts: requests }),
      breakdownTable({ ...common, id: 'barn-formedlingar', title: 'Förmedlade kontakter per den anhörigas ålder', counts: referrals }),
    ],
  };
}
