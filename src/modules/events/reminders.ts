// Scheduled work of the events module: reminders before sessions (with the .ics), expiry of
// waiting-list offers, and retention — bookings' contact details are erased a set number of
// days after the last session (bookingRetentionDays, default 30), leaving the counts.
import { audit } from '../../platform/audit/audit.js';
import { forgetMessages } from '../../platform/mail/outbox.js';
import { listTenants } from '../../platform/tenancy/tenancy.js';
import type { Job } from '../../platform/jobs/scheduler.js';
import * as bq from './booking-queries.js';
import * as sq from './series-queries.js';
import { type Deps, toBooking, toEvent, toSession } from './model.js';
import { notify } from './notify.js';
import { addDaysUtc, addHours } from './time.js';
import { expireOffers } from './waitlist.js';

/** The longest reminder offered in the editor (hours before a session). */
const MAX_REMINDER_HOURS = 72;

/** Queue reminders for sessions entering their event's reminder window. Returns messages queued. */
export async function sendReminders(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const due = await sq.sessionsDueReminder(deps.db, nowIso, addHours(now, MAX_REMINDER_HOURS).toISOString());
  if (due.length === 0) return 0;
  const tenants = new Map((await listTenants(deps.db)).map((t) => [t.id, t]));
  let queued = 0;
  for (const s of due) {
    const tenant = tenants.get(s.tenant_id);
    if (!tenant || s.starts_at > addHours(now, s.reminder_hours).toISOString()) continue;
    await deps.db.transaction().execute(async (trx) => {
      // Claim the session first: a second instance running the same job finds nothing to do.
      const claimed = await trx.updateTable('event_sessions').set({ reminded_at: nowIso })
        .where('id', '=', s.id).where('reminded_at', 'is', null).executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) return;
      const event = toEvent((await sq.findEvent(trx, tenant.id, s.event_id))!);
      const sessions = (await sq.listSessions(trx, tenant.id, [s.event_id])).map(toSession);
      const session = sessions.find((x) => x.id === s.id)!;
      for (const row of await bq.holdersOfSession(trx, tenant.id, s.event_id, s.id, ['booked'])) {
        // A whole-series booking gets the .ics of its next session only.
        await notify(trx, deps, tenant, 'reminder', event, [session], toBooking(row), { session, suffix: `${s.id}:${s.starts_at}` });
        queued++;
      }
    });
  }
  return queued;
}

/** Erase bookings' contact details after the retention period; counts and attendance stay. */
export async function eraseOldContactDetails(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  let erased = 0;
  for (const tenant of await listTenants(deps.db)) {
    const before = addDaysUtc(now, -tenant.settings.bookingRetentionDays).toISOString();
    for (const e of await sq.eventsDueErasure(deps.db, tenant.id, before)) {
      await deps.db.transaction().execute(async (trx) => {
        const n = await bq.eraseContacts(trx, tenant.id, e.id, now.toISOString());
        await sq.updateEvent(trx, tenant.id, e.id, { contacts_erased_at: now.toISOString() });
        // The messages held the same contact details.
        await forgetMessages(trx, tenant.id, `events:${e.id}:`);
        await audit(trx, { tenantId: tenant.id, userId: null, action: 'event_booking.erase', subjectType: 'event', subjectId: e.id, purpose: `retention:${n}` }, now);
        erased += n;
      });
    }
  }
  return erased;
}

export const EVENT_JOBS: Job[] = [
  { name: 'events.reminders', everyMs: 10 * 60_000, run: async (deps) => void (await sendReminders(deps)) },
  { name: 'events.expire-offers', everyMs: 5 * 60_000, run: async (deps) => void (await expireOffers(deps)) },
  { name: 'events.retention', everyMs: 6 * 3600_000, run: async (deps) => void (await eraseOldContactDetails(deps)) },
];
