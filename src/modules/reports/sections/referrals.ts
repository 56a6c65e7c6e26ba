// Referrals by referring unit, time to first contact and the share within the target time, and
// the needs-assessment participation recorded by case officers (referrals module).
import { yearlyNeedsAssessmentStats, yearlyReferralStats } from '../../referrals/service.js';
import { REFERRAL_TOPICS, REFERRAL_TOPIC_LABELS } from '../../referrals/vocab.js';
import { breakdownTable, count, type ReportRow, type ReportSection } from '../model.js';
import { periodEnd, type SectionContext } from './context.js';

const BUCKETS: [string, string][] = [['0', 'Samma dag'], ['1', '1 arbetsdag'], ['2', '2 arbetsdagar'], ['3', '3 arbetsdagar'], ['4', '4 arbetsdagar'], ['5', '5 arbetsdagar'], ['6-10', '6–10 arbetsdagar'], ['11+', '11 arbetsdagar eller fler']];

export async function referralsSection(ctx: SectionContext): Promise<ReportSection> {
  // Counted in the receiving unit: an area's report has the referrals its units received.
  const s = await yearlyReferralStats(ctx.db, ctx.tenant.id, ctx.year, periodEnd(ctx.year, ctx.now), ctx.scope.unitIds);
  const units = s.byReferringUnit;
  const unitRows: ReportRow[] = units.map((u) => ({ label: u.unitName, cells: [count(u.count)] }));
  const timeRows: ReportRow[] = [...BUCKETS.map(([k, label]) => ({ label, cells: [count(s.timeToFirstContact[k] ?? 0)] })), { label: 'Ännu ingen kontakt', cells: [count(s.notYetContacted)] }];
  const contacted = s.total - s.notYetContacted;
  const whole = ctx.scope.unitIds === 'all';
  return {
    id: 'formedlingar',
    title: 'Förmedlade kontakter',
    intro: whole
      ? 'Förmedlingar från personal till anhörigstödet som kom in under året.'
      : 'Förmedlingar som enheterna i den valda delen av organisationen tog emot under året, per förmedlande enhet.',
    facts: [
      { label: 'Median, arbetsdagar till första kontakt', cell: { kind: 'measure', value: s.medianWorkingDays, base: contacted, format: 'days' }, definition: 'formedlingar' },
      { label: 'Andel med första kontakt inom måltiden', cell: { kind: 'measure', value: s.shareWithinTarget, base: s.measured, format: 'percent' }, definition: 'formedlingar' },
    ],
    tables: [
      {
        id: 'formedlingar-enhet', title: 'Förmedlade kontakter per förmedlande enhet', definition: 'formedlingar', firstHeader: 'Enhet', columns: ['Antal'],
        rows: [...unitRows, { label: 'Totalt', cells: [count(units.reduce((a, u) => a + u.count, 0))], total: true }],
        shape: { kind: 'columns', totalIsAnchor: whole },
      },
      {
        id: 'formedlingar-tid', title: 'Tid från förmedling till första kontakt', definition: 'formedlingar', firstHeader: 'Tid', columns: ['Antal'],
        rows: [...timeRows, { label: 'Totalt', cells: [count(s.total)], total: true }],
        shape: { kind: 'columns', totalIsAnchor: true },
      },
      breakdownTable({ id: 'formedlingar-amne', title: 'Förmedlade kontakter per ämne', definition: 'formedlingar', firstHeader: 'Ämne', counts: s.byTopic, order: REFERRAL_TOPICS, labels: REFERRAL_TOPIC_LABELS, totalIsAnchor: true }),
    ],
  };
}

export async function needsAssessmentSection(ctx: SectionContext): Promise<ReportSection> {
  const s = await yearlyNeedsAssessmentStats(ctx.db, ctx.tenant.id, ctx.year);
  const v = s.viewsConsidered;
  return {
    id: 'behovsbedomning',
    title: 'Anhöriga i behovsbedömningar',
    intro: 'Det handläggare registrerat om den anhörigas deltagande när den närståendes behov bedömdes.',
    municipalityWide: true,
    facts: [
      { label: 'Anhöriga som fick biståndsbedömt stöd för egen del', cell: count(s.ownSupport), definition: 'behovsbedomning' },
    ],
    tables: [
      {
        id: 'behovsbedomning-deltog', title: 'Deltog den anhöriga i behovsbedömningen?', definition: 'behovsbedomning', firstHeader: 'Svar', columns: ['Antal'],
        rows: [
          { label: 'Deltog', cells: [count(s.tookPart)] },
          { label: 'Deltog inte', cells: [count(s.recorded - s.tookPart)] },
          { label: 'Registrerade behovsbedömningar', cells: [count(s.recorded)], total: true },
        ],
        shape: { kind: 'columns', totalIsAnchor: true },
      },
      {
        id: 'behovsbedomning-synpunkter', title: 'Togs den anhörigas synpunkter till vara?', definition: 'behovsbedomning', firstHeader: 'Svar', columns: ['Antal'],
        rows: [
          { label: 'Ja', cells: [count(v.yes)] },
          { label: 'Delvis', cells: [count(v.partly)] },
          { label: 'Nej', cells: [count(v.no)] },
          { label: 'Okänt', cells: [count(v.unknown)] },
          { label: 'Registrerade behovsbedömningar', cells: [count(s.recorded)], total: true },
        ],
        shape: { kind: 'columns', totalIsAnchor: true },
      },
    ],
  };
}
