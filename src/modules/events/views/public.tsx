import type { Children } from '@kitajs/html';
// The public events pages: the calendar, an event's page and the booking form, in the reader's
// language (labels.ts). Text staff wrote is shown in the reader's language when staff gave it
// (localizeEvent), otherwise in the event's own language, marked so and with a notice.
import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { type Crumb, Layout } from '../../../platform/views/layout.js';
import { Banner, Checkbox, ErrorSummary, Form, Radios, Select, TextField } from '../../../platform/views/components.js';
import { RichText } from '../../../platform/views/rich-text.js';
import { LOCALE_HTML_LANG, LOCALE_NAMES, TARGET_GROUPS } from '../../../platform/domain/vocab.js';
import { dirOf, writtenIn } from '../../../platform/i18n/i18n.js';
import type { EventInfo, SessionInfo } from '../model.js';
import type { Refusal } from '../refusals.js';
import { EVENT_TYPES } from '../vocab.js';
import { formatMonth, formatSession, localMonth } from '../time.js';
import { audienceLabel, dateLang, fill, groupLabel, langOf, type Lang, refusalText, texts, typeLabel, ui } from './labels.js';
import type { CalendarQuery } from '../schema.js';

export { writtenIn };

/** The frame of every public events page. */
export function PublicLayout({ ctx, title, crumbs, children }: { ctx: PageContext; title: string; crumbs?: Crumb[]; children: Children }) {
  return <Layout ctx={ctx} title={title} crumbs={crumbs}>{children as 'safe'}</Layout>;
}

/** Said in the reader's language when the event's text is not in it (shown in the event's own language). */
export function FallbackNotice({ ctx, e }: { ctx: PageContext; e: { fallback: boolean } }) {
  return e.fallback ? <Banner kind="info"><span safe>{ctx.t('common.fallback')}</span></Banner> : '';
}

/** "Start" in the breadcrumbs. */
const startCrumb = (ctx: PageContext): string => ctx.t('nav.start');

/** What a reader needs to know about booking one event, computed by the route. */
export interface Bookability {
  /** Why booking is closed (Swedish, for staff pages); `closed` is the code for other languages. */
  closedReason?: string;
  closed?: Refusal;
  left: number;
  /** Session-mode: each upcoming session with its places and whether it can be booked. */
  sessions: { session: SessionInfo; left: number; open: boolean }[];
}

export interface CalendarItem {
  event: EventInfo;
  upcoming: SessionInfo[];
  left: number;
}

function placesText(e: EventInfo, left: number, l: Lang): string {
  const u = ui(l);
  if (e.status === 'cancelled') return u.cancelled;
  if (left > 0) return left === 1 ? u.onePlaceLeft : fill(u.placesLeft, { n: left }, l);
  return e.waitlistEnabled ? u.full : u.fullNoQueue;
}

export function whereText(e: EventInfo, l: Lang): string {
  return e.online ? ui(l).online : [e.placeName, e.address].filter(Boolean).join(', ');
}

