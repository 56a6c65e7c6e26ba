// Contacts and carers reached (SPEC C6), from the contact log (contacts module). The log is
// filtered by unit, so this section follows the report's unit.
import { yearlyContactStats } from '../../contacts/service.js';
import { ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS, CHANNELS, CHANNEL_LABELS, ONWARD_TARGETS, ONWARD_TARGET_LABELS } from '../../contacts/vocab.js';
import {
  AGE_BANDS, AGE_BAND_LABELS, GENDERS, GENDER_LABELS, HEARD_VIA, HEARD_VIA_LABELS, RELATIONSHIPS, RELATIONSHIP_LABELS,
  TARGET_GROUPS, TARGET_GROUP_LABELS,
} from '../../../platform/domain/vocab.js';
import { breakdownTable, count, plain, type ReportSection } from '../model.js';
import type { SectionContext } from './context.js';
import { carerCounts, contactHours } from '../source-queries.js';
import { monthTable } from './monthly.js';


export async function contactsSection(ctx: SectionContext): Promise<ReportSection> {
  const [s, carers, hours] = await Promise.all([
    yearlyContactStats(ctx.db, ctx.tenant.id, ctx.year, ctx.scope.unitIds),
    // The carers module exports no such counts: a read-only aggregate of its table.
    carerCounts(ctx.db, ctx.tenant.id, ctx.year, ctx.scope.unitIds),
    contactHours(ctx.db, ctx.tenant.id, ctx.year, ctx.scope.unitIds),
  ]);
  // Every contact breakdown adds up to the same total, shown in each: it is an anchor, never
  // hidden to protect another cell (it would then have to be hidden everywhere).
  const common = { totalIsAnchor: true, firstHeader: 'Kategori' };
  return {
    id: 'kontakter',
    title: 'Nådda anhöriga och kontakter',
    intro: 'Kontakter som anhörigstödet har registrerat i kontaktloggen under året. Unika identifierade anhöriga och anonyma kontakter är olika slags mått och läggs inte ihop.',
    facts: [
      { label: 'Unika identifierade anhöriga med minst en kontakt', cell: count(s.uniqueIdentifiedCarers), definition: 'unika-anhoriga' },
      { label: 'Nya identifierade anhöriga under året', cell: count(carers.newInYear), definition: 'nya-anhoriga', additive: true },
      { label: 'Identifierade anhöriga med en namngiven stödkontakt (i dag)', cell: count(carers.withSupportContact), definition: 'stodkontakt', additive: true },
      { label: 'Tid i kontakter (timmar)', cell: plain(hours), definition: 'kontakttid' },
    ],
    tables: [
      {
        id: 'kontakter-slag', title: 'Kontakter: anonyma och med identifierade anhöriga', definition: 'kontakter', firstHeader: 'Slag av kontakt', columns: ['Antal kontakter'],
        rows: [
          { label: 'Anonyma kontakter (utan identitet)', cells: [count(s.anonymousContacts)] },
          { label: 'Kontakter med identifierade anhöriga', cells: [count(s.identifiedContacts)] },
          { label: 'Kontakter totalt', cells: [count(s.total)], total: true },
        ],
        shape: { kind: 'columns', totalIsAnchor: true },
        note: 'En identifierad anhörig kan ha flera kontakter; antalet unika identifierade anhöriga står ovanför tabellen.',
      },
      breakdownTable({ ...common, id: 'kontakter-aktivitet', title: 'Kontakter per typ av aktivitet', definition: 'kontakter', counts: s.byActivityType, order: ACTIVITY_TYPES, labels: ACTIVITY_TYPE_LABELS, firstHeader: 'Aktivitet' }),
      breakdownTable({ ...common, id: 'kontakter-kanal', title: 'Kontakter per kanal', definition: 'kontakter', counts: s.byChannel, order: CHANNELS, labels: CHANNEL_LABELS, firstHeader: 'Kanal' }),
      breakdownTable({ ...common, id: 'kontakter-malgrupp', title: 'Kontakter per den närståendes målgrupp', definition: 'kontakter', counts: s.byTargetGroup, order: TARGET_GROUPS, labels: TARGET_GROUP_LABELS, firstHeader: 'Målgrupp' }),
      breakdownTable({
        ...common, id: 'kontakter-alder', title: 'Kontakter per den anhörigas ålder, med barn som anhöriga', definition: 'barn-som-anhoriga', counts: s.byAgeBand,
        order: AGE_BANDS, labels: AGE_BAND_LABELS, firstHeader: 'Ålder', subtotals: [{ label: 'Barn som anhöriga (under 18 år), summa', codes: ['under_13', '13_17'] }],
      }),
      breakdownTable({ ...common, id: 'kontakter-kon', title: 'Kontakter per den anhörigas kön', definition: 'kontakter', counts: s.byGender, order: GENDERS, labels: GENDER_LABELS, firstHeader: 'Kön' }),
      breakdownTable({ ...common, id: 'kontakter-relation', title: 'Kontakter per relation till den närstående', definition: 'kontakter', counts: s.byRelationship, order: RELATIONSHIPS, labels: RELATIONSHIP_LABELS, firstHeader: 'Relation' }),
      breakdownTable({ ...common, id: 'kontakter-hort', title: 'Kontakter per hur den anhöriga hörde talas om stödet', definition: 'hort-talas-om', counts: s.byHeardVia, order: HEARD_VIA, labels: HEARD_VIA_LABELS, firstHeader: 'Hörde talas om stödet genom' }),
      // The same table as the overview's month series of contacts: suppressed as one over the tree.
      monthTable('kontakter-manad', 'Kontakter per månad', 'kontakter', s.byMonth),
      breakdownTable({
        id: 'kontakter-vidare', title: 'Kontakter där den anhöriga lotsades vidare, per mottagare', definition: 'lotsning', firstHeader: 'Lotsad till',
        counts: s.byReferredTo, order: ONWARD_TARGETS, labels: ONWARD_TARGET_LABELS, unknownLabel: 'Mottagare ej angiven',
      }),
    ],
  };
}
