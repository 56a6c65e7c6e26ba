// Planned activities for the yearly wheel: published events and trainings from the events
// engine (SPEC C2), through its service. The one place this module touches events.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

export interface PlannedActivity {
  /** YYYY-MM-DD, local date of the (first) session in the period */
  date: string;
  title: string;
  /** e.g. "Anhöriggrupp", "Utbildning för anhörigombud" */
  kind: string;
  /** Staff page of the event, when there is one */
  href: string | null;
}

/** Activities with a session between from and to (YYYY-MM-DD, inclusive). */
export async function plannedActivities(_db: Kysely<DB>, _tenantId: string, _slug: string, _from: string, _to: string): Promise<PlannedActivity[]> {
  return [];
}
