// Instrument administration: the list, a new instrument, and one instrument's overview with
// its dimensions, statements, publishing and versions.
import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { DateTime } from 'luxon';
import { Layout, type Crumb } from '../../../platform/views/layout.js';
import { Banner, Button, ButtonLink, ErrorSummary, Form, Radios, SummaryList, Table, TextField } from '../../../platform/views/components.js';
import type { InstrumentDetail, InstrumentSummary } from '../instruments.js';

export const stockholm = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone('Europe/Stockholm').toFormat('yyyy-MM-dd HH:mm');

export function adminCrumbs(ctx: PageContext, more: Crumb[] = []): Crumb[] {
  const slug = ctx.tenant!.slug;
  return [{ href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/belastningskoll`, label: 'Belastningskoll' },
    { href: `/${slug}/personal/belastningskoll/instrument`, label: 'Instrument' }, ...more];
}

function Status({ i }: { i: InstrumentSummary }) {
  return (
    <span>
      {i.currentVersion === null ? <span class="badge badge-warn">Inte publicerat</span> : <span class="badge badge-ok" safe>{`Version ${i.currentVersion}`}</span>}
      {i.currentVersion !== null && i.hasUnpublishedChanges ? <> <span class="badge badge-warn">Ändringar ej publicerade</span></> : ''}
      {i.offeredPublic ? <> <span class="badge badge-ok">Erbjuds invånare</span></> : ''}
    </span>
  );
}

export function InstrumentListPage({ ctx, instruments, notice }: { ctx: PageContext; instruments: InstrumentSummary[]; notice?: string }) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title="Instrument för belastningskoll" crumbs={adminCrumbs(ctx).slice(0, -1).concat({ label: 'Instrument' })}>
      <h1>Instrument för belastningskoll</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <p>Ett instrument är frågorna, svarsskalan, dimensionerna, nivåerna och texterna i belastningskollen.
        Du ändrar i ett utkast. När du publicerar blir utkastet en ny version; gamla resultat behåller sin version.
        Licensierade instrument (till exempel COPE-index eller Caregiver Burden Scale) kan läggas in av en kommun som har licens.</p>
      <p><ButtonLink href={`/${slug}/personal/belastningskoll/instrument/nytt`} variant="primary">Nytt instrument</ButtonLink></p>
      <Table caption={`Instrument (${instruments.length})`} rows={instruments} empty="Inga instrument ännu." columns={[
        { header: 'Namn', cell: (i) => <a href={`/${slug}/personal/belastningskoll/instrument/${i.id}`} safe>{i.name}</a> },
        { header: 'Status', cell: (i) => <Status i={i} /> },
        { header: 'Senast ändrat', cell: (i) => <span safe>{stockholm(i.updatedAt)}</span> },
      ]} />
    </Layout>
  );
}

export function NewInstrumentPage({ ctx, errors, values }: { ctx: PageContext; errors?: FieldErrors; values?: FormValues }) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title={errors ? 'Fel: Nytt instrument' : 'Nytt instrument'} crumbs={adminCrumbs(ctx, [{ label: 'Nytt instrument' }])}>
      <h1>Nytt instrument</h1>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={['name_sv', 'start']} />
      <Form ctx={ctx} action={`/${slug}/personal/belastningskoll/instrument`}>
        <TextField name="name_sv" label="Namn" maxlength={120} errors={errors} values={values} />
        <Radios name="start" label="Börja från" errors={errors} values={values ?? { start: 'empty' }} options={[
          { value: 'empty', label: 'Ett tomt instrument', hint: 'Skala 1–4 och nivåerna låg < 2,0 ≤ viss < 3,0 ≤ hög. Du lägger till dimensioner och frågor.' },
          { value: 'bredvid', label: 'En kopia av Bredvids belastningskoll', hint: '14 påståenden i fyra dimensioner som du kan ändra.' },
        ]} />
        <Button>Skapa utkast</Button>
      </Form>
    </Layout>
  );
}

export function InstrumentPage({ ctx, i, notice, problems }: { ctx: PageContext; i: InstrumentDetail; notice?: string; problems?: string[] }) {
  const slug = ctx.tenant!.slug;
  const base = `/${slug}/personal/belastningskoll/instrument/${i.id}`;
  const d = i.draft;
  const dimName = (key: string) => d.dimensions.find((x) => x.key === key)?.name.sv ?? key;
  const shownProblems = problems ?? [];
  return (
    <Layout ctx={ctx} title={shownProblems.length > 0 ? `Fel: ${i.name}` : i.name} crumbs={adminCrumbs(ctx, [{ label: i.name }])}>
      <h1 safe>{i.name}</h1>
      <p><Status i={i} /></p>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      {shownProblems.length > 0 ? (
        <div class="error-summary" role="alert" tabindex="-1" id="error-summary" aria-labelledby="problems-title">
          <h2 id="problems-title">Utkastet kan inte publiceras än</h2>
          <ul>{shownProblems.map((p) => <li safe>{p}</li>)}</ul>
        </div>
      ) : ''}

      <h2>Allmänt</h2>
      <SummaryList rows={[
        ['Namn', [d.name.sv, d.name['sv-easy'], d.name.en].filter(Boolean).join(' / ')],
        ['Inledning', d.intro.sv],
        ['Svarsskala', d.scale.map((s) => `${s.value} = ${s.label.sv}`).join(', ')],
        ['Nivåer', d.bands.map((b) => `${b.label.sv} från ${String(b.from).replace('.', ',')}`).join(', ')],
        ['Samlat resultat', `ges när minst ${d.overall.minAnswered} frågor är besvarade`],
      ]} />
      <p><a href={`${base}/allmant`}>Ändra namn, svarsskala, nivåer och återkoppling för helheten</a></p>

      <h2>Dimensioner</h2>
      <Table caption={`Dimensioner (${d.dimensions.length})`} rows={d.dimensions} empty="Inga dimensioner ännu." columns={[
        { header: 'Namn', cell: (x) => <a href={`${base}/dimension/${x.key}`} safe>{x.name.sv}</a> },
        { header: 'Frågor', numeric: true, cell: (x) => String(d.items.filter((it) => it.dimension === x.key).length) },
        { header: 'Räknas med minst', numeric: true, cell: (x) => `${x.minAnswered} svar` },
      ]} />
      <p><ButtonLink href={`${base}/dimension/ny`}>Ny dimension</ButtonLink></p>

      <h2>Frågor</h2>
      <Table caption={`Frågor i ordning (${d.items.length})`} rows={d.items.map((it, n) => ({ ...it, n: n + 1 }))} empty="Inga frågor ännu." columns={[
        { header: 'Nr', numeric: true, cell: (x) => String(x.n) },
        { header: 'Påstående', cell: (x) => <a href={`${base}/fraga/${x.key}`} safe>{x.text.sv}</a> },
        { header: 'Dimension', cell: (x) => <span safe>{dimName(x.dimension)}</span> },
        { header: 'Omvänd', cell: (x) => (x.reversed ? 'Ja' : 'Nej') },
      ]} />
      <p><ButtonLink href={`${base}/fraga/ny`}>Ny fråga</ButtonLink></p>

      <h2>Publicera</h2>
      {i.currentVersion !== null && !i.hasUnpublishedChanges ? <p>Utkastet är likadant som den publicerade versionen.</p> : (
        <p>Publicera utkastet som version <span safe>{String((i.versions[0]?.version ?? 0) + 1)}</span>. Pågående kollar avslutas på den version de började med.</p>
      )}
      <div class="actions">
        <Form ctx={ctx} action={`${base}/publicera`}><Button>Publicera utkastet</Button></Form>
        {i.currentVersion !== null && i.hasUnpublishedChanges ? <Form ctx={ctx} action={`${base}/aterstall`}><Button variant="secondary">Ångra ändringarna i utkastet</Button></Form> : ''}
      </div>
      <h2>Erbjud invånare</h2>
      <p>Det instrument som erbjuds invånare visas på sidan Belastningskoll. Bara ett åt gången; övriga kan personal använda i samtal.</p>
      {i.offeredPublic
        ? <Form ctx={ctx} action={`${base}/sluta-erbjuda`}><Button variant="secondary">Sluta erbjuda invånare</Button></Form>
        : i.currentVersion !== null ? <Form ctx={ctx} action={`${base}/erbjud`}><Button variant="secondary">Erbjud invånare</Button></Form> : <p class="muted">Publicera först.</p>}

      <h2>Versioner</h2>
      <Table caption="Publicerade versioner" rows={i.versions} empty="Ingen version publicerad ännu." columns={[
        { header: 'Version', numeric: true, cell: (v) => String(v.version) },
        { header: 'Publicerad', cell: (v) => <span safe>{stockholm(v.publishedAt)}</span> },
        { header: 'Av', cell: (v) => <span safe>{v.publishedBy ?? 'Bredvid (demodata)'}</span> },
      ]} />
    </Layout>
  );
}
