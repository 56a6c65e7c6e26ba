// The accessibility statement of each municipality (SPEC C1: tillgänglighetsredogörelse per
// DOS-lagen, WCAG 2.1 AA) and the reports of accessibility problems that visitors send through
// its form. The municipality's admin edits the statement and reads, then deletes, the reports;
// a report is kept 12 months at most. Nothing about the sender is stored beyond what they
// wrote and an e-mail address if they gave one.
import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/db/clock.js';
import { newId } from '../../platform/db/helpers.js';
import { audit } from '../../platform/audit/audit.js';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import { localToday } from '../../platform/domain/dates.js';
import { Invalid, NotFound } from '../../platform/http/errors.js';
import type { FormValues } from '../../platform/http/forms.js';
import { JOBS } from '../../platform/jobs/scheduler.js';
import { enqueue } from '../../platform/mail/outbox.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import * as q from './accessibility-queries.js';
import type { Compliance, FeedbackForm, StatementForm } from './accessibility-schema.js';
import { requireWholeMunicipality } from './policy.js';

export const FEEDBACK_RETENTION_MONTHS = 12;
/** Digg, the supervisory authority: where a visitor complains about how a report was handled. */
export const DIGG_COMPLAINT_URL = 'https://www.digg.se/tdosanmalan';

export interface Statement {
  compliance: Compliance;
  nonCompliance: string;
  burden: string;
  outOfScope: string;
  assessment: string;
  /** Date of the last review (YYYY-MM-DD). */
  reviewedOn: string;
  /** When the municipality last changed the statement (YYYY-MM-DD); null for the default text. */
  updatedOn: string | null;
  feedbackEmail: string;
  feedbackPhone: string;
  /** The municipality has not written its own statement yet: Bredvid's default text. */
  isDefault: boolean;
}

/** Bredvid's own review of the product, the basis of the default text. */
const DEFAULT_REVIEWED_ON = '2026-11-25';
const DEFAULT_NON_COMPLIANCE = [
  '- Översättningar till arabiska, finska, persiska och somaliska finns bara för en del av sidorna. Saknas en översättning visas texten på svenska, och sidan säger det.',
  '- Bifogade dokument som protokoll (PDF och Word) kan vara skapade utanför Bredvid och är inte alltid tillgänglighetsanpassade (WCAG 2.1, bland annat 1.3.1 Information och relationer). Kontakta oss om du behöver ett dokument i ett annat format.',
].join('\n');
const DEFAULT_ASSESSMENT = 'Varje sida testas automatiskt med axe-core mot WCAG 2.1 nivå A och AA i en riktig webbläsare vid varje ändring av Bredvid. Formulären testas med bara tangentbord, utan JavaScript och på en liten mobilskärm.';

/** The default statement: what Bredvid knows about itself, with the municipality's contact details. */
export function defaultStatement(tenant?: Tenant): Statement {
  return {
    compliance: 'partial', nonCompliance: DEFAULT_NON_COMPLIANCE, burden: '', outOfScope: '', assessment: DEFAULT_ASSESSMENT,
    reviewedOn: DEFAULT_REVIEWED_ON, updatedOn: null,
    feedbackEmail: tenant?.settings.contactEmail ?? '', feedbackPhone: tenant?.settings.contactPhone ?? '', isDefault: true,
  };
}

export async function getStatement(db: Kysely<DB>, tenant: Tenant | undefined): Promise<Statement> {
  if (!tenant) return defaultStatement();
  const row = await q.findStatement(db, tenant.id);
  if (!row) return defaultStatement(tenant);
  return {
    compliance: row.compliance as Compliance, nonCompliance: row.non_compliance_text, burden: row.burden_text,
    outOfScope: row.out_of_scope_text, assessment: row.assessment_text, reviewedOn: row.reviewed_on,
    updatedOn: localToday(new Date(row.updated_at)), feedbackEmail: row.feedback_email, feedbackPhone: row.feedback_phone, isDefault: false,
  };
}

export function statementFormValues(s: Statement): FormValues {
  return {
    compliance: s.compliance, nonCompliance: s.nonCompliance, burden: s.burden, outOfScope: s.outOfScope,
    assessment: s.assessment, reviewedOn: s.reviewedOn, feedbackEmail: s.feedbackEmail, feedbackPhone: s.feedbackPhone,
  };
}