export function CalendarPage({ ctx, items, query, months }: { ctx: PageContext; items: CalendarItem[]; query: CalendarQuery; months: string[] }) {
  const l = langOf(ctx.locale);
  const u = ui(l);
  const d = dateLang(l);
  const slug = ctx.tenant!.slug;
  const values = { group: query.group ?? '', type: query.type ?? '', month: query.month ?? '' };
  const byMonth = new Map<string, CalendarItem[]>();
  for (const it of items) {
    const m = localMonth(it.upcoming[0]?.startsAt ?? it.event.firstStartsAt ?? '');
    byMonth.set(m, [...(byMonth.get(m) ?? []), it]);
  }
  return (
    <PublicLayout ctx={ctx} title={u.title}>
      <h1 safe>{u.title}</h1>
      <p class="lede" safe>{u.lede}</p>
      <div class="layout-2">
        <div>
          <form method="get" action={`/${slug}/aktiviteter`} class="filters" role="search" aria-label={u.filters}>
            <Select name="group" label={u.group} values={values} placeholder={u.any} options={TARGET_GROUPS.map((g) => ({ value: g, label: groupLabel(g, l) }))} />
            <Select name="type" label={u.type} values={values} placeholder={u.any} options={EVENT_TYPES.map((t) => ({ value: t, label: typeLabel(t, l) }))} />
            <Select name="month" label={u.month} values={values} placeholder={u.any} options={months.map((m) => ({ value: m, label: formatMonth(m, d) }))} />
            <button type="submit" class="button button-primary" safe>{u.apply}</button>
          </form>
          <p><a href={`/${slug}/aktiviteter.ics${l === 'sv' ? '' : `?lang=${encodeURIComponent(l)}`}`} safe>{u.feed}</a></p>
          <p class="hint" safe>{u.feedHint}</p>
        </div>
        <div>
          <p role="status" safe>{texts(l).results(items.length)}</p>
          <FallbackNotice ctx={ctx} e={{ fallback: items.some((it) => it.event.fallback) }} />
          {items.length === 0 ? <p class="empty" safe>{u.none}</p> : [...byMonth].map(([m, list]) => (
            <section aria-labelledby={`m-${m}`}>
              <h2 id={`m-${m}`} safe>{formatMonth(m, d)}</h2>
              <ul class="cards">
                {list.map((it) => (
                  <li class="card">
                    <h3><a href={`/${slug}/aktiviteter/${it.event.id}`} {...writtenIn(it.event.textLang, l)} safe>{it.event.title}</a></h3>
                    <p {...writtenIn(it.event.textLang, l)} safe>{it.event.summary}</p>
                    <ul class="tags">
                      <li class="tag" safe>{typeLabel(it.event.type, l)}</li>
                      {it.upcoming[0] ? <li class="tag" safe>{formatSession(it.upcoming[0].startsAt, it.upcoming[0].endsAt, d)}</li> : ''}
                      {it.upcoming.length > 1 ? <li class="tag" safe>{fill(u.sessions, { n: it.upcoming.length }, l)}</li> : ''}
                      <li class="tag" {...(it.event.online ? {} : writtenIn(it.event.language, l))} safe>{whereText(it.event, l)}</li>
                      <li class="tag" safe>{placesText(it.event, it.left, l)}</li>
                    </ul>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </div>
    </PublicLayout>
  );
}

export function EventFacts({ e, leaders, l }: { e: EventInfo; leaders: string[]; l: Lang }) {
  const u = ui(l);
  const staffText = writtenIn(e.textLang, l);
  // Place and leaders' names are written once, in the event's own language.
  const ownText = writtenIn(e.language, l);
  return (
    <dl class="summary-list">
      <div class="summary-row"><dt safe>{u.type}</dt><dd safe>{typeLabel(e.type, l)}</dd></div>
      <div class="summary-row"><dt safe>{u.where}</dt><dd {...(e.online ? {} : ownText)} safe>{whereText(e, l)}</dd></div>
      {e.accessibility && !e.online ? <div class="summary-row"><dt safe>{u.accessibility}</dt><dd {...staffText} safe>{e.accessibility}</dd></div> : ''}
      {leaders.length > 0 ? <div class="summary-row"><dt safe>{u.leaders}</dt><dd {...ownText} safe>{leaders.join(', ')}</dd></div> : ''}
      <div class="summary-row"><dt safe>{u.language}</dt><dd lang={LOCALE_HTML_LANG[e.language]} dir={dirOf(e.language)} safe>{LOCALE_NAMES[e.language] ?? e.language}</dd></div>
      <div class="summary-row"><dt safe>{u.groups}</dt><dd safe>{e.targetGroups.length === 0 ? u.allGroups : e.targetGroups.map((g) => groupLabel(g, l)).join(', ')}</dd></div>
      <div class="summary-row"><dt safe>{u.audience}</dt><dd safe>{e.audience.map((a) => audienceLabel(a, l)).join(', ')}</dd></div>
    </dl>
  );
}

/** Why booking is closed, in the reader's language. */
const closedText = (b: Bookability, l: Lang): string => (b.closed ? refusalText(b.closed, l) : b.closedReason ?? '');

export function EventPage({ ctx, e, sessions, leaders, b }: { ctx: PageContext; e: EventInfo; sessions: SessionInfo[]; leaders: string[]; b: Bookability }) {
  const l = langOf(ctx.locale);
  const u = ui(l);
  const d = dateLang(l);
  const slug = ctx.tenant!.slug;
  const sessionMode = e.bookingMode === 'session';
  const open = new Map(b.sessions.map((x) => [x.session.id, x]));
  const statusColumn = sessionMode || sessions.some((s) => s.status === 'cancelled');
  const staffText = writtenIn(e.textLang, l);
  return (
    <PublicLayout ctx={ctx} title={e.title}
      crumbs={[{ href: `/${slug}`, label: startCrumb(ctx) }, { href: `/${slug}/aktiviteter`, label: u.title }, { label: e.title, lang: e.textLang }]}>
      <FallbackNotice ctx={ctx} e={e} />
      <h1 {...staffText} safe>{e.title}</h1>
      {e.status === 'cancelled' ? <Banner kind="warning" title={u.cancelledNotice}>{e.cancelReason ? <p {...writtenIn(e.language, l)} safe>{e.cancelReason}</p> : ''}</Banner> : ''}
      <p class="lede" {...staffText} safe>{e.summary}</p>
      <EventFacts e={e} leaders={leaders} l={l} />
      {e.description ? <div {...staffText}><RichText text={e.description} /></div> : ''}
      <h2 safe>{u.sessionsHeading}</h2>
      <div class="table-wrap">
        <table class="table">
          <caption class="visually-hidden" safe>{u.sessionsHeading}</caption>
          <thead><tr><th scope="col" safe>{u.when}</th>{statusColumn ? <th scope="col" safe>{u.status}</th> : ''}{sessionMode ? <th scope="col"><span class="visually-hidden" safe>{u.book}</span></th> : ''}</tr></thead>
          <tbody>
            {sessions.map((s) => {
              const x = open.get(s.id);
              return (
                <tr>
                  <td safe>{formatSession(s.startsAt, s.endsAt, d)}</td>
                  {statusColumn ? <td safe>{s.status === 'cancelled' ? u.cancelled : sessionMode ? (x ? placesText(e, x.left, l) : '–') : ''}</td> : ''}
                  {sessionMode ? <td>{x?.open ? <a href={`/${slug}/aktiviteter/${e.id}/boka?traff=${s.id}`}><span safe>{u.bookSession}</span><span class="visually-hidden" safe>{` ${formatSession(s.startsAt, s.endsAt, d)}`}</span></a> : ''}</td> : ''}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {e.online ? <p safe>{u.onlineInfo}</p> : ''}
      {e.requiresApproval ? <p safe>{u.approval}</p> : ''}
      {b.closedReason || b.closed ? <Banner kind="info" title={u.bookingClosed}><p safe>{closedText(b, l)}</p></Banner> : (
        <div class="actions">
          {!sessionMode ? <p><strong safe>{placesText(e, b.left, l)}</strong></p> : ''}
          <a class="button button-primary" href={`/${slug}/aktiviteter/${e.id}/boka`} safe>{u.book}</a>
        </div>
      )}
    </PublicLayout>
  );
}

const BOOKING_FIELDS = ['_form', 'sessionId', 'name', 'email', 'phone', 'interpreter', 'diet'];

/** The booking form, shared by the public page and staff booking on someone's behalf. */
/** The booking form, shared by the public page and staff booking on someone's behalf. */
export function BookingFields({ e, b, errors, values, l }: { e: EventInfo; b: Bookability; errors?: FieldErrors; values?: FormValues; l: Lang }) {
  const u = ui(l);
  const d = dateLang(l);
  const p = { errors, values };
  return (
    <>
      {e.bookingMode === 'session' ? (
        <Radios name="sessionId" label={u.sessionLegend} {...p} options={b.sessions.filter((x) => x.open).map((x) => ({
          value: x.session.id, label: formatSession(x.session.startsAt, x.session.endsAt, d), hint: placesText(e, x.left, l),
        }))} />
      ) : <p safe>{u.wholeSeries}</p>}
      <TextField name="name" label={u.nameLabel} hint={u.nameHint} maxlength={80} autocomplete="nickname" {...p} />
      <fieldset class="fieldset">
        <legend safe>{u.contactLegend}</legend>
        <p class="hint" safe>{u.contactHint}</p>
        <TextField name="email" type="email" label={u.email} autocomplete="email" maxlength={254} {...p} />
        <TextField name="phone" type="tel" label={u.phone} hint={u.phoneHint} autocomplete="tel" maxlength={30} {...p} />
      </fieldset>
      <fieldset class="fieldset">
        <legend safe>{u.needsHeading}</legend>
        <p class="hint" safe>{u.needsHint}</p>
        <TextField name="interpreter" label={u.interpreter} maxlength={60} width="medium" {...p} />
        <Checkbox name="hearingLoop" label={u.hearingLoop} {...p} />
        <TextField name="diet" label={u.diet} maxlength={200} {...p} />
        <Checkbox name="bringingCaredFor" label={u.bringing} {...p} />
      </fieldset>
    </>
  );
}

export function BookingFormPage({ ctx, e, b, errors, values, retentionDays }: { ctx: PageContext; e: EventInfo; b: Bookability; errors?: FieldErrors; values?: FormValues; retentionDays: number }) {
  const l = langOf(ctx.locale);
  const u = ui(l);
  const slug = ctx.tenant!.slug;
  const full = e.bookingMode === 'series' && b.left === 0;
  return (
    <PublicLayout ctx={ctx} title={`${u.bookTitle}: ${e.title}`}
      crumbs={[{ href: `/${slug}/aktiviteter`, label: u.title }, { href: `/${slug}/aktiviteter/${e.id}`, label: e.title, lang: e.textLang }, { label: u.bookTitle }]}>
      <FallbackNotice ctx={ctx} e={e} />
      <h1><span safe>{u.bookTitle}</span>: <span {...writtenIn(e.textLang, l)} safe>{e.title}</span></h1>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={BOOKING_FIELDS} />
      {b.closedReason || b.closed ? <Banner kind="info" title={u.bookingClosed}><p safe>{closedText(b, l)}</p></Banner> : (
        <Form ctx={ctx} action={`/${slug}/aktiviteter/${e.id}/boka`}>
          {full ? <Banner kind="info" title={u.fullQueue} /> : ''}
          <BookingFields e={e} b={b} errors={errors} values={values} l={l} />
          <p class="hint" safe>{fill(u.privacy, { days: retentionDays }, l)}</p>
          <button type="submit" class="button button-primary" safe>{u.submit}</button>
        </Form>
      )}
    </PublicLayout>
  );
}
