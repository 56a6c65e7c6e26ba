// Violence in close relationships (issue 15): contact requests and referrals of the year that
// staff flagged, counted without identity (requests and referrals modules), suppressed like
// every other count.
import { violenceFlaggedRequests } from '../../requests/service.js';
import { violenceFlaggedReferrals } from '../../referrals/service.js';
import { count, type ReportSection } from '../model.js';
import { yearInstants } from '../source-queries.js';
import type { SectionContext } from './context.js';

export async function violenceSection(ctx: SectionContext): Promise<ReportSection> {
  const { from, to } = yearInstants(ctx.year);
  const [requests, referrals] = await Promise.all([
    violenceFlaggedRequests(ctx.db, ctx.tenant.id, ctx.scope.unitIds, from, to),
    violenceFlaggedReferrals(ctx.db, ctx.tenant.id, ctx.scope.unitIds, from, to),
  ]);
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
