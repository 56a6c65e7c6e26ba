// Month-by-month series for the dashboards, one per source module.
import type { MonthlySource } from '../dashboard.js';
import { bookingsPerMonth, contactsPerMonth, referralsPerMonth, requestsPerMonth } from '../source-queries.js';

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
