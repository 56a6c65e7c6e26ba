// Month-by-month series for the dashboards, one per source module.
import { yearlyContactStats } from '../../contacts/service.js';
import type { MonthlySource } from '../dashboard.js';
import { bookingsPerMonth, referralsPerMonth, requestsPerMonth } from '../source-queries.js';

const twelve = (byMonth: Record<string, number>): number[] => Array.from({ length: 12 }, (_, i) => byMonth[String(i + 1).padStart(2, '0')] ?? 0);

export const DASHBOARD_SOURCES: MonthlySource[] = [
  {
    id: 'kontakter', title: 'Kontakter', what: 'Kontakter i anhörigstödets kontaktlogg.', municipalityWide: false,
    months: async (db, tenant, year, scope) => twelve((await yearlyContactStats(db, tenant.id, year, scope.unitIds)).byMonth),
  },
  {
    id: 'forfragningar', title: 'Kontaktförfrågningar från webben', what: 'Förfrågningar "Jag vill bli kontaktad" som kom in.', municipalityWide: true,
    months: (db, tenant, year) => requestsPerMonth(db, tenant.id, year),
  },
  {
    id: 'bokningar', title: 'Bokningar till grupper och aktiviteter', what: 'Bokningar som gjordes till grupper och aktiviteter för anhöriga, även de som senare avbokades.', municipalityWide: true,
    months: (db, tenant, year) => bookingsPerMonth(db, tenant.id, year),
  },
  {
    id: 'formedlingar', title: 'Förmedlade kontakter', what: 'Förmedlingar från personal till anhörigstödet som kom in.', municipalityWide: true,
    months: (db, tenant, year) => referralsPerMonth(db, tenant.id, year),
  },
];
