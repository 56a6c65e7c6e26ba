// The carer's private booking page (/{kommun}/bokning/{token}): see, change or cancel.
import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Banner, Checkbox, ErrorSummary, Form, TextField } from '../../../platform/views/components.js';
import type { BookingInfo, EventInfo, SessionInfo } from '../model.js';
import { formatInstant, formatSession } from '../time.js';
import { ACTIVE } from '../vocab.js';
import { dateLang, fill, type Lang, langOf, statusLabel, ui } from './labels.js';
import { EventFacts, FallbackNotice, PublicLayout, writtenIn } from './public.js';

export interface PrivateView {
  booking: BookingInfo;
  event: EventInfo;
  sessions: SessionInfo[];
  leaders: string[];
  link: string;
  /** Position in the waiting list (1 = next), when waiting */
  position: number | null;
}

function StatusBanner({ v, l }: { v: PrivateView; l: Lang }) {
  const u = ui(l);
  const b = v.booking;
  switch (b.status) {
    case 'booked': return <Banner kind="success" title={u.booked} />;
    case 'pending': return <Banner kind="success" title={u.pending}><p safe>{u.pendingHint}</p></Banner>;
    case 'waitlisted': return <Banner kind="info" title={u.waitlisted}>{v.position ? <p safe>{fill(u.queuePos, { n: v.position }, l)}</p> : ''}</Banner>;
    case 'offered': return <Banner kind="warning" title={u.offered}><p safe>{fill(u.offeredHint, { deadline: b.offerExpiresAt ? formatInstant(b.offerExpiresAt, dateLang(l)) : '' }, l)}</p></Banner>;
    default: return <Banner kind="info" title={u.closedStatus}><p safe>{statusLabel(b.status, l)}</p></Banner>;
  }
}

export function PrivateBookingPage({ ctx, v, notice, errors, values }: { ctx: PageContext; v: PrivateView; notice?: string; errors?: FieldErrors; values?: FormValues }) {
  const l = langOf(ctx.locale);
  const u = ui(l);
  const d = dateLang(l);
  const b = v.booking;
  const e = v.event;
  const active = ACTIVE.includes(b.status) && e.status !== 'cancelled';
  const mine = v.sessions.filter((s) => b.sessionId === null || s.id === b.sessionId);
  const base = `/${ctx.tenant!.slug}/bokning/${v.link.split('/').pop()}`;
  const p = { errors, values };
  return (
    <PublicLayout ctx={ctx} title={`${u.yourBooking}: ${e.title}`}>
      <FallbackNotice ctx={ctx} e={e} />
      <h1><span safe>{u.yourBooking}</span>: <span {...writtenIn(e.textLang, l)} safe>{e.title}</span></h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['_form', 'name', 'email', 'phone', 'interpreter', 'diet']} />
      <StatusBanner v={v} l={l} />
      {e.status === 'cancelled' ? <Banner kind="warning" title={u.cancelledNotice}>{e.cancelReason ? <p {...writtenIn(e.language, l)} safe>{e.cancelReason}</p> : ''}</Banner> : ''}
      {b.status === 'offered' && active ? (
        <Form ctx={ctx} action={`${base}/bekrafta`}><button type="submit" class="button button-primary" safe>{u.confirm}</button></Form>
      ) : ''}
      {active ? (
        <div class="banner banner-info">
          <p class="banner-title" safe>{u.savedLink}</p>
          <p><a href={base} class="private-link break" safe>{v.link}</a></p>
        </div>
      ) : ''}
      <h2 safe>{u.when}</h2>
      <ul>{mine.map((s) => <li safe>{formatSession(s.startsAt, s.endsAt, d) + (s.status === 'cancelled' ? ` (${u.cancelled})` : '')}</li>)}</ul>
      {b.status === 'booked' && e.status !== 'cancelled' ? <p><a href={`${base}/kalender.ics`} safe>{u.ics}</a></p> : ''}
      {b.status === 'booked' && e.online && e.onlineLink ? (
        <p><strong safe>{u.onlineLink}:</strong> <a href={e.onlineLink} rel="noopener noreferrer" safe>{e.onlineLink}</a></p>
      ) : ''}
      <h2 safe>{u.eventPage}</h2>
      <EventFacts e={e} leaders={v.leaders} l={l} />
      <p><a href={`/${ctx.tenant!.slug}/aktiviteter/${e.id}`} safe>{u.eventPage}</a></p>
      {active ? (
        <>
          <h2 safe>{u.changeHeading}</h2>
          <Form ctx={ctx} action={`${base}/andra`}>
            <TextField name="name" label={u.nameLabel} hint={u.nameHint} maxlength={80} {...p} />
            <TextField name="email" type="email" label={u.email} maxlength={254} autocomplete="email" {...p} />
            <TextField name="phone" type="tel" label={u.phone} hint={u.phoneHint} maxlength={30} autocomplete="tel" {...p} />
            <TextField name="interpreter" label={u.interpreter} maxlength={60} width="medium" {...p} />
            <Checkbox name="hearingLoop" label={u.hearingLoop} {...p} />
            <TextField name="diet" label={u.diet} maxlength={200} {...p} />
            <Checkbox name="bringingCaredFor" label={u.bringing} {...p} />
            <button type="submit" class="button button-secondary" safe>{u.save}</button>
          </Form>
          <h2 safe>{u.cancelHeading}</h2>
          <p safe>{u.cancelHint}</p>
          {/* A confirmation page first (platform/http/confirm.tsx): cancelling cannot be undone. */}
          <p><a href={`${base}/avboka`} class="button button-warning" safe>{b.status === 'waitlisted' ? u.leaveQueue : u.cancelButton}</a></p>
        </>
      ) : ''}
    </PublicLayout>
  );
}
