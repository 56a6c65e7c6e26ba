// Staff: one session — attendance (named ticks and/or an anonymous head count), move, cancel.
import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, Checkboxes, ErrorSummary, Form, TextField } from '../../../platform/views/components.js';
import type { SessionAttendance } from '../attendance.js';
import { formatSession, toLocalDate, toLocalTime } from '../time.js';

export function SessionPage({ ctx, a, notice, errors, values }: { ctx: PageContext; a: SessionAttendance; notice?: string; errors?: FieldErrors; values?: FormValues }) {
  const slug = ctx.tenant!.slug;
  const e = a.event;
  const s = a.session;
  const base = `/${slug}/personal/aktiviteter/${e.id}`;
  const when = formatSession(s.startsAt, s.endsAt);
  const ticked = values?.present !== undefined || errors ? undefined : a.participants.filter((p) => a.attended.get(p.id) === true).map((p) => p.id);
  const headValues = values ?? { headCount: s.headCount === null ? '' : String(s.headCount) };
  const moveValues = values?.date !== undefined ? values : { date: toLocalDate(s.startsAt), startTime: toLocalTime(s.startsAt), endTime: toLocalTime(s.endsAt) };
  return (
    <Layout ctx={ctx} title={`${e.title}: ${when}`} crumbs={[
      { href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/aktiviteter`, label: 'Aktiviteter' },
      { href: base, label: e.title }, { label: when }]}>
      <h1><span safe>{e.title}</span>: <span safe>{when}</span></h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['_form', 'present', 'headCount', 'date', 'startTime', 'endTime']} />
      {s.status === 'cancelled' ? <Banner kind="warning" title="Träffen är inställd" /> : ''}
      <h2>Närvaro</h2>
      {!a.started ? <p>Närvaro kan registreras när träffen har börjat.</p> : s.status === 'cancelled' ? '' : (
        <Form ctx={ctx} action={`${base}/traffar/${s.id}/narvaro`}>
          <p class="hint">Att du öppnat deltagarlistan loggas. Kryssar du i namn räknas de som inte kryssas i som uteblivna. Fyller du bara i antal sparas ingen namnlista.</p>
          {a.participants.length > 0 ? (
            <Checkboxes name="present" label={`Bokade deltagare (${a.participants.length}) – kryssa i dem som kom`} selected={ticked} errors={errors} values={values}
              options={a.participants.map((p) => ({ value: p.id, label: p.name ?? '(raderat)' }))} />
          ) : <p>Inga bokade deltagare.</p>}
          <TextField name="headCount" label="Antal deltagare (anonymt, frivilligt)" hint="För öppna träffar utan namn. Räknas i statistiken i stället för namnlistan."
            inputmode="numeric" width="short" errors={errors} values={headValues} />
          <Button>Spara närvaro</Button>
        </Form>
      )}
      {s.attendanceRecordedAt ? <p class="hint">Närvaron är registrerad.</p> : ''}
      {s.status !== 'cancelled' && e.status !== 'cancelled' ? (
        <>
          <h2>Flytta träffen</h2>
          <p class="hint">De bokade får ett meddelande med den nya tiden.</p>
          <Form ctx={ctx} action={`${base}/traffar/${s.id}/flytta`}>
            <TextField name="date" type="date" label="Datum" width="medium" errors={errors} values={moveValues} />
            <TextField name="startTime" type="time" label="Starttid" width="medium" errors={errors} values={moveValues} />
            <TextField name="endTime" type="time" label="Sluttid" width="medium" errors={errors} values={moveValues} />
            <Button variant="secondary">Flytta och meddela</Button>
          </Form>
          <h2>Ställ in träffen</h2>
          <Form ctx={ctx} action={`${base}/traffar/${s.id}/installa`}>
            <Button variant="warning">Ställ in träffen och meddela</Button>
          </Form>
        </>
      ) : ''}
    </Layout>
  );
}
