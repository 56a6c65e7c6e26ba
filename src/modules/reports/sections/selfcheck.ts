// Anonymous self-checks (belastningskoll, SPEC C7 → C6): counts per overall result only.
import { selfcheckStats } from '../../selfcheck/service.js';
import { breakdownTable, type ReportSection } from '../model.js';
import type { SectionContext } from './context.js';

export async function selfcheckSection(ctx: SectionContext): Promise<ReportSection> {
  const s = await selfcheckStats(ctx.db, ctx.tenant.id, ctx.year);
  const counts: Record<string, number> = {};
  for (const m of s.months) for (const [band, n] of Object.entries(m.byBand)) counts[band] = (counts[band] ?? 0) + n;
  return {
    id: 'belastningskoll',
    title: 'Belastningskoll',
    intro: 'Genomförda anonyma belastningskoller på kommunens sida. Inga svar sparas, bara antalet per resultat.',
    municipalityWide: true,
    tables: [breakdownTable({
      id: 'belastningskoll-resultat', title: 'Genomförda belastningskoller per samlat resultat', definition: 'belastningskoll', firstHeader: 'Resultat',
      counts, order: s.bands.map((b) => b.key), labels: Object.fromEntries(s.bands.map((b) => [b.key, b.label])),
    })],
  };
}
