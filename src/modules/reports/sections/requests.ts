// Contact requests from the portal ("Jag vill bli kontaktad", SPEC C1 → C6). The requests module
// exports no yearly counts, so these are read-only aggregate queries of its table.
import { AGE_BANDS, AGE_BAND_LABELS, HEARD_VIA, HEARD_VIA_LABELS, TARGET_GROUPS, TARGET_GROUP_LABELS } from '../../../platform/domain/vocab.js';
import { breakdownTable, type ReportSection } from '../model.js';
import { requestCountsBy } from '../source-queries.js';
import type { SectionContext } from './context.js';

export async function requestsSection(ctx: SectionContext): Promise<ReportSection> {
  const by = (c: Parameters<typeof requestCountsBy>[3]) => requestCountsBy(ctx.db, ctx.tenant.id, ctx.year, c, ctx.scope.unitIds);
  const [mode, group, age, heard] = await Promise.all([by('mode'), by('target_group'), by('age_band'), by('heard_via')]);
  const common = { definition: 'forfragningar', totalIsAnchor: true };
  return {
    id: 'forfragningar',
    title: 'Kontaktförfrågningar från webben',
    intro: 'Anhöriga som bett att bli kontaktade via kommunens sida, anonymt eller med namn. En del av organisationen räknar förfrågningarna som slussades till dess enheter.',
    tables: [
      breakdownTable({ ...common, id: 'forfragningar-satt', title: 'Förfrågningar, anonyma och med namn', firstHeader: 'Sätt', counts: mode, order: ['anonymous', 'named'], labels: { anonymous: 'Anonyma', named: 'Med namn' } }),
      breakdownTable({ ...common, id: 'forfragningar-malgrupp', title: 'Förfrågningar per den närståendes målgrupp', firstHeader: 'Målgrupp', counts: group, order: TARGET_GROUPS, labels: TARGET_GROUP_LABELS }),
      breakdownTable({
        ...common, id: 'forfragningar-alder', title: 'Förfrågningar per den anhörigas ålder', firstHeader: 'Ålder', counts: age, order: AGE_BANDS, labels: AGE_BAND_LABELS,
        subtotals: [{ label: 'Barn som anhöriga (under 18 år), summa', codes: ['under_13', '13_17'] }],
      }),
      breakdownTable({ ...common, id: 'forfragningar-hort', title: 'Förfrågningar per hur den anhöriga hörde talas om stödet', firstHeader: 'Hörde talas om stödet genom', counts: heard, order: HEARD_VIA, labels: HEARD_VIA_LABELS }),
    ],
  };
}
