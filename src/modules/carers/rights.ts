// The carer's rights (GDPR art. 15 and 17, SPEC §5.7): a subject-access export of everything
// about one identified carer, without third parties; erasure on request unless an archive rule
// blocks it, in which case the answer names the rule.
import { loadPdfKit } from '../../platform/lazy-libs.js';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/db/clock.js';
import { NotFound } from '../../platform/http/errors.js';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import { AGE_BAND_LABELS, GENDER_LABELS, RELATIONSHIP_LABELS, TARGET_GROUP_LABELS } from '../../platform/domain/vocab.js';
import { contactsForCarer } from '../contacts/service.js';
import { forgetCarerInReferrals, referralsForCarer } from '../referrals/service.js';
import { deleteCarerResults, exportResultsForCarer } from '../selfcheck/service.js';
import { accountsOfCarer, unlinkCarer } from '../accounts/service.js';
import { deleteForAccounts as deleteMessagesForAccounts, exportForAccounts as exportMessagesForAccounts } from '../messages/service.js';
import * as q from './queries.js';
import { auditCarer, type Db } from './audit.js';
import { actionsOf, consentsOf, journalOf } from './record.js';
import { offersOf } from './offers.js';
import { planCommentsForCarer, planForCarer } from './plan.js';
import { birthDayOfMonth, formatPersonnummer } from './personnummer.js';
import { erasureDecision, type Decision, type RetentionFacts } from './retention-rules.js';
import { ACTION_KIND_LABELS, ACTION_STATUS_LABELS, ACTION_TYPE_LABELS, CONSENT_SCOPE_LABELS, CONSENT_SUBJECT_LABELS, OFFER_ANSWER_LABELS, PLAN_STATUS_LABELS } from './vocab.js';
import { localDate, localDateTime } from './time.js';

export interface SubjectAccessExport {
  title: string;
  municipality: string;
  exportedAt: string;
  note: string;
  person: Record<string, string>;
  consents: Record<string, string>[];
  plannedActions: Record<string, string>[];
  supportOffers: Record<string, string>[];
  plan: Record<string, string>[];
  planComments: Record<string, string>[];
  contacts: Record<string, string>[];
  journal: Record<string, string>[];
  referrals: Record<string, string>[];
  selfchecks: Record<string, string>[];
  /** secure messages of the Mina sidor accounts the carer linked to the record */
  messages: Record<string, string>[];
}

const or = (v: string | null | undefined, dash = '–') => v ?? dash;

/** Everything stored about the carer, in plain Swedish words. Audited as an export. */
export async function exportCarer(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, tenant: Tenant, id: string, format: 'json' | 'pdf'): Promise<SubjectAccessExport> {
  const row = await q.findCarer(db, actor.tenantId, scope.units, id);
  if (!row) throw new NotFound();
  const now = clock.now();
  const users = await q.userNames(db, actor.tenantId, row.support_contact_user_id ? [row.support_contact_user_id] : []);
  const unitName = actor.units.find((u) => u.id === row.unit_id)?.name ?? '';
  const [consents, actions, contacts, journal, referrals, selfchecks, offers, plan, threads, planComments] = await Promise.all([
    consentsOf(db, actor.tenantId, id), actionsOf(db, actor.tenantId, id, localDate(now)), contactsForCarer(db, actor.tenantId, id),
    journalOf(db, actor.tenantId, id), referralsForCarer(db, actor.tenantId, id), exportResultsForCarer(db, actor.tenantId, id),
    offersOf(db, actor.tenantId, id), planForCarer(db, actor.tenantId, id),
    accountsOfCarer(db, actor.tenantId, id).then((accounts) => exportMessagesForAccounts(db, actor.tenantId, accounts)),
    planCommentsForCarer(db, actor.tenantId, id),
  ]);
  await auditCarer(db, clock, actor, 'carer.export', row, `registerutdrag (${format})`);
  return {
    title: 'Registerutdrag – anhörigstöd', municipality: tenant.name, exportedAt: localDateTime(now.toISOString()),
    note: 'Utdraget innehåller det som finns sparat om dig hos kommunens anhörigstöd. Uppgifter om andra personer, till exempel din närstående, har lämnats ut bara i den mån de gäller dig.',
    person: {
      Namn: row.name, Telefon: or(row.phone), 'E-post': or(row.email), Personnummer: row.personnummer ? formatPersonnummer(row.personnummer) : '–',
      'Den närståendes målgrupp': row.target_group ? TARGET_GROUP_LABELS[row.target_group as keyof typeof TARGET_GROUP_LABELS] : '–',
      Relation: row.relationship ? RELATIONSHIP_LABELS[row.relationship as keyof typeof RELATIONSHIP_LABELS] : '–',
      Åldersgrupp: row.age_band ? AGE_BAND_LABELS[row.age_band as keyof typeof AGE_BAND_LABELS] : '–',
      Kön: row.gender ? GENDER_LABELS[row.gender as keyof typeof GENDER_LABELS] : '–',
      Enhet: unitName, Stödkontakt: row.support_contact_user_id ? or(users.get(row.support_contact_user_id)) : '–',
      Registrerad: localDateTime(row.created_at), 'Senaste aktivitet': localDateTime(row.last_activity_at),
    },
    consents: consents.map((c) => ({ Vem: CONSENT_SUBJECT_LABELS[c.subject], Gäller: CONSENT_SCOPE_LABELS[c.scope], Lydelse: c.wording, Lämnat: c.givenOn, Återkallat: or(c.withdrawnOn) })),
    plannedActions: actions.map((a) => ({ Slag: ACTION_KIND_LABELS[a.kind], Vad: ACTION_TYPE_LABELS[a.actionType], Datum: a.dueOn, Status: ACTION_STATUS_LABELS[a.status] })),
    supportOffers: offers.map((o) => ({ Erbjudet: o.offeredOn, Svar: OFFER_ANSWER_LABELS[o.answer], Stödkontakt: or(o.supportContactName) })),
    plan: plan.map((x) => ({
      Åtgärd: x.what, Ansvarig: x.responsible, 'Klart senast': or(x.dueOn), Status: PLAN_STATUS_LABELS[x.status], 'Följs upp': or(x.followUpOn), Anteckning: or(x.note),
    })),
    planComments: planComments.map((c) => ({ Skrivet: localDateTime(c.createdAt), Kommentar: c.body })),
    contacts: contacts.map((c) => ({ Datum: c.contactDate, Kanal: c.channel, Aktivitet: c.activityType, Minuter: String(c.durationMin) })),
    journal: journal.map((j) => ({ Signerad: localDateTime(j.signedAt), Av: j.signerName, Anteckning: j.body, ...(j.correctsId ? { Rättar: j.correctsId } : {}), Id: j.id })),
    referrals: referrals.map((r) => ({ Mottagen: localDateTime(r.createdAt), Gäller: r.topicLabel, Status: r.statusLabel })),
    selfchecks: selfchecks.map((s) => ({
      Datum: localDateTime(s.recordedAt),
      Resultat: s.scores ? s.scores.dimensions.map((d) => `${d.key}: ${d.mean === null ? '–' : d.mean.toFixed(1)}`).join(', ') : '–',
    })),
    messages: threads.flatMap((th) => th.messages.map((m) => ({
      Ämne: th.subject, Från: m.author === 'carer' ? 'Du' : 'Anhörigstödet', Skrivet: localDateTime(m.createdAt), Meddelande: m.body,
      Bilagor: m.attachments.map((a) => `${a.filename} (${a.contentType}, ${a.size} byte)`).join('; ') || '–',
    }))),
  };
}

