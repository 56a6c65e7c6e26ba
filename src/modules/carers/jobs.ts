// Scheduled jobs of the carer records: retention (gallring) of identified carers and the
// daily follow-up reminders. Both are safe to run again (idempotent per day and record).
import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { DB } from '../../platform/db/schema.js';
import { JOBS } from '../../platform/jobs/scheduler.js';
import { enqueue } from '../../platform/mail/outbox.js';
import { audit } from '../../platform/audit/audit.js';
import { listTenants } from '../../platform/tenancy/tenancy.js';
import * as q from './queries.js';
import { deleteCarerRecord, retentionFacts } from './rights.js';
import { retentionDecision } from './retention-rules.js';
import { localDate } from './time.js';

/**
 * Deletes identified carers whose retention period has passed (carerRetentionMonths after the
 * last activity; journal rules may keep them longer). Contacts survive as anonymous statistics.
 */
export async function runCarerRetention(db: Kysely<DB>, now: Date): Promise<{ deleted: number; kept: number }> {
  let deleted = 0;
  let kept = 0;
  for (const tenant of await listTenants(db)) {
    const months = tenant.settings.carerRetentionMonths;
    const cutoff = DateTime.fromJSDate(now, { zone: 'utc' }).minus({ months }).toISO()!;
    for (const row of await q.inactiveSince(db, tenant.id, cutoff)) {
      const decision = retentionDecision(await retentionFacts(db, tenant.id, row), now, months);
      if (decision.action === 'keep') {
        kept++;
        continue;
      }
      await db.transaction().execute(async (trx) => {
        await deleteCarerRecord(trx, tenant.id, row, now);
        await audit(trx, { tenantId: tenant.id, userId: null, unitId: row.unit_id, action: 'carer.retention_delete', subjectType: 'carer', subjectId: row.id, purpose: `gallring ${months} månader efter senaste aktivitet` }, now);
      });
      deleted++;
    }
  }
  return { deleted, kept };
}

/** One e-mail per specialist and day about their due and overdue follow-ups: no personal data. */
export async function sendFollowUpReminders(db: Kysely<DB>, baseUrl: string, now: Date): Promise<number> {
  const today = localDate(now);
  let sent = 0;
  for (const tenant of await listTenants(db)) {
    const due = await q.plannedDue(db, tenant.id, 'all', today);
    const perUser = new Map<string, number>();
    for (const d of due) if (d.assigned_user_id) perUser.set(d.assigned_user_id, (perUser.get(d.assigned_user_id) ?? 0) + 1);
    if (perUser.size === 0) continue;
    const users = await db.selectFrom('users').select(['id', 'email']).where('tenant_id', '=', tenant.id).where('disabled', '=', 0)
      .where('id', 'in', [...perUser.keys()]).execute();
    for (const u of users) {
      const n = perUser.get(u.id)!;
      await enqueue(db, {
        tenantId: tenant.id, to: u.email, dedupeKey: `carer-followups:${u.id}:${today}`, subject: 'Påminnelse: uppföljningar i Bredvid',
        text: `Du har ${n} ${n === 1 ? 'planerad uppföljning eller insats' : 'planerade uppföljningar eller insatser'} som ska göras i dag eller är försenade.\n\n`
          + `Se listan: ${baseUrl.replace(/\/$/, '')}/${tenant.slug}/personal/uppfoljningar?visa=mina\n\nMeddelandet innehåller inga personuppgifter.`,
      }, now);
      sent++;
    }
  }
  return sent;
}

JOBS.push(
  { name: 'carers.retention', everyMs: 6 * 3600_000, run: async (deps, now) => void (await runCarerRetention(deps.db, now)) },
  { name: 'carers.follow-up-reminders', everyMs: 3600_000, run: async (deps, now) => void (await sendFollowUpReminders(deps.db, deps.config.PUBLIC_BASE_URL, now)) },
);
