import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ButtonLink, Checkbox, ErrorSummary, Form, Radios, Select, Table, TextArea, TextField, type Option } from '../../../platform/views/components.js';
import { BODY_KINDS, BODY_KIND_LABELS, UNIT_KINDS } from '../../../platform/domain/vocab.js';
import type { OrgUnit } from '../../../platform/tenancy/tenancy.js';
import type { Body, UnitNode } from '../units.js';
import { AdminMenu, adminBase, adminCrumbs, UNIT_KIND_LABELS } from './admin-common.js';

const KIND_OPTIONS = UNIT_KINDS.map((k) => ({
  value: k, label: UNIT_KIND_LABELS[k],
  hint: k === 'administration' ? 'Översta nivån, till exempel Omsorgsförvaltningen.' : k === 'area' ? 'Till exempel Äldreomsorg eller Socialpsykiatri.' : 'Till exempel ett boende eller en hemvårdsgrupp.',
}));

function Tree({ ctx, nodes }: { ctx: PageContext; nodes: UnitNode[] }) {
  const base = adminBase(ctx);
  return (
    <ul>
      {nodes.map((n) => (
        <li>
          {n.editable ? <a href={`${base}/organisation/${n.id}`} safe>{n.name}</a> : <span safe>{n.name}</span>}
          {' '}<span class="muted" safe>({UNIT_KIND_LABELS[n.kind]})</span>
          {n.external ? <> <span class="badge">Extern</span></> : ''}
          {n.active ? '' : <> <span class="badge badge-warn">Inaktiv</span></>}
          {n.children.length > 0 ? <Tree ctx={ctx} nodes={n.children} /> : ''}
        </li>
      ))}
    </ul>
  );
}

function UnitFields({ errors, values, parents }: { errors?: FieldErrors; values?: FormValues; parents: Option[] }) {
  const p = { errors, values };
  return (
    <>
      <TextField name="name" label="Namn" maxlength={120} {...p} />
      <Radios name="kind" label="Nivå" options={KIND_OPTIONS} {...p} />
      <Select name="parentId" label="Ligger under" hint="En förvaltning ligger på översta nivån; områden och enheter under en förvaltning eller ett område."
        placeholder="Ingen (översta nivån)" options={parents} {...p} />
      <Checkbox name="external" label="Extern organisation (till exempel regionen)" {...p} />
      <TextField name="sortOrder" label="Ordning" hint="Lägre tal visas först. Lämna tomt för 0." inputmode="numeric" width="short" {...p} />
    </>
  );
}

const UNIT_FIELDS = ['_form', 'name', 'kind', 'parentId', 'external', 'sortOrder'];

export function OrganisationPage({ ctx, tree, parents, errors, values, notice }: {
  ctx: PageContext; tree: UnitNode[]; parents: Option[]; errors?: FieldErrors; values?: FormValues; notice?: string;
}) {
  return (
    <Layout ctx={ctx} title="Organisation" crumbs={adminCrumbs(ctx, { label: 'Organisation' })}>
      <AdminMenu ctx={ctx} />
      <h1>Organisation</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={UNIT_FIELDS} />
      <p>Förvaltningar, verksamhetsområden och enheter. Roller ges i en enhet och gäller också enheterna under den.</p>
      {tree.length === 0 ? <p class="empty">Inga enheter ännu. Lägg till en förvaltning nedan, eller importera en fil.</p> : <Tree ctx={ctx} nodes={tree} />}
      <h2 id="ny-enhet">Lägg till en enhet</h2>
      <Form ctx={ctx} action={`${adminBase(ctx)}/organisation`}>
        <UnitFields errors={errors} values={values} parents={parents} />
        <Button>Lägg till</Button>
      </Form>
    </Layout>
  );
}

