// Groups, sessions, places and participants (SPEC C2 → C6), from the events module, counted in the
// event's unit. "Bokningar" is the overview's figure (bookings made in the year), one definition.
import { yearlyEventStats } from '../../events/service.js';
import { TARGET_GROUPS, TARGET_GROUP_LABELS } from '../../../platform/domain/vocab.js';
import { count, plain, type ReportSection } from '../model.js';
import { bookingsPerMonth } from '../source-queries.js';
import type { SectionContext } from './context.js';

export async function eventsSection(ctx: SectionContext): Promise<ReportSection> {
  const [s, bookingMonths] = await Promise.all([
    yearlyEventStats(ctx.db, ctx.tenant.id, ctx.year, ctx.scope.unitIds),
    bookingsPerMonth(ctx.db, ctx.tenant.id, ctx.year, ctx.scope.unitIds),
  ]);
  const bookings = bookingMonths.reduce((a, b) => a + b, 0);
  const groups = [...TARGET_GROUPS, 'all'] as const;
  return {
    id: 'grupper',
    title: 'Grupper, träffar och deltagare',
    intro: 'Grupper, cirklar, träffar och utbildningar för anhöriga med minst en träff under året. Utbildningar för personal och anhörigombud redovisas under anhörigombud.',
    tables: [
      {
        id: 'grupper-utbud', title: 'Grupper och träffar', definition: 'grupper', firstHeader: 'Mått', columns: ['Antal'],
        rows: [
          { label: 'Grupper och aktiviteter med minst en träff', cells: [plain(s.events)] },
          { label: 'Träffar', cells: [plain(s.sessions)] },
          { label: 'Platser som erbjöds', cells: [plain(s.places)] },
        ],
        shape: { kind: 'independent' },
        note: 'Grupper, träffar och platser gäller verksamheten, inte enskilda personer, och döljs inte.',
      },
      {
        id: 'grupper-deltagare', title: 'Bokningar och deltagare', definition: 'grupper', firstHeader: 'Mått', columns: ['Antal'],
        rows: [
          { label: 'Bokningar som gjordes under året', cells: [count(bookings)] },
          { label: 'Bekräftade platser (bokade, inte avbokade)', cells: [count(s.bookings)] },
          { label: 'Deltagartillfällen med namn (närvaro per träff)', cells: [count(s.namedParticipants)] },
          { label: 'Deltagartillfällen räknade anonymt på plats', cells: [count(s.headCount)] },
          { label: 'Bokade som uteblev', cells: [count(s.noShows)] },
          { label: 'Sena avbokningar', cells: [count(s.lateCancellations)] },
        ],
        shape: { kind: 'independent' },
      },
      {
        id: 'grupper-malgrupp', title: 'Grupper och deltagare per målgrupp', definition: 'grupper', firstHeader: 'Målgrupp', columns: ['Grupper', 'Träffar', 'Deltagartillfällen'],
        rows: groups.map((g) => ({
          label: g === 'all' ? 'Alla målgrupper (öppna för alla)' : TARGET_GROUP_LABELS[g],
          cells: [plain(s.byTargetGroup[g].events), plain(s.byTargetGroup[g].sessions), count(s.byTargetGroup[g].participants)],
        })),
        shape: { kind: 'independent' },
        note: 'En grupp för flera målgrupper räknas under var och en av dem, så raderna summeras inte.',
      },
    ],
  };
}
