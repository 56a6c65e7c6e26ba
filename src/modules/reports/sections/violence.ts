// Violence in close relationships (issue 15): contact requests and referrals of the year that
// staff flagged, counted without identity (the requests' and referrals' tables, grouped by unit once for the tree), suppressed like
// every other count.
import { count, type ReportSection } from '../model.js';
import { violenceFlagCounts } from '../source-queries.js';
import type { SectionContext } from './context.js';

export async function violenceSection(ctx: SectionContext): Promise<ReportSection> {
  const { requests, referrals } = await violenceFlagCounts(ctx.db, ctx.tenant.id, ctx.year, ctx.scope.unitIds);
  return {
    id: 'vald',
    title: 'Våld i nära relationer',
    intro: 'Kontaktförfrågningar och förmedlingar där personalen markerat misstanke om våld i nära relation. Räknas utan identitet.',
    tables: [{
      id: 'vald-markeringar', title: 'Ärenden med markering om våld i nära relation', definition: 'vald-i-nara-relation', firstHeader: 'Slag', columns: ['Antal'],
      rows: [
        { label: 'Kontaktförfrågningar från webben', cells: [count(requests)] },
        { label: 'Förmedlingar från personal', cells: [count(referrals)] },
        { label: 'Totalt', cells: [count(requests + referrals)], total: true },
      ],
      shape: { kind: 'columns' },
    }],
  };
}
