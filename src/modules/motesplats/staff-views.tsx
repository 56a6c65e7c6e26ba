// Staff pages of Mötesplatsen (Swedish, like the rest of the staff side): the moderators' queue,
// rooms with their moderators and members, and the municipality's word list.
import type { PageContext } from '../../platform/http/context.js';
import type { FieldErrors } from '../../platform/http/errors.js';
import type { FormValues } from '../../platform/http/forms.js';
import { Layout } from '../../platform/views/layout.js';
import { Banner, Checkbox, Checkboxes, ErrorSummary, Form, Select, TextArea, TextField } from '../../platform/views/components.js';
import { formatInstant as formatStaffTime } from '../../platform/domain/dates.js';
import type { Member, QueueItem, Room, StaffRoom } from './service.js';

const HELD: Record<string, string> = { crisis: 'Krisord (självmord eller våld)', word: 'Ord på kommunens ordlista', new_member: 'Ny medlems första inlägg' };
const STATUS: Record<string, string> = { active: 'Aktiv', muted: 'Avstängd från att skriva', removed: 'Borttagen ur rummet' };

function crumbs(ctx: PageContext, last?: string) {
  const base = `/${ctx.tenant!.slug}/personal`;
  const out: { href?: string; label: string }[] = [{ href: base, label: 'Start' }];
  return last ? [...out, { href: `${base}/motesplats`, label: 'Mötesplatsen' }, { label: last }] : [...out, { label: 'Mötesplatsen' }];
}

/** A form asking for the reason shown to the carer; `errors` is keyed by the field id without its `f-` (as the routes send it). */
function ReasonForm({ ctx, action, label, button, id, warning, errors }: { ctx: PageContext; action: string; label: string; button: string; id: string; warning?: boolean; errors?: FieldErrors }) {
  const error = errors?.[id.replace(/^f-/, '')];
  return (
    <Form ctx={ctx} action={action} class="inline-form">
      <TextField name="reason" id={id} label={label} width="medium" maxlength={500} errors={error ? { reason: error } : undefined} />
      <button type="submit" class={`button ${warning ? 'button-warning' : 'button-secondary'}`} safe>{button}</button>
    </Form>
  );
}

function QueueEntry({ ctx, item, errors }: { ctx: PageContext; item: QueueItem; errors?: FieldErrors }) {
  const base = `/${ctx.tenant!.slug}/personal/motesplats`;
  const post = `${base}/inlagg/${item.postId}`;
  return (
    <li class={`queue-item${item.crisis ? ' queue-crisis' : ''}`} id={`post-${item.postId}`}>
      {item.crisis ? <p><strong>Brådskande: krisord. Den som skrev har fått information om 1177 och 112.</strong></p> : ''}
      <p class="muted">
        <span safe>{item.roomName}</span> · <span safe>{item.author ?? '[borttaget]'}</span> · <span safe>{formatStaffTime(item.createdAt)}</span>
        {item.status === 'held' && item.heldReason ? <> · <span safe>{`Väntar: ${HELD[item.heldReason] ?? item.heldReason}`}</span></> : ''}
      </p>
      <blockquote><p class="post-body" dir="auto" safe>{item.body || '[texten är borttagen]'}</p></blockquote>
      {item.reports.length > 0 ? (
        <ul>{item.reports.map((r) => <li safe>{`Anmält ${formatStaffTime(r.createdAt)}: ${r.reason}`}</li>)}</ul>
      ) : ''}
      <div class="actions">
        {item.status === 'held' ? (
          <Form ctx={ctx} action={`${post}/godkann`} class="inline-form"><button type="submit" class="button button-primary">Godkänn och visa</button></Form>
        ) : ''}
        {item.reports.length > 0 ? (
          <Form ctx={ctx} action={`${post}/avfarda`} class="inline-form"><button type="submit" class="button button-secondary">Avfärda anmälan</button></Form>
        ) : ''}
      </div>
      <ReasonForm ctx={ctx} action={`${post}/dolj`} id={`f-hide-${item.postId}`} label="Skäl att dölja (visas för den som skrev)" button="Dölj inlägget" errors={errors} />
      <ReasonForm ctx={ctx} action={`${post}/ta-bort`} id={`f-remove-${item.postId}`} label="Skäl att ta bort (visas för den som skrev)" button="Ta bort texten" warning errors={errors} />
      {item.memberId && item.memberStatus === 'active' ? (
        <ReasonForm ctx={ctx} action={`${base}/medlemmar/${item.memberId}/tysta`} id={`f-mute-${item.postId}`} label="Skäl att stänga av skribenten (visas för hen)" button="Stäng av från att skriva" errors={errors} />
      ) : ''}
    </li>
  );
}

