// Whether and what a person can book right now: pure, shared by the public and staff pages.
import { bookingClosedReason } from './bookings.js';
import { type EventInfo, placesLeft, type SessionInfo } from './model.js';
import type { Bookability } from './views/public.js';

export function bookability(e: EventInfo, sessions: SessionInfo[], nowIso: string): Bookability {
  if (e.bookingMode === 'series') return { closedReason: bookingClosedReason(e, sessions, undefined, nowIso), left: placesLeft(e), sessions: [] };
  const upcoming = sessions.filter((s) => s.status === 'scheduled' && s.startsAt > nowIso);
  const list = upcoming.map((s) => ({ session: s, left: placesLeft(e, s), open: bookingClosedReason(e, sessions, s, nowIso) === undefined }));
  const anyOpen = list.some((x) => x.open);
  const closedReason = anyOpen ? undefined : (bookingClosedReason(e, sessions, upcoming[0], nowIso) ?? 'Det finns inga kommande träffar.');
  return { closedReason, left: list.reduce((a, x) => a + x.left, 0), sessions: list };
}
