// Identified carers, SPEC C3 and §5: only with the carer's consent; name, contact details,
// optional personnummer, a named stödkontakt, consents, planned actions and follow-ups, linked
// contacts and (where the municipality documents) a signed journal. Unit-scoped; every read,
// write and export writes an audit row.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { newId } from '../../platform/db/helpers.js';
import type { Clock } from '../../platform/db/clock.js';
import { Invalid, NotFound } from '../../platform/http/errors.js';
import { inScope, scopeFor, type Principal, type Scope } from '../../platform/auth/principal.js';
import { ROLE_PERMISSIONS } from '../../platform/auth/permissions.js';
import { subtree, type Tenant } from '../../platform/tenancy/tenancy.js';
import type { AgeBand, DocumentationPolicy, Gender, Relationship, TargetGroup } from '../../platform/domain/vocab.js';
import * as q from './queries.js';
import type { CarerCreateForm, CarerEditForm } from './schema.js';
import { parsePersonnummer } from './personnummer.js';
import { CONSENT_WORDINGS } from './vocab.js';
import { READ, WRITE } from './policy.js';
import { localDate } from './time.js';
import { auditCarer, type Db } from './audit.js';
import { findDuplicates, type DuplicateCandidate } from './duplicates.js';
import { normName, normPhone } from './normalize.js';
import { sm } from '../../platform/i18n/staff-messages.js';

export { normName, normPhone } from './normalize.js';

export { auditCarer } from './audit.js';
export { findDuplicates, mergeCarers, type DuplicateCandidate } from './duplicates.js';
export * from './record.js';
export * from './rights.js';
export * from './offers.js';
export * from './plan.js';
export { runCarerRetention, sendFollowUpReminders } from './jobs.js';
export { seedCarer, seedGeneratedCarers, seedTouch } from './seed.js';

export interface Carer {
  id: string;
  unitId: string;
  unitName: string;
  name: string;
  phone: string | null;
  email: string | null;
  hasPersonnummer: boolean;
  targetGroup: TargetGroup | null;
  relationship: Relationship | null;
  ageBand: AgeBand | null;
  gender: Gender | null;
  supportContactId: string | null;
  supportContactName: string | null;
  createdAt: string;
  lastActivityAt: string;
}

export function toCarer(r: q.CarerRow, unitNames: Map<string, string>, userNames: Map<string, string>): Carer {
  return {
    id: r.id, unitId: r.unit_id, unitName: unitNames.get(r.unit_id) ?? 'Okänd enhet', name: r.name, phone: r.phone, email: r.email,
    hasPersonnummer: r.personnummer !== null, targetGroup: r.target_group as TargetGroup | null, relationship: r.relationship as Relationship | null,
    ageBand: r.age_band as AgeBand | null, gender: r.gender as Gender | null, supportContactId: r.support_contact_user_id,
    supportContactName: r.support_contact_user_id ? (userNames.get(r.support_contact_user_id) ?? null) : null,
    createdAt: r.created_at, lastActivityAt: r.last_activity_at,
  };
}

export async function toCarers(db: Db, actor: Principal, rows: q.CarerRow[]): Promise<Carer[]> {
  const unitNames = new Map(actor.units.map((u) => [u.id, u.name]));
  const users = await q.userNames(db, actor.tenantId, [...new Set(rows.map((r) => r.support_contact_user_id).filter((x): x is string => !!x))]);
  return rows.map((r) => toCarer(r, unitNames, users));
}

export const documentationPolicy = (tenant: Tenant): DocumentationPolicy => tenant.settings.documentationPolicy;

/** Units a user can register carers in: those where they hold carers:write. */
export function carerUnits(p: Principal): { id: string; name: string }[] {
  const ids = p.roles.filter((r) => ROLE_PERMISSIONS[r.role]?.includes(WRITE)).map((r) => r.unitId);
  const list = ids.includes(null) ? p.units.filter((u) => !u.external && u.kind === 'unit').map((u) => u.id) : (ids as string[]);
  return [...new Set(list)].map((id) => ({ id, name: p.units.find((u) => u.id === id)?.name ?? 'Okänd enhet' }));
}

