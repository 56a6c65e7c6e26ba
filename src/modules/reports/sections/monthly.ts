// Month-by-month series for the dashboards, one per source module, and the month table they
// share with the report: a series is suppressed over the organisation tree as this table, so the
// overview and the report's "Kontakter per månad" hide the same months.
import type { MonthlySource } from '../dashboard.js';
import { MONTH_NAMES } from '../../../platform/domain/dates.js';
import { breakdownTable, type ReportTable } from '../model.js';
import { bookingsPerMonth, contactsPerMonth, referralsPerMonth, requestsPerMonth } from '../source-queries.js';

export const MONTH_CODES = MONTH_NAMES.map((_, i) => String(i + 1).padStart(2, '0'));
const MONTH_LABELS = Object.fromEntries(MONTH_CODES.map((m, i) => [m, MONTH_NAMES[i][0].toUpperCase() + MONTH_NAMES[i].slice(1)]));

/** Twelve months and the year's total (an anchor: the same total is shown in every breakdown of the source). */
export function monthTable(id: string, title: string, definition: string, counts: Record<string, number>): ReportTable {
  return breakdownTable({ id, title, definition, counts, order: MONTH_CODES, labels: MONTH_LABELS, firstHeader: 'Månad', totalIsAnchor: true });
}

/** The id of a source's month table: the contacts' is the report's own "Kontakter per månad". */
export const seriesTableId = (sourceId: string): string => (sourceId === 'kontakter' ? 'kontakter-manad' : `manad-${sourceId}`);

/** Whether a report table is also a dashboard's month series (which is solved from its own figures alone). */
export const isSeriesTable = (tableId: string): boolean => tableId === 'kontakter-manad' || tableId.startsWith('manad-');

export const DASHBOARD_SOURCES: MonthlySource[] = [
  {
    id: 'kontakter', title: 'Kontakter', definition: 'kontakter', municipalityWide: false,
    months: (db, tenant, year, scope) => contactsPerMonth(db, tenant.id, year, scope.unitIds),
  },
  {
    id: 'forfragningar', title: 'Kontaktförfrågningar från webben', definition: 'forfragningar', municipalityWide: false,
    months: (db, tenant, year, scope) => requestsPerMonth(db, tenant.id, year, scope.unitIds),
  },
  {
    id: 'bokningar', title: 'Bokningar till grupper och aktiviteter', definition: 'bokningar', municipalityWide: false,
    months: (db, tenant, year, scope) => bookingsPerMonth(db, tenant.id, year, scope.unitIds),
  },
  {
    id: 'formedlingar', title: 'Förmedlade kontakter', definition: 'formedlingar', municipalityWide: false,
    months: (db, tenant, year, scope) => referralsPerMonth(db, tenant.id, year, scope.unitIds),
  },
];
