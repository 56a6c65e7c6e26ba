// Notices of the meeting place: content-free, through the outbox. A reply notice goes to a
// thread's author who asked for it; a crisis notice to the room's moderators at once.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { enqueue, type OutgoingMessage } from '../../platform/mail/outbox.js';
import { translator } from '../../platform/i18n/i18n.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import * as accounts from '../accounts/service.js';
import { MOTESPLATS_MESSAGES } from './messages.js';
import * as q from './queries.js';

type Deps = Pick<AppDeps, 'db' | 'dialect' | 'config' | 'clock'>;
type Exec = Kysely<DB> | Transaction<DB>;

const base = (deps: Pick<Deps, 'config'>) => deps.config.PUBLIC_BASE_URL.replace(/\/$/, '');

/** Staff are told at once that a post may need them — never its text, nor who wrote it. */
export async function tellCrisis(trx: Exec, deps: Deps, tenant: Tenant, m: { id: string; email: string }, roomId: string, postId: string, now: Date): Promise<void> {
  const link = `${base(deps)}/${tenant.slug}/personal/motesplats`;
  await enqueue(trx, {
    tenantId: tenant.id, to: m.email, dedupeKey: `motesplats:staff:${postId}:${m.id}`,
    subject: 'Brådskande: ett inlägg på Mötesplatsen behöver granskas nu',
    text: `Ett inlägg på Mötesplatsen innehåller ord om självmord eller våld och väntar på granskning. Den som skrev har fått information om var hen kan få hjälp direkt (1177, 112).\n\nGranska inlägget (inloggning krävs): ${link}`,
  }, now);
}

/**
 * The content-free notice to a thread's author when a reply appears, if they asked for it. Read
 * before the write's transaction (the address is sealed on the account); the dedupe key names the
 * account, so deleting the account forgets it.
 */
export async function replyNotice(deps: Deps, tenant: Tenant, thread: q.PostRow, replier: string): Promise<Omit<OutgoingMessage, 'dedupeKey'> & { dedupeKey: string } | undefined> {
  if (!thread.member_id || thread.member_id === replier) return undefined;
  const author = await q.findMemberById(deps.db, tenant.id, thread.member_id);
  if (!author || author.notify !== 1 || author.status === 'removed') return undefined;
  const account = await accounts.getAccount(deps, tenant.id, author.account_id).catch(() => undefined);
  const address = account?.address;
  if (!address) return undefined;
  const t = translator('sv', MOTESPLATS_MESSAGES);
  // Straight to the thread, on whichever page of the room it now stands.
  const url = `${base(deps)}/${tenant.slug}/mina-sidor/motesplats/${thread.room_id}?inlagg=${thread.id}#inlagg-${thread.id}`;
  return {
    tenantId: tenant.id, channel: address.kind === 'email' ? 'email' : 'sms', to: address.value,
    dedupeKey: `motesplats:acct:${author.account_id}:${thread.id}`,
    subject: t('motesplats.mail.replySubject'), text: t('motesplats.mail.replyText', { municipality: tenant.name, url }),
  };
}

/** The notice when a held reply is approved and becomes visible. */
export async function noticeForApprovedReply(deps: Deps, tenant: Tenant, p: q.PostRow) {
  if (!p.thread_id || !p.member_id) return undefined;
  const thread = await q.findPost(deps.db, tenant.id, p.thread_id);
  return thread ? replyNotice(deps, tenant, thread, p.member_id) : undefined;
}