export async function saveStatement(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, form: StatementForm): Promise<void> {
  requireWholeMunicipality(scope);
  const now = clock.now();
  if (form.reviewedOn > localToday(now)) throw new Invalid({ reviewedOn: 'Datumet kan inte ligga i framtiden' });
  await db.transaction().execute(async (trx) => {
    await q.upsertStatement(trx, {
      tenant_id: actor.tenantId, compliance: form.compliance, non_compliance_text: form.nonCompliance, burden_text: form.burden,
      out_of_scope_text: form.outOfScope, assessment_text: form.assessment, reviewed_on: form.reviewedOn,
      feedback_email: form.feedbackEmail, feedback_phone: form.feedbackPhone, updated_at: now.toISOString(),
    });
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'accessibility_statement.update', subjectType: 'tenant', subjectId: actor.tenantId }, now);
  });
}

/**
 * A visitor's report, stored for the admins; the statement's feedback address is told that a
 * report has come, without its content (the e-mail holds no personal data).
 */
export async function submitFeedback(db: Kysely<DB>, clock: Clock, baseUrl: string, tenant: Tenant, form: FeedbackForm): Promise<void> {
  const now = clock.now();
  const to = (await getStatement(db, tenant)).feedbackEmail;
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await q.insertFeedback(trx, { id, tenant_id: tenant.id, page: form.page ?? null, message: form.message, email: form.email ?? null, created_at: now.toISOString() });
    if (to) {
      await enqueue(trx, {
        tenantId: tenant.id, to, dedupeKey: `accessibility-feedback:${id}:notify`,
        subject: 'Ny rapport om brister i tillgängligheten',
        text: [
          `Någon har rapporterat en brist i tillgängligheten på ${tenant.name}s sidor i Bredvid.`,
          '',
          `Logga in som administratör för att läsa rapporten: ${baseUrl.replace(/\/$/, '')}/${tenant.slug}/personal/admin/tillganglighet/rapporter`,
          '',
          `Rapporten raderas efter ${FEEDBACK_RETENTION_MONTHS} månader. Meddelandet innehåller inga personuppgifter.`,
        ].join('\n'),
      }, now);
    }
    await audit(trx, { tenantId: tenant.id, userId: null, action: 'accessibility_feedback.create', subjectType: 'accessibility_feedback', subjectId: id }, now);
  });
}

export interface FeedbackItem {
  id: string;
  page: string | null;
  message: string;
  email: string | null;
  createdAt: string;
  /** The date the report will be deleted at the latest (YYYY-MM-DD). */
  deleteBy: string;
}

/** The reports, newest first. Reading them (they may hold an e-mail address) is audited. */
export async function listFeedbackForAdmin(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, page: number, pageSize: number): Promise<{ items: FeedbackItem[]; total: number }> {
  requireWholeMunicipality(scope);
  const [rows, total] = await Promise.all([q.listFeedback(db, actor.tenantId, pageSize, (page - 1) * pageSize), q.countFeedback(db, actor.tenantId)]);
  if (rows.length > 0) {
    await audit(db, { tenantId: actor.tenantId, userId: actor.userId, action: 'accessibility_feedback.list', subjectType: 'accessibility_feedback' }, clock.now());
  }
  return {
    total,
    items: rows.map((r) => ({
      id: r.id, page: r.page, message: r.message, email: r.email, createdAt: r.created_at,
      deleteBy: localToday(DateTime.fromISO(r.created_at, { zone: 'utc' }).plus({ months: FEEDBACK_RETENTION_MONTHS }).toJSDate()),
    })),
  };
}

export async function countFeedback(db: Kysely<DB>, tenantId: string): Promise<number> {
  return q.countFeedback(db, tenantId);
}

export async function deleteFeedback(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string): Promise<void> {
  requireWholeMunicipality(scope);
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    if ((await q.deleteFeedback(trx, actor.tenantId, id)) === 0) throw new NotFound();
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'accessibility_feedback.delete', subjectType: 'accessibility_feedback', subjectId: id, purpose: 'handled' }, now);
  });
}

/** Reports created before this instant are past their retention. */
export function feedbackCutoff(now: Date): string {
  return DateTime.fromJSDate(now, { zone: 'utc' }).minus({ months: FEEDBACK_RETENTION_MONTHS }).toJSDate().toISOString();
}

/** The retention job: every municipality's reports older than 12 months; each deletion audited. */
export async function pruneFeedback(db: Kysely<DB>, now: Date): Promise<number> {
  const due = await q.listExpiredFeedback(db, feedbackCutoff(now));
  for (const r of due) {
    await db.transaction().execute(async (trx) => {
      await q.deleteFeedback(trx, r.tenant_id, r.id);
      await audit(trx, { tenantId: r.tenant_id, userId: null, action: 'accessibility_feedback.erase', subjectType: 'accessibility_feedback', subjectId: r.id, purpose: 'retention' }, now);
    });
  }
  return due.length;
}

JOBS.push({ name: 'org.prune-accessibility-feedback', everyMs: 60 * 60_000, run: async (deps, now) => void (await pruneFeedback(deps.db, now)) });
