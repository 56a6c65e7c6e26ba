// The activity plan's budget against the outcome (SPEC C5 → C6), from the plans module. Money
// is not personal data and is never suppressed.
import { planBudgetForYear } from '../../plans/service.js';
import { plain, type ReportSection } from '../model.js';
import type { SectionContext } from './context.js';

export async function budgetSection(ctx: SectionContext): Promise<ReportSection> {
  const b = await planBudgetForYear(ctx.db, ctx.tenant.id, ctx.year);
  const planName = new Map(b.plans.map((p) => [p.id, p.title]));
  const several = b.plans.length > 1;
  return {
    id: 'budget',
    title: 'Budget och utfall',
    intro: b.plans.length === 0 ? undefined : `Enligt ${b.plans.map((p) => `”${p.title}” (${p.startYear}–${p.endYear})`).join(' och ')}.`,
    municipalityWide: true,
    unavailable: b.plans.length === 0 ? 'Ingen verksamhetsplan i Bredvid omfattar året.' : undefined,
    tables: b.plans.length === 0 ? [] : [{
      id: 'budget-mal', title: 'Budget och utfall per övergripande mål', definition: 'budget', firstHeader: 'Mål', columns: ['Budget', 'Utfall', 'Skillnad'],
      rows: [
        ...b.byGoal.map((g) => ({
          label: several ? `${g.title} (${planName.get(g.planId) ?? ''})` : g.title,
          cells: [plain(g.budgetKr, 'kr'), plain(g.actualKr, 'kr'), plain(g.actualKr - g.budgetKr, 'kr')],
        })),
        { label: 'Totalt', cells: [plain(b.budgetKr, 'kr'), plain(b.actualKr, 'kr'), plain(b.actualKr - b.budgetKr, 'kr')], total: true },
      ],
      shape: { kind: 'independent' },
    }],
  };
}
