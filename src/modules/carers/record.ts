// The parts of a carer's record: consents, stödkontakt, planned actions and follow-ups, and the
// signed journal (only under the municipality's 'journal' documentation policy).
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { newId } from '../../platform/db/helpers.js';
import type { Clock } from '../../platform/db/clock.js';
import { Conflict, Invalid, NotFound } from '../../platform/http/errors.js';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import * as q from './queries.js';
import { auditCarer } from './audit.js';
import { CONSENT_SCOPE_SUBJECT, CONSENT_WORDINGS, type ActionKind, type ActionStatus, type ActionType, type ConsentScope, type ConsentSubject } from './vocab.js';
import { localDate } from './time.js';
import { recordLists } from './record-queries.js';
import { toMeasure } from './plan.js';
import { toOffer } from './offers.js';

export interface Consent {
  id: string; subject: ConsentSubject; scope: ConsentScope; wording: string; givenOn: string; withdrawnOn: string | null;
}
export interface PlannedAction {
  id: string; kind: ActionKind; actionType: ActionType; dueOn: string; status: ActionStatus; doneOn: string | null;
  assignedUserId: string | null; assignedName: string | null; overdue: boolean;
}
export interface JournalEntry {
  id: string; body: string; signedBy: string; signerName: string; signedAt: string; correctsId: string | null; correctedBy: string[];
}

async function carerFor(db: Kysely<DB>, actor: Principal, scope: Scope, id: string) {
  const row = await q.findCarer(db, actor.tenantId, scope.units, id);
  if (!row) throw new NotFound();
  return row;
}

const toConsent = (r: q.ConsentRow): Consent => ({
  id: r.id, subject: r.subject as ConsentSubject, scope: r.scope as ConsentScope, wording: r.wording, givenOn: r.given_on, withdrawnOn: r.withdrawn_on,
});

export async function consentsOf(db: Kysely<DB>, tenantId: string, carerId: string): Promise<Consent[]> {
  return (await q.listConsents(db, tenantId, carerId)).map(toConsent);
}

const toAction = (r: q.ActionRow & { assigned_name: string | null }, today: string): PlannedAction => ({
  id: r.id, kind: r.kind as ActionKind, actionType: r.action_type as ActionType, dueOn: r.due_on, status: r.status as ActionStatus,
  doneOn: r.done_on, assignedUserId: r.assigned_user_id, assignedName: r.assigned_user_id ? r.assigned_name : null,
  overdue: r.status === 'planned' && r.due_on < today,
});

export async function actionsOf(db: Kysely<DB>, tenantId: string, carerId: string, today: string): Promise<PlannedAction[]> {
  return (await q.listActions(db, tenantId, carerId)).map((r) => toAction(r, today));
}

export async function journalOf(db: Kysely<DB>, tenantId: string, carerId: string): Promise<JournalEntry[]> {
  return toJournal(await q.listJournal(db, tenantId, carerId));
}

function toJournal(rows: (q.JournalRow & { signer_name: string | null })[]): JournalEntry[] {
  return rows.map((r) => ({
    id: r.id, body: r.body, signedBy: r.signed_by, signerName: r.signer_name ?? 'Tidigare medarbetare', signedAt: r.signed_at, correctsId: r.corrects_id,
    correctedBy: rows.filter((x) => x.corrects_id === r.id).map((x) => x.id),
  }));
}

/** The record's lists for the carer's page, in one statement (record-queries.ts), mapped as
 *  consentsOf, actionsOf, journalOf, planForCarer and offersOf map them. No audit row: the caller
 *  has written it. */
export async function recordOf(db: Kysely<DB>, tenantId: string, carerId: string, today: string) {
  const l = await recordLists(db, tenantId, carerId);
  return {
    consents: l.consents.map(toConsent), actions: l.actions.map((r) => toAction(r, today)), journal: toJournal(l.journal),
    plan: l.plan.map(toMeasure), offers: l.offers.map(toOffer),
  };
}

export async function addConsent(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, carerId: string, form: { scope: ConsentScope; givenOn: string }): Promise<void> {
  const now = clock.now();
  if (form.givenOn > localDate(now)) throw new Invalid({ givenOn: 'Datumet kan inte vara i framtiden' });
  await db.transaction().execute(async (trx) => {
    const carer = await q.findCarer(trx, actor.tenantId, scope.units, carerId);
    if (!carer) throw new NotFound();
    await q.insertConsent(trx, {
      id: newId(), tenant_id: actor.tenantId, carer_id: carerId, subject: CONSENT_SCOPE_SUBJECT[form.scope], scope: form.scope,
      wording: CONSENT_WORDINGS[form.scope], given_on: form.givenOn, recorded_by: actor.userId, recorded_at: now.toISOString(),
      withdrawn_on: null, withdrawn_by: null,
    });
    await q.updateCarer(trx, actor.tenantId, scope.units, carerId, { last_activity_at: now.toISOString() });
    await auditCarer(trx, clock, actor, 'carer.consent_add', carer, `samtycke: ${form.scope}`);
  });
}