export async function exportPdf(data: SubjectAccessExport): Promise<Buffer> {
  const doc = new (await loadPdfKit())({ size: 'A4', margin: 50, info: { Title: data.title, Author: data.municipality } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.fontSize(18).text(data.title).moveDown(0.3);
  doc.fontSize(10).text(`${data.municipality} – utskrivet ${data.exportedAt}`).moveDown(0.5).text(data.note).moveDown();
  const section = (title: string, rows: Record<string, string>[]) => {
    doc.fontSize(13).text(title).moveDown(0.3).fontSize(10);
    if (rows.length === 0) doc.text('Inga uppgifter.');
    for (const r of rows) {
      for (const [k, v] of Object.entries(r)) doc.text(`${k}: ${v}`);
      doc.moveDown(0.4);
    }
    doc.moveDown(0.5);
  };
  section('Personuppgifter', [data.person]);
  section('Samtycken', data.consents);
  section('Planerade insatser och uppföljningar', data.plannedActions);
  section('Erbjudanden om stödkontakt', data.supportOffers);
  section('Plan', data.plan);
  section('Dina kommentarer till planen', data.planComments);
  section('Kontakter', data.contacts);
  section('Journal', data.journal);
  section('Förmedlingar', data.referrals);
  section('Belastningskoll', data.selfchecks);
  section('Meddelanden via Mina sidor', data.messages);
  doc.end();
  return done;
}

export async function retentionFacts(db: Db, tenantId: string, row: q.CarerRow): Promise<RetentionFacts> {
  return { lastActivityAt: row.last_activity_at, lastJournalAt: await q.lastJournalAt(db, tenantId, row.id), birthDay: row.personnummer ? birthDayOfMonth(row.personnummer) : null };
}

/** What an erasure request would do now: delete, or keep with the rule that blocks it. */
export async function erasurePreview(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string): Promise<{ name: string; decision: Decision }> {
  const row = await q.findCarer(db, actor.tenantId, scope.units, id);
  if (!row) throw new NotFound();
  await auditCarer(db, clock, actor, 'carer.read', row, 'begäran om radering');
  return { name: row.name, decision: erasureDecision(await retentionFacts(db, actor.tenantId, row), clock.now()) };
}

export class ErasureBlocked extends Error {
  constructor(public readonly rule: string, public readonly reason: string) {
    super(reason);
  }
}

/** Deletes the record and everything under it; statistics (contact counts) remain anonymous. */
export async function deleteCarerRecord(db: Db, tenantId: string, row: q.CarerRow, now: Date): Promise<void> {
  await forgetCarerInReferrals(db, tenantId, row.id, now);
  await unlinkCarer(db, tenantId, row.id, now, 'the carer record was deleted');
  await deleteCarerResults(db, tenantId, row.id);
  await q.deleteCarer(db, tenantId, row.id);
}

export async function eraseCarer(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string): Promise<void> {
  const row = await q.findCarer(db, actor.tenantId, scope.units, id);
  if (!row) throw new NotFound();
  const decision = erasureDecision(await retentionFacts(db, actor.tenantId, row), clock.now());
  if (decision.action === 'keep') {
    // The refusal is itself logged (outside any transaction that could roll it back).
    await auditCarer(db, clock, actor, 'carer.erase_blocked', row, decision.rule);
    throw new ErasureBlocked(decision.rule, decision.reason);
  }
  await db.transaction().execute(async (trx) => {
    // The right to erasure covers what the carer wrote and was sent through the linked accounts.
    await deleteMessagesForAccounts(trx, actor.tenantId, await accountsOfCarer(trx, actor.tenantId, row.id), clock.now(), 'radering på begäran');
    await deleteCarerRecord(trx, actor.tenantId, row, clock.now());
    await auditCarer(trx, clock, actor, 'carer.erase', row, 'radering på begäran');
  });
}
