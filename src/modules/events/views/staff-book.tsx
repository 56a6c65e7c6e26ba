// Staff: book on a carer's behalf (phone bookings) and sign up for trainings themselves.
import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ErrorSummary, Form, Radios, Table } from '../../../platform/views/components.js';
import type { BookingInfo, EventInfo, SessionInfo } from '../model.js';
import type { EventWithSessions } from '../series.js';
import { BOOKING_STATUS_LABELS, EVENT_TYPE_LABELS } from '../vocab.js';
import { formatSession } from '../time.js';
import { BookingFields, type Bookability, whereText } from './public.js';
import { whenText } from './staff-editor.js';
import { RowAction } from './staff-event.js';

export function BookForListPage({ ctx, events }: { ctx: PageContext; events: EventWithSessions[] }) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title="Boka åt någon" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { label: 'Boka åt någon' }]}>
      <h1>Boka åt någon</h1>
      <p class="lede">När en anhörig ringer: välj aktivitet och fyll i namn eller alias och hur personen nås. Hen får samma bekräftelse och länk som vid egen bokning.</p>
      <Table caption={`Aktiviteter att boka (${events.length})`} rows={events} empty="Inga aktiviteter att boka just nu." columns={[
        { header: 'Namn', cell: (x) => <a href={`/${slug}/personal/aktiviteter/boka/${x.event.id}`} safe>{x.event.title}</a> },
        { header: 'Typ', cell: (x) => <span safe>{EVENT_TYPE_LABELS[x.event.type].sv}</span> },
        { header: 'När', cell: (x) => <span safe>{whenText(x)}</span> },
        { header: 'Var', cell: (x) => <span safe>{whereText(x.event, 'sv')}</span> },
      ]} />
    </Layout>
  );
}

export function StaffBookPage({ ctx, e, b, errors, values }: { ctx: PageContext; e: EventInfo; b: Bookability; errors?: FieldErrors; values?: FormValues }) {
  const slug = ctx.tenant!.slug;
  const title = `Boka åt någon: ${e.title}`;
  return (
    <Layout ctx={ctx} title={title} crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/aktiviteter/boka`, label: 'Boka åt någon' }, { label: e.title }]}>
      <h1 safe>{title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['_form', 'sessionId', 'name', 'email', 'phone', 'interpreter', 'diet']} />
      {b.closedReason ? <Banner kind="info" title="Bokningen är stängd"><p safe>{b.closedReason}</p></Banner> : (
        <Form ctx={ctx} action={`/${slug}/personal/aktiviteter/boka/${e.id}`}>
          {e.bookingMode === 'series' && b.left === 0 ? <Banner kind="info" title="Det är fullt – personen ställs i kö." /> : ''}
          <BookingFields e={e} b={b} errors={errors} values={values} l="sv" />
          <p class="hint">Berätta för personen att uppgifterna raderas efter aktiviteten och att bekräftelsen kommer med e-post eller sms.</p>
          <Button>Boka</Button>
        </Form>
      )}
    </Layout>
  );
}

export function StaffBookedPage({ ctx, e, status, link }: { ctx: PageContext; e: EventInfo; status: BookingInfo['status']; link: string }) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title="Bokningen är gjord" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/aktiviteter/boka`, label: 'Boka åt någon' }, { label: 'Klart' }]}>
      <h1>Bokningen är gjord</h1>
      <Banner kind="success" title={`${e.title}: ${BOOKING_STATUS_LABELS[status].sv}`}>
        <p>Personen får en bekräftelse med e-post eller sms, med sin egen länk för att se, ändra eller avboka.</p>
      </Banner>
      <p>Personens länk (läs upp den om personen vill ha den nu):</p>
      <p><a href={link} class="private-link break" safe>{link}</a></p>
      <p><a href={`/${slug}/personal/aktiviteter/boka/${e.id}`}>Boka en person till</a> · <a href={`/${slug}/personal/aktiviteter/boka`}>Alla aktiviteter</a></p>
    </Layout>
  );
}

export interface TrainingItem extends EventWithSessions {
  mine: BookingInfo[];
  closedReason?: string;
  /** Sessions still open for signing up (booking per session) */
  open: SessionInfo[];
}

export function TrainingsPage({ ctx, items, notice, errors }: { ctx: PageContext; items: TrainingItem[]; notice?: string; errors?: FieldErrors }) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title="Utbildningar" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { label: 'Utbildningar' }]}>
      <h1>Utbildningar för personal och anhörigombud</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} />
      {items.length === 0 ? <p class="empty">Inga kommande utbildningar.</p> : items.map((x) => {
        const e = x.event;
        const label = e.title;
        const sessionOf = (id: string) => x.sessions.find((s) => s.id === id);
        return (
          <section class="card" aria-labelledby={`t-${e.id}`}>
            <h2 id={`t-${e.id}`} safe>{e.title}</h2>
            <p safe>{e.summary}</p>
            <p safe>{`${whenText(x)} · ${whereText(e, 'sv')}`}</p>
            {x.mine.length > 0 ? x.mine.map((b) => (
              <p><strong safe>{BOOKING_STATUS_LABELS[b.status].sv}</strong>{b.sessionId && sessionOf(b.sessionId) ? <span safe>{` (${formatSession(sessionOf(b.sessionId)!.startsAt, sessionOf(b.sessionId)!.endsAt)})`}</span> : ''}{' '}
                <RowAction ctx={ctx} action={`/${slug}/personal/utbildningar/${e.id}/avanmal`} label="Avanmäl mig" who={label} fields={{ bookingId: b.id }} />
              </p>
            )) : x.closedReason ? <p safe>{x.closedReason}</p> : (
              <Form ctx={ctx} action={`/${slug}/personal/utbildningar/${e.id}/anmal`}>
                {e.bookingMode === 'session' ? (
                  <Radios name="sessionId" id={`f-sessionId-${e.id}`} label="Vilket tillfälle?" options={x.open.map((s) => ({ value: s.id, label: formatSession(s.startsAt, s.endsAt) }))} />
                ) : ''}
                <button type="submit" class="button button-primary"><span>Anmäl mig</span><span class="visually-hidden" safe>{`: ${label}`}</span></button>
              </Form>
            )}
          </section>
        );
      })}
    </Layout>
  );
}
