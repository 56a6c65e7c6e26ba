// Whether and what a person can book right now: pure, shared by the public and staff pages.
import { closedRefusal } from './bookings.js';
import { type EventInfo, placesLeft, type SessionInfo } from './model.js';
import { refusalSv } from './refusals.js';
import type { Bookability } from './views/public.js';

export function bookability(e: EventInfo, sessions: SessionInfo[], nowIso: string): Bookability {
  const withText = (closed: ReturnType<typeof closedRefusal>) => (closed ? { closed, closedReason: refusalSv(closed) } : {});
  if (e.bookingMode === 'series') return { ...withText(closedRefusal(e, sessions, undefined, nowIso)), left: placesLeft(e), sessions: [] };
  const upcoming = sessions.filter((s) => s.status === 'scheduled' && s.startsAt > nowIso);
  const list = upcoming.map((s) => ({ session: s, left: placesLeft(e, s), open: closedRefusal(e, sessions, s, nowIso) === undefined }));
  const anyOpen = list.some((x) => x.open);
  const closed = anyOpen ? undefined : (closedRefusal(e, sessions, upcoming[0], nowIso) ?? { key: 'noSessions' as const });
  return { ...withText(closed), left: list.reduce((a, x) => a + x.left, 0), sessions: list };
}
