// Ambassadors (anhörigombud), SPEC C4: the register per unit — who, designated by which unit
// manager and since when, active or ended — their training history (events engine + by hand)
// and the coverage view of units without a trained ambassador. Public API for other modules:
// ambassadorCoverage (reports).
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/db/clock.js';
import { newId } from '../../platform/db/helpers.js';
import { audit } from '../../platform/audit/audit.js';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import { Invalid, NotFound } from '../../platform/http/errors.js';
import { listUnits, pathTo, subtree, type OrgUnit } from '../../platform/tenancy/tenancy.js';
import { parseSettings } from '../../platform/tenancy/settings.js';
import { addMonths, localToday } from '../../platform/domain/dates.js';
import { sharedRead } from '../../platform/db/shared-reads.js';
import { computeCoverage, type Coverage, type CoverageAmbassador } from './coverage.js';
import { eventTrainings, type EventTraining } from './event-trainings.js';
import { canDesignateIn, canRecordTrainingIn } from './policy.js';
import * as q from './queries.js';
import type { DesignateForm, EndForm, TrainingForm } from './schema.js';

export interface Ambassador {
  id: string;
  unitId: string;
  unitPath: string;
  userId: string | null;
  name: string;
  title: string;
  hasAccount: boolean;
  designatedByName: string;
  since: string;
  endedOn: string | null;
  endedByName: string;
  endReason: string;
  active: boolean;
}

export interface Training {
  /** The hand-recorded row's id; null for sessions from the events engine. */
  id: string | null;
  source: 'manual' | 'event';
  date: string;
  title: string;
  minutes: number;
}

export function toAmbassador(r: q.AmbassadorRow, units: OrgUnit[]): Ambassador {
  return {
    id: r.id, unitId: r.unit_id, unitPath: pathTo(units, r.unit_id).map((u) => u.name).join(' › '),
    userId: r.user_id, name: r.user_name ?? r.person_name ?? '', title: r.user_id ? (r.user_title ?? '') : r.person_title,
    hasAccount: r.user_id !== null, designatedByName: r.designated_by_name ?? '', since: r.since,
    endedOn: r.ended_on, endedByName: r.ended_by_name ?? '', endReason: r.end_reason ?? '', active: r.ended_on === null,
  };
}

const toTraining = (r: q.TrainingRow): Training => ({ id: r.id, source: 'manual', date: r.date, title: r.title, minutes: r.minutes });
const fromEvent = (e: EventTraining): Training => ({ id: null, source: 'event', date: e.date, title: e.title, minutes: e.minutes });

async function tenantSettings(db: Kysely<DB>, tenantId: string) {
  const row = await db.selectFrom('tenants').select('settings').where('id', '=', tenantId).executeTakeFirst();
  return parseSettings(row?.settings ?? '{}');
}

export interface RegisterUnit {
  unit: OrgUnit;
  path: string;
  canDesignate: boolean;
  ambassadors: Ambassador[];
}

/** The register: every unit in scope (kind unit, own organisation) with its ambassadors. */
export async function register(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, opts: { activeOnly: boolean }): Promise<RegisterUnit[]> {
  const units = await listUnits(db, actor.tenantId);
  const rows = await q.listAmbassadors(db, actor.tenantId, scope.units, opts);
  const byUnit = new Map<string, Ambassador[]>();
  for (const r of rows) {
    const list = byUnit.get(r.unit_id) ?? [];
    list.push(toAmbassador(r, units));
    byUnit.set(r.unit_id, list);
  }
  await audit(db, { tenantId: actor.tenantId, userId: actor.userId, action: 'ambassador.list', subjectType: 'ambassador_register', purpose: opts.activeOnly ? 'active' : 'all' }, clock.now());
  const scoped = scope.units === 'all' ? null : new Set(scope.units);
  return units
    .filter((u) => u.kind === 'unit' && !u.external && (u.active || byUnit.has(u.id)) && (!scoped || scoped.has(u.id)))
    .map((u) => ({
      unit: u, path: pathTo(units, u.id).slice(0, -1).map((x) => x.name).join(' › '), canDesignate: u.active && canDesignateIn(actor, u.id),
      ambassadors: (byUnit.get(u.id) ?? []).sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'sv')),
    }));
}

/** A unit the actor may designate in, or not found. */
export async function unitForDesignation(db: Kysely<DB>, actor: Principal, unitId: string): Promise<{ unit: OrgUnit; path: string }> {
  const units = await listUnits(db, actor.tenantId);
  const unit = units.find((u) => u.id === unitId);
  if (!unit || unit.kind !== 'unit' || unit.external || !unit.active || !canDesignateIn(actor, unit.id)) throw new NotFound();
  return { unit, path: pathTo(units, unit.id).map((u) => u.name).join(' › ') };
}

/** The people of a unit with an account: whom a manager can pick. */
export async function staffOptions(db: Kysely<DB>, tenantId: string, unitId: string): Promise<q.StaffOption[]> {
  const units = await listUnits(db, tenantId);
  return q.usersInUnits(db, tenantId, [...subtree(units, unitId)]);
}

