import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ErrorSummary, Form, Radios, SummaryList, Table, TextField } from '../../../platform/views/components.js';
import { formatDate, formatInstant } from '../../../platform/domain/dates.js';
import type { Body, Meeting } from '../service.js';
import { ATTACHMENT_KIND_LABELS, ATTACHMENT_KINDS } from '../schema.js';
import { crumbsFor } from './bodies.js';

const size = (bytes: number): string => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`);
const TYPE_LABELS = { pdf: 'PDF', docx: 'Word' } as const;

/** A file input with label, hint and error, like the kit's fields. */
function FileField({ errors }: { errors?: FieldErrors }) {
  const error = errors?.file;
  return (
    <div class={`field${error ? ' field-has-error' : ''}`}>
      <label for="f-file">Fil</label>
      <p class="hint" id="f-file-hint">PDF eller Word (.docx), högst 10 MB.</p>
      {error ? <p class="field-error" id="f-file-error"><span class="visually-hidden">Fel: </span><span safe>{error}</span></p> : ''}
      <input id="f-file" name="file" type="file" class="input" accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'f-file-hint f-file-error' : 'f-file-hint'} />
    </div>
  );
}

export type MeetingFormName = 'upload' | 'edit';

export function MeetingPage({ ctx, meeting, body, canEdit, notice, errors, values, form }: {
  ctx: PageContext; meeting: Meeting; body: Body; canEdit: boolean; notice?: string; errors?: FieldErrors; values?: FormValues; form?: MeetingFormName;
}) {
  const slug = ctx.tenant!.slug;
  const base = `/${slug}/personal/styrning/moten/${meeting.id}`;
  const title = `${body.name}, ${formatDate(meeting.date)}`;
  const editValues = form === 'edit' ? values : { date: meeting.date, startTime: meeting.startTime ?? '', place: meeting.place, topic: meeting.topic };
  const p = (f: MeetingFormName) => ({ errors: form === f ? errors : undefined });
  return (
    <Layout ctx={ctx} title={title} crumbs={crumbsFor(slug, { href: `/${slug}/personal/styrning/${body.id}`, label: body.name }, { label: formatDate(meeting.date) })}>
      <h1 safe>{title}</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['_form', 'kind', 'file', 'date', 'startTime', 'place', 'topic']} />
      <SummaryList rows={[
        ['Datum', formatDate(meeting.date)], ['Tid', meeting.startTime ?? '–'], ['Plats', meeting.place || '–'], ['Ämne', meeting.topic || '–'],
      ]} />
      <h2>Dagordning och protokoll</h2>
      <Table caption="Bilagor" rows={meeting.attachments} empty="Inga bilagor ännu." columns={[
        { header: 'Typ', cell: (a) => <span safe>{ATTACHMENT_KIND_LABELS[a.kind]}</span> },
        { header: 'Fil', cell: (a) => <a href={`/${slug}/personal/styrning/bilagor/${a.id}`} safe>{`${a.filename} (${TYPE_LABELS[a.fileType]}, ${size(a.size)})`}</a> },
        { header: 'Uppladdad', cell: (a) => <span safe>{formatInstant(a.uploadedAt)}</span> },
        ...(canEdit ? [{
          header: 'Åtgärd', cell: (a: Meeting['attachments'][number]) => (
            <Form ctx={ctx} action={`/${slug}/personal/styrning/bilagor/${a.id}/ta-bort`} class="inline-form">
              <button type="submit" class="button button-secondary button-small">Ta bort<span class="visually-hidden" safe>{` ${a.filename}`}</span></button>
            </Form>
          ),
        }] : []),
      ]} />
      {canEdit ? (
        <>
          <section aria-labelledby="upload-title">
            <h3 id="upload-title">Ladda upp dagordning eller protokoll</h3>
            <form method="post" action={`${base}/bilagor?_csrf=${encodeURIComponent(ctx.csrfToken)}`} enctype="multipart/form-data" novalidate>
              <Radios name="kind" label="Vad är filen?" inline options={ATTACHMENT_KINDS.map((k) => ({ value: k, label: ATTACHMENT_KIND_LABELS[k] }))}
                {...p('upload')} values={form === 'upload' ? values : undefined} />
              <FileField errors={form === 'upload' ? errors : undefined} />
              <Button>Ladda upp</Button>
            </form>
          </section>
          <section aria-labelledby="edit-title">
            <h3 id="edit-title">Ändra mötet</h3>
            <Form ctx={ctx} action={base}>
              <TextField name="date" label="Datum" type="date" width="medium" {...p('edit')} values={editValues} />
              <TextField name="startTime" label="Starttid (frivilligt)" type="time" width="short" {...p('edit')} values={editValues} />
              <TextField name="place" label="Plats (frivilligt)" maxlength={200} {...p('edit')} values={editValues} />
              <TextField name="topic" label="Ämne (frivilligt)" maxlength={300} {...p('edit')} values={editValues} />
              <Button>Spara ändringar</Button>
            </Form>
            <Form ctx={ctx} action={`${base}/ta-bort`}>
              <Button variant="warning">Ta bort mötet</Button>
            </Form>
          </section>
        </>
      ) : ''}
    </Layout>
  );
}
