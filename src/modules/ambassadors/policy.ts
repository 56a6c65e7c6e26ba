import type { Permission } from '../../platform/auth/permissions.js';
import { can, inScope, scopeFor, type Principal, type Scope } from '../../platform/auth/principal.js';

// Unit managers (and area managers and directors, for the units below them) designate and end
// ambassadors in their own units only; outside those units an ambassador is not found.
export const DESIGNATE: Permission = 'ambassadors:designate';
export const READ: Permission = 'ambassadors:read';
// The specialists who run the ambassador trainings (events:manage) follow every ambassador of
// the municipality and record trainings for them; the register is staff data, not carers'.
export const TRAIN: Permission = 'events:manage';

/** Units whose ambassadors this person may read: their READ scope, or all for trainers. */
export function readScope(p: Principal): Scope | undefined {
  if (can(p, TRAIN)) return { tenantId: p.tenantId, units: 'all' };
  return scopeFor(p, READ);
}

export function canDesignateIn(p: Principal, unitId: string): boolean {
  const scope = scopeFor(p, DESIGNATE);
  return !!scope && inScope(scope, unitId);
}

/** Trainings by hand: the trainers, or whoever may designate in the ambassador's unit. */
export function canRecordTrainingIn(p: Principal, unitId: string): boolean {
  return can(p, TRAIN) || canDesignateIn(p, unitId);
}
