import type { PageContext } from '../../../platform/http/context.js';
import { Layout } from '../../../platform/views/layout.js';
import { ButtonLink, Table } from '../../../platform/views/components.js';
import { BODY_KIND_LABELS } from '../../../platform/domain/vocab.js';
import { formatDate } from '../../../platform/domain/dates.js';
import type { BodySummary } from '../service.js';

export const crumbsFor = (slug: string, ...rest: { href?: string; label: string }[]) => [
  { href: `/${slug}/personal`, label: 'Start' },
  ...(rest.length > 0 ? [{ href: `/${slug}/personal/styrning`, label: 'Styrning och samverkan' }, ...rest] : [{ label: 'Styrning och samverkan' }]),
];

export const frequencyText = (n: number | null): string => (n === null ? 'Efter behov' : n === 0 ? 'Inga planerade möten' : n === 12 ? 'Varje månad (12 gånger per år)' : `${n} gånger per år`);

export function BodiesPage({ ctx, bodies }: { ctx: PageContext; bodies: BodySummary[] }) {
  const slug = ctx.tenant!.slug;
  return (
    <Layout ctx={ctx} title="Styrning och samverkan" crumbs={crumbsFor(slug)}>
      <h1>Styrning och samverkan</h1>
      <p class="lede">Styrgrupp, anhörigråd och andra grupper som leder och följer anhörigstödet: medlemmar, möten, dagordningar och protokoll.</p>
      <p><ButtonLink href={`/${slug}/personal/styrning/arshjul`} variant="primary">Visa årshjulet</ButtonLink></p>
      <Table caption={`Grupper (${bodies.length})`} rows={bodies} empty="Kommunen har inga grupper registrerade." columns={[
        { header: 'Grupp', cell: (b) => <a href={`/${slug}/personal/styrning/${b.id}`} safe>{b.name}</a> },
        { header: 'Typ', cell: (b) => <span safe>{BODY_KIND_LABELS[b.kind]}</span> },
        { header: 'Mötesfrekvens', cell: (b) => <span safe>{frequencyText(b.meetingsPerYear)}</span> },
        { header: 'Medlemmar', numeric: true, cell: (b) => String(b.members) },
        { header: 'Möten i år', numeric: true, cell: (b) => String(b.meetingsThisYear) },
        { header: 'Nästa möte', cell: (b) => { const next = b.nextMeeting ? formatDate(b.nextMeeting) : '–'; return <span safe>{next}</span>; } },
      ]} />
    </Layout>
  );
}
