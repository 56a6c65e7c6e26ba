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

/** One unit's share of the year (null: events with no unit). Events belong to one unit, so these add up. */
interface UnitEventStats {
  events: Set<string>;
  sessions: number;
  places: number;
  bookings: number;
  namedParticipants: number;
  headCount: number;
  noShows: number;
  lateCancellations: number;
  byTargetGroup: Record<TargetGroup | 'all', { events: Set<string>; sessions: number; participants: number }>;
  trainings: { events: Set<string>; sessions: number; namedParticipants: number };
}

const GROUP_KEYS = [...TARGET_GROUPS, 'all'] as const;

function emptyUnit(): UnitEventStats {
  return {
    events: new Set(), sessions: 0, places: 0, bookings: 0, namedParticipants: 0, headCount: 0, noShows: 0, lateCancellations: 0,
    byTargetGroup: Object.fromEntries(GROUP_KEYS.map((k) => [k, { events: new Set<string>(), sessions: 0, participants: 0 }])) as UnitEventStats['byTargetGroup'],
    trainings: { events: new Set(), sessions: 0, namedParticipants: 0 },
  };
}

/**
 * The year's figures of every unit, from the year's events with their sessions, bookings and
 * attendance summed per event in SQL (read once per shared call: the reports module builds the
 * whole organisation tree's reports together, and each scope adds up its units).
 */
async function yearByUnit(db: Kysely<DB>, tenantId: string, year: number): Promise<Map<string | null, UnitEventStats>> {
  const { from, to } = yearBounds(year);
  return sharedRead(db, `events.year-by-unit:${tenantId}:${from}:${to}`, async () => {
    const [events, late] = await Promise.all([aq.eventsBetween(db, tenantId, from, to), aq.lateCancellationsBetween(db, tenantId, from, to)]);
    const out = new Map<string | null, UnitEventStats>();
    const unit = (u: string | null) => {
      let x = out.get(u);
      if (!x) out.set(u, x = emptyUnit());
      return x;
    };
    const carerFacing = new Map<string, boolean>(); // audience text → open to carers
    const facing = (audience: string) => {
      let f = carerFacing.get(audience);
      if (f === undefined) carerFacing.set(audience, f = isCarerFacing(audience));
      return f;
    };
    const groupsOf = new Map<string, TargetGroup[]>(); // target_groups text → parsed (a few distinct texts, hundreds of events)
    for (const e of events) {
      const x = unit(e.unit_id);
      if (!facing(e.audience)) {
        x.trainings.events.add(e.event_id);
        x.trainings.sessions += e.sessions;
        x.trainings.namedParticipants += e.present;
        continue;
      }
      x.events.add(e.event_id);
      x.sessions += e.sessions;
      x.places += e.places;
      x.bookings += e.bookings;
      x.namedParticipants += e.present;
      x.headCount += e.head_count;
      x.noShows += e.absent;
      let groups = groupsOf.get(e.target_groups);
      if (!groups) groupsOf.set(e.target_groups, groups = parseJson<TargetGroup[]>(e.target_groups, []));
      for (const g of groups.length > 0 ? groups : (['all'] as const)) {
        const b = x.byTargetGroup[g];
        if (!b) continue;
        b.events.add(e.event_id);
        b.sessions += e.sessions;
        b.participants += e.participants;
      }
    }
    for (const r of late) if (facing(r.audience)) unit(r.unit_id).lateCancellations += r.n;
    return out;
  });
}

/** The events numbers of one calendar year (Stockholm time) for the yearly follow-up. */
export async function yearlyEventStats(db: Kysely<DB>, tenantId: string, year: number, unitIds: 'all' | string[] = 'all'): Promise<YearlyEventStats> {
  // A report for part of the organisation counts the events of its units (the event's unit).
  const set = unitIds === 'all' ? null : new Set(unitIds);
  const total = emptyUnit();
  let events = 0;
  let trainingEvents = 0;
  const groupEvents = Object.fromEntries(GROUP_KEYS.map((k) => [k, 0])) as Record<TargetGroup | 'all', number>;
  for (const [u, x] of await yearByUnit(db, tenantId, year)) {
    if (set && (u === null || !set.has(u))) continue;
    events += x.events.size;
    trainingEvents += x.trainings.events.size;
    total.sessions += x.sessions;
    total.places += x.places;
    total.bookings += x.bookings;
    total.namedParticipants += x.namedParticipants;
    total.headCount += x.headCount;
    total.noShows += x.noShows;
    total.lateCancellations += x.lateCancellations;
    total.trainings.sessions += x.trainings.sessions;
    total.trainings.namedParticipants += x.trainings.namedParticipants;
    for (const k of GROUP_KEYS) {
      groupEvents[k] += x.byTargetGroup[k].events.size;
      total.byTargetGroup[k].sessions += x.byTargetGroup[k].sessions;
      total.byTargetGroup[k].participants += x.byTargetGroup[k].participants;
    }
  }
  return {
    events, sessions: total.sessions, places: total.places, bookings: total.bookings, namedParticipants: total.namedParticipants,
    headCount: total.headCount, noShows: total.noShows, lateCancellations: total.lateCancellations,
    byTargetGroup: Object.fromEntries(GROUP_KEYS.map((k) => [k, { events: groupEvents[k], sessions: total.byTargetGroup[k].sessions, participants: total.byTargetGroup[k].participants }])) as Record<TargetGroup | 'all', GroupStats>,
    trainings: { events: trainingEvents, sessions: total.trainings.sessions, namedParticipants: total.trainings.namedParticipants },
  };
}