export function UnitEditPage({ ctx, unit, parents, errors, values, notice }: {
  ctx: PageContext; unit: OrgUnit; parents: Option[]; errors?: FieldErrors; values?: FormValues; notice?: string;
}) {
  const base = adminBase(ctx);
  const title = `Ändra: ${unit.name}`;
  return (
    <Layout ctx={ctx} title={title} crumbs={adminCrumbs(ctx, { href: `${base}/organisation`, label: 'Organisation' }, { label: unit.name })}>
      <AdminMenu ctx={ctx} />
      <h1 safe>{title}</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <p>Status: {unit.active ? <span class="badge badge-ok">Aktiv</span> : <span class="badge badge-warn">Inaktiv</span>}</p>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={UNIT_FIELDS} />
      <Form ctx={ctx} action={`${base}/organisation/${unit.id}`}>
        <UnitFields errors={errors} values={values} parents={parents} />
        <Button>Spara ändringar</Button>
      </Form>
      <h2>{unit.active ? 'Inaktivera' : 'Aktivera'}</h2>
      {unit.active ? (
        <>
          <p>En inaktiv enhet finns kvar i statistik och historik men kan inte väljas för nya roller, enheter eller regler.</p>
          <Form ctx={ctx} action={`${base}/organisation/${unit.id}/inaktivera`}><Button variant="warning">Inaktivera enheten</Button></Form>
        </>
      ) : (
        <Form ctx={ctx} action={`${base}/organisation/${unit.id}/aktivera`}><Button variant="secondary">Aktivera enheten igen</Button></Form>
      )}
    </Layout>
  );
}

const BODY_FIELDS = ['_form', 'kind', 'name', 'meetingsPerYear', 'description'];

export function BodiesPage({ ctx, bodies, notice }: { ctx: PageContext; bodies: Body[]; notice?: string }) {
  const base = adminBase(ctx);
  return (
    <Layout ctx={ctx} title="Styrgrupper och råd" crumbs={adminCrumbs(ctx, { label: 'Styrgrupper och råd' })}>
      <AdminMenu ctx={ctx} />
      <h1>Styrgrupper och råd</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <p>Styrgrupp, BOSS, anhörigråd, arbetsgrupper: de grupper som styr och följer upp anhörigstödet.</p>
      <p><ButtonLink href={`${base}/grupper/ny`} variant="primary">Ny grupp</ButtonLink></p>
      <Table caption={`Grupper (${bodies.length})`} rows={bodies} empty="Inga grupper ännu." columns={[
        { header: 'Namn', cell: (b) => <a href={`${base}/grupper/${b.id}`} safe>{b.name}</a> },
        { header: 'Typ', cell: (b) => <span safe>{BODY_KIND_LABELS[b.kind] ?? b.kind}</span> },
        { header: 'Möten per år', numeric: true, cell: (b) => (b.meetingsPerYear === null ? '–' : <span safe>{String(b.meetingsPerYear)}</span>) },
      ]} />
    </Layout>
  );
}

export function BodyEditPage({ ctx, body, errors, values }: { ctx: PageContext; body?: Body; errors?: FieldErrors; values?: FormValues }) {
  const base = adminBase(ctx);
  const title = body ? `Ändra: ${body.name}` : 'Ny grupp';
  const p = { errors, values };
  return (
    <Layout ctx={ctx} title={title} crumbs={adminCrumbs(ctx, { href: `${base}/grupper`, label: 'Styrgrupper och råd' }, { label: body?.name ?? 'Ny grupp' })}>
      <AdminMenu ctx={ctx} />
      <h1 safe>{title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={BODY_FIELDS} />
      <Form ctx={ctx} action={body ? `${base}/grupper/${body.id}` : `${base}/grupper`}>
        <Select name="kind" label="Typ av grupp" placeholder="Välj typ" options={BODY_KINDS.map((k) => ({ value: k, label: BODY_KIND_LABELS[k] }))} {...p} />
        <TextField name="name" label="Namn" maxlength={160} {...p} />
        <TextField name="meetingsPerYear" label="Möten per år" hint="Lämna tomt om det varierar." inputmode="numeric" width="short" {...p} />
        <TextArea name="description" label="Beskrivning" hint="Vilka som ingår och vad gruppen ansvarar för." rows={5} maxlength={2000} {...p} />
        <Button>{body ? 'Spara ändringar' : 'Lägg till gruppen'}</Button>
      </Form>
    </Layout>
  );
}