export async function withdrawConsent(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, carerId: string, consentId: string): Promise<void> {
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    const carer = await q.findCarer(trx, actor.tenantId, scope.units, carerId);
    if (!carer) throw new NotFound();
    const n = await q.withdrawConsent(trx, actor.tenantId, carerId, consentId, localDate(now), actor.userId);
    if (n === 0) throw new NotFound();
    await auditCarer(trx, clock, actor, 'carer.consent_withdraw', carer, 'återkallat samtycke');
  });
}

export async function setSupportContact(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, carerId: string, userId: string | null, options: { id: string }[]): Promise<void> {
  if (userId !== null && !options.some((o) => o.id === userId)) throw new Invalid({ supportContactUserId: 'Välj någon i listan: en person som arbetar med enheten' });
  const carer = await carerFor(db, actor, scope, carerId);
  await db.transaction().execute(async (trx) => {
    await q.updateCarer(trx, actor.tenantId, scope.units, carerId, { support_contact_user_id: userId, updated_at: clock.now().toISOString() });
    await auditCarer(trx, clock, actor, 'carer.support_contact', carer, 'utse stödkontakt');
  });
}

export async function addAction(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, carerId: string,
  form: { kind: ActionKind; actionType: ActionType; dueOn: string; assignedUserId: string | null }, assignable: { id: string }[]): Promise<void> {
  const now = clock.now();
  if (form.dueOn < localDate(now)) throw new Invalid({ dueOn: 'Datumet kan inte ha passerat' });
  if (form.assignedUserId !== null && !assignable.some((o) => o.id === form.assignedUserId)) throw new Invalid({ assignedUserId: 'Välj någon i listan: en person som arbetar med enheten' });
  await db.transaction().execute(async (trx) => {
    const carer = await q.findCarer(trx, actor.tenantId, scope.units, carerId);
    if (!carer) throw new NotFound();
    await q.insertAction(trx, {
      id: newId(), tenant_id: actor.tenantId, carer_id: carerId, kind: form.kind, action_type: form.actionType, due_on: form.dueOn,
      assigned_user_id: form.assignedUserId ?? actor.userId, status: 'planned', done_on: null, created_by: actor.userId,
      created_at: now.toISOString(), updated_at: now.toISOString(),
    });
    await q.updateCarer(trx, actor.tenantId, scope.units, carerId, { last_activity_at: now.toISOString() });
    await auditCarer(trx, clock, actor, 'carer.action_add', carer, `planera ${form.kind}`);
  });
}

export async function setActionDone(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, carerId: string, actionId: string, status: 'done' | 'cancelled'): Promise<void> {
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    const carer = await q.findCarer(trx, actor.tenantId, scope.units, carerId);
    if (!carer) throw new NotFound();
    const n = await q.setActionStatus(trx, actor.tenantId, carerId, actionId, { status, done_on: localDate(now), updated_at: now.toISOString() });
    if (n === 0) throw new NotFound();
    await q.updateCarer(trx, actor.tenantId, scope.units, carerId, { last_activity_at: now.toISOString() });
    await auditCarer(trx, clock, actor, status === 'done' ? 'carer.action_done' : 'carer.action_cancel', carer, 'uppföljning');
  });
}

/** A signed, immutable entry; a correction is a new entry pointing at the one it corrects. */
export async function addJournalEntry(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, tenant: Tenant, carerId: string, form: { body: string; correctsId: string | null }): Promise<void> {
  if (tenant.settings.documentationPolicy !== 'journal') {
    throw new Conflict('Kommunen för ingen journal över öppen verksamhet. Fritext sparas inte.');
  }
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    const carer = await q.findCarer(trx, actor.tenantId, scope.units, carerId);
    if (!carer) throw new NotFound();
    if (form.correctsId) {
      const entries = await q.listJournal(trx, actor.tenantId, carerId);
      if (!entries.some((e) => e.id === form.correctsId)) throw new Invalid({ correctsId: 'Anteckningen som ska rättas finns inte' });
    }
    await q.insertJournal(trx, {
      id: newId(), tenant_id: actor.tenantId, carer_id: carerId, body: form.body, signed_by: actor.userId, signed_at: now.toISOString(), corrects_id: form.correctsId,
    });
    await q.updateCarer(trx, actor.tenantId, scope.units, carerId, { last_activity_at: now.toISOString() });
    await auditCarer(trx, clock, actor, form.correctsId ? 'carer.journal_correct' : 'carer.journal_sign', carer, 'journalföring');
  });
}

export interface FollowUpRow {
  id: string; carerId: string; carerName: string; kind: ActionKind; actionType: ActionType; dueOn: string; assignedName: string | null; overdue: boolean;
}

/** The team's planned actions that are overdue or due within `days` (an audited list of names). */
export async function followUpList(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, days: number, mine: boolean): Promise<FollowUpRow[]> {
  const now = clock.now();
  const today = localDate(now);
  const horizon = localDate(new Date(now.getTime() + days * 86_400_000));
  const rows = await q.plannedDue(db, actor.tenantId, scope.units, horizon, mine ? actor.userId : undefined);
  await auditCarer(db, clock, actor, 'carer.list', null, 'uppföljningslista');
  return rows.map((r) => ({
    id: r.id, carerId: r.carer_id, carerName: r.carer_name, kind: r.kind as ActionKind, actionType: r.action_type as ActionType,
    dueOn: r.due_on, assignedName: r.assigned_name, overdue: r.due_on < today,
  }));
}