/** Specialists whose role covers the unit: the people who can be a carer's stödkontakt. */
export async function supportContactOptions(db: Db, actor: Principal, unitId: string): Promise<{ id: string; name: string }[]> {
  const rows = await q.usersWithRole(db, actor.tenantId, 'specialist');
  const out = new Map<string, string>();
  for (const r of rows) if (r.unit_id === null || subtree(actor.units, r.unit_id).has(unitId)) out.set(r.id, r.name);
  return [...out].map(([id, name]) => ({ id, name }));
}

/** One carer in scope (no audit: callers that show or change data audit what they do). */
export async function loadCarer(db: Db, actor: Principal, scope: Scope, id: string): Promise<q.CarerRow> {
  const row = await q.findCarer(db, actor.tenantId, scope.units, id);
  if (!row) throw new NotFound();
  return row;
}

/** A carer's record for a page that shows it: audited read with purpose. */
export async function readCarer(db: Db, clock: Clock, actor: Principal, scope: Scope, id: string, purpose: string): Promise<Carer> {
  return (await readCarerAndRow(db, clock, actor, scope, id, purpose)).carer;
}

/** readCarer, with the row it read (for the duplicate check of the carer's page: no second read). */
export async function readCarerAndRow(db: Db, clock: Clock, actor: Principal, scope: Scope, id: string, purpose: string): Promise<{ carer: Carer; row: q.CarerRow }> {
  const found = await q.findCarerWithContact(db, actor.tenantId, scope.units, id);
  if (!found) throw new NotFound();
  const { row, supportContactName } = found;
  await auditCarer(db, clock, actor, 'carer.read', row, purpose);
  const contact = new Map(row.support_contact_user_id && supportContactName !== null ? [[row.support_contact_user_id, supportContactName]] : []);
  return { carer: toCarer(row, new Map(actor.units.map((u) => [u.id, u.name])), contact), row };
}

/** The personnummer in full, after the user pressed "visa": its own audit row. */
export async function revealPersonnummer(db: Db, clock: Clock, actor: Principal, scope: Scope, id: string): Promise<string | null> {
  const row = await loadCarer(db, actor, scope, id);
  await auditCarer(db, clock, actor, 'carer.reveal_personnummer', row, 'visa personnummer');
  return row.personnummer;
}

export const PAGE_SIZE = 50;

