// Demo events per municipality, always in the coming weeks relative to the seed time, drawn
// from the documents: evening groups (Södertälje), anhörigcirklar with Röda Korset, the
// Anhörigforum week and two themed ambassador half-days a year (Hässleholm). A few past
// sessions carry attendance so the reports and training history have something to show.
// Every name is invented; bookings use aliases and example.se addresses.
import { createHash, randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import type { SeedContext } from '../../demo/seeders.js';
import { newId, toJson } from '../../platform/db/helpers.js';
import type { TargetGroup } from '../../platform/domain/vocab.js';
import * as aq from './attendance-queries.js';
import * as bq from './booking-queries.js';
import * as sq from './series-queries.js';
import { planSessions, ZONE } from './time.js';
import type { Audience, EventType } from './vocab.js';
import { workingDayOnOrAfter, workingDayOnOrBefore } from '../../demo/dates.js';
import { isWorkingDay } from '../referrals/service.js';

interface DemoEvent {
  title: string;
  summary: string;
  description: string;
  type: EventType;
  place: string;
  address: string;
  accessibility: string;
  online?: string;
  capacity: number;
  audience: Audience[];
  targetGroups: TargetGroup[];
  mode: 'series' | 'session';
  /** Local weekday 1–7 and how many days from the seed time at the earliest (negative = past) */
  weekday: number;
  fromDay: number;
  start: string;
  end: string;
  count: number;
  interval: number;
  leaders?: string[]; // staff keys
  external?: string[];
  approval?: boolean;
  /** Demo bookings: aliases (carers) or staff keys (trainings) */
  bookings?: string[];
  /** Past sessions: tick everyone booked as present, or record a head count */
  attendance?: 'named' | number;
}

function localDate(now: Date, weekday: number, fromDay: number): string {
  let d = DateTime.fromJSDate(now, { zone: ZONE }).startOf('day').plus({ days: fromDay });
  while (d.weekday !== weekday) d = d.plus({ days: 1 });
  return d.toFormat('yyyy-MM-dd');
}

const common = {
  accessibility: 'Entré utan trappsteg, hiss och hörslinga. Toalett anpassad för rullstol.',
};

const PLANS: Record<string, DemoEvent[]> = {
  sodertalje: [
    { title: 'Anhöriggrupp demens', summary: 'Åtta kvällar för dig som har en närstående med demenssjukdom. Kunskap, samtal och stöd av andra i samma situation.',
      description: 'Vi träffas åtta tisdagskvällar. Varje gång har ett tema, till exempel hur sjukdomen utvecklas, att hitta vardagsrutiner och att ta hand om sig själv.\n\nGruppen är liten och det som sägs stannar i rummet. Kaffe finns.',
      type: 'carer_group', place: 'Träffpunkten Centrum', address: 'Storgatan 12, Södertälje', ...common, capacity: 10, audience: ['carers'],
      targetGroups: ['older'], mode: 'series', weekday: 2, fromDay: 10, start: '17:30', end: '19:00', count: 8, interval: 7,
      leaders: ['konsulent-aldre'], bookings: ['Birgitta S.', 'Kalle', 'Anhörig 3'] },
    { title: 'Kvällsgrupp för anhöriga inom psykiatrin', summary: 'Sex onsdagskvällar för dig som står nära någon med psykisk ohälsa.',
      description: 'Vi pratar om hur det är att vara anhörig, om att sätta gränser och om var man kan få hjälp.', type: 'carer_group',
      place: 'Anhörigstödet', address: 'Kringlavägen 3, Södertälje', ...common, capacity: 8, audience: ['carers'], targetGroups: ['mental_health'],
      mode: 'series', weekday: 3, fromDay: 14, start: '18:00', end: '19:30', count: 6, interval: 7, leaders: ['konsulent-psyk'] },
    { title: 'Temakväll: Att orka som anhörig', summary: 'Föreläsning och samtal om att ta hand om sig själv när man hjälper någon annan.',
      description: 'En kväll med föreläsning och frågor. Ingen föranmälan till samtalet efteråt.', type: 'theme_evening',
      place: 'Stadsbiblioteket, hörsalen', address: 'Lunagallerian, Södertälje', ...common, capacity: 40, audience: ['carers', 'associations'], targetGroups: [],
      mode: 'session', weekday: 4, fromDay: 20, start: '18:00', end: '20:00', count: 1, interval: 7, leaders: ['konsulent-funk'] },
    { title: 'Öppen anhörigträff (förra månaden)', summary: 'Öppen träff med fika och samtal.', description: '', type: 'carer_meeting',
      place: 'Träffpunkten Centrum', address: 'Storgatan 12, Södertälje', ...common, capacity: 25, audience: ['carers'], targetGroups: [],
      mode: 'session', weekday: 4, fromDay: -30, start: '14:00', end: '16:00', count: 1, interval: 7, attendance: 14 },
    { title: 'Utbildning för nya anhörigombud', summary: 'Grundutbildning för dig som just blivit anhörigombud i din enhet.',
      description: 'Anhörigkonsulenterna går igenom riktlinjen för anhörigstöd, hur du ser anhöriga i vardagen och hur du förmedlar kontakt.',
      type: 'training', place: 'Stadshuset, sal Ekenberg', address: 'Campusgatan 26, Södertälje', ...common, capacity: 20,
      audience: ['ambassadors', 'staff'], targetGroups: [], mode: 'series', weekday: 1, fromDay: 21, start: '13:00', end: '16:00', count: 2, interval: 7,
      leaders: ['konsulent-aldre', 'konsulent-funk'], bookings: ['@ombud-almgarden'] },
  ],
  vetlanda: [
    { title: 'Anhörigcafé', summary: 'Öppet café varannan torsdag för dig som hjälper en närstående. Kom när du vill.',
      description: 'Fika, samtal och information. Ibland kommer en gäst och berättar om något stöd.', type: 'carer_meeting',
      place: 'Mötesplatsen Ågården', address: 'Ågatan 4, Vetlanda', ...common, capacity: 20, audience: ['carers'], targetGroups: [],
      mode: 'session', weekday: 4, fromDay: 7, start: '14:00', end: '15:30', count: 6, interval: 14, leaders: ['konsulent-vo'] },
    { title: 'Samtalsgrupp för anhöriga till personer med beroende', summary: 'Sex kvällar i liten grupp.',
      description: 'För dig som är anhörig till någon med missbruk eller beroende.', type: 'carer_group',
      place: 'Socialkontoret', address: 'Stortorget 1, Vetlanda', ...common, capacity: 8, audience: ['carers'], targetGroups: ['substance_use'],
      mode: 'series', weekday: 1, fromDay: 12, start: '17:30', end: '19:00', count: 6, interval: 7, leaders: ['konsulent-so'], approval: true,
      bookings: ['Maria K.', 'Anhörig 2'] },
    { title: 'Temakväll: Information på lätt svenska', summary: 'Vad är anhörigstöd och hur får man det? Vi berättar enkelt och svarar på frågor.',
      description: '', type: 'theme_evening', place: 'Vetlanda bibliotek', address: 'Kyrkogatan 14, Vetlanda', ...common, capacity: 30,
      audience: ['carers'], targetGroups: [], mode: 'session', weekday: 3, fromDay: 25, start: '18:00', end: '19:30', count: 1, interval: 7 },
    { title: 'Utbildning: Anhörigperspektivet vid våld i nära relationer', summary: 'Halvdag för personal i båda förvaltningarna om att se och stödja anhöriga när våld misstänks.',
      description: 'Den gemensamma riktlinjen säger att anhörigperspektivet ska beaktas särskilt när våld i nära relationer misstänks. Vi går igenom hur du ser tecknen, frågar och förmedlar kontakt.',
      type: 'training', place: 'Stadshuset, sal Njudung', address: 'Stortorget 1, Vetlanda', ...common, capacity: 30, audience: ['staff'], targetGroups: [],
      mode: 'series', weekday: 2, fromDay: 15, start: '08:30', end: '12:00', count: 1, interval: 7, leaders: ['konsulent-vo', 'konsulent-so'],
      bookings: ['@medarbetare-hemtjanst', '@socialsekreterare-barn', '@enhetschef-hemtjanst'] },
  ],
  herrljunga: [
    { title: 'Anhöriggrupp', summary: 'Fem träffar för dig över 18 år som hjälper en äldre eller långvarigt sjuk närstående.',
      description: 'Samordnaren leder gruppen. Vi pratar om det som är viktigt för er.', type: 'carer_group',
      place: 'Kommunhuset, Mötesrummet', address: 'Torget 1, Herrljunga', ...common, capacity: 8, audience: ['carers'], targetGroups: ['older', 'long_term_illness'],
      mode: 'series', weekday: 2, fromDay: 9, start: '15:00', end: '16:30', count: 5, interval: 7, leaders: ['samordnare'], bookings: ['Gunnel', 'Anhörig 2', 'Sixten L.'] },
    { title: 'Öppen träff för anhöriga', summary: 'Öppen träff utan föranmälan – vi räknar bara hur många som kommer.', description: '',
      type: 'carer_meeting', place: 'Träffpunkt Herrljunga', address: 'Storgatan 20, Herrljunga', ...common, capacity: 30, audience: ['carers'],
      targetGroups: [], mode: 'session', weekday: 3, fromDay: 16, start: '13:30', end: '15:00', count: 3, interval: 28, leaders: ['samordnare'] },
    { title: 'Utbildning: Se anhöriga i hemtjänsten', summary: 'Två eftermiddagar för hemtjänstens personal om att uppmärksamma anhöriga och berätta om stödet.',
      description: 'Samordnaren berättar om anhörigstödet, om vuxenenhetens stöd till anhöriga vid missbruk och om hur du hänvisar barn som anhöriga till regionen.',
      type: 'training', place: 'Kommunhuset, Mötesrummet', address: 'Torget 1, Herrljunga', ...common, capacity: 15, audience: ['staff'], targetGroups: [],
      mode: 'series', weekday: 4, fromDay: 13, start: '13:00', end: '16:00', count: 2, interval: 14, leaders: ['samordnare'],
      bookings: ['@medarbetare-hemtjanst', '@enhetschef-hemtjanst'] },
  ],
  hassleholm: [
    { title: 'Anhörigcirkel med Röda Korset', summary: 'Åtta träffar varannan vecka med Röda Korsets material för anhörigcirklar.',
      description: 'Cirkeln leds av en utbildad cirkelledare från Röda Korset tillsammans med anhörigstrategen.', type: 'carer_group',
      place: 'Röda Korsets lokal', address: 'Järnvägsgatan 8, Hässleholm', ...common, capacity: 10, audience: ['carers'], targetGroups: [],
      mode: 'series', weekday: 3, fromDay: 8, start: '17:30', end: '19:00', count: 8, interval: 14, leaders: ['strateg'], external: ['Cirkelledare från Röda Korset'] },
    { title: 'Anhöriggrupp demens', summary: 'Åtta tisdagar för dig som har en närstående med demenssjukdom, i samarbete med Demensföreningen.',
      description: 'Demenssjuksköterskan och anhörigkonsulenten leder gruppen.', type: 'carer_group',
      place: 'Kulturhuset', address: 'Hässleholmsgården, Hässleholm', ...common, capacity: 12, audience: ['carers'], targetGroups: ['older'],
      mode: 'series', weekday: 2, fromDay: 11, start: '17:30', end: '19:00', count: 8, interval: 7, leaders: ['konsulent'], external: ['Demenssjuksköterska'] },
    { title: 'Anhörigforum: föreläsningsvecka', summary: 'En vecka med föreläsningar om anhörigas situation, med föreningarna i anhörigrådet och Svenska kyrkan.',
      description: 'Boka de kvällar du vill komma. Föreningarna finns på plats.', type: 'lecture', place: 'Hässleholms kulturhus',
      address: 'Hässleholmsgården, Hässleholm', ...common, capacity: 60, audience: ['carers', 'associations', 'politicians'], targetGroups: [],
      mode: 'session', weekday: 1, fromDay: 28, start: '18:00', end: '20:00', count: 4, interval: 1, leaders: ['strateg'] },
    { title: 'Anhörigombudsdag: Att se barn som anhöriga', summary: 'Tematisk halvdag för omsorgsförvaltningens anhörigombud.',
      description: 'Halvdagen tar upp barn som anhöriga och hur ombuden kan uppmärksamma dem.', type: 'training',
      place: 'Stadshuset, Stora salen', address: 'Frykholmsgatan 13, Hässleholm', ...common, capacity: 140, audience: ['ambassadors'], targetGroups: [],
      mode: 'series', weekday: 4, fromDay: 18, start: '08:30', end: '12:00', count: 1, interval: 7, leaders: ['konsulent'], bookings: ['@ombud-tyringe', '@ombud-norr'] },
    { title: 'Anhörigombudsdag: Belastning och stöd', summary: 'Vårens tematiska halvdag för anhörigombuden.', description: '', type: 'training',
      place: 'Stadshuset, Stora salen', address: 'Frykholmsgatan 13, Hässleholm', ...common, capacity: 140, audience: ['ambassadors'], targetGroups: [],
      mode: 'series', weekday: 4, fromDay: 180, start: '08:30', end: '12:00', count: 1, interval: 7, leaders: ['konsulent'] },
    { title: 'Anhörigombudsdag: Anhörigstöd i vardagen (i höstas)', summary: 'Föregående tematiska halvdag.', description: '', type: 'training',
      place: 'Stadshuset, Stora salen', address: 'Frykholmsgatan 13, Hässleholm', ...common, capacity: 140, audience: ['ambassadors'], targetGroups: [],
      mode: 'series', weekday: 4, fromDay: -60, start: '08:30', end: '12:00', count: 1, interval: 7, leaders: ['konsulent'],
      bookings: ['@ombud-tyringe', '@ombud-norr', '@ombud-ekbacken'], attendance: 'named' },
  ],
};

export async function seedEvents(ctx: SeedContext): Promise<void> {
  const existing = await sq.listEvents(ctx.db, ctx.tenantId, { units: 'all' });
  if (existing.length > 0) return;
  const nowIso = ctx.now.toISOString();
  const unitId = ctx.unitIds.get('anhorigstod') ?? null;
  for (const p of PLANS[ctx.data.slug] ?? []) {
    // A group does not meet on a holiday (julafton, nyårsafton, trettondagen …): that week is skipped.
    const planned = planSessions(localDate(ctx.now, p.weekday, p.fromDay), p.start, p.end, p.count, p.interval)
      ?.filter((s) => isWorkingDay(DateTime.fromISO(s.startsAt, { zone: 'utc' }).setZone(ZONE).toISODate()!));
    if (!planned || planned.length === 0) continue;
    const id = newId();
    const leaders = (p.leaders ?? []).map((k) => ctx.userIds.get(k)).filter((x): x is string => !!x);
    await sq.insertEvent(ctx.db, {
      id, tenant_id: ctx.tenantId, unit_id: unitId, kind: planned.length > 1 ? 'series' : 'single', type: p.type, title: p.title, summary: p.summary,
      description: p.description, place_name: p.place, address: p.address, accessibility: p.accessibility, online: p.online ? 1 : 0,
      online_link: p.online ?? null, capacity: p.capacity, places_taken: 0, leader_user_ids: toJson(leaders), external_leaders: toJson(p.external ?? []),
      audience: toJson(p.audience), target_groups: toJson(p.targetGroups), language: 'sv', booking_mode: p.mode, booking_opens_at: null,
      booking_closes_at: null, requires_approval: p.approval ? 1 : 0, waitlist_enabled: 1, reminder_hours: 24, status: 'published', ever_published: 1, cancel_reason: null,
      cancelled_at: null, first_starts_at: planned[0].startsAt, last_ends_at: planned[planned.length - 1].endsAt, contacts_erased_at: null,
      created_by: leaders[0] ?? null, created_at: nowIso, updated_at: nowIso,
    });
    const sessions = planned.map((s) => ({
      id: newId(), tenant_id: ctx.tenantId, event_id: id, starts_at: s.startsAt, ends_at: s.endsAt, capacity: p.capacity, places_taken: 0,
      status: 'scheduled', head_count: typeof p.attendance === 'number' ? p.attendance : null,
      attendance_recorded_at: p.attendance !== undefined ? s.endsAt : null, reminded_at: p.fromDay < 0 ? s.startsAt : null, created_at: nowIso,
    }));
    await sq.insertSessions(ctx.db, sessions);
    await seedBookings(ctx, p, id, sessions.map((s) => s.id), sessions[0].starts_at);
  }
}

/** When a demo booking was made: a working day a few days before the first session (and
 *  before the seed time), within this year when the year has begun long enough for that. */
function bookedAt(now: Date, firstStartsAt: string, i: number): string {
  const today = DateTime.fromJSDate(now, { zone: ZONE }).startOf('day');
  const first = DateTime.fromISO(firstStartsAt, { zone: 'utc' }).setZone(ZONE).startOf('day');
  const base = (first < today ? first : today).minus({ days: 3 + 2 * i });
  let day = workingDayOnOrBefore(base.toISODate()!);
  const yearStart = workingDayOnOrAfter(`${today.year}-01-01`);
  if (day < yearStart && yearStart <= today.toISODate()! && first.year === today.year) day = yearStart;
  return DateTime.fromISO(`${day}T10:15:00`, { zone: ZONE }).plus({ minutes: 7 * i }).toUTC().toISO()!;
}

async function seedBookings(ctx: SeedContext, p: DemoEvent, eventId: string, sessionIds: string[], firstStartsAt: string): Promise<void> {
  const holder = p.mode === 'series' ? null : sessionIds[0];
  for (const [i, who] of (p.bookings ?? []).entries()) {
    const nowIso = bookedAt(ctx.now, firstStartsAt, i);
    const staff = who.startsWith('@') ? ctx.data.staff.find((s) => s.key === who.slice(1)) : undefined;
    const userId = staff ? (ctx.userIds.get(staff.key) ?? null) : null;
    const alias = staff ? staff.name : who;
    const bookingId = newId();
    await bq.insertBooking(ctx.db, {
      id: bookingId, tenant_id: ctx.tenantId, event_id: eventId, session_id: holder, status: 'booked', queue_pos: null, name: alias,
      email: staff ? staff.email : `${alias.toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '') || 'anhorig'}@exempel.se`, phone: null,
      needs: toJson({}), token_hash: createHash('sha256').update(randomBytes(32)).digest('hex'), user_id: userId, booked_by_user_id: null,
      offer_expires_at: null, late_cancellation: 0, cancelled_by: null, cancelled_at: null, contact_erased_at: null, created_at: nowIso, updated_at: nowIso,
    });
    await sq.takePlace(ctx.db, holder ? { table: 'event_sessions', id: holder } : { table: 'events', id: eventId });
    if (p.attendance === 'named') {
      for (const sid of sessionIds) await aq.upsertAttendance(ctx.db, ctx.tenantId, sid, bookingId, true, nowIso, null);
    }
  }
}
