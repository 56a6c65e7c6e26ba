// Transactional outbox (SPEC §6 reliability): a message is written in the same transaction as
// the change that caused it, then delivered by a job with retries. The dedupe key makes a
// retried request or a second instance unable to send the same message twice.
import { PostgresAdapter, sql, type Kysely, type Transaction } from 'kysely';
import type { Transporter } from 'nodemailer';
import { lazy } from '../lazy-libs.js';
import type { DB } from '../db/schema.js';
import { newId } from '../db/helpers.js';
import type { Config } from '../../config.js';

export interface Attachment {
  filename: string;
  contentType: string;
  content: string; // text content (e.g. an .ics file)
}

export interface OutgoingMessage {
  tenantId: string | null;
  channel?: 'email' | 'sms';
  to: string;
  subject: string;
  text: string;
  attachments?: Attachment[];
  dedupeKey: string;
  sendAfter?: Date;
  /**
   * The recipient was typed into a public form (a booking, a contact request), so anyone could
   * have typed it: such messages are capped per recipient and day (PUBLIC_MESSAGES_PER_DAY).
   */
  publicTrigger?: boolean;
}

/**
 * At most this many messages caused by public forms go to one recipient in 24 hours, across
 * municipalities: above the 10 active bookings one person may hold, far below a flood.
 */
export const PUBLIC_MESSAGES_PER_DAY = 12;

/**
 * Queue a message. Returns false when it was not queued: a public-triggered message over its
 * recipient's daily cap (the cause, e.g. the booking, still stands), or a duplicate.
 */
export async function enqueue(db: Kysely<DB> | Transaction<DB>, m: OutgoingMessage, now: Date): Promise<boolean> {
  if (m.publicTrigger && await overDailyCap(db, m.to, now)) return false;
  const res = await db.insertInto('outbox').values({
    id: newId(), tenant_id: m.tenantId, channel: m.channel ?? 'email', recipient: m.to, subject: m.subject, body_text: m.text,
    attachments: m.attachments ? JSON.stringify(m.attachments) : null, dedupe_key: m.dedupeKey, status: 'pending', attempts: 0,
    next_attempt_at: (m.sendAfter ?? now).toISOString(), locked_until: null, last_error: null, created_at: now.toISOString(), sent_at: null,
    public_trigger: m.publicTrigger ? 1 : 0,
  }).onConflict((oc) => oc.column('dedupe_key').doNothing()).executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

/**
 * Whether the recipient already had their day's public-triggered messages. On PostgreSQL a
 * transaction-scoped advisory lock per recipient makes parallel transactions count one after
 * the other (SQLite runs transactions one at a time anyway); called outside a transaction the
 * lock ends at once and two racing writers may both pass at the edge.
 */
async function overDailyCap(db: Kysely<DB> | Transaction<DB>, to: string, now: Date): Promise<boolean> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`select pg_advisory_xact_lock(hashtextextended(${`outbox-recipient:${to}`}, 0))`.execute(db);
  }
  const since = new Date(now.getTime() - 24 * 3600_000).toISOString();
  const r = await db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('recipient', '=', to).where('public_trigger', '=', 1).where('created_at', '>', since).executeTakeFirstOrThrow();
  return Number(r.n) >= PUBLIC_MESSAGES_PER_DAY;
}

/** Delivery channels. SMS providers plug in here (see platform/mail/sms.ts when present). */
export interface Sender {
  /** id: the outbox row's id, stable across retries (an SMS provider's idempotency key). */
  send(m: { id?: string; channel: string; to: string; subject: string; text: string; attachments: Attachment[] }): Promise<void>;
}

/** One sender that routes each message by channel; `channels` lists those that can be sent. */
export function channelSender(byChannel: Record<string, Sender | undefined>): { sender: Sender; channels: string[] } {
  const channels = Object.entries(byChannel).filter(([, s]) => s !== undefined).map(([c]) => c);
  return {
    channels,
    sender: {
      async send(m) {
        const s = byChannel[m.channel];
        if (!s) throw new Error(`no sender for channel ${m.channel}`);
        await s.send(m);
      },
    },
  };
}

