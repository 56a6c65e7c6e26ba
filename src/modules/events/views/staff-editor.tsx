// Staff: the list of events and the editor (new, edit, copy).
import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ButtonLink, Checkbox, Checkboxes, ErrorSummary, Form, Pagination, pagedTitle, Radios, Select, Table, TextArea, TextField } from '../../../platform/views/components.js';
import { CONTENT_LOCALES, LOCALE_NAMES, TARGET_GROUPS, TARGET_GROUP_LABELS } from '../../../platform/domain/vocab.js';
import type { EventInfo } from '../model.js';
import type { StaffEventSummary } from '../series.js';
import { AUDIENCE_LABELS, AUDIENCES, EVENT_TYPE_LABELS, EVENT_TYPES, TRANSLATABLE } from '../vocab.js';
import { TRANSLATION_LOCALES } from '../schema.js';
import { formatDay, formatTimeRange } from '../time.js';
import { sm } from '../../../platform/i18n/staff-messages.js';

export function StatusBadge({ e }: { e: EventInfo }) {
  if (e.status === 'published') return <span class="badge badge-ok">Publicerad</span>;
  if (e.status === 'cancelled') return <span class="badge badge-bad">Inställd</span>;
  return <span class="badge badge-warn">Utkast</span>;
}

export function whenText(x: { sessions: { startsAt: string; endsAt: string; status: string }[] }): string {
  const s = x.sessions.filter((y) => y.status === 'scheduled');
  if (s.length === 0) return sm('events.sessions', { count: 0 });
  const first = s[0];
  const range = formatTimeRange(first.startsAt, first.endsAt);
  return s.length === 1 ? `${formatDay(first.startsAt)} ${range}` : sm('events.sessionsFrom', { count: s.length, day: formatDay(first.startsAt), range });
}

export function StaffEventsPage({ ctx, events, includePast, notice, canManage, paging }: {
  ctx: PageContext; events: StaffEventSummary[]; includePast: boolean; notice?: string; canManage: boolean;
  /** The list of every activity comes a page at a time, latest first. */
  paging?: { page: number; pages: number; total: number };
}) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title={paging ? pagedTitle(ctx, 'Aktiviteter', paging.page, paging.pages) : 'Aktiviteter'} crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { label: 'Aktiviteter' }]}>
      <h1>Aktiviteter och bokningar</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <p class="actions">
        {canManage ? <ButtonLink href={`/${slug}/personal/aktiviteter/ny`} variant="primary">Ny aktivitet</ButtonLink> : ''}
        <ButtonLink href={`/${slug}/personal/aktiviteter/boka`}>Boka åt någon</ButtonLink>
      </p>
      <p>{includePast
        ? <a href={`/${slug}/personal/aktiviteter`}>Visa bara kommande</a>
        : <a href={`/${slug}/personal/aktiviteter?tidigare=1`}>Visa även tidigare aktiviteter</a>}</p>
      <Table caption={includePast ? `Alla aktiviteter, senaste först (${paging?.total ?? events.length})` : `Kommande aktiviteter (${events.length})`}
        rows={events} empty="Inga aktiviteter ännu." columns={[
        { header: 'Namn', cell: (x) => <a href={`/${slug}/personal/aktiviteter/${x.event.id}`} safe>{x.event.title}</a> },
        { header: 'Typ', cell: (x) => <span safe>{EVENT_TYPE_LABELS[x.event.type].sv}</span> },
        { header: 'När', cell: (x) => <span safe>{whenText(x)}</span> },
        { header: 'Bokade', numeric: true, cell: (x) => <span safe>{x.event.bookingMode === 'series' ? `${x.counts.holding} av ${x.event.capacity}` : String(x.counts.holding)}</span> },
        { header: 'I kö', numeric: true, cell: (x) => <span safe>{String(x.counts.waiting)}</span> },
        { header: 'Status', cell: (x) => <StatusBadge e={x.event} /> },
      ]} />
      {paging ? <Pagination ctx={ctx} page={paging.page} pages={paging.pages} href={(p) => `/${slug}/personal/aktiviteter?tidigare=1&page=${p}`} /> : ''}
    </Layout>
  );
}

