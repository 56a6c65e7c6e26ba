// The stödkontakt duty (SoL 2025:400 as amended 1 July 2026) → C6: offers made during the year,
// the answers, and the median days from a carer's first contact to the offer (carers module).
import { offerTalliesByUnit } from '../../carers/service.js';
import { sharedRead } from '../../../platform/db/shared-reads.js';
import { count, type ReportSection } from '../model.js';
import { medianOfHistogram } from '../histogram.js';
import { periodEnd, type SectionContext } from './context.js';

/** The scope's offers: every unit's tally read once per shared call (the tree's reports), summed over the scope's units. */
async function offerFigures(ctx: SectionContext) {
  const from = `${ctx.year}-01-01`;
  const to = periodEnd(ctx.year, ctx.now);
  const tallies = await sharedRead(ctx.db, `reports.offers:${ctx.tenant.id}:${from}:${to}`, () => offerTalliesByUnit(ctx.db, ctx.tenant.id, from, to));
  const set = ctx.scope.unitIds === 'all' ? null : new Set(ctx.scope.unitIds);
  const f = { accepted: 0, declined: 0, notReached: 0, offers: 0 };
  const days = new Map<number, number>();
  for (const t of tallies) {
    if (set && !set.has(t.unitId)) continue;
    f.accepted += t.accepted;
    f.declined += t.declined;
    f.notReached += t.notReached;
    f.offers += t.identified + t.anonymous;
    for (const [d, n] of t.days) days.set(d, (days.get(d) ?? 0) + n);
  }
  return { ...f, medianDaysToOffer: medianOfHistogram(days) };
}

export async function supportOffersSection(ctx: SectionContext): Promise<ReportSection> {
  const f = await offerFigures(ctx);
  return {
    id: 'stodkontakt',
    title: 'Erbjudanden om stödkontakt',
    intro: 'Varje anhörig som tar kontakt ska erbjudas en stödkontakt. Erbjudanden till anhöriga som är anonyma räknas utan identitet.',
    facts: [
      { label: 'Median, dagar från första kontakt till erbjudande', cell: { kind: 'measure', value: f.medianDaysToOffer, base: f.offers, format: 'days' }, definition: 'erbjudande-stodkontakt' },
    ],
    tables: [{
      id: 'stodkontakt-svar', title: 'Erbjudanden om stödkontakt under året, efter svar', definition: 'erbjudande-stodkontakt', firstHeader: 'Svar', columns: ['Antal'],
      rows: [
        { label: 'Tackade ja', cells: [count(f.accepted)] },
        { label: 'Tackade nej', cells: [count(f.declined)] },
        { label: 'Nåddes inte', cells: [count(f.notReached)] },
        { label: 'Erbjudanden, totalt', cells: [count(f.offers)], total: true },
      ],
      shape: { kind: 'columns' },
    }],
  };
}