export function smtpSender(config: Config): Sender | undefined {
  if (!config.SMTP_URL) return undefined;
  const url = config.SMTP_URL;
  // nodemailer is loaded with the first message, not at start (lazy-libs.ts).
  const transport = lazy(async (): Promise<Transporter> => (await import('nodemailer')).default.createTransport(url));
  return {
    async send(m) {
      if (m.channel !== 'email') throw new Error(`no sender for channel ${m.channel}`);
      await (await transport()).sendMail({
        from: config.MAIL_FROM, to: m.to, subject: m.subject, text: m.text,
        attachments: m.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
      });
    },
  };
}

const MAX_ATTEMPTS = 8;
const backoffMs = (attempt: number) => Math.min(60_000 * 2 ** attempt, 6 * 3600_000);

/**
 * Deliver due messages. Each row is claimed with a conditional update (status pending →
 * sending with a lease), so two workers never take the same row.
 */
export async function deliverDue(db: Kysely<DB>, sender: Sender, now: Date, batch = 20, channels?: string[]): Promise<{ sent: number; failed: number }> {
  const nowIso = now.toISOString();
  // Messages of a channel without a sender wait (e.g. SMS until a provider is configured).
  if (channels && channels.length === 0) return { sent: 0, failed: 0 };
  const due = await db.selectFrom('outbox').select(['id']).where('next_attempt_at', '<=', nowIso)
    .$if(channels !== undefined, (q) => q.where('channel', 'in', channels!))
    .where((eb) => eb.or([eb('status', '=', 'pending'), eb.and([eb('status', '=', 'sending'), eb('locked_until', '<', nowIso)])]))
    .orderBy('next_attempt_at').limit(batch).execute();
  let sent = 0;
  let failed = 0;
  for (const { id } of due) {
    const lease = new Date(now.getTime() + 5 * 60_000).toISOString();
    const claimed = await db.updateTable('outbox').set({ status: 'sending', locked_until: lease })
      .where('id', '=', id).where((eb) => eb.or([eb('status', '=', 'pending'), eb.and([eb('status', '=', 'sending'), eb('locked_until', '<', nowIso)])]))
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    const row = await db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    try {
      await sender.send({ id: row.id, channel: row.channel, to: row.recipient, subject: row.subject, text: row.body_text, attachments: row.attachments ? JSON.parse(row.attachments) : [] });
      await db.updateTable('outbox').set({ status: 'sent', sent_at: new Date().toISOString(), attempts: row.attempts + 1, locked_until: null, last_error: null }).where('id', '=', id).execute();
      sent++;
    } catch (err) {
      const attempts = row.attempts + 1;
      await db.updateTable('outbox').set({
        status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending', attempts, locked_until: null,
        next_attempt_at: new Date(now.getTime() + backoffMs(attempts)).toISOString(),
        // The error text, never the message or recipient.
        last_error: (err instanceof Error ? err.message : String(err)).slice(0, 300),
      }).where('id', '=', id).execute();
      failed++;
    }
  }
  return { sent, failed };
}

const keyStartsWith = (prefix: string) => sql<boolean>`dedupe_key like ${`${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`;

/** Messages of one module's dedupe-key prefix, newest first (e.g. a staff "messages sent" view). */
export async function listMessages(db: Kysely<DB>, tenantId: string, dedupePrefix: string, limit = 500) {
  return db.selectFrom('outbox').select(['id', 'channel', 'recipient', 'subject', 'dedupe_key', 'status', 'attempts', 'created_at', 'sent_at'])
    .where('tenant_id', '=', tenantId).where(keyStartsWith(dedupePrefix))
    .orderBy('created_at', 'desc').limit(limit).execute();
}

/** Retention: delete a module's messages by dedupe-key prefix once their purpose has passed. */
export async function forgetMessages(db: Kysely<DB> | Transaction<DB>, tenantId: string, dedupePrefix: string): Promise<number> {
  const res = await db.deleteFrom('outbox').where('tenant_id', '=', tenantId)
    .where(keyStartsWith(dedupePrefix)).executeTakeFirst();
  return Number(res.numDeletedRows);
}
