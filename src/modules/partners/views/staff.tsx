import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ButtonLink, Checkbox, Checkboxes, ErrorSummary, Form, Select, Table, TextArea, TextField } from '../../../platform/views/components.js';
import { LOCALE_NAMES, PARTNER_KINDS, PARTNER_KIND_LABELS, TARGET_GROUPS, TARGET_GROUP_LABELS } from '../../../platform/domain/vocab.js';
import type { Partner } from '../service.js';
import { TRANSLATION_LOCALES } from '../schema.js';

export function StaffPartnersList({ ctx, partners, notice }: { ctx: PageContext; partners: Partner[]; notice?: string }) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title="Samarbetspartner" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { label: 'Samarbetspartner' }]}>
      <h1>Samarbetspartner</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <p><ButtonLink href={`/${slug}/personal/samarbetspartner/ny`} variant="primary">Ny samarbetspartner</ButtonLink></p>
      <Table caption={`Alla samarbetspartner (${partners.length})`} rows={partners} columns={[
        { header: 'Namn', cell: (p) => <a href={`/${slug}/personal/samarbetspartner/${p.id}`} safe>{p.name}</a> },
        { header: 'Sort', cell: (p) => <span safe>{PARTNER_KIND_LABELS[p.kind]}</span> },
        { header: 'Anhörigrådet', cell: (p) => (p.councilMember ? 'Medlem' : '–') },
        { header: 'Ordning', cell: (p) => String(p.sortOrder), numeric: true },
      ]} />
    </Layout>
  );
}

const FIELD_ORDER = ['_form', 'name', 'kind', 'offers', 'targetGroups', 'contact', 'url', 'councilMember', 'sortOrder', ...TRANSLATION_LOCALES.map((l) => `offers_${l}`)];

export function PartnerEditor({ ctx, partner, errors, values }: { ctx: PageContext; partner?: Partner; errors?: FieldErrors; values?: FormValues }) {
  const slug = ctx.tenant!.slug;
  const title = partner ? `Ändra: ${partner.name}` : 'Ny samarbetspartner';
  const action = partner ? `/${slug}/personal/samarbetspartner/${partner.id}` : `/${slug}/personal/samarbetspartner`;
  const p = { errors, values };
  return (
    <Layout ctx={ctx} title={title} crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/samarbetspartner`, label: 'Samarbetspartner' }, { label: title }]}>
      <h1 safe>{title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={FIELD_ORDER} />
      <Form ctx={ctx} action={action}>
        <TextField name="name" label="Namn" maxlength={120} {...p} />
        <Select name="kind" label="Sort" placeholder="Välj" options={PARTNER_KINDS.map((k) => ({ value: k, label: PARTNER_KIND_LABELS[k] }))} {...p} />
        <TextArea name="offers" label="Vad de erbjuder anhöriga" rows={4} maxlength={1000} {...p} />
        <Checkboxes name="targetGroups" label="Målgrupper (den närståendes)" hint="Välj ingen om de stödjer alla anhöriga."
          options={TARGET_GROUPS.map((g) => ({ value: g, label: TARGET_GROUP_LABELS[g] }))} {...p} />
        <TextField name="contact" label="Kontakt" hint="Telefon, e-post eller var man vänder sig. Skriv helst en funktion, inte en persons namn." maxlength={300} {...p} />
        <TextField name="url" label="Webbplats" hint="Börjar med https://" type="url" maxlength={300} {...p} />
        <Checkbox name="councilMember" label="Med i anhörigrådet" {...p} />
        <TextField name="sortOrder" label="Ordning i listan" hint="Lägre tal visas först." inputmode="numeric" width="short" {...p} />
        <h2>Andra språk</h2>
        <p class="hint">Frivilligt. Saknas ett språk visas svenska.</p>
        {TRANSLATION_LOCALES.map((l) => (
          <details class="translation" open={!!errors?.[`offers_${l}`]}>
            <summary safe>{LOCALE_NAMES[l]}</summary>
            <TextArea name={`offers_${l}`} label={`Vad de erbjuder anhöriga (${LOCALE_NAMES[l]})`} rows={3} maxlength={1000} {...p} />
          </details>
        ))}
        <div class="actions"><Button>{partner ? 'Spara ändringar' : 'Spara'}</Button></div>
      </Form>
      {partner ? (
        <Form ctx={ctx} action={`/${slug}/personal/samarbetspartner/${partner.id}/ta-bort`}>
          <Button variant="warning">Ta bort samarbetspartnern</Button>
        </Form>
      ) : ''}
    </Layout>
  );
}
