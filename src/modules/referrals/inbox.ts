// The specialists' combined inbox: referrals from staff next to contact requests from the
// public portal (the requests module's service), with the same statuses, assignment, target
// date in Swedish working days and an overdue view. Only the scope's own queues are listed.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/db/clock.js';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import type { TargetGroup } from '../../platform/domain/vocab.js';
import { listRequestsForInbox } from '../requests/service.js';
import * as q from './queries.js';
import { addWorkingDays } from './working-days.js';
import { REFERRAL_TOPIC_LABELS, STATUS_LABELS, URGENCY_SHORT, type ReferralTopic, type Urgency } from './vocab.js';
import { localDate, localDateOf } from './time.js';

export type InboxView = 'oppna' | 'mina' | 'avslutade' | 'forsenade';

export interface InboxEntry {
  kind: 'referral' | 'request';
  id: string;
  href: string;
  createdAt: string;
  topicLabel: string;
  targetGroup: TargetGroup | null;
  urgency: string;
  status: string;
  statusLabel: string;
  assignedUserId: string | null;
  assignedName: string | null;
  unitName: string | null;
  targetDate: string;
  overdue: boolean;
  /** Staff-only: violence in close relationships is suspected. */
  violence: boolean;
}

const REQUEST_TOPIC_LABELS: Record<string, string> = {
  talk: 'Vill prata med någon', support: 'Vill ha stöd', group: 'Intresserad av grupp', respite: 'Behöver avlösning', other: 'Annat',
};

const OPEN = ['new', 'assigned', 'contacted'];

export async function combinedInbox(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, tenant: Tenant, view: InboxView): Promise<InboxEntry[]> {
  const slug = tenant.slug;
  const today = localDate(clock.now());
  const statuses = view === 'avslutade' ? ['closed', 'withdrawn'] : OPEN;
  const mine = view === 'mina' ? actor.userId : undefined;
  const refs = await q.listInbox(db, actor.tenantId, scope.units, { statuses: statuses.filter((s) => s !== 'withdrawn'), assignedUserId: mine, overdueOn: view === 'forsenade' ? today : undefined }, 300, 0);
  const out: InboxEntry[] = refs.rows.map((r) => ({
    kind: 'referral', id: r.id, href: `/${slug}/personal/inkorg/formedlingar/${r.id}`, createdAt: r.created_at,
    topicLabel: REFERRAL_TOPIC_LABELS[r.topic as ReferralTopic] ?? r.topic, targetGroup: r.target_group as TargetGroup | null,
    urgency: URGENCY_SHORT[r.urgency as Urgency] ?? r.urgency, status: r.status, statusLabel: STATUS_LABELS[r.status] ?? r.status,
    assignedUserId: r.assigned_user_id, assignedName: r.assigned_name, unitName: r.unit_name, targetDate: r.target_date,
    overdue: r.first_contact_at === null && OPEN.includes(r.status) && r.target_date < today, violence: r.violence_flag === 1,
  }));
  const reqs = await listRequestsForInbox(db, scope, { statuses: statuses as never, assignedUserId: mine, limit: 300 });
  for (const r of reqs.items) {
    const targetDate = addWorkingDays(localDateOf(r.createdAt), tenant.settings.contactTargetWorkingDays);
    const overdue = r.contactedAt === null && OPEN.includes(r.status) && targetDate < today;
    if (view === 'forsenade' && !overdue) continue;
    out.push({
      kind: 'request', id: r.id, href: `/${slug}/personal/forfragningar/${r.id}`, createdAt: r.createdAt,
      topicLabel: REQUEST_TOPIC_LABELS[r.topic] ?? r.topic, targetGroup: r.targetGroup, urgency: 'Normal', status: r.status,
      statusLabel: STATUS_LABELS[r.status] ?? r.status, assignedUserId: r.assignedUserId, assignedName: r.assignedName, unitName: r.unitName,
      targetDate, overdue, violence: r.violenceFlag,
    });
  }
  return out.sort((a, b) => (view === 'forsenade' ? a.targetDate.localeCompare(b.targetDate) : b.createdAt.localeCompare(a.createdAt)));
}
