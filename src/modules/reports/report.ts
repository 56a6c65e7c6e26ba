// Builds the yearly report: each section comes from one adapter (sections/*.ts) that calls the
// owning module's service. Order here is the order on the page and in every export.
import { DateTime } from 'luxon';
import { ZONE } from '../../platform/domain/dates.js';
import type { ReportSection, YearlyReport } from './model.js';
import type { SectionContext } from './sections/context.js';
import { contactsSection } from './sections/contacts.js';

type Adapter = (ctx: SectionContext) => Promise<ReportSection>;

export const SECTIONS: Adapter[] = [
  contactsSection,
];

/** The last day counted: 31 December, or today for the running year (Stockholm time). */
export function periodEnd(year: number, now: Date): string {
  const today = DateTime.fromJSDate(now, { zone: ZONE });
  return year === today.year ? today.toISODate()! : `${year}-12-31`;
}

export async function buildReport(ctx: SectionContext, adapters: Adapter[] = SECTIONS): Promise<YearlyReport> {
  const sections = await Promise.all(adapters.map((a) => a(ctx)));
  return { tenantName: ctx.tenant.name, year: ctx.year, periodEnd: periodEnd(ctx.year, ctx.now), scope: ctx.scope, sections };
}
