import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ErrorSummary, Form, Radios, Select, SummaryList, Table, TextField } from '../../../platform/views/components.js';
import { BODY_KIND_LABELS } from '../../../platform/domain/vocab.js';
import { formatDate } from '../../../platform/domain/dates.js';
import type { BodyDetail, Meeting, MemberChoices } from '../service.js';
import { ATTACHMENT_KIND_LABELS } from '../schema.js';
import { crumbsFor, frequencyText } from './bodies.js';

export type BodyForm = 'member' | 'frequency' | 'meeting';

function MeetingTable({ slug, caption, meetings }: { slug: string; caption: string; meetings: Meeting[] }) {
  return (
    <Table caption={caption} rows={meetings} empty="Inga möten." columns={[
      { header: 'Datum', cell: (m) => <a href={`/${slug}/personal/styrning/moten/${m.id}`} safe>{formatDate(m.date)}</a> },
      { header: 'Tid', cell: (m) => <span safe>{m.startTime ?? '–'}</span> },
      { header: 'Plats', cell: (m) => <span safe>{m.place || '–'}</span> },
      { header: 'Ämne', cell: (m) => <span safe>{m.topic || '–'}</span> },
      { header: 'Bilagor', cell: (m) => <span safe>{m.attachments.map((a) => ATTACHMENT_KIND_LABELS[a.kind]).join(', ') || '–'}</span> },
    ]} />
  );
}

export function BodyPage({ ctx, detail, choices, canEdit, notice, errors, values, form }: {
  ctx: PageContext; detail: BodyDetail; choices?: MemberChoices; canEdit: boolean; notice?: string;
  errors?: FieldErrors; values?: FormValues; form?: BodyForm;
}) {
  const slug = ctx.tenant!.slug;
  const { body } = detail;
  const base = `/${slug}/personal/styrning/${body.id}`;
  const p = (f: BodyForm) => ({ errors: form === f ? errors : undefined, values: form === f ? values : undefined });
  return (
    <Layout ctx={ctx} title={body.name} crumbs={crumbsFor(slug, { label: body.name })}>
      <h1 safe>{body.name}</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['_form', 'kind', 'userId', 'partnerId', 'name', 'roleInBody', 'meetingsPerYear', 'date', 'startTime', 'place', 'topic']} />
      {body.description ? <p safe>{body.description}</p> : ''}
      <SummaryList rows={[['Typ', BODY_KIND_LABELS[body.kind]], ['Mötesfrekvens', frequencyText(body.meetingsPerYear)], ['Medlemmar', String(detail.members.length)]]} />

      <h2>Medlemmar</h2>
      <Table caption="Gruppens medlemmar" rows={detail.members} empty="Inga medlemmar registrerade." columns={[
        { header: 'Namn', cell: (m) => <span safe>{m.name}</span> },
        { header: 'Organisation eller befattning', cell: (m) => <span safe>{m.organisation || m.title || '–'}</span> },
        { header: 'Roll i gruppen', cell: (m) => <span safe>{m.roleInBody || '–'}</span> },
        ...(canEdit ? [{
          header: 'Åtgärd', cell: (m: BodyDetail['members'][number]) => (
            <Form ctx={ctx} action={`${base}/medlemmar/${m.id}/ta-bort`} class="inline-form">
              <button type="submit" class="button button-secondary button-small">Ta bort<span class="visually-hidden" safe>{` ${m.name}`}</span></button>
            </Form>
          ),
        }] : []),
      ]} />

      {canEdit && choices ? (
        <section aria-labelledby="member-title">
          <h3 id="member-title">Lägg till medlem</h3>
          <Form ctx={ctx} action={`${base}/medlemmar`}>
            <Radios name="kind" label="Vem är medlem?" options={[
              { value: 'user', label: 'En medarbetare med konto i Bredvid' },
              { value: 'partner', label: 'En representant för en samarbetspartner', hint: 'Till exempel en förening i anhörigrådet.' },
              { value: 'person', label: 'En annan person', hint: 'Till exempel en politiker utan konto.' },
            ]} {...p('member')} />
            <Select name="userId" label="Medarbetare" placeholder="Välj medarbetare" options={choices.users.map((u) => ({ value: u.id, label: u.title ? `${u.name} (${u.title})` : u.name }))} {...p('member')} />
            <Select name="partnerId" label="Samarbetspartner" placeholder="Välj samarbetspartner"
              options={choices.partners.map((x) => ({ value: x.id, label: x.councilMember ? `${x.name} (i anhörigrådet)` : x.name }))} {...p('member')} />
            <TextField name="name" label="Representantens eller personens namn" hint="Behövs för representanter och andra personer." maxlength={120} {...p('member')} />
            <TextField name="roleInBody" label="Roll i gruppen (frivilligt)" hint="Till exempel ordförande eller adjungerad." maxlength={120} {...p('member')} />
            <Button>Lägg till medlem</Button>
          </Form>
          <h3 id="frequency-title">Mötesfrekvens</h3>
          <Form ctx={ctx} action={`${base}/frekvens`}>
            <TextField name="meetingsPerYear" label="Planerade möten per år" hint="Lämna tomt om gruppen möts efter behov." inputmode="numeric" width="short"
              value={form === 'frequency' ? undefined : (body.meetingsPerYear === null ? '' : String(body.meetingsPerYear))} {...p('frequency')} />
            <Button variant="secondary">Spara mötesfrekvens</Button>
          </Form>
        </section>
      ) : ''}

      <h2>Möten</h2>
      <MeetingTable slug={slug} caption="Kommande möten" meetings={detail.upcoming} />
      <MeetingTable slug={slug} caption="Tidigare möten" meetings={detail.past} />
      {canEdit ? (
        <section aria-labelledby="meeting-title">
          <h3 id="meeting-title">Lägg till möte</h3>
          <Form ctx={ctx} action={`${base}/moten`}>
            <TextField name="date" label="Datum" type="date" width="medium" {...p('meeting')} />
            <TextField name="startTime" label="Starttid (frivilligt)" hint="Till exempel 13:30." type="time" width="short" {...p('meeting')} />
            <TextField name="place" label="Plats (frivilligt)" maxlength={200} {...p('meeting')} />
            <TextField name="topic" label="Ämne (frivilligt)" hint="Till exempel Uppföljning av verksamhetsplanen." maxlength={300} {...p('meeting')} />
            <Button>Lägg till möte</Button>
          </Form>
        </section>
      ) : ''}
    </Layout>
  );
}