export async function listCarers(db: Db, clock: Clock, actor: Principal, scope: Scope, opts: { mine: boolean; page: number }) {
  const { rows, total } = await q.listCarers(db, actor.tenantId, scope.units, { supportContact: opts.mine ? actor.userId : undefined }, PAGE_SIZE, (opts.page - 1) * PAGE_SIZE);
  await auditCarer(db, clock, actor, 'carer.list', null, opts.mine ? 'mina anhöriga' : 'lista anhöriga');
  return { carers: await toCarers(db, actor, rows), total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** Search by name, phone, e-mail or personnummer (posted, never in a URL). Scope applies. */
export async function searchCarers(db: Db, clock: Clock, actor: Principal, scope: Scope, text: string): Promise<Carer[]> {
  const pnr = parsePersonnummer(text, clock.now());
  const phone = normPhone(/^[0-9 +()-]+$/.test(text) ? text : null);
  const rows = await q.findMatching(db, actor.tenantId, scope.units, {
    personnummer: pnr.ok ? pnr.normalized : undefined,
    phoneNorm: phone && phone.length >= 6 ? phone : undefined,
    email: text.includes('@') ? text.toLowerCase() : undefined,
    nameLike: pnr.ok || phone ? undefined : normName(text),
  });
  await auditCarer(db, clock, actor, 'carer.search', null, 'sök anhörig');
  return toCarers(db, actor, rows);
}

function checkPersonnummer(value: string | null, now: Date): string | null {
  if (value === null) return null;
  const r = parsePersonnummer(value, now);
  if (!r.ok) throw new Invalid({ personnummer: r.message });
  return r.normalized;
}

async function checkSupportContact(db: Db, actor: Principal, unitId: string, userId: string | null): Promise<void> {
  if (userId === null) return;
  const options = await supportContactOptions(db, actor, unitId);
  if (!options.some((o) => o.id === userId)) throw new Invalid({ supportContactUserId: 'Välj någon i listan: en person som arbetar med enheten' });
}

export type CreateResult = { created: true; id: string } | { created: false; duplicates: DuplicateCandidate[] };

/**
 * Registers a carer who has consented. Likely duplicates in the user's scope are shown first;
 * the user confirms (confirmNotDuplicate) to register anyway.
 */
export async function createCarer(db: Kysely<DB>, clock: Clock, actor: Principal, readScope: Scope, writeScope: Scope, form: CarerCreateForm): Promise<CreateResult> {
  const now = clock.now();
  if (!inScope(writeScope, form.unitId) || !carerUnits(actor).some((u) => u.id === form.unitId)) {
    throw new Invalid({ unitId: 'Välj en av dina enheter' });
  }
  const personnummer = checkPersonnummer(form.personnummer, now);
  await checkSupportContact(db, actor, form.unitId, form.supportContactUserId);
  const keys = { name: form.name, phone: form.phone, email: form.email, personnummer };
  if (!form.confirmNotDuplicate) {
    const duplicates = await findDuplicates(db, clock, actor, readScope, keys);
    if (duplicates.length > 0) return { created: false, duplicates };
  }
  const id = newId();
  const iso = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const row = {
      id, tenant_id: actor.tenantId, unit_id: form.unitId, name: form.name, name_norm: normName(form.name), phone: form.phone,
      phone_norm: normPhone(form.phone), email: form.email, personnummer, target_group: form.targetGroup, relationship: form.relationship,
      age_band: form.ageBand, gender: form.gender, support_contact_user_id: form.supportContactUserId, created_by: actor.userId,
      created_at: iso, updated_at: iso, last_activity_at: iso,
    };
    await q.insertCarer(trx, row);
    await q.insertConsent(trx, {
      id: newId(), tenant_id: actor.tenantId, carer_id: id, subject: 'carer', scope: 'registration', wording: CONSENT_WORDINGS.registration,
      given_on: form.consentDate, recorded_by: actor.userId, recorded_at: iso, withdrawn_on: null, withdrawn_by: null,
    });
    await auditCarer(trx, clock, actor, 'carer.create', row, 'registrering med samtycke');
  });
  return { created: true, id };
}

export async function updateCarer(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string, form: CarerEditForm): Promise<void> {
  const now = clock.now();
  const current = await loadCarer(db, actor, scope, id);
  const typed = checkPersonnummer(form.personnummer, now);
  await checkSupportContact(db, actor, current.unit_id, form.supportContactUserId);
  const personnummer = form.removePersonnummer ? null : (typed ?? current.personnummer);
  await db.transaction().execute(async (trx) => {
    const n = await q.updateCarer(trx, actor.tenantId, scope.units, id, {
      name: form.name, name_norm: normName(form.name), phone: form.phone, phone_norm: normPhone(form.phone), email: form.email, personnummer,
      target_group: form.targetGroup, relationship: form.relationship, age_band: form.ageBand, gender: form.gender,
      support_contact_user_id: form.supportContactUserId, updated_at: now.toISOString(), last_activity_at: now.toISOString(),
    });
    if (n === 0) throw new NotFound();
    await auditCarer(trx, clock, actor, 'carer.update', current, 'ändra uppgifter');
  });
}

