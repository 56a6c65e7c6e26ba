// The stödkontakt duty (SoL 2025:400 as amended 1 July 2026) → C6: offers made during the year,
// the answers, and the median days from a carer's first contact to the offer (carers module).
import { supportOfferFigures } from '../../carers/service.js';
import { count, type ReportSection } from '../model.js';
import { periodEnd, type SectionContext } from './context.js';

export async function supportOffersSection(ctx: SectionContext): Promise<ReportSection> {
  const f = await supportOfferFigures(ctx.db, ctx.tenant.id, ctx.scope.unitIds, `${ctx.year}-01-01`, periodEnd(ctx.year, ctx.now));
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