export async function designate(db: Kysely<DB>, clock: Clock, actor: Principal, unitId: string, form: DesignateForm): Promise<string> {
  await unitForDesignation(db, actor, unitId);
  const today = localToday(clock.now());
  if (form.since > addMonths(today, 12)) throw new Invalid({ since: 'Datumet kan inte ligga mer än ett år fram i tiden' });
  if (form.kind === 'user') {
    const options = await staffOptions(db, actor.tenantId, unitId);
    if (!options.some((o) => o.id === form.userId)) throw new Invalid({ userId: 'Välj en medarbetare i enheten' });
    if (await q.activeUserAmbassadorInUnit(db, actor.tenantId, unitId, form.userId!)) {
      throw new Invalid({ userId: 'Medarbetaren är redan anhörigombud i enheten' });
    }
  }
  const id = newId();
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await q.insertAmbassador(trx, {
      id, tenant_id: actor.tenantId, unit_id: unitId, user_id: form.kind === 'user' ? form.userId! : null,
      person_name: form.kind === 'person' ? form.personName! : null, person_title: form.kind === 'person' ? (form.personTitle ?? '') : '',
      designated_by: actor.userId, since: form.since, ended_on: null, ended_by: null, end_reason: null, created_at: now, updated_at: now,
    });
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, unitId, action: 'ambassador.designate', subjectType: 'ambassador', subjectId: id }, clock.now());
  });
  return id;
}

export interface AmbassadorDetail {
  ambassador: Ambassador;
  trainings: Training[];
  canManage: boolean;
  canRecordTraining: boolean;
}

export async function getAmbassador(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string): Promise<AmbassadorDetail> {
  const row = await q.findAmbassador(db, actor.tenantId, scope.units, id);
  if (!row) throw new NotFound();
  const units = await listUnits(db, actor.tenantId);
  const ambassador = toAmbassador(row, units);
  const manual = (await q.listTrainings(db, actor.tenantId, [id])).map(toTraining);
  const events = ambassador.userId ? (await eventTrainings(db, actor.tenantId, [ambassador.userId], '1900-01-01')).get(ambassador.userId) ?? [] : [];
  const trainings = [...manual, ...events.map(fromEvent)].sort((a, b) => b.date.localeCompare(a.date));
  await audit(db, { tenantId: actor.tenantId, userId: actor.userId, unitId: row.unit_id, action: 'ambassador.read', subjectType: 'ambassador', subjectId: id }, clock.now());
  return { ambassador, trainings, canManage: ambassador.active && canDesignateIn(actor, row.unit_id), canRecordTraining: canRecordTrainingIn(actor, row.unit_id) };
}

/** The ambassador, when the actor may act on it (designate scope, or trainer for trainings). */
async function findForAction(db: Kysely<DB>, actor: Principal, id: string, may: (unitId: string) => boolean): Promise<q.AmbassadorRow> {
  const row = await q.findAmbassador(db, actor.tenantId, 'all', id);
  if (!row || !may(row.unit_id)) throw new NotFound();
  return row;
}

/** The ambassador if the actor may end the designation (designate scope), else not found. */
export const ambassadorToManage = (db: Kysely<DB>, actor: Principal, id: string) => findForAction(db, actor, id, (u) => canDesignateIn(actor, u));
/** The ambassador if the actor may record trainings for it, else not found. */
export const ambassadorToTrain = (db: Kysely<DB>, actor: Principal, id: string) => findForAction(db, actor, id, (u) => canRecordTrainingIn(actor, u));

export async function endDesignation(db: Kysely<DB>, clock: Clock, actor: Principal, id: string, form: EndForm): Promise<void> {
  const row = await ambassadorToManage(db, actor, id);
  if (row.ended_on !== null) throw new Invalid({ endedOn: 'Uppdraget är redan avslutat' });
  if (form.endedOn < row.since) throw new Invalid({ endedOn: 'Slutdatum kan inte vara före startdatum' });
  if (form.endedOn > addMonths(localToday(clock.now()), 12)) throw new Invalid({ endedOn: 'Datumet kan inte ligga mer än ett år fram i tiden' });
  await db.transaction().execute(async (trx) => {
    const n = await q.updateAmbassador(trx, actor.tenantId, [row.unit_id], id, {
      ended_on: form.endedOn, ended_by: actor.userId, end_reason: form.reason ?? null, updated_at: clock.now().toISOString(),
    });
    if (n === 0) throw new NotFound();
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, unitId: row.unit_id, action: 'ambassador.end', subjectType: 'ambassador', subjectId: id }, clock.now());
  });
}

