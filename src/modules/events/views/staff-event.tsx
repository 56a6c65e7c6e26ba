// Staff: one event — overview with its sessions, participants and waiting list, messages sent,
// and cancelling. Participants' details are shown only on the audited pages.
import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ErrorSummary, Form, SummaryList, Table, TextArea, TextField } from '../../../platform/views/components.js';
import { LOCALE_NAMES, TARGET_GROUP_LABELS } from '../../../platform/domain/vocab.js';
import type { BookingInfo, SessionInfo } from '../model.js';
import type { Participants } from '../attendance.js';
import type { Counts, StaffEventSummary } from '../series.js';
import { AUDIENCE_LABELS, BOOKING_STATUS_LABELS, EVENT_TYPE_LABELS } from '../vocab.js';
import { formatInstant, formatSession } from '../time.js';
import { needsText } from '../model.js';
import { StatusBadge } from './staff-editor.js';
import { sm } from '../../../platform/i18n/staff-messages.js';
import { can } from '../../../platform/auth/principal.js';

const crumbs = (slug: string, title: string, id: string, last?: string) => [
  { href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/aktiviteter`, label: 'Aktiviteter' },
  ...(last ? [{ href: `/${slug}/personal/aktiviteter/${id}`, label: title }, { label: last }] : [{ label: title }]),
];

/** A one-button form whose button names its row for screen readers. */
export function RowAction({ ctx, action, label, who, variant, fields }: { ctx: PageContext; action: string; label: string; who: string; variant?: 'primary' | 'secondary' | 'warning'; fields?: Record<string, string> }) {
  return (
    <form method="post" action={action} class="inline-form">
      <input type="hidden" name="_csrf" value={ctx.csrfToken} />
      {Object.entries(fields ?? {}).map(([k, v]) => <input type="hidden" name={k} value={v} />)}
      <button type="submit" class={`button button-small button-${variant ?? 'secondary'}`}><span safe>{label}</span><span class="visually-hidden" safe>{`: ${who}`}</span></button>
    </form>
  );
}

export function StaffEventPage({ ctx, x, sessionCounts, leaders, notice, errors, values }: { ctx: PageContext; x: StaffEventSummary; sessionCounts: Map<string, Counts>; leaders: string[]; notice?: string; errors?: FieldErrors; values?: FormValues }) {
  const slug = ctx.tenant!.slug;
  const e = x.event;
  const base = `/${slug}/personal/aktiviteter/${e.id}`;
  const taken = (s: SessionInfo) => (e.bookingMode === 'series' ? x.counts.holding : (sessionCounts.get(s.id)?.holding ?? 0));
  // An admin (events:edit only) edits the activity as content; participants stay with MANAGE.
  const manage = can(ctx.principal, 'events:manage');
  return (
    <Layout ctx={ctx} title={e.title} crumbs={crumbs(slug, e.title, e.id)}>
      <h1 safe>{e.title}</h1>
      <p><StatusBadge e={e} /> {e.status === 'published' ? <a href={`/${slug}/aktiviteter/${e.id}`}>Visa som invånare</a> : ''}</p>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['_form', 'date', 'startTime', 'endTime']} />
      {e.status === 'cancelled' ? <Banner kind="warning" title="Aktiviteten är inställd">{e.cancelReason ? <p safe>{e.cancelReason}</p> : ''}</Banner> : ''}
      <div class="actions">
        {manage ? <a class="button button-primary" href={`${base}/deltagare`}>Deltagare och kö</a> : ''}
        {e.status !== 'cancelled' ? <a class="button button-secondary" href={`${base}/andra`}>Ändra</a> : ''}
        <a class="button button-secondary" href={`/${slug}/personal/aktiviteter/ny?kopia=${e.id}`}>Kopiera till ny omgång</a>
        {e.status === 'published' && can(ctx.principal, 'events:book_for') ? <a class="button button-secondary" href={`/${slug}/personal/aktiviteter/boka/${e.id}`}>Boka åt någon</a> : ''}
        <a class="button button-secondary" href={`${base}/meddelanden`}>Skickade meddelanden</a>
      </div>
      <SummaryList rows={[
        ['Typ', EVENT_TYPE_LABELS[e.type].sv],
        ['Plats', e.online ? `Online (${e.onlineLink ?? ''})` : [e.placeName, e.address].filter(Boolean).join(', ')],
        ['Tillgänglighet', e.accessibility || '–'],
        ['Platser', e.bookingMode === 'series' ? sm('events.places', { holding: x.counts.holding, capacity: e.capacity, waiting: x.counts.waiting }) : sm('events.placesPerSession', { capacity: e.capacity, waiting: x.counts.waiting })],
        ['Bokning', `${e.bookingMode === 'series' ? 'Hela serien' : 'Varje träff för sig'}${e.requiresApproval ? ', personalen godkänner' : ''}${e.waitlistEnabled ? ', med kö' : ', utan kö'}`],
        ['Bokningen öppnar', e.bookingOpensAt ? formatInstant(e.bookingOpensAt) : 'Öppen'],
        ['Bokningen stänger', e.bookingClosesAt ? formatInstant(e.bookingClosesAt) : 'När träffen börjar'],
        ['Påminnelse', e.reminderHours ? sm('events.reminderHours', { count: e.reminderHours }) : 'Ingen'],
        ['Målgrupp', e.audience.map((a) => AUDIENCE_LABELS[a].sv).join(', ')],
        ['Närståendes målgrupp', e.targetGroups.length ? e.targetGroups.map((g) => TARGET_GROUP_LABELS[g]).join(', ') : 'Alla'],
        ['Språk', LOCALE_NAMES[e.language] ?? e.language],
        ['Ledare', leaders.join(', ') || '–'],
      ]} />
      <Table caption={`Träffar (${x.sessions.length})`} rows={x.sessions} columns={[
        { header: 'När', cell: (s) => (manage ? <a href={`${base}/traffar/${s.id}`} safe>{formatSession(s.startsAt, s.endsAt)}</a> : <span safe>{formatSession(s.startsAt, s.endsAt)}</span>) },
        { header: 'Bokade', numeric: true, cell: (s) => <span safe>{s.status === 'cancelled' ? 'Inställd' : `${taken(s)} av ${e.bookingMode === 'series' ? e.capacity : s.capacity}`}</span> },
        { header: 'Närvaro', cell: (s) => <span safe>{attendanceText(s)}</span> },
      ]} />
      {e.status !== 'cancelled' ? (
        <>
          <h2>Lägg till en träff</h2>
          <Form ctx={ctx} action={`${base}/traffar`}>
            <TextField name="date" type="date" label="Datum" hint="ÅÅÅÅ-MM-DD" width="medium" errors={errors} values={values} />
            <TextField name="startTime" type="time" label="Starttid" width="medium" errors={errors} values={values} />
            <TextField name="endTime" type="time" label="Sluttid" width="medium" errors={errors} values={values} />
            <Button variant="secondary">Lägg till träff</Button>
          </Form>
          <h2>Publicering och inställning</h2>
          <div class="actions">
            <Form ctx={ctx} action={`${base}/${e.status === 'published' ? 'avpublicera' : 'publicera'}`} class="inline-form">
              {e.status === 'published' ? <Button variant="secondary">Avpublicera</Button> : <Button>Publicera</Button>}
            </Form>
            {manage ? <a class="button button-warning" href={`${base}/installa`}>Ställ in aktiviteten</a> : ''}
          </div>
        </>
      ) : ''}
    </Layout>
  );
}

export function CancelEventPage({ ctx, x, errors, values }: { ctx: PageContext; x: StaffEventSummary; errors?: FieldErrors; values?: FormValues }) {
  const slug = ctx.tenant!.slug;
  const e = x.event;
  return (
    <Layout ctx={ctx} title={`Ställ in: ${e.title}`} crumbs={crumbs(slug, e.title, e.id, 'Ställ in')}>
      <h1>Ställ in <span safe>{e.title}</span></h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p safe>{sm('events.cancelWarning', { holding: x.counts.holding, waiting: x.counts.waiting })}</p>
      <Form ctx={ctx} action={`/${slug}/personal/aktiviteter/${e.id}/installa`}>
        <input type="hidden" name="confirm" value="yes" />
        <TextArea name="reason" label="Meddelande till de bokade (frivilligt)" hint="Till exempel varför, och om en ny omgång planeras." rows={3} errors={errors} values={values} />
        <Button variant="warning">Ställ in och meddela</Button>
      </Form>
    </Layout>
  );
}

const instant = (iso: string | null): string => (iso ? formatInstant(iso) : '');
const attendanceText = (s: SessionInfo): string => (s.attendanceRecordedAt ? (s.headCount !== null ? sm('events.headCount', { count: s.headCount }) : 'Registrerad') : '–');
const bookedBy = (p: Participants, b: BookingInfo): string =>
  (b.bookedByUserId ? (p.staffNames.get(b.bookedByUserId) ?? 'Personal') : b.userId ? 'Själv (personal)' : 'Själv');

function contact(b: BookingInfo): string {
  return [b.email, b.phone].filter(Boolean).join(', ') || (b.contactErasedAt ? '(raderat)' : '–');
}

export function ParticipantsPage({ ctx, p, notice, errors }: { ctx: PageContext; p: Participants; notice?: string; errors?: FieldErrors }) {
  const slug = ctx.tenant!.slug;
  const e = p.event;
  const base = `/${slug}/personal/aktiviteter/${e.id}`;
  const sessionName = new Map(p.sessions.map((s) => [s.id, formatSession(s.startsAt, s.endsAt)]));
  const who = (b: BookingInfo) => b.name ?? 'raderat';
  const bySession = (b: BookingInfo) => (b.sessionId ? (sessionName.get(b.sessionId) ?? '') : 'Hela serien');
  const booked = p.bookings.filter((b) => b.status === 'booked');
  const pending = p.bookings.filter((b) => b.status === 'pending');
  const offered = p.bookings.filter((b) => b.status === 'offered');
  const queue = p.bookings.filter((b) => b.status === 'waitlisted');
  const closed = p.bookings.filter((b) => ['cancelled', 'declined', 'expired'].includes(b.status));
  const open = e.status !== 'cancelled';
  return (
    <Layout ctx={ctx} title={`Deltagare: ${e.title}`} crumbs={crumbs(slug, e.title, e.id, 'Deltagare')}>
      <h1>Deltagare: <span safe>{e.title}</span></h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="hint">Uppgifterna är sekretessbelagda. Att du öppnat sidan loggas. Skriv ut med webbläsarens utskriftsfunktion.</p>
      <p><a href={`${base}/deltagare.csv`}>Ladda ner deltagarlistan (CSV)</a></p>
      <Table caption={`Bokade (${booked.length})`} rows={booked} empty="Inga bokade ännu." columns={[
        { header: 'Namn eller alias', cell: (b) => <span safe>{who(b)}</span> },
        { header: 'Kontakt', cell: (b) => <span safe>{contact(b)}</span> },
        { header: 'Träff', cell: (b) => <span safe>{bySession(b)}</span> },
        { header: 'Behov', cell: (b) => <span safe>{needsText(b.needs) || '–'}</span> },
        { header: 'Bokad av', cell: (b) => <span safe>{bookedBy(p, b)}</span> },
        { header: 'Åtgärd', cell: (b) => (open ? <RowAction ctx={ctx} action={`${base}/bokningar/${b.id}/avboka`} label="Avboka" who={who(b)} variant="warning" /> : '') },
      ]} />
      {pending.length > 0 ? <Table caption={`Väntar på godkännande (${pending.length})`} rows={pending} columns={[
        { header: 'Namn eller alias', cell: (b) => <span safe>{who(b)}</span> },
        { header: 'Kontakt', cell: (b) => <span safe>{contact(b)}</span> },
        { header: 'Behov', cell: (b) => <span safe>{needsText(b.needs) || '–'}</span> },
        { header: 'Åtgärd', cell: (b) => <>
          <RowAction ctx={ctx} action={`${base}/bokningar/${b.id}/godkann`} label="Godkänn" who={who(b)} variant="primary" />{' '}
          <RowAction ctx={ctx} action={`${base}/bokningar/${b.id}/neka`} label="Neka" who={who(b)} />
        </> },
      ]} /> : ''}
      {offered.length > 0 ? <Table caption={`Erbjuden plats, väntar på svar (${offered.length})`} rows={offered} columns={[
        { header: 'Namn eller alias', cell: (b) => <span safe>{who(b)}</span> },
        { header: 'Kontakt', cell: (b) => <span safe>{contact(b)}</span> },
        { header: 'Svara senast', cell: (b) => <span safe>{instant(b.offerExpiresAt)}</span> },
        { header: 'Åtgärd', cell: (b) => <RowAction ctx={ctx} action={`${base}/bokningar/${b.id}/ge-plats`} label="Bekräfta åt personen" who={who(b)} /> },
      ]} /> : ''}
      <Table caption={`Kö (${queue.length})`} rows={queue} empty="Ingen står i kö." columns={[
        { header: 'Namn eller alias', cell: (b) => <span safe>{who(b)}</span> },
        { header: 'Kontakt', cell: (b) => <span safe>{contact(b)}</span> },
        { header: 'Träff', cell: (b) => <span safe>{bySession(b)}</span> },
        { header: 'Åtgärd', cell: (b) => (open ? <>
          <RowAction ctx={ctx} action={`${base}/bokningar/${b.id}/forst`} label="Flytta först" who={who(b)} />{' '}
          <RowAction ctx={ctx} action={`${base}/bokningar/${b.id}/ge-plats`} label="Ge plats" who={who(b)} />{' '}
          <RowAction ctx={ctx} action={`${base}/bokningar/${b.id}/ge-plats`} label="Ge plats (lägg till en plats)" who={who(b)} fields={{ increaseCapacity: 'on' }} />
        </> : '') },
      ]} />
      <Table caption={`Avslutade (${closed.length})`} rows={closed} empty="Inga avbokningar." columns={[
        { header: 'Namn eller alias', cell: (b) => <span safe>{who(b)}</span> },
        { header: 'Status', cell: (b) => <span safe>{BOOKING_STATUS_LABELS[b.status].sv + (b.lateCancellation ? ' (sent)' : '')}</span> },
        { header: 'När', cell: (b) => <span safe>{instant(b.cancelledAt)}</span> },
      ]} />
    </Layout>
  );
}

export interface MessageRow {
  created_at: string;
  sent_at: string | null;
  channel: string;
  recipient: string;
  subject: string;
  status: string;
}

const MESSAGE_STATUS: Record<string, string> = { pending: 'Väntar', sending: 'Skickas', sent: 'Skickat', failed: 'Misslyckades' };

export function MessagesPage({ ctx, title, eventId, messages }: { ctx: PageContext; title: string; eventId: string; messages: MessageRow[] }) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title={`Meddelanden: ${title}`} crumbs={crumbs(slug, title, eventId, 'Meddelanden')}>
      <h1>Skickade meddelanden: <span safe>{title}</span></h1>
      <p class="hint">Bekräftelser, köplatser, påminnelser och inställningar som gått ut via e-post och sms. Att du öppnat sidan loggas.</p>
      <Table caption={`Meddelanden (${messages.length})`} rows={messages} empty="Inga meddelanden ännu." columns={[
        { header: 'Skapat', cell: (m) => <span safe>{formatInstant(m.created_at)}</span> },
        { header: 'Ämne', cell: (m) => <span safe>{m.subject}</span> },
        { header: 'Till', cell: (m) => <span safe>{`${m.recipient} (${m.channel === 'sms' ? 'sms' : 'e-post'})`}</span> },
        { header: 'Status', cell: (m) => <span safe>{`${MESSAGE_STATUS[m.status] ?? m.status}${m.sent_at ? ` ${formatInstant(m.sent_at)}` : ''}`}</span> },
      ]} />
    </Layout>
  );
}
