// Planned activities for the yearly wheel: published events and trainings from the events
// engine (SPEC C2), through its service. The one place this module touches events.
import { DateTime } from 'luxon';
import { ZONE } from '../../platform/domain/dates.js';
import { isPublic, isTraining, listPublishedBetween, type Deps } from '../events/service.js';
import { sm } from '../../platform/i18n/staff-messages.js';

export interface PlannedActivity {
  /** YYYY-MM-DD, local date of the event's first session in that month */
  date: string;
  title: string;
  /** e.g. "Anhöriggrupp, 4 träffar" */
  kind: string;
  /** A page of the event that the viewer may open: the staff page for those who edit events,
   *  else its public page, or the staff training list for a training not open to the public. */
  href: string | null;
}

// The events module's type labels, for the wheel's "what kind" column (codes it owns).
const TYPE_LABELS: Record<string, string> = {
  carer_group: 'Anhöriggrupp', theme_evening: 'Temakväll', carer_meeting: 'Anhörigträff', training: 'Utbildning',
  lecture: 'Föreläsning', workshop: 'Workshop', other: 'Aktivitet',
};

function hrefFor(slug: string, event: Parameters<typeof isPublic>[0] & Parameters<typeof isTraining>[0] & { id: string }, canEditEvents: boolean): string | null {
  if (canEditEvents) return `/${slug}/personal/aktiviteter/${event.id}`;
  if (isPublic(event)) return `/${slug}/aktiviteter/${event.id}`;
  return isTraining(event) ? `/${slug}/personal/utbildningar` : null;
}

const localDate = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE).toISODate()!;

/** One entry per published event and month with a scheduled session between from and to (YYYY-MM-DD, inclusive). */
export async function plannedActivities(deps: Deps, tenantId: string, slug: string, from: string, to: string, canEditEvents: boolean): Promise<PlannedActivity[]> {
  // Only the events whose sessions reach into the period (every event the municipality ever
  // held, with their booking counts, took 150–700 ms over a big year).
  const startOf = (date: string) => DateTime.fromISO(date, { zone: ZONE }).startOf('day').toUTC().toISO()!;
  const events = await listPublishedBetween(deps, tenantId, startOf(from), startOf(DateTime.fromISO(to).plus({ days: 1 }).toISODate()!));
  const out: PlannedActivity[] = [];
  for (const { event, sessions } of events) {
    const byMonth = new Map<string, string[]>();
    for (const s of sessions) {
      if (s.status !== 'scheduled') continue;
      const date = localDate(s.startsAt);
      if (date < from || date > to) continue;
      byMonth.set(date.slice(0, 7), [...(byMonth.get(date.slice(0, 7)) ?? []), date]);
    }
    for (const dates of byMonth.values()) {
      dates.sort();
      const type = TYPE_LABELS[event.type] ?? 'Aktivitet';
      out.push({ date: dates[0], title: event.title, kind: dates.length > 1 ? sm('events.kindWithSessions', { kind: type, count: dates.length }) : type, href: hrefFor(slug, event, canEditEvents) });
    }
  }
  return out;
}
