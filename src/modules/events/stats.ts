// Numbers for other modules: the yearly report (reports engineer) and the training history of
// staff and ambassadors (ambassadors engineer). Aggregates only — no one is identified here.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { parseJson } from '../../platform/db/helpers.js';
import { sharedRead } from '../../platform/db/shared-reads.js';
import { TARGET_GROUPS, type TargetGroup } from '../../platform/domain/vocab.js';
import * as aq from './attendance-queries.js';
import { type Audience, type EventType, PUBLIC_AUDIENCES } from './vocab.js';
import { yearBounds } from './time.js';

export interface AttendedTraining {
  eventId: string;
  title: string;
  type: EventType;
  sessionId: string;
  startsAt: string;
  endsAt: string;
}

/**
 * Per user id: the sessions they were ticked present at, since `since`, of events whose
 * audience includes staff or ambassadors (ambassador days, trainings). Every requested id is
 * a key, with an empty list when nothing was attended.
 */
export async function attendedTrainingsByUsers(db: Kysely<DB>, tenantId: string, userIds: string[], since: Date): Promise<Record<string, AttendedTraining[]>> {
  const out: Record<string, AttendedTraining[]> = Object.fromEntries(userIds.map((id) => [id, []]));
  const rows = await aq.attendedTrainings(db, tenantId, [...new Set(userIds)], since.toISOString());
  for (const r of rows) {
    if (!r.user_id || !out[r.user_id]) continue;
    out[r.user_id].push({ eventId: r.event_id, title: r.title, type: r.type as EventType, sessionId: r.session_id, startsAt: r.starts_at, endsAt: r.ends_at });
  }
  return out;
}

export interface GroupStats {
  events: number;
  sessions: number;
  participants: number;
}

export interface YearlyEventStats {
  /** Published events open to carers (or politicians, associations) with a session in the year */
  events: number;
  sessions: number;
  /** Sum of capacity over those sessions */
  places: number;
  /** Confirmed bookings (a whole-series booking counts once) */
  bookings: number;
  /** Ticked present, counted per session (one person at 8 sessions = 8) */
  namedParticipants: number;
  /** Sum of anonymous head counts */
  headCount: number;
  /** Ticked absent though booked */
  noShows: number;
  /** Cancelled later than the municipality's lateCancellationHours, by cancellation date */
  lateCancellations: number;
  /** Per target group of the närstående; 'all' = events for every target group. Participants per
   *  session are its head count when recorded, else its named attendance. */
  byTargetGroup: Record<TargetGroup | 'all', GroupStats>;
  /** The same engine's trainings for staff and ambassadors only, kept apart from carer numbers */
  trainings: { events: number; sessions: number; namedParticipants: number };
}

const isCarerFacing = (audience: string) => parseJson<Audience[]>(audience, []).some((a) => PUBLIC_AUDIENCES.includes(a));

/** The events numbers of one calendar year (Stockholm time) for the yearly follow-up. */
export async function yearlyEventStats(db: Kysely<DB>, tenantId: string, year: number, unitIds: 'all' | string[] = 'all'): Promise<YearlyEventStats> {
  const { from, to } = yearBounds(year);
  // A report for part of the organisation counts the events of its units (the event's unit).
  const inScope = (u: string | null) => unitIds === 'all' || (u !== null && unitIds.includes(u));
  const allSessions = await sharedRead(`events.sessions:${tenantId}:${from}:${to}`, () => aq.sessionsBetween(db, tenantId, from, to));
  const sessions = allSessions.filter((s) => inScope(s.unit_id));
  const attendance = await sharedRead(`events.attendance:${tenantId}:${from}:${to}`, () => aq.attendanceCounts(db, tenantId, from, to));
  const present = new Map<string, number>();
  const absent = new Map<string, number>();
  for (const a of attendance) (a.attended === 1 ? present : absent).set(a.session_id, a.n);

  const carer = sessions.filter((s) => isCarerFacing(s.audience));
  const training = sessions.filter((s) => !isCarerFacing(s.audience));
  const sum = (list: typeof sessions, f: (s: (typeof sessions)[number]) => number) => list.reduce((acc, s) => acc + f(s), 0);
  // The year's confirmed bookings are read once for every carer-facing event (shared by the
  // organisation tree's reports), then kept to this scope's events.
  const allBooked = await sharedRead(`events.booked:${tenantId}:${from}:${to}`, () => {
    const all = allSessions.filter((s) => isCarerFacing(s.audience));
    return aq.confirmedBookings(db, tenantId, [...new Set(all.map((s) => s.event_id))], all.map((s) => s.session_id));
  });
  const scopeEvents = new Set(carer.map((s) => s.event_id));
  const booked = allBooked.filter((b) => scopeEvents.has(b.event_id));
  const late = (await sharedRead(`events.late:${tenantId}:${from}:${to}`, () => aq.lateCancellationsBetween(db, tenantId, from, to))).filter((r) => isCarerFacing(r.audience) && inScope(r.unit_id)).length;

  const keys = [...TARGET_GROUPS, 'all'] as const;
  const byTargetGroup = Object.fromEntries(keys.map((k) => [k, { events: 0, sessions: 0, participants: 0 }])) as Record<TargetGroup | 'all', GroupStats>;
  const seen = new Map<string, Set<string>>(keys.map((k) => [k, new Set<string>()]));
  for (const s of carer) {
    const groups = parseJson<TargetGroup[]>(s.target_groups, []);
    for (const g of groups.length > 0 ? groups : (['all'] as const)) {
      const b = byTargetGroup[g];
      if (!b) continue;
      if (!seen.get(g)!.has(s.event_id)) {
        seen.get(g)!.add(s.event_id);
        b.events++;
      }
      b.sessions++;
      b.participants += s.head_count ?? present.get(s.session_id) ?? 0;
    }
  }
  return {
    events: new Set(carer.map((s) => s.event_id)).size,
    sessions: carer.length,
    places: sum(carer, (s) => Number(s.capacity)),
    bookings: booked.length,
    namedParticipants: sum(carer, (s) => present.get(s.session_id) ?? 0),
    headCount: sum(carer, (s) => s.head_count ?? 0),
    noShows: sum(carer, (s) => absent.get(s.session_id) ?? 0),
    lateCancellations: late,
    byTargetGroup,
    trainings: {
      events: new Set(training.map((s) => s.event_id)).size,
      sessions: training.length,
      namedParticipants: sum(training, (s) => present.get(s.session_id) ?? 0),
    },
  };
}