export async function addTraining(db: Kysely<DB>, clock: Clock, actor: Principal, id: string, form: TrainingForm): Promise<void> {
  const row = await ambassadorToTrain(db, actor, id);
  if (form.date > localToday(clock.now())) throw new Invalid({ date: 'En genomförd utbildning kan inte ha ett datum i framtiden' });
  await db.transaction().execute(async (trx) => {
    const trainingId = newId();
    await q.insertTraining(trx, {
      id: trainingId, tenant_id: actor.tenantId, ambassador_id: id, date: form.date, title: form.title, minutes: form.hours,
      recorded_by: actor.userId, created_at: clock.now().toISOString(),
    });
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, unitId: row.unit_id, action: 'ambassador.training_add', subjectType: 'ambassador', subjectId: id }, clock.now());
  });
}

export async function removeTraining(db: Kysely<DB>, clock: Clock, actor: Principal, id: string, trainingId: string): Promise<void> {
  const row = await ambassadorToTrain(db, actor, id);
  await db.transaction().execute(async (trx) => {
    if ((await q.deleteTraining(trx, actor.tenantId, id, trainingId)) === 0) throw new NotFound();
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, unitId: row.unit_id, action: 'ambassador.training_remove', subjectType: 'ambassador', subjectId: id }, clock.now());
  });
}

/**
 * Coverage for the units in scope (`{ units: 'all' }` for the whole municipality): for each
 * administration and area, units with no active ambassador, with only ambassadors not trained
 * within the municipality's window (ambassadorTrainingMonths), and the share covered.
 * Aggregates plus ambassador names; callers that show names to others audit that.
 */
export async function ambassadorCoverage(db: Kysely<DB>, tenantId: string, scope: Pick<Scope, 'units'>, now: Date = new Date()): Promise<Coverage> {
  const today = localToday(now);
  // Every active ambassador of the municipality, read once per shared call (the reports module
  // builds the whole organisation tree's reports together); each scope keeps its own units.
  const all = await sharedRead(db, `ambassadors.coverage:${tenantId}:${today}`, async () => {
    const [units, settings, rows] = await Promise.all([
      sharedRead(db, `org.units:${tenantId}`, () => listUnits(db, tenantId)), tenantSettings(db, tenantId), q.listAmbassadors(db, tenantId, 'all', { activeOnly: false }),
    ]);
    const months = settings.ambassadorTrainingMonths;
    const trainedSince = addMonths(today, -months);
    // Coverage as it stood on `today` (a past year's end for the report): a later training must
    // not hide the one that counted then.
    const manual = await q.lastTrainings(db, tenantId, rows.map((r) => r.id), today);
    const userIds = [...new Set(rows.map((r) => r.user_id).filter((x): x is string => x !== null))];
    const fromEvents = await eventTrainings(db, tenantId, userIds, trainedSince);
    const ambassadorsByUnit = new Map<string, CoverageAmbassador[]>();
    for (const r of rows) {
      if (r.since > today) continue; // designated from a future date: not yet in place
      if (r.ended_on !== null && r.ended_on <= today) continue; // ended by then (a past year's report counts who was in place at its end)
      const eventDates = r.user_id ? (fromEvents.get(r.user_id) ?? []).map((e) => e.date) : [];
      const dates = [manual.get(r.id), ...eventDates].filter((d): d is string => !!d && d <= today);
      const lastTraining = dates.length > 0 ? dates.reduce((a, b) => (a > b ? a : b)) : null;
      const list = ambassadorsByUnit.get(r.unit_id) ?? [];
      list.push({ id: r.id, name: r.user_name ?? r.person_name ?? '', lastTraining });
      ambassadorsByUnit.set(r.unit_id, list);
    }
    return { units, ambassadorsByUnit, trainedSince, months };
  });
  // computeCoverage looks only at the units in scope, so the whole map can be handed over.
  return computeCoverage({ ...all, scope: scope.units });
}

export async function coverageFor(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, action: 'read' | 'export_csv' | 'export_xlsx'): Promise<Coverage> {
  const coverage = await ambassadorCoverage(db, actor.tenantId, scope, clock.now());
  await audit(db, { tenantId: actor.tenantId, userId: actor.userId, action: `ambassador.coverage_${action}`, subjectType: 'ambassador_register' }, clock.now());
  return coverage;
}

/** Used by the demo seed: an ambassador with a training history, no actor. */
export async function seedAmbassador(db: Kysely<DB>, tenantId: string, now: Date, a: {
  unitId: string; userId: string | null; personName: string | null; personTitle: string; designatedBy: string | null; since: string;
  trainings: { date: string; title: string; minutes: number }[]; endedOn?: string | null;
}): Promise<string> {
  const id = newId();
  const at = now.toISOString();
  await q.insertAmbassador(db, {
    id, tenant_id: tenantId, unit_id: a.unitId, user_id: a.userId, person_name: a.personName, person_title: a.personTitle,
    designated_by: a.designatedBy, since: a.since, ended_on: a.endedOn ?? null, ended_by: null, end_reason: a.endedOn ? 'Avslutat' : null, created_at: at, updated_at: at,
  });
  for (const t of a.trainings) {
    await q.insertTraining(db, { id: newId(), tenant_id: tenantId, ambassador_id: id, date: t.date, title: t.title, minutes: t.minutes, recorded_by: null, created_at: at });
  }
  return id;
}
