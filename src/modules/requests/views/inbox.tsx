// The specialists' list of contact requests: only what is needed to choose one, no contact
// details (those are read, and audited, on the request's own page).
import type { PageContext } from '../../../platform/http/context.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Pagination, pagedTitle, Select, Table } from '../../../platform/views/components.js';
import { AGE_BAND_LABELS, TARGET_GROUP_LABELS } from '../../../platform/domain/vocab.js';
import type { InboxItem } from '../service.js';
import type { InboxQuery } from '../schema.js';
import { STATUS_BADGE, STATUS_LABELS, stockholm, TOPIC_LABELS } from './staff-labels.js';

export function InboxPage({ ctx, items, total, query, pages, notice }: { ctx: PageContext; items: InboxItem[]; total: number; query: InboxQuery; pages: number; notice?: string }) {
  const slug = ctx.tenant!.slug;
  const base = `/${slug}/personal/forfragningar`;
  const href = (page: number) => {
    const params = new URLSearchParams({ status: query.status, page: String(page) });
    if (query.mine) params.set('mine', '1');
    return `${base}?${params.toString()}`;
  };
  return (
    <Layout ctx={ctx} title={pagedTitle(ctx, 'Förfrågningar via webben', query.page, pages)} crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { href: `/${slug}/personal/inkorg`, label: 'Inkorg' }, { label: 'Förfrågningar via webben' }]}>
      <h1>Förfrågningar via webben</h1>
      <p class="lede">Alla förfrågningar från anhöriga som bett om att bli kontaktade via webbplatsen, för de köer dina roller täcker, med filter på status – även avslutade och återkallade.</p>
      <p>Det dagliga arbetet gör du i <a href={`/${slug}/personal/inkorg`}>Inkorgen</a>, där förfrågningarna står tillsammans med förmedlingarna från kollegor.</p>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <form method="get" action={base} class="filters" aria-label="Filtrera förfrågningar">
        <Select name="status" label="Visa" values={{ status: query.status }} options={[
          { value: 'open', label: 'Öppna (ny, tilldelad, kontaktad)' }, { value: 'new', label: 'Nya' }, { value: 'assigned', label: 'Tilldelade' },
          { value: 'contacted', label: 'Kontaktade' }, { value: 'closed', label: 'Avslutade' }, { value: 'withdrawn', label: 'Återkallade' },
          { value: 'all', label: 'Alla' },
        ]} />
        <div class="field choice">
          <input type="checkbox" id="f-mine" name="mine" value="1" checked={!!query.mine} />
          <label for="f-mine">Bara mina</label>
        </div>
        <button type="submit" class="button button-secondary">Visa</button>
      </form>
      <Table caption={`Förfrågningar (${total})`} rows={items} empty="Inga förfrågningar att visa." columns={[
        { header: 'Kod', cell: (r) => <a href={`${base}/${r.id}`} safe>{r.reference}</a> },
        { header: 'Kom in', cell: (r) => <span safe>{stockholm(r.createdAt)}</span> },
        { header: 'Gäller', cell: (r) => <span><span safe>{TOPIC_LABELS[r.topic]}</span>{r.violenceFlag ? <> <span class="badge badge-bad">Våld i nära relation</span></> : ''}</span> },
        { header: 'Närstående', cell: (r) => (r.targetGroup ? <span safe>{TARGET_GROUP_LABELS[r.targetGroup]}</span> : '–') },
        { header: 'Ålder', cell: (r) => (r.ageBand ? <span safe>{AGE_BAND_LABELS[r.ageBand]}</span> : '–') },
        { header: 'Kö', cell: (r) => <span safe>{r.unitName ?? 'Gemensam kö'}</span> },
        { header: 'Handläggs av', cell: (r) => <span safe>{r.assignedName ?? '–'}</span> },
        { header: 'Status', cell: (r) => <span class={STATUS_BADGE[r.status]} safe>{STATUS_LABELS[r.status]}</span> },
      ]} />
      <Pagination ctx={ctx} page={query.page} pages={pages} href={href} />
    </Layout>
  );
}
