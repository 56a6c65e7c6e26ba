// Builds the yearly report: each section comes from one adapter (sections/*.ts) that calls the
// owning module's service. Order here is the order on the page and in every export.
import type { ReportSection, YearlyReport } from './model.js';
import { periodEnd, type SectionContext } from './sections/context.js';
import { sharedRead } from '../../platform/db/shared-reads.js';
import { contactsSection } from './sections/contacts.js';
import { followUpsSection } from './sections/carers.js';
import { requestsSection } from './sections/requests.js';
import { eventsSection } from './sections/events.js';
import { needsAssessmentSection, referralsSection } from './sections/referrals.js';
import { ambassadorsSection } from './sections/ambassadors.js';
import { outreachSection } from './sections/outreach.js';
import { budgetSection } from './sections/plans.js';
import { selfcheckSection } from './sections/selfcheck.js';
import { supportOffersSection } from './sections/support-offers.js';
import { violenceSection } from './sections/violence.js';
import { childrenSection } from './sections/children.js';

type Adapter = (ctx: SectionContext) => Promise<ReportSection>;

export const SECTIONS: Adapter[] = [
  contactsSection,
  followUpsSection,
  requestsSection,
  eventsSection,
  referralsSection,
  needsAssessmentSection,
  ambassadorsSection,
  outreachSection,
  budgetSection,
  selfcheckSection,
  supportOffersSection,
  violenceSection,
  childrenSection,
];

/** Sections whose source counts the whole municipality whatever the report's scope. */
const SCOPE_FREE = new Set<Adapter>([followUpsSection, needsAssessmentSection, outreachSection, budgetSection, selfcheckSection]);

/**
 * One section of the report. A section that does not depend on the scope is built once per
 * shared call (the whole organisation tree's reports are built together) and copied to each.
 */
async function section(a: Adapter, ctx: SectionContext): Promise<ReportSection> {
  if (!SCOPE_FREE.has(a)) return a(ctx);
  const built = await sharedRead(ctx.db, `report.section:${a.name}:${ctx.tenant.id}:${ctx.year}:${periodEnd(ctx.year, ctx.now)}`, () => a(ctx));
  return structuredClone(built);
}

export async function buildReport(ctx: SectionContext, adapters: Adapter[] = SECTIONS): Promise<YearlyReport> {
  const sections = await Promise.all(adapters.map((a) => section(a, ctx)));
  return { tenantName: ctx.tenant.name, year: ctx.year, periodEnd: periodEnd(ctx.year, ctx.now), scope: ctx.scope, sections };
}