export function QueuePage({ ctx, items, notice, errors }: { ctx: PageContext; items: QueueItem[]; notice?: string; errors?: FieldErrors }) {
  const base = `/${ctx.tenant!.slug}/personal/motesplats`;
  const crisis = items.filter((i) => i.crisis).length;
  return (
    <Layout ctx={ctx} title="Mötesplatsen: granska" crumbs={crumbs(ctx)}>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>Mötesplatsen: granska</h1>
      <p><a href={`${base}/rum`}>Rum, moderatorer och medlemmar</a> · <a href={`${base}/ordlista`}>Ordlista för granskning</a></p>
      {crisis > 0 ? <Banner kind="warning" title={crisis === 1 ? '1 inlägg med krisord väntar' : `${crisis} inlägg med krisord väntar`} /> : ''}
      <h2>Att granska</h2>
      {items.length === 0 ? <p>Inget väntar på granskning och inga anmälningar är öppna.</p> : (
        <ul class="owned-list">{items.map((i) => <QueueEntry ctx={ctx} item={i} errors={errors} />)}</ul>
      )}
    </Layout>
  );
}

export function RoomsPage({ ctx, rooms }: { ctx: PageContext; rooms: Room[] }) {
  const base = `/${ctx.tenant!.slug}/personal/motesplats/rum`;
  return (
    <Layout ctx={ctx} title="Mötesplatsens rum" crumbs={crumbs(ctx, 'Rum')}>
      <h1>Mötesplatsens rum</h1>
      <p><a href={`${base}/ny`} class="button button-primary">Nytt rum</a></p>
      {rooms.length === 0 ? <p>Inga rum ännu.</p> : (
        <ul class="owned-list">
          {rooms.map((r) => <li><a href={`${base}/${r.id}`} safe>{r.name}</a> <span class="muted">{r.eventId ? 'Bara deltagarna i en grupp' : 'Öppet för alla med konto'}</span></li>)}
        </ul>
      )}
    </Layout>
  );
}

function MemberRow({ ctx, m, errors }: { ctx: PageContext; m: Member; errors?: FieldErrors }) {
  const base = `/${ctx.tenant!.slug}/personal/motesplats/medlemmar/${m.id}`;
  return (
    <li>
      <strong safe>{m.pseudonym}</strong> <span class="muted" safe>{STATUS[m.status] ?? m.status}</span>
      {m.statusReason ? <> <span class="muted" safe>{`(${m.statusReason})`}</span></> : ''}
      {m.status === 'active' ? <ReasonForm ctx={ctx} action={`${base}/tysta`} id={`f-mute-${m.id}`} label={`Skäl att stänga av ${m.pseudonym}`} button="Stäng av från att skriva" errors={errors} /> : ''}
      {m.status === 'muted' ? <Form ctx={ctx} action={`${base}/aktivera`} class="inline-form"><button type="submit" class="button button-secondary">Låt skriva igen</button></Form> : ''}
      {m.status !== 'removed' ? <ReasonForm ctx={ctx} action={`${base}/ta-bort`} id={`f-remove-${m.id}`} label={`Skäl att ta bort ${m.pseudonym} ur rummet`} button="Ta bort ur rummet" warning errors={errors} /> : ''}
    </li>
  );
}

