// Attended ambassador trainings and themed half-days from the events engine (SPEC C2/C4).
// The one place this module touches the events module, through its service.
import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { DB } from '../../platform/db/schema.js';
import { ZONE } from '../../platform/domain/dates.js';
import { attendedTrainingsByUsers } from '../events/service.js';

export interface EventTraining {
  /** YYYY-MM-DD, local date of the attended session */
  date: string;
  title: string;
  minutes: number;
}

/** Attended training sessions per user since a local date (YYYY-MM-DD). */
export async function eventTrainings(db: Kysely<DB>, tenantId: string, userIds: string[], since: string): Promise<Map<string, EventTraining[]>> {
  const out = new Map<string, EventTraining[]>();
  if (userIds.length === 0) return out;
  const start = DateTime.fromISO(since, { zone: ZONE }).startOf('day').toJSDate();
  const attended = await attendedTrainingsByUsers(db, tenantId, userIds, start);
  for (const [userId, sessions] of Object.entries(attended)) {
    out.set(userId, sessions.map((s) => ({
      date: DateTime.fromISO(s.startsAt, { zone: 'utc' }).setZone(ZONE).toISODate()!,
      title: s.title,
      minutes: Math.max(0, Math.round((Date.parse(s.endsAt) - Date.parse(s.startsAt)) / 60000)),
    })));
  }
  return out;
}