const FIELD_ORDER = ['_form', 'title', 'summary', 'description', 'type', 'firstDate', 'startTime', 'endTime', 'count', 'intervalDays', 'placeName',
  'address', 'accessibility', 'onlineLink', 'capacity', 'bookingMode', 'bookingOpens', 'bookingCloses', 'reminder', 'audience', 'targetGroups',
  'language', ...TRANSLATION_LOCALES.flatMap((l) => TRANSLATABLE.map((k) => `${k}_${l}`)), 'leaderUserIds', 'externalLeaders', 'unitId'];

const hasTranslation = (values: FormValues | undefined, l: string): boolean =>
  TRANSLATABLE.some((k) => !!values?.[`${k}_${l}`]);
const hasTranslationError = (errors: FieldErrors | undefined, l: string): boolean =>
  TRANSLATABLE.some((k) => !!errors?.[`${k}_${l}`]);

export interface EditorProps {
  ctx: PageContext;
  mode: 'new' | 'edit';
  event?: EventInfo;
  errors?: FieldErrors;
  values?: FormValues;
  leaders: { id: string; name: string }[];
  units: { id: string; name: string }[];
}

export function EventEditorPage({ ctx, mode, event, errors, values, leaders, units }: EditorProps) {
  const slug = ctx.tenant!.slug;
  const title = event ? `Ändra: ${event.title}` : 'Ny aktivitet';
  const action = event ? `/${slug}/personal/aktiviteter/${event.id}` : `/${slug}/personal/aktiviteter`;
  const p = { errors, values };
  return (
    <Layout ctx={ctx} title={title} crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/aktiviteter`, label: 'Aktiviteter' }, { label: title }]}>
      <h1 safe>{title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={FIELD_ORDER} />
      <Form ctx={ctx} action={action}>
        <h2>Om aktiviteten</h2>
        <TextField name="title" label="Namn" hint="Till exempel Anhöriggrupp demens." maxlength={120} {...p} />
        <TextField name="summary" label="Kort sammanfattning" hint="En eller två meningar som visas i kalendern." maxlength={400} {...p} />
        <TextArea name="description" label="Beskrivning" hint="Tom rad mellan stycken. ## för rubrik, - för punktlista." rows={6} {...p} />
        <Select name="type" label="Typ av aktivitet" placeholder="Välj typ" options={EVENT_TYPES.map((t) => ({ value: t, label: EVENT_TYPE_LABELS[t].sv }))} {...p} />
        {mode === 'new' ? (
          <>
            <h2>Tider</h2>
            <p class="hint">Skriv svensk tid. En serie får samma klockslag varje gång, även över sommartidsskiften. Enstaka träffar ändrar du efteråt.</p>
            <TextField name="firstDate" type="date" label="Första datum" hint="ÅÅÅÅ-MM-DD" width="medium" {...p} />
            <TextField name="startTime" type="time" label="Starttid" hint="TT:MM, till exempel 17:30" width="medium" {...p} />
            <TextField name="endTime" type="time" label="Sluttid" hint="TT:MM, till exempel 19:00" width="medium" {...p} />
            <TextField name="count" label="Antal träffar" hint="1 för en enstaka träff." inputmode="numeric" width="short" {...p} />
            <Select name="intervalDays" label="Hur ofta" options={[
              { value: '7', label: 'Varje vecka' }, { value: '14', label: 'Varannan vecka' }, { value: '1', label: 'Varje dag' }, { value: '28', label: 'Var fjärde vecka' },
            ]} {...p} />
          </>
        ) : ''}
        <h2>Plats</h2>
        <Checkbox name="online" label="Aktiviteten är online" hint="Länken skickas bara till dem som fått en plats." {...p} />
        <TextField name="onlineLink" type="url" label="Länk till mötet (om online)" maxlength={500} {...p} />
        <TextField name="placeName" label="Lokal" hint="Till exempel Träffpunkten, Storgatan 12." maxlength={120} {...p} />
        <TextField name="address" label="Adress" maxlength={200} {...p} />
        <TextArea name="accessibility" label="Tillgänglighet" hint="Till exempel hiss, hörslinga, parkering för rörelsehindrade." rows={2} {...p} />
        <h2>Platser och bokning</h2>
        <TextField name="capacity" label="Antal platser" inputmode="numeric" width="short" {...p} />
        <Radios name="bookingMode" label="Hur bokar man?" options={[
          { value: 'series', label: 'En plats i hela serien', hint: 'Samma grupp träffas varje gång.' },
          { value: 'session', label: 'Varje träff för sig', hint: 'Till exempel öppna träffar och temakvällar.' },
        ]} {...p} />
        <TextField name="bookingOpens" type="datetime-local" label="Bokningen öppnar (frivilligt)" hint="Tomt = öppen nu." width="medium" {...p} />
        <TextField name="bookingCloses" type="datetime-local" label="Bokningen stänger (frivilligt)" hint="Tomt = när (första) träffen börjar." width="medium" {...p} />
        <Checkbox name="requiresApproval" label="Personalen godkänner varje bokning först" {...p} />
        <Checkbox name="waitlist" label="Kö när det är fullt" hint="Blir en plats ledig erbjuds den första i kön automatiskt." {...p} />
        <Select name="reminder" label="Påminnelse med e-post eller sms" options={[
          { value: '24', label: 'En dag före' }, { value: '48', label: 'Två dagar före' }, { value: 'none', label: 'Ingen påminnelse' },
        ]} {...p} />
        <h2>Vilka aktiviteten är för</h2>
        <Checkboxes name="audience" label="Målgrupp" hint="Aktiviteter bara för personal eller anhörigombud visas inte i den öppna kalendern." inline
          options={AUDIENCES.map((a) => ({ value: a, label: AUDIENCE_LABELS[a].sv }))} {...p} />
        <Checkboxes name="targetGroups" label="Den närståendes målgrupp" hint="Välj ingen om aktiviteten är för alla anhöriga."
          options={TARGET_GROUPS.map((g) => ({ value: g, label: TARGET_GROUP_LABELS[g] }))} {...p} />
        <Select name="language" label="Språk" hint="Det språk aktiviteten hålls på och texterna ovan är skrivna på." options={CONTENT_LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))} {...p} />
        <h2>Översättningar</h2>
        <p class="hint">Frivilligt. Saknas en översättning visas texten på aktivitetens språk, och sidan säger det. Utan namn används inte översättningen.</p>
        {TRANSLATION_LOCALES.map((l) => (
          <details class="translation" open={hasTranslation(values, l) || hasTranslationError(errors, l) ? true : undefined}>
            <summary safe>{LOCALE_NAMES[l]}</summary>
            <TextField name={`title_${l}`} label={`Namn (${LOCALE_NAMES[l]})`} maxlength={120} {...p} />
            <TextField name={`summary_${l}`} label={`Kort sammanfattning (${LOCALE_NAMES[l]})`} maxlength={400} {...p} />
            <TextArea name={`description_${l}`} label={`Beskrivning (${LOCALE_NAMES[l]})`} rows={5} {...p} />
            <TextArea name={`accessibility_${l}`} label={`Tillgänglighet (${LOCALE_NAMES[l]})`} rows={2} {...p} />
          </details>
        ))}
        <h2>Ledare och ansvar</h2>
        {leaders.length > 0 ? <Checkboxes name="leaderUserIds" label="Ledare bland personalen" options={leaders.map((u) => ({ value: u.id, label: u.name }))} {...p} /> : ''}
        <TextArea name="externalLeaders" label="Externa ledare" hint="En per rad, till exempel Cirkelledare från Röda Korset." rows={2} {...p} />
        <Select name="unitId" label="Ansvarig enhet" placeholder="Din enhet" options={units.map((u) => ({ value: u.id, label: u.name }))} {...p} />
        <div class="actions">
          {event ? <Button>Spara ändringar</Button> : <>
            <Button name="publish" value="yes">Spara och publicera</Button>
            <Button variant="secondary" name="publish" value="no">Spara som utkast</Button>
          </>}
        </div>
      </Form>
    </Layout>
  );
}
