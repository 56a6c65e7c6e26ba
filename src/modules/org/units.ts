// The organisation editor's use cases (SPEC §2): administrations → areas → units (add, rename,
// move, deactivate) and governance bodies. Every write is audited inside its transaction.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/db/clock.js';
import { audit } from '../../platform/audit/audit.js';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import { Conflict, Invalid, NotFound } from '../../platform/http/errors.js';
import { listUnits, pathTo, subtree, type OrgUnit } from '../../platform/tenancy/tenancy.js';
import { parseSettings } from '../../platform/tenancy/settings.js';
import type { BodyKind } from '../../platform/domain/vocab.js';
import type { BodyForm, UnitForm } from './admin-schema.js';
import { addBody, addUnit } from './service.js';
import { assertUnitInScope, mayPlaceAt, requireWholeMunicipality } from './policy.js';
import * as q from './queries.js';

export interface UnitNode extends OrgUnit {
  depth: number;
  editable: boolean;
  children: UnitNode[];
}

/** The tenant's units as a tree, each marked editable when it lies in the admin's scope. */
export function buildTree(units: OrgUnit[], scope: Scope): UnitNode[] {
  const nodes = new Map<string, UnitNode>(units.map((u) => [u.id, {
    ...u, depth: 0, children: [], editable: scope.units === 'all' || scope.units.includes(u.id),
  }]));
  const roots: UnitNode[] = [];
  for (const n of nodes.values()) {
    const parent = n.parentId ? nodes.get(n.parentId) : undefined;
    if (parent) parent.children.push(n);
    else roots.push(n);
  }
  const setDepth = (list: UnitNode[], depth: number) => {
    for (const n of list) {
      n.depth = depth;
      setDepth(n.children, depth + 1);
    }
  };
  setDepth(roots, 0);
  return roots;
}

/** "Förvaltning › Område › Enhet": a unit's full name, for select lists. */
export const unitPathLabel = (units: OrgUnit[], id: string): string => pathTo(units, id).map((u) => u.name).join(' › ');

/** Units that may be chosen (as parent or role unit): active, in scope, minus those excluded. */
export function unitChoices(units: OrgUnit[], scope: Scope, exclude: Set<string> = new Set()): { value: string; label: string }[] {
  return units
    .filter((u) => u.active && !exclude.has(u.id) && mayPlaceAt(scope, u.id))
    .map((u) => ({ value: u.id, label: unitPathLabel(units, u.id) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'sv'));
}

function checkParent(units: OrgUnit[], scope: Scope, parentId: string | null): void {
  if (parentId === null) {
    if (!mayPlaceAt(scope, null)) throw new Invalid({ parentId: 'Du kan bara lägga enheter under dina egna enheter' });
    return;
  }
  const parent = units.find((u) => u.id === parentId);
  if (!parent || !mayPlaceAt(scope, parentId)) throw new Invalid({ parentId: 'Välj en enhet i listan' });
  if (!parent.active) throw new Invalid({ parentId: 'Den överordnade enheten är inaktiv' });
}

export async function createUnit(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, form: UnitForm): Promise<string> {
  const units = await listUnits(db, actor.tenantId);
  checkParent(units, scope, form.parentId);
  return db.transaction().execute(async (trx) => {
    const id = await addUnit(trx, actor.tenantId, { parentId: form.parentId, kind: form.kind, name: form.name, external: form.external, sortOrder: form.sortOrder ?? 0 }, clock.now());
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, unitId: id, action: 'org.unit_create', subjectType: 'org_unit', subjectId: id }, clock.now());
    return id;
  });
}

export async function getUnit(db: Kysely<DB>, actor: Principal, scope: Scope, id: string): Promise<OrgUnit> {
  const units = await listUnits(db, actor.tenantId);
  const unit = units.find((u) => u.id === id);
  if (!unit) throw new NotFound();
  assertUnitInScope(scope, id);
  return unit;
}

