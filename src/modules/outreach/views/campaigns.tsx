import type { PageContext } from '../../../platform/http/context.js';
import type { FieldErrors } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/forms.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Button, ButtonLink, Checkboxes, ErrorSummary, Form, SummaryList, Table, TextArea, TextField } from '../../../platform/views/components.js';
import { formatDate } from '../../../platform/domain/dates.js';
import { isActive, type Campaign, type CampaignResult } from '../service.js';
import { OUTREACH_CHANNEL_LABELS, OUTREACH_CHANNELS } from '../schema.js';
import { formatNumber } from '../../../platform/i18n/numbers.js';

const kr = (n: number): string => `${formatNumber(n)} kr`;
const channels = (c: Campaign): string => c.channels.map((x) => OUTREACH_CHANNEL_LABELS[x]).join(', ');
const period = (c: Campaign): string => `${formatDate(c.startsOn)} – ${formatDate(c.endsOn)}`;

const crumbsFor = (slug: string, last?: string) => [
  { href: `/${slug}/personal`, label: 'Start' },
  ...(last ? [{ href: `/${slug}/personal/uppsokande`, label: 'Uppsökande verksamhet' }, { label: last }] : [{ label: 'Uppsökande verksamhet' }]),
];

export function CampaignListPage({ ctx, results, year, today, notice }: { ctx: PageContext; results: CampaignResult[]; year: number | null; today: string; notice?: string }) {
  const slug = ctx.tenant!.slug;
  const thisYear = Number(today.slice(0, 4));
  return (
    <Layout ctx={ctx} title="Uppsökande verksamhet" crumbs={crumbsFor(slug)}>
      <h1>Uppsökande verksamhet</h1>
      <p class="lede">Kampanjer för att nå anhöriga som inte själva hittar stödet, och hur många som hörde av sig tack vare dem.</p>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <p class="actions">
        <ButtonLink href={`/${slug}/personal/uppsokande/ny`} variant="primary">Ny kampanj</ButtonLink>
        {year === null
          ? <a href={`/${slug}/personal/uppsokande?ar=${thisYear}`} safe>{`Bara kampanjer ${thisYear}`}</a>
          : <a href={`/${slug}/personal/uppsokande`}>Alla kampanjer</a>}
      </p>
      <Table caption={year === null ? `Alla kampanjer (${results.length})` : `Kampanjer ${year} (${results.length})`} rows={results} empty="Inga kampanjer ännu." columns={[
        { header: 'Kampanj', cell: (r) => <><a href={`/${slug}/personal/uppsokande/${r.campaign.id}`} safe>{r.campaign.name}</a>{isActive(r.campaign, today) ? <> <span class="badge badge-ok">Pågår</span></> : ''}</> },
        { header: 'Målgrupp', cell: (r) => <span safe>{r.campaign.target}</span> },
        { header: 'Kanaler', cell: (r) => <span safe>{channels(r.campaign)}</span> },
        { header: 'Period', cell: (r) => <span safe>{period(r.campaign)}</span> },
        { header: 'Kostnad', numeric: true, cell: (r) => <span safe>{kr(r.campaign.costKr)}</span> },
        { header: 'Kontakter och förfrågningar', numeric: true, cell: (r) => String(r.contacts + r.requests) },
      ]} />
    </Layout>
  );
}

export function CampaignPage({ ctx, result, notice }: { ctx: PageContext; result: CampaignResult; notice?: string }) {
  const slug = ctx.tenant!.slug;
  const c = result.campaign;
  const withAny = result.byMonth.filter((m) => m.contacts + m.requests > 0);
  return (
    <Layout ctx={ctx} title={c.name} crumbs={crumbsFor(slug, c.name)}>
      <h1 safe>{c.name}</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <SummaryList rows={[
        ['Målgrupp', c.target], ['Kanaler', channels(c)], ['Period', period(c)], ['Kostnad', kr(c.costKr)],
        ['Kontakter i kontaktloggen', String(result.contacts)], ['Förfrågningar via webben', String(result.requests)],
        ['Kostnad per nådd anhörig', result.costPerReached === null ? '–' : kr(result.costPerReached)],
      ]} />
      {c.description ? <p safe>{c.description}</p> : ''}
      <p><ButtonLink href={`/${slug}/personal/uppsokande/${c.id}/andra`}>Ändra kampanjen</ButtonLink></p>
      <h2>Vad kampanjen gav, månad för månad</h2>
      <p class="hint">Kontakter och förfrågningar där den anhöriga sagt att hen hörde talas om stödet genom kampanjen.</p>
      <Table caption="Kontakter och förfrågningar per månad" rows={result.byMonth} columns={[
        { header: 'Månad', cell: (m) => <span safe>{m.label}</span> },
        { header: 'Kontakter', numeric: true, cell: (m) => String(m.contacts) },
        { header: 'Förfrågningar', numeric: true, cell: (m) => String(m.requests) },
        { header: 'Totalt', numeric: true, cell: (m) => String(m.contacts + m.requests) },
      ]} />
      {withAny.length === 0 ? <p class="empty">Ingen kontakt eller förfrågan har angett kampanjen ännu.</p> : ''}
    </Layout>
  );
}

const FIELD_ORDER = ['_form', 'name', 'target', 'description', 'channels', 'startsOn', 'endsOn', 'cost'];

export function CampaignFormPage({ ctx, campaign, errors, values }: { ctx: PageContext; campaign?: Campaign; errors?: FieldErrors; values?: FormValues }) {
  const slug = ctx.tenant!.slug;
  const title = campaign ? `Ändra: ${campaign.name}` : 'Ny kampanj';
  const p = { errors, values };
  return (
    <Layout ctx={ctx} title={title} crumbs={crumbsFor(slug, title)}>
      <h1 safe>{title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} fieldOrder={FIELD_ORDER} />
      <Form ctx={ctx} action={campaign ? `/${slug}/personal/uppsokande/${campaign.id}` : `/${slug}/personal/uppsokande`}>
        <TextField name="name" label="Kampanjens namn" hint="Till exempel Brev till äldre anhöriga, våren 2027." maxlength={120} {...p} />
        <TextField name="target" label="Målgrupp" hint="Vilka vill ni nå? Till exempel äldre anhöriga som bor med sin make eller maka." maxlength={300} {...p} />
        <TextArea name="description" label="Beskrivning (frivilligt)" rows={4} maxlength={2000} {...p} />
        <Checkboxes name="channels" label="Kanaler" options={OUTREACH_CHANNELS.map((ch) => ({ value: ch, label: OUTREACH_CHANNEL_LABELS[ch] }))} {...p} />
        <TextField name="startsOn" label="Startdatum" type="date" width="medium" {...p} />
        <TextField name="endsOn" label="Slutdatum" type="date" width="medium" {...p} />
        <TextField name="cost" label="Kostnad i kronor (frivilligt)" hint="Hela kronor, till exempel 12 500." inputmode="numeric" width="medium" {...p} />
        <Button>{campaign ? 'Spara ändringar' : 'Skapa kampanjen'}</Button>
      </Form>
    </Layout>
  );
}
