import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ButtonLink, Checkboxes, ErrorSummary, Form, Radios, Select, Table, TextArea, TextField } from '../../../platform/views/components.js';
import { CONTENT_LOCALES, LOCALE_NAMES, TARGET_GROUPS, TARGET_GROUP_LABELS } from '../../../platform/domain/vocab.js';
import type { InfoPage } from '../service.js';
import { isReviewOverdue, type ContentOwner } from '../../../platform/domain/content-review.js';
import { TRANSLATION_LOCALES } from '../schema.js';

const MARKUP_HINT = 'Tom rad mellan stycken. ## för rubrik, - för punktlista, [text](https://…) för länk.';

export function StaffPagesList({ ctx, pages, owners, now, notice }: { ctx: PageContext; pages: InfoPage[]; owners: ContentOwner[]; now: Date; notice?: string }) {
  const ownerName = (id: string | null) => owners.find((o) => o.id === id)?.name ?? '–';
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title="Informationssidor" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { label: 'Informationssidor' }]}>
      <h1>Informationssidor</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <p><ButtonLink href={`/${slug}/personal/information/ny`} variant="primary">Ny sida</ButtonLink></p>
      <Table caption={`Alla sidor (${pages.length})`} rows={pages} columns={[
        { header: 'Rubrik', cell: (p) => <a href={`/${slug}/personal/information/${p.id}`} safe>{p.texts.sv.title}</a> },
        { header: 'Språk', cell: (p) => <span safe>{CONTENT_LOCALES.filter((l) => p.texts[l]).map((l) => LOCALE_NAMES[l]).join(', ')}</span> },
        { header: 'Granskad', cell: (p) => <span><span safe>{p.lastReviewedOn ?? 'aldrig'}</span>{isReviewOverdue(p.lastReviewedOn, now) ? <> <span class="badge badge-warn">Behöver granskas</span></> : ''}</span> },
        { header: 'Ansvarig', cell: (p) => <span safe>{ownerName(p.reviewOwnerId)}</span> },
        { header: 'Ordning', cell: (p) => String(p.sortOrder), numeric: true },
        { header: 'Status', cell: (p) => (p.published ? <span class="badge badge-ok">Publicerad</span> : <span class="badge badge-warn">Utkast</span>) },
      ]} />
    </Layout>
  );
}

const FIELD_ORDER = ['_form', 'title', 'summary', 'body', 'slug', 'targetGroups', 'sortOrder', 'lastReviewedOn', 'reviewOwnerId', 'published',
  ...TRANSLATION_LOCALES.flatMap((l) => [`title_${l}`, `summary_${l}`, `body_${l}`])];

export function PageEditor({ ctx, page, owners, errors, values }: { ctx: PageContext; page?: InfoPage; owners: ContentOwner[]; errors?: FieldErrors; values?: FormValues }) {
  const slug = ctx.tenant!.slug;
  const title = page ? `Ändra: ${page.texts.sv.title}` : 'Ny informationssida';
  const action = page ? `/${slug}/personal/information/${page.id}` : `/${slug}/personal/information`;
  const p = { errors, values };
  // A translation with an error is shown open so its message is visible.
  const open = (l: string) => !!errors && Object.keys(errors).some((k) => k.endsWith(`_${l}`));
  return (
    <Layout ctx={ctx} title={title} crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/information`, label: 'Informationssidor' }, { label: title }]}>
      <h1 safe>{title}</h1>
      {page ? (
        <p>Status: {page.published ? <span class="badge badge-ok">Publicerad</span> : <span class="badge badge-warn">Utkast</span>}
          {page.published ? <span> – <a href={`/${slug}/information/${page.slug}`}>visa som invånare</a></span> : ''}</p>
      ) : ''}
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={FIELD_ORDER} />
      <Form ctx={ctx} action={action}>
        <h2>Text på svenska</h2>
        <TextField name="title" label="Rubrik" maxlength={120} {...p} />
        <TextField name="summary" label="Sammanfattning" hint="En eller två meningar som visas i listan." maxlength={400} {...p} />
        <TextArea name="body" label="Brödtext" hint={MARKUP_HINT} rows={14} {...p} />
        <h2>Om sidan</h2>
        <TextField name="slug" label="Adress" hint={`Visas som /${slug}/information/adress. Små bokstäver a–z, siffror och bindestreck.`} maxlength={80} width="medium" {...p} />
        <Checkboxes name="targetGroups" label="Målgrupper (den närståendes)" hint="Välj ingen om sidan gäller alla anhöriga."
          options={TARGET_GROUPS.map((g) => ({ value: g, label: TARGET_GROUP_LABELS[g] }))} {...p} />
        <TextField name="sortOrder" label="Ordning i listan" hint="Lägre tal visas först." inputmode="numeric" width="short" {...p} />
        <TextField name="lastReviewedOn" label="Senast granskad" hint="Datum då texten senast kontrollerades, ÅÅÅÅ-MM-DD. Sidor som inte granskats på 12 månader visas under Granskning av innehåll." width="medium" {...p} />
        <Select name="reviewOwnerId" label="Ansvarig för granskningen" hint="Den som ser till att texten stämmer." placeholder="Ingen vald" options={owners.map((o) => ({ value: o.id, label: o.name }))} {...p} />
        <Radios name="published" label="Publicering" inline options={[{ value: 'yes', label: 'Publicerad' }, { value: 'no', label: 'Utkast' }]} {...p} />
        <h2>Andra språk</h2>
        <p class="hint">Frivilligt. Lätt svenska rekommenderas för varje sida. Saknas ett språk visas svenska, och sidan säger det på läsarens språk.</p>
        {TRANSLATION_LOCALES.map((l) => (
          <details class="translation" open={open(l)}>
            <summary safe>{LOCALE_NAMES[l]}</summary>
            <TextField name={`title_${l}`} label={`Rubrik (${LOCALE_NAMES[l]})`} maxlength={120} {...p} />
            <TextField name={`summary_${l}`} label={`Sammanfattning (${LOCALE_NAMES[l]})`} maxlength={400} {...p} />
            <TextArea name={`body_${l}`} label={`Brödtext (${LOCALE_NAMES[l]})`} hint={MARKUP_HINT} rows={8} {...p} />
          </details>
        ))}
        <div class="actions">
          <Button>{page ? 'Spara ändringar' : 'Spara sidan'}</Button>
        </div>
      </Form>
      {page ? (
        <Form ctx={ctx} action={`/${slug}/personal/information/${page.id}/${page.published ? 'avpublicera' : 'publicera'}`}>
          {page.published ? <Button variant="secondary">Avpublicera</Button> : <Button variant="secondary">Publicera</Button>}
        </Form>
      ) : ''}
    </Layout>
  );
}