export function RoomFormPage({ ctx, room, staff, series, errors, values, notice }: {
  ctx: PageContext; room?: StaffRoom; staff: { id: string; name: string }[]; series: { id: string; title: string }[]; errors?: FieldErrors; values?: FormValues; notice?: string;
}) {
  const base = `/${ctx.tenant!.slug}/personal/motesplats/rum`;
  const title = room ? `Rum: ${room.room.name}` : 'Nytt rum';
  const r = room?.room;
  const v: FormValues = values ?? (r ? {
    name: r.name, description: r.description, houseRules: r.houseRules, eventId: r.eventId ?? '', opens: r.opens ?? '', closes: r.closes ?? '',
    closedOutsideHours: r.closedOutsideHours ? 'on' : undefined, holdFirstPosts: String(r.holdFirstPosts), retentionDays: String(r.retentionDays), moderatorIds: room!.moderatorIds,
  } : { holdFirstPosts: '1', retentionDays: '180', houseRules: 'Var vänlig och respektfull. Skriv inte namn eller annat som visar vem du eller din närstående är. Det du läser här stannar här.' });
  return (
    <Layout ctx={ctx} title={title} crumbs={crumbs(ctx, title)}>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 safe>{title}</h1>
      <Form ctx={ctx} action={room ? `${base}/${room.room.id}` : base}>
        <TextField name="name" label="Namn" errors={errors} values={v} maxlength={120} />
        <TextArea name="description" label="Beskrivning" errors={errors} values={v} rows={3} maxlength={2000} />
        <TextArea name="houseRules" label="Husregler" errors={errors} values={v} rows={4} maxlength={4000} />
        <Select name="eventId" label="Vilka får gå med?" hint="Ett rum kan vara öppet för alla anhöriga med konto, eller bara för de bokade deltagarna i en grupp."
          options={[{ value: '', label: 'Alla anhöriga med konto på Mina sidor' }, ...series.map((s) => ({ value: s.id, label: `Deltagarna i ${s.title}` }))]} errors={errors} values={v} />
        <TextField name="opens" type="time" label="Modereras från (tid)" width="short" errors={errors} values={v} />
        <TextField name="closes" type="time" label="Modereras till (tid)" width="short" errors={errors} values={v} />
        <Checkbox name="closedOutsideHours" label="Stängt för nya inlägg utanför de modererade tiderna" errors={errors} values={v} />
        <TextField name="holdFirstPosts" type="number" label="Antal första inlägg från nya medlemmar som granskas innan de visas" hint="0 betyder att inget granskas i förväg." width="short" errors={errors} values={v} />
        <TextField name="retentionDays" type="number" label="Gallring: trådar utan aktivitet tas bort efter så här många dagar" width="short" errors={errors} values={v} />
        <Checkboxes name="moderatorIds" label="Moderatorer (får besked direkt om krisord)" options={staff.map((s) => ({ value: s.id, label: s.name }))} errors={errors} values={v} />
        <button type="submit" class="button button-primary">Spara rummet</button>
      </Form>
      {room ? <>
        <h2>Medlemmar</h2>
        {room.members.length === 0 ? <p>Inga medlemmar ännu.</p> : <ul class="owned-list">{room.members.map((m) => <MemberRow ctx={ctx} m={m} errors={errors} />)}</ul>}
      </> : ''}
    </Layout>
  );
}

export function WordListPage({ ctx, words, notice }: { ctx: PageContext; words: string[]; notice?: string }) {
  return (
    <Layout ctx={ctx} title="Ordlista för granskning" crumbs={crumbs(ctx, 'Ordlista')}>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <h1>Ordlista för granskning</h1>
      <p>Inlägg med något av orden väntar på granskning innan de visas, i alla kommunens rum. Ord om självmord och våld granskas alltid och skickar besked till moderatorerna direkt.</p>
      <Form ctx={ctx} action={`/${ctx.tenant!.slug}/personal/motesplats/ordlista`}>
        <TextArea name="words" label="Ord eller fraser, ett per rad" rows={10} maxlength={20000} value={words.join('\n')} />
        <button type="submit" class="button button-primary">Spara ordlistan</button>
      </Form>
    </Layout>
  );
}
