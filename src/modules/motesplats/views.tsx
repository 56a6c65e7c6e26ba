// The carer's pages of Mötesplatsen. Per-person pages: never cached (render() answers no-store).
import type { PageContext } from '../../platform/http/context.js';
import type { FieldErrors } from '../../platform/http/errors.js';
import type { FormValues } from '../../platform/http/forms.js';
import type { Translate } from '../../platform/i18n/i18n.js';
import { writtenIn } from '../../platform/i18n/i18n.js';
import { Layout } from '../../platform/views/layout.js';
import { Banner, Checkbox, ErrorSummary, Form, Pagination, pagedTitle, TextArea, TextField } from '../../platform/views/components.js';
import { LOCALE_HTML_LANG } from '../../platform/domain/vocab.js';
import type { Post, Room, RoomListing, RoomPage, Thread } from './service.js';
import type { Segment } from './text.js';

const sv = (ctx: PageContext) => writtenIn('sv', ctx.locale);

const stampFormats = new Map<string, Intl.DateTimeFormat>();
/** A post's time as mypages' when() writes it (Luxon's DATETIME_MED, Stockholm time), through one
 *  kept Intl formatter per language: a Luxon DateTime per post was most of a 200-post page's time. */
function when(ctx: PageContext, iso: string): string {
  const lang = LOCALE_HTML_LANG[ctx.locale];
  let f = stampFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: 'numeric', timeZone: 'Europe/Stockholm' });
    stampFormats.set(lang, f);
  }
  return f.format(new Date(iso));
}

function crumbs(ctx: PageContext, t: Translate, room?: Room, last?: string) {
  const slug = ctx.tenant!.slug;
  const out: { href?: string; label: string }[] = [
    { href: `/${slug}`, label: ctx.t('nav.start') }, { href: `/${slug}/mina-sidor`, label: t('motesplats.mypages') },
  ];
  if (!room) return [...out, { label: t('motesplats.title') }];
  out.push({ href: `/${slug}/mina-sidor/motesplats`, label: t('motesplats.title') });
  return last ? [...out, { href: `/${slug}/mina-sidor/motesplats/${room.id}`, label: room.name }, { label: last }] : [...out, { label: room.name }];
}

function Hours({ t, room }: { t: Translate; room: Room }) {
  return room.opens && room.closes ? <p class="muted" safe>{t('motesplats.hours', { opens: room.opens, closes: room.closes })}</p> : '';
}

