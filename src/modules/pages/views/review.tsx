import type { PageContext } from '../../../platform/http/context.js';
import { Layout } from '../../../platform/views/layout.js';
import { Table } from '../../../platform/views/components.js';
import { REVIEW_MONTHS } from '../../../platform/domain/content-review.js';
import type { OverdueItem } from '../review.js';

/** Information pages and offerings whose text nobody has checked for a year, or ever. */
export function ReviewListPage({ ctx, items }: { ctx: PageContext; items: OverdueItem[] }) {
  const slug = ctx.tenant!.slug;
  const href = (i: OverdueItem) => `/${slug}/personal/${i.kind === 'page' ? 'information' : 'stod'}/${i.id}`;
  return (
    <Layout ctx={ctx} title="Granskning av innehåll" crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { label: 'Granskning av innehåll' }]}>
      <h1>Granskning av innehåll</h1>
      <p class="lede">Informationssidor och erbjudanden som inte har granskats på <span safe>{String(REVIEW_MONTHS)}</span> månader, eller aldrig. Öppna texten, kontrollera den och ange dagens datum som senast granskad.</p>
      <Table caption={`Behöver granskas (${items.length})`} rows={items} empty="Allt innehåll är granskat det senaste året." columns={[
        { header: 'Rubrik', cell: (i) => <a href={href(i)} safe>{i.title}</a> },
        { header: 'Slag', cell: (i) => (i.kind === 'page' ? 'Informationssida' : 'Erbjudande') },
        { header: 'Senast granskad', cell: (i) => <span safe>{i.lastReviewedOn ?? 'Aldrig'}</span> },
        { header: 'Ansvarig', cell: (i) => <span safe>{i.ownerName ?? 'Ingen vald'}</span> },
        { header: 'Status', cell: (i) => (i.published ? <span class="badge badge-ok">Publicerad</span> : <span class="badge badge-warn">Utkast</span>) },
      ]} />
    </Layout>
  );
}