/** Edit form values (the personnummer is never put back into a page). */
export function toEditValues(c: Carer): Record<string, string> {
  return {
    name: c.name, phone: c.phone ?? '', email: c.email ?? '', personnummer: '', targetGroup: c.targetGroup ?? '',
    relationship: c.relationship ?? '', ageBand: c.ageBand ?? '', gender: c.gender ?? '', supportContactUserId: c.supportContactId ?? '',
  };
}

/** A contact was linked to the carer: check scope, count it as activity, audit the write. */
export async function touchCarer(db: Db, clock: Clock, actor: Principal, scope: Scope, carerId: string, purpose: string): Promise<void> {
  const row = await q.findCarer(db, actor.tenantId, scope.units, carerId);
  if (!row) throw new Invalid({ carerId: 'Den anhöriga finns inte eller hör inte till dina enheter' });
  await q.updateCarer(db, actor.tenantId, scope.units, carerId, { last_activity_at: clock.now().toISOString() });
  await auditCarer(db, clock, actor, 'carer.contact_linked', row, purpose);
}

/** For the contact form: the linked carer's name (an audited read). */
export async function carerLabel(db: Db, clock: Clock, actor: Principal, scope: Scope, id: string): Promise<string> {
  const c = await readCarer(db, clock, actor, scope, id, 'koppla kontakt');
  return c.name;
}

/** The start page's reminder: how many of my follow-ups are due today or overdue (a count only). */
export async function followUpReminder(db: Kysely<DB>, clock: Clock, actor: Principal): Promise<string | null> {
  const scope = scopeFor(actor, READ);
  if (!scope) return null;
  const today = localDate(clock.now());
  const due = await q.plannedDue(db, actor.tenantId, scope.units, today, actor.userId);
  if (due.length === 0) return null;
  const overdue = due.filter((d) => d.due_on < today).length;
  return `${sm('followUps.due', { count: due.length })}${overdue > 0 ? `, ${sm('followUps.ofWhichOverdue', { count: overdue })}` : ''}`;
}

export interface FollowUpStats { year: number; planned: number; done: number; cancelled: number; overdue: number; followUpsDone: number }

/** Follow-ups and planned actions due in the year: done, cancelled, and still open past their date. */
export async function yearlyFollowUpStats(db: Kysely<DB>, tenantId: string, year: number, today: string): Promise<FollowUpStats> {
  // Counted in SQL by kind and status (a year holds thousands of actions, a few kinds and statuses).
  const rows = await q.actionTalliesDueBetween(db, tenantId, `${year}-01-01`, `${year}-12-31`, today);
  const sum = (keep: (r: (typeof rows)[number]) => boolean, n: (r: (typeof rows)[number]) => number = (r) => r.n) => rows.filter(keep).reduce((a, r) => a + n(r), 0);
  return {
    year, planned: sum(() => true), done: sum((r) => r.status === 'done'), cancelled: sum((r) => r.status === 'cancelled'),
    overdue: sum((r) => r.status === 'planned', (r) => r.past),
    followUpsDone: sum((r) => r.status === 'done' && r.kind === 'follow_up'),
  };
}

/**
 * Mina sidor (issue 18): the identified carer record holding this personnummer, for a carer who
 * signed in with e-legitimation and consented to the link. Only an exact match; nothing is read
 * out or shown, so no staff read is audited here (the link itself is, by the accounts module).
 */
export async function carerIdByPersonnummer(db: Db, tenantId: string, personnummer: string, today: Date): Promise<string | undefined> {
  const parsed = parsePersonnummer(personnummer, today);
  if (!parsed.ok) return undefined;
  const rows = await q.findMatching(db, tenantId, 'all', { personnummer: parsed.normalized }, 2);
  return rows.length === 1 ? rows[0]!.id : undefined;
}

export { offerTalliesByUnit, type UnitOfferTally } from './offer-tallies.js';