export async function updateUnit(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string, form: UnitForm): Promise<void> {
  const units = await listUnits(db, actor.tenantId);
  const unit = units.find((u) => u.id === id);
  if (!unit) throw new NotFound();
  assertUnitInScope(scope, id);
  if (form.parentId !== unit.parentId) {
    if (form.parentId !== null && subtree(units, id).has(form.parentId)) {
      throw new Invalid({ parentId: 'En enhet kan inte flyttas in under sig själv eller sina egna enheter' });
    }
    checkParent(units, scope, form.parentId);
  }
  await db.transaction().execute(async (trx) => {
    const n = await q.updateUnit(trx, actor.tenantId, id, {
      name: form.name, kind: form.kind, parent_id: form.parentId, external: form.external ? 1 : 0, sort_order: form.sortOrder ?? unit.sortOrder,
    });
    if (n === 0) throw new NotFound();
    const moved = form.parentId !== unit.parentId;
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, unitId: id, action: moved ? 'org.unit_move' : 'org.unit_update', subjectType: 'org_unit', subjectId: id }, clock.now());
  });
}

export async function setUnitActive(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string, active: boolean): Promise<void> {
  const units = await listUnits(db, actor.tenantId);
  const unit = units.find((u) => u.id === id);
  if (!unit) throw new NotFound();
  assertUnitInScope(scope, id);
  await db.transaction().execute(async (trx) => {
    if (!active) {
      if (await q.countActiveChildren(trx, actor.tenantId, id) > 0) {
        throw new Conflict('Enheten har aktiva enheter under sig. Inaktivera eller flytta dem först.');
      }
      const settings = parseSettings((await q.readSettingsJson(trx, actor.tenantId)) ?? '{}');
      if (settings.routing.some((r) => r.routeToUnitId === id)) {
        throw new Conflict('Enheten tar emot kontakter enligt en regel under Inställningar. Ändra regeln först.');
      }
      if (settings.violenceUnitId === id) {
        throw new Conflict('Enheten tar emot förfrågningar med misstanke om våld i nära relation enligt Inställningar. Välj en annan enhet där först.');
      }
    } else if (unit.parentId && !units.find((u) => u.id === unit.parentId)?.active) {
      throw new Conflict('Den överordnade enheten är inaktiv. Aktivera den först.');
    }
    await q.updateUnit(trx, actor.tenantId, id, { active: active ? 1 : 0 });
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, unitId: id, action: active ? 'org.unit_activate' : 'org.unit_deactivate', subjectType: 'org_unit', subjectId: id }, clock.now());
  });
}

export interface Body {
  id: string;
  kind: BodyKind;
  name: string;
  meetingsPerYear: number | null;
  description: string;
}
const toBody = (r: q.BodyRow): Body => ({ id: r.id, kind: r.kind as BodyKind, name: r.name, meetingsPerYear: r.meetings_per_year, description: r.description });

export async function listBodies(db: Kysely<DB>, tenantId: string): Promise<Body[]> {
  return (await q.listBodies(db, tenantId)).map(toBody);
}

export async function getBody(db: Kysely<DB>, tenantId: string, id: string): Promise<Body> {
  const row = await q.findBody(db, tenantId, id);
  if (!row) throw new NotFound();
  return toBody(row);
}

export async function createBody(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, form: BodyForm): Promise<string> {
  requireWholeMunicipality(scope);
  return db.transaction().execute(async (trx) => {
    const id = await addBody(trx, actor.tenantId, { kind: form.kind, name: form.name, meetingsPerYear: form.meetingsPerYear, description: form.description }, clock.now());
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'org.body_create', subjectType: 'governance_body', subjectId: id }, clock.now());
    return id;
  });
}

export async function updateBody(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string, form: BodyForm): Promise<void> {
  requireWholeMunicipality(scope);
  await db.transaction().execute(async (trx) => {
    const n = await q.updateBody(trx, actor.tenantId, id, { kind: form.kind, name: form.name, meetings_per_year: form.meetingsPerYear, description: form.description });
    if (n === 0) throw new NotFound();
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'org.body_update', subjectType: 'governance_body', subjectId: id }, clock.now());
  });
}
