// Every change that takes or frees a place starts here: it locks the row that holds the
// capacity (the event for whole-series booking, else the session) and reads the event and its
// sessions inside the same transaction, so decisions are made on data nobody else can change.
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { NotFound } from '../../platform/http/errors.js';
import * as sq from './series-queries.js';
import { type Deps, type EventInfo, type SessionInfo, toEvent, toSession } from './model.js';

export interface Locked {
  event: EventInfo;
  sessions: SessionInfo[];
  /** The session the change concerns (session-mode booking), when there is one. */
  session?: SessionInfo;
  holder: sq.PlaceHolder;
  /** The session id bookings of this holder carry (null = whole series). */
  holderSessionId: string | null;
}

/** `read`: the event row when the caller already read it in this transaction (and has not
 *  changed it since), to decide which row to lock without reading it twice. */
export async function lockHolder(trx: Transaction<DB>, deps: Deps, tenantId: string, eventId: string, sessionId: string | null, read?: sq.EventRow): Promise<Locked> {
  const first = read ?? await sq.findEvent(trx, tenantId, eventId);
  if (!first) throw new NotFound();
  let event = toEvent(first);
  let session: SessionInfo | undefined;
  if (event.bookingMode === 'series' || sessionId === null) {
    // SQLite: the transaction is the lock, and from its first read it sees one snapshot (plus
    // its own writes), so reading the event again would return the row the caller read.
    const row = read && deps.dialect === 'sqlite' ? read : await sq.lockEvent(trx, deps.dialect, tenantId, eventId);
    if (!row) throw new NotFound();
    event = toEvent(row);
  } else {
    const row = await sq.lockSession(trx, deps.dialect, tenantId, eventId, sessionId);
    if (!row) throw new NotFound();
    session = toSession(row);
  }
  const sessions = (await sq.listSessions(trx, tenantId, [eventId])).map(toSession);
  if (session) sessions.splice(sessions.findIndex((s) => s.id === session!.id), 1, session);
  else if (sessionId) session = sessions.find((s) => s.id === sessionId);
  const seriesWide = event.bookingMode === 'series';
  return {
    event, sessions, session,
    holder: seriesWide ? { table: 'events', id: event.id } : { table: 'event_sessions', id: sessionId! },
    holderSessionId: seriesWide ? null : sessionId,
  };
}

/** Lock the event and then every session, in id order (the one order every writer uses). */
export async function lockWholeEvent(trx: Transaction<DB>, deps: Deps, tenantId: string, eventId: string, units: sq.UnitScope | null): Promise<{ event: EventInfo; sessions: SessionInfo[] }> {
  const scoped = units === null ? await sq.findEvent(trx, tenantId, eventId) : await sq.findEventInScope(trx, tenantId, units, eventId);
  if (!scoped) throw new NotFound();
  const row = await sq.lockEvent(trx, deps.dialect, tenantId, eventId);
  if (!row) throw new NotFound();
  const ids = (await sq.listSessions(trx, tenantId, [eventId])).map((s) => s.id).sort();
  for (const id of ids) await sq.lockSession(trx, deps.dialect, tenantId, eventId, id);
  return { event: toEvent(row), sessions: (await sq.listSessions(trx, tenantId, [eventId])).map(toSession) };
}
