// Month-by-month series for the dashboards, one per source module.
import type { MonthlySource } from '../dashboard.js';
import { bookingsPerMonth, contactsPerMonth, referralsPerMonth, requestsPerMonth } from '../source-queries.js';

export const DASHBOARD_SOURCES: MonthlySource[] = [
  {
    id: 'kontakter', title: 'Kontakter', what: 'Kontakter i anhörigstödets kontaktlogg.', municipalityWide: false,
    months: (db, tenant, year, scope) => contactsPerMonth(db, tenant.id, year, scope.unitIds),
  },
  {
    id: 'forfragningar', title: 'Kontaktförfrågningar från webben', what: 'Förfrågningar "Jag vill bli kontaktad" som kom in, i den enhet de slussades till.', municipalityWide: false,
    months: (db, tenant, year, scope) => requestsPerMonth(db, tenant.id, year, scope.unitIds),
  },
  {
    id: 'bokningar', title: 'Bokningar till grupper och aktiviteter', what: 'Bokningar som gjordes till grupper och aktiviteter för anhöriga, även de som senare avbokades, i gruppens enhet.', municipalityWide: false,
    months: (db, tenant, year, scope) => bookingsPerMonth(db, tenant.id, year, scope.unitIds),
  },
  {
    id: 'formedlingar', title: 'Förmedlade kontakter', what: 'Förmedlingar från personal till anhörigstödet som kom in, i den mottagande enheten.', municipalityWide: false,
    months: (db, tenant, year, scope) => referralsPerMonth(db, tenant.id, year, scope.unitIds),
  },
];
