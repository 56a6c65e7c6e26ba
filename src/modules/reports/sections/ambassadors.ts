// Ambassador coverage and trainings (SPEC C4 → C6): coverage from the ambassadors module (it
// follows the report's unit), trainings for staff and ambassadors from the events module.
import { DateTime } from 'luxon';
import { ambassadorCoverage } from '../../ambassadors/service.js';
import { yearlyEventStats } from '../../events/service.js';
import { ZONE } from '../../../platform/domain/dates.js';
import { plain, type ReportRow, type ReportSection } from '../model.js';
import { periodEnd, type SectionContext } from './context.js';

export async function ambassadorsSection(ctx: SectionContext): Promise<ReportSection> {
  // Coverage as it stood at the end of the period (noon, so the date is that day in Stockholm).
  const asOf = DateTime.fromISO(`${periodEnd(ctx.year, ctx.now)}T12:00:00`, { zone: ZONE }).toJSDate();
  const [cov, events] = await Promise.all([
    ambassadorCoverage(ctx.db, ctx.tenant.id, { units: ctx.scope.unitIds }, asOf),
    yearlyEventStats(ctx.db, ctx.tenant.id, ctx.year, 'all'),
  ]);
  const row = (label: string, t: { total: number; covered: number; untrained: number; none: number; share: number }): ReportRow => ({
    label, cells: [plain(t.total), plain(t.covered), plain(t.untrained), plain(t.none), plain(t.share, 'percent')],
  });
  const rows = cov.administrations.map((a) => row(a.name, a));
  return {
    id: 'ombud',
    title: 'Anhörigombud',
    intro: `Enheter med ett anhörigombud som utbildats de senaste ${cov.months} månaderna räknas som täckta. Läget vid periodens slut.`,
    facts: [
      { label: 'Utbildningstillfällen för personal och anhörigombud', cell: plain(events.trainings.sessions), definition: 'ombud' },
      { label: 'Deltagartillfällen i utbildningarna', cell: plain(events.trainings.namedParticipants), definition: 'ombud' },
    ],
    tables: cov.total === 0 ? [] : [{
      id: 'ombud-tackning', title: 'Enheter med anhörigombud', definition: 'ombud', firstHeader: 'Förvaltning',
      columns: ['Enheter', 'Med utbildat ombud', 'Ombud utan aktuell utbildning', 'Utan ombud', 'Andel täckta'],
      rows: [...rows, { ...row('Totalt', cov), total: true }],
      shape: { kind: 'independent' },
      note: 'Utbildningarna (ovan) gäller hela kommunen.',
    }],
    unavailable: cov.total === 0 ? 'Inga enheter att redovisa i den valda delen av organisationen.' : undefined,
  };
}
