// The yearly wheel (årshjul): per month, the meetings of every body and the planned activities.
import type { Deps } from '../events/service.js';
import { MONTH_NAMES } from '../../platform/domain/dates.js';
import { listBodies } from '../org/units.js';
import { plannedActivities, type PlannedActivity } from './activities.js';
import * as q from './queries.js';

export interface WheelMeeting {
  id: string;
  date: string;
  startTime: string | null;
  bodyId: string;
  bodyName: string;
  topic: string;
}

export interface WheelMonth {
  /** 1–12 */
  month: number;
  name: string;
  meetings: WheelMeeting[];
  activities: PlannedActivity[];
}

export interface YearWheel {
  year: number;
  months: WheelMonth[];
  bodies: { id: string; name: string; meetings: number; planned: number | null }[];
}

/** canEditEvents: whether the viewer may open the events' staff pages (else public links). */
export async function yearWheel(deps: Deps, tenantId: string, slug: string, year: number, canEditEvents: boolean): Promise<YearWheel> {
  const { db } = deps;
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [bodies, meetings, activities] = await Promise.all([
    listBodies(db, tenantId), q.listMeetings(db, tenantId, { from, to }), plannedActivities(deps, tenantId, slug, from, to, canEditEvents),
  ]);
  const names = new Map(bodies.map((b) => [b.id, b.name]));
  const months: WheelMonth[] = MONTH_NAMES.map((name, i) => {
    const prefix = `${year}-${String(i + 1).padStart(2, '0')}`;
    return {
      month: i + 1, name,
      meetings: meetings.filter((m) => m.date.startsWith(prefix)).map((m) => ({
        id: m.id, date: m.date, startTime: m.start_time, bodyId: m.body_id, bodyName: names.get(m.body_id) ?? '', topic: m.topic,
      })),
      activities: activities.filter((a) => a.date.startsWith(prefix)).sort((a, b) => a.date.localeCompare(b.date)),
    };
  });
  return {
    year, months,
    bodies: bodies.map((b) => ({ id: b.id, name: b.name, meetings: meetings.filter((m) => m.body_id === b.id).length, planned: b.meetingsPerYear })),
  };
}