export function RoomListPage({ ctx, t, rooms, notice }: { ctx: PageContext; t: Translate; rooms: RoomListing[]; notice?: string }) {
  const base = `/${ctx.tenant!.slug}/mina-sidor/motesplats`;
  return (
    <Layout ctx={ctx} title={t('motesplats.title')} crumbs={crumbs(ctx, t)}>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <h1 safe>{t('motesplats.title')}</h1>
      <p safe>{t('motesplats.intro')}</p>
      {rooms.length === 0 ? <p safe>{t('motesplats.none')}</p> : (
        <ul class="owned-list room-list">
          {rooms.map(({ room, member }) => (
            <li>
              <h2><a href={`${base}/${room.id}`} {...sv(ctx)} safe>{room.name}</a></h2>
              <p {...sv(ctx)} safe>{room.description}</p>
              <p class="muted" safe>{room.eventId ? t('motesplats.seriesRoom') : t('motesplats.openRoom')}</p>
              <Hours t={t} room={room} />
              <p safe>{member ? t('motesplats.joined', { name: member.pseudonym }) : t('motesplats.notJoined')}</p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function NotAllowedPage({ ctx, t, room }: { ctx: PageContext; t: Translate; room: Room }) {
  return (
    <Layout ctx={ctx} title={t('motesplats.notAllowed.title')} crumbs={crumbs(ctx, t, room)}>
      <h1 safe>{t('motesplats.notAllowed.title')}</h1>
      <p safe>{t('motesplats.notAllowed.text')}</p>
      <p><a href={`/${ctx.tenant!.slug}/mina-sidor/motesplats`} safe>{t('motesplats.back')}</a></p>
    </Layout>
  );
}

/** Plain text with links; line breaks kept. */
export function Body({ segments }: { segments: Segment[] }) {
  const parts: JSX.Element[] = [];
  for (const s of segments) {
    if (s.kind === 'link') {
      parts.push(<a href={s.href} rel="nofollow noopener noreferrer ugc" safe>{s.text}</a>);
      continue;
    }
    s.text.split('\n').forEach((line, i) => {
      if (i > 0) parts.push(<br />);
      parts.push(<span safe>{line}</span>);
    });
  }
  return <p class="post-body">{parts as 'safe'[]}</p>;
}

function PostView({ ctx, t, room, post, canAct }: { ctx: PageContext; t: Translate; room: Room; post: Post; canAct: boolean }) {
  const base = `/${ctx.tenant!.slug}/mina-sidor/motesplats/${room.id}/inlagg/${post.id}`;
  if (post.status === 'erased' || (post.status === 'removed' && !post.mine)) return <p class="post-body muted" safe>{t('motesplats.deleted')}</p>;
  return (
    <>
      <p class="post-meta">
        <strong safe>{post.author ?? t('motesplats.deleted')}</strong>{post.mine ? <> <span safe>{t('motesplats.you')}</span></> : ''}{' '}
        <span class="muted" safe>{when(ctx, post.createdAt)}</span>
      </p>
      {post.status === 'held' ? <p class="banner banner-info" safe>{t('motesplats.status.held')}</p> : ''}
      {post.status === 'hidden' ? <p class="banner banner-warning" safe>{t('motesplats.status.hidden', { reason: post.moderationReason ?? '' })}</p> : ''}
      {post.status === 'removed' ? <p class="banner banner-warning" safe>{t('motesplats.status.removed', { reason: post.moderationReason ?? '' })}</p> : ''}
      {post.status !== 'removed' ? <Body segments={post.segments} /> : ''}
      <div class="actions">
        {post.status === 'visible' && post.tack > 0 ? <span safe>{t('motesplats.tackCount', { n: post.tack })}</span> : ''}
        {post.status === 'visible' && canAct && !post.mine ? (
          <Form ctx={ctx} action={`${base}/tack`} class="inline-form">
            <button type="submit" class="button button-secondary" aria-pressed={post.tackedByMe ? 'true' : 'false'} safe>{post.tackedByMe ? t('motesplats.tackUndo') : t('motesplats.tack')}</button>
          </Form>
        ) : ''}
        {post.status === 'visible' && canAct && !post.mine ? <a href={`${base}/anmal`} safe>{t('motesplats.report')}</a> : ''}
        {post.mine ? (
          <Form ctx={ctx} action={`${base}/ta-bort`} class="inline-form">
            <button type="submit" class="button button-secondary" safe>{t('motesplats.delete')}</button>
          </Form>
        ) : ''}
      </div>
    </>
  );
}

function ThreadView({ ctx, t, room, thread, canWrite, errors, values, errorThread }: {
  ctx: PageContext; t: Translate; room: Room; thread: Thread; canWrite: boolean; errors?: FieldErrors; values?: FormValues; errorThread?: string;
}) {
  const action = `/${ctx.tenant!.slug}/mina-sidor/motesplats/${room.id}/inlagg`;
  const replyId = `reply-${thread.post.id}`;
  const mine = errorThread === thread.post.id;
  const replyable = thread.post.status === 'visible' || thread.post.status === 'erased' || thread.post.status === 'removed';
  return (
    <article class="thread" id={`inlagg-${thread.post.id}`}>
      <PostView ctx={ctx} t={t} room={room} post={thread.post} canAct={canWrite} />
      {thread.replies.length > 0 ? (
        <section class="replies" aria-label={t('motesplats.replies', { n: thread.replies.length })}>
          <p class="muted" safe>{t('motesplats.replies', { n: thread.replies.length })}</p>
          <ul>
            {thread.replies.map((r) => <li id={`inlagg-${r.id}`}><PostView ctx={ctx} t={t} room={room} post={r} canAct={canWrite} /></li>)}
          </ul>
        </section>
      ) : ''}
      {canWrite && replyable ? (
        <Form ctx={ctx} action={action}>
          <input type="hidden" name="threadId" value={thread.post.id} />
          <TextArea name="body" id={`f-${replyId}`} label={t('motesplats.reply.label', { name: thread.post.author ?? t('motesplats.deleted') })} rows={3} maxlength={4000}
            errors={mine && errors?.[replyId] ? { body: errors[replyId] } : undefined} values={mine ? values : undefined} />
          <button type="submit" class="button button-secondary" safe>{t('motesplats.reply.submit')}</button>
        </Form>
      ) : ''}
    </article>
  );
}

export function HelpBox({ ctx, t }: { ctx: PageContext; t: Translate }) {
  const phone = ctx.tenant!.settings.contactPhone;
  return (
    <section class="banner banner-warning" aria-labelledby="help-title" role="alert">
      <h2 id="help-title" safe>{t('motesplats.help.title')}</h2>
      <p safe>{t('motesplats.help.text')}</p>
      <ul>
        <li><a href="tel:112">112</a></li>
        <li><a href="tel:1177">1177</a></li>
        <li><a href="tel:90101">90101</a></li>
        {phone ? <li><span safe>{t('motesplats.help.municipality', { municipality: ctx.tenant!.name, phone })}</span></li> : ''}
      </ul>
    </section>
  );
}

export interface RoomViewProps {
  ctx: PageContext;
  t: Translate;
  page: Extract<RoomPage, { allowed: true }>;
  notice?: string;
  help?: boolean;
  errors?: FieldErrors;
  values?: FormValues;
  errorThread?: string;
}

export function RoomPageView({ ctx, t, page, notice, help, errors, values, errorThread }: RoomViewProps) {
  const { room, member, threads, open, pages } = page;
  const base = `/${ctx.tenant!.slug}/mina-sidor/motesplats/${room.id}`;
  const canWrite = member?.status === 'active' && open;
  return (
    <Layout ctx={ctx} title={pagedTitle(ctx, room.name, page.page, pages)} crumbs={crumbs(ctx, t, room)}>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      {help ? <HelpBox ctx={ctx} t={t} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 {...sv(ctx)} safe>{room.name}</h1>
      <p {...sv(ctx)} safe>{room.description}</p>
      <Hours t={t} room={room} />
      <details class="house-rules" open={member ? undefined : true}>
        <summary safe>{t('motesplats.houseRules')}</summary>
        <p {...sv(ctx)} safe>{room.houseRules}</p>
      </details>
      {member?.status === 'removed' ? <Banner kind="warning" title={t('motesplats.removed', { reason: member.statusReason ?? '' })} /> : ''}
      {member?.status === 'muted' ? <Banner kind="warning" title={t('motesplats.muted', { reason: member.statusReason ?? '' })} /> : ''}
      {member && member.status !== 'removed' && !open ? <Banner kind="info" title={t('motesplats.closedNow', { opens: room.opens ?? '' })} /> : ''}
      {!member ? (
        <section aria-labelledby="join-title">
          <h2 id="join-title" safe>{t('motesplats.join.title')}</h2>
          <Form ctx={ctx} action={`${base}/ga-med`}>
            <TextField name="pseudonym" label={t('motesplats.join.pseudonym')} hint={t('motesplats.join.hint')} width="medium" maxlength={40} autocomplete="off" errors={errors} values={values} />
            <Checkbox name="rules" label={t('motesplats.join.rules')} errors={errors} values={values} />
            <button type="submit" class="button button-primary" safe>{t('motesplats.join.submit')}</button>
          </Form>
        </section>
      ) : ''}
      {member?.status !== 'removed' ? <>
        {canWrite ? (
          <section aria-labelledby="new-title">
            <h2 id="new-title" safe>{t('motesplats.new.title')}</h2>
            <Form ctx={ctx} action={`${base}/inlagg`}>
              <TextArea name="body" label={t('motesplats.new.body')} hint={t('motesplats.new.hint')} rows={5} maxlength={4000} errors={errorThread ? undefined : errors} values={errorThread ? undefined : values} />
              <button type="submit" class="button button-primary" safe>{t('motesplats.new.submit')}</button>
            </Form>
          </section>
        ) : ''}
        <h2 safe>{t('motesplats.threads')}</h2>
        {threads.length === 0 ? <p safe>{t('motesplats.noThreads')}</p> : threads.map((th) => (
          <ThreadView ctx={ctx} t={t} room={room} thread={th} canWrite={canWrite} errors={errors} values={values} errorThread={errorThread} />
        ))}
        <Pagination ctx={ctx} page={page.page} pages={pages} href={(n) => n === 1 ? base : `${base}?page=${n}`} />
      </> : ''}
      {member && member.status !== 'removed' ? (
        <section aria-labelledby="notify-title">
          <h2 id="notify-title" safe>{t('motesplats.notify.title')}</h2>
          <p safe>{member.notify ? t('motesplats.notify.isOn') : t('motesplats.notify.text')}</p>
          <Form ctx={ctx} action={`${base}/avisering`}>
            <input type="hidden" name="on" value={member.notify ? '0' : '1'} />
            <button type="submit" class="button button-secondary" safe>{member.notify ? t('motesplats.notify.off') : t('motesplats.notify.on')}</button>
          </Form>
        </section>
      ) : ''}
      {member ? (
        <section aria-labelledby="leave-title">
          <h2 id="leave-title" safe>{t('motesplats.leave.title')}</h2>
          <p safe>{t('motesplats.leave.text')}</p>
          <Form ctx={ctx} action={`${base}/medlemskap/ta-bort`}>
            <button type="submit" class="button button-warning" safe>{t('motesplats.leave.submit')}</button>
          </Form>
        </section>
      ) : ''}
      <p><a href={`/${ctx.tenant!.slug}/mina-sidor/motesplats`} safe>{t('motesplats.back')}</a></p>
    </Layout>
  );
}

export function ReportPage({ ctx, t, room, post, errors, values }: { ctx: PageContext; t: Translate; room: Room; post: Post; errors?: FieldErrors; values?: FormValues }) {
  const action = `/${ctx.tenant!.slug}/mina-sidor/motesplats/${room.id}/inlagg/${post.id}/anmal`;
  return (
    <Layout ctx={ctx} title={t('motesplats.report.title')} crumbs={crumbs(ctx, t, room, t('motesplats.report.title'))}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 safe>{t('motesplats.report.title')}</h1>
      <blockquote>
        <p class="post-meta"><strong safe>{post.author ?? t('motesplats.deleted')}</strong></p>
        <Body segments={post.segments} />
      </blockquote>
      <Form ctx={ctx} action={action}>
        <TextArea name="reason" label={t('motesplats.report.reason')} hint={t('motesplats.report.hint')} rows={3} maxlength={1000} errors={errors} values={values} />
        <button type="submit" class="button button-primary" safe>{t('motesplats.report.submit')}</button>
      </Form>
    </Layout>
  );
}
