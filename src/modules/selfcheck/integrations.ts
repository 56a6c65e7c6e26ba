// What the self-check needs from modules built alongside it, through their service.ts only:
// the identified carer in the user's scope (carers) and upcoming public events (events).
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { NotFound } from '../../platform/http/errors.js';
import { scopeFor, type Principal } from '../../platform/auth/principal.js';
import type { ContentLocale, TargetGroup } from '../../platform/domain/vocab.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import { loadCarer } from '../carers/service.js';
import type { PublicEvent } from './views/result.js';

export interface CarerRef {
  id: string;
  name: string;
  unitId: string | null;
}

/**
 * The carer, when they exist in this municipality and the user's carers:read scope covers
 * their unit; otherwise not found (404), as for any record outside scope.
 */
export async function carerInScope(db: Kysely<DB>, actor: Principal, carerId: string): Promise<CarerRef> {
  const scope = scopeFor(actor, 'carers:read');
  if (!scope) throw new NotFound();
  const row = await loadCarer(db, actor, scope, carerId);
  return { id: row.id, name: row.name, unitId: row.unit_id };
}

/** Upcoming public events for the carer's target group, or null to show only the link to /aktiviteter. */
export async function upcomingEvents(_deps: AppDeps, _tenant: Tenant, _group: TargetGroup | null, _locale: ContentLocale): Promise<PublicEvent[] | null> {
  return null;
}
