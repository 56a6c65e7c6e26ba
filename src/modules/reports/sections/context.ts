// What every section adapter gets: the municipality, the year, the unit scope and the clock's
// "now" (so the running year is counted up to today and tests can move time).
import type { Kysely } from 'kysely';
import { localToday } from '../../../platform/domain/dates.js';
import type { DB } from '../../../platform/db/schema.js';
import type { Tenant } from '../../../platform/tenancy/tenancy.js';
import type { ReportScope } from '../model.js';

export interface SectionContext {
  db: Kysely<DB>;
  tenant: Tenant;
  year: number;
  scope: ReportScope;
  now: Date;
}

/** A whole-municipality report: sources without a unit filter then cover the same ground. */
export const isWholeMunicipality = (ctx: SectionContext): boolean => ctx.scope.unitIds === 'all';

/** The last day counted: 31 December, or today for the running year (Stockholm time). */
export function periodEnd(year: number, now: Date): string {
  const today = localToday(now);
  return year === Number(today.slice(0, 4)) ? today : `${year}-12-31`;
}
