import type { PageContext } from '../../../platform/http/context.js';
import { Layout } from '../../../platform/views/layout.js';
import { Banner, Form, Pagination, pagedTitle, Table } from '../../../platform/views/components.js';
import { TARGET_GROUP_LABELS } from '../../../platform/domain/vocab.js';
import type { InboxEntry, InboxView } from '../inbox.js';
import { localDateTime } from '../time.js';
import { sm } from '../../../platform/i18n/staff-messages.js';

const VIEWS: [InboxView, string][] = [['oppna', 'Öppna'], ['mina', 'Mina'], ['forsenade', 'Försenade'], ['avslutade', 'Avslutade']];

export function InboxPage({ ctx, entries, total, page, pages, view, canHandle, notice, targetDays }: {
  ctx: PageContext; entries: InboxEntry[]; view: InboxView; canHandle: boolean; notice?: string; targetDays: number;
  /** Entries of the view in all, and the page of them shown. */
  total: number; page: number; pages: number;
}) {
  const slug = ctx.tenant!.slug;
  const title = view === 'forsenade' ? 'Försenade – första kontakt har inte tagits i tid' : 'Inkorg';
  const href = (v: InboxView) => (v === 'forsenade' ? `/${slug}/personal/inkorg/forsenade` : v === 'oppna' ? `/${slug}/personal/inkorg` : `/${slug}/personal/inkorg?visa=${v}`);
  return (
    <Layout ctx={ctx} title={pagedTitle(ctx, title, page, pages)} crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { label: 'Inkorg' }]}>
      <h1>{title}</h1>
      {notice ? <Banner kind="success" title={notice} /> : ''}
      <p class="lede" safe>{`Förmedlingar från kollegor och förfrågningar från webbplatsen till dina köer. ${sm('inbox.targetDays', { count: targetDays })}`}</p>
      <nav aria-label="Urval">
        <ul class="tags">
          {VIEWS.map(([v, label]) => <li><a href={href(v)} aria-current={v === view ? 'page' : undefined} safe>{label}</a></li>)}
          <li><a href={`/${slug}/personal/forfragningar`}>Alla förfrågningar via webben, med filter</a></li>
        </ul>
      </nav>
      <Table stack caption={`${VIEWS.find(([v]) => v === view)![1]} (${total})`} rows={entries} empty="Inget i inkorgen." columns={[
        { header: 'Gäller', cell: (e) => (
          <span><a class="inbox-subject" href={e.href} safe>{e.topicLabel}</a>{e.violence ? <> <span class="badge badge-bad">Våld i nära relation</span></> : ''}<br /><span class="muted" safe>{`${e.kind === 'referral' ? 'Förmedling' : 'Förfrågan via webben'} · ${e.unitName ?? 'Gemensam kö'}`}</span></span>
        ) },
        { header: 'Handläggare', cell: (e) => (e.assignedName ? <span safe>{e.assignedName}</span> : canHandle && ['new', 'assigned', 'contacted'].includes(e.status) ? (
          <Form ctx={ctx} action={`/${slug}/personal/inkorg/${e.kind === 'referral' ? 'formedlingar' : 'forfragningar'}/${e.id}/ta`} class="inline-form">
            <button type="submit" class="button button-secondary button-small">Ta ärendet<span class="visually-hidden" safe>{`: ${e.topicLabel}, mottaget ${localDateTime(e.createdAt)}`}</span></button>
          </Form>
        ) : <span>–</span>) },
        { header: 'Kontakt senast', cell: (e) => (e.overdue ? <span><span safe>{e.targetDate}</span> <span class="badge badge-bad">Försenad</span></span> : <span safe>{e.targetDate}</span>) },
        { header: 'Status', cell: (e) => <span safe>{e.statusLabel}</span> },
        { header: 'Brådska', cell: (e) => <span safe>{e.urgency}</span> },
        { header: 'Målgrupp', cell: (e) => <span>{e.targetGroup ? TARGET_GROUP_LABELS[e.targetGroup] : '–'}</span> },
        { header: 'Mottagen', cell: (e) => <span safe>{localDateTime(e.createdAt)}</span> },
      ]} />
      <Pagination ctx={ctx} page={page} pages={pages} href={(p) => `${href(view)}${href(view).includes('?') ? '&' : '?'}page=${p}`} />
    </Layout>
  );
}
