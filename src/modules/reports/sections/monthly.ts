// Month-by-month series for the dashboards, one per source module.
import { yearlyContactStats } from '../../contacts/service.js';
import type { MonthlySource } from '../dashboard.js';

const twelve = (byMonth: Record<string, number>): number[] => Array.from({ length: 12 }, (_, i) => byMonth[String(i + 1).padStart(2, '0')] ?? 0);

export const DASHBOARD_SOURCES: MonthlySource[] = [
  {
    id: 'kontakter', title: 'Kontakter', what: 'Kontakter i anhörigstödets kontaktlogg.', municipalityWide: false,
    months: async (db, tenant, year, scope) => twelve((await yearlyContactStats(db, tenant.id, year, scope.unitIds)).byMonth),
  },
];
