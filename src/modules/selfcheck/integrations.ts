// What the self-check needs from modules built alongside it, through their service.ts only:
// the identified carer in the user's scope (carers) and upcoming public events (events).
import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/db/clock.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { NotFound } from '../../platform/http/errors.js';
import { scopeFor, type Principal } from '../../platform/auth/principal.js';
import { LOCALE_HTML_LANG, type ContentLocale, type TargetGroup } from '../../platform/domain/vocab.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import { loadCarer, searchCarers } from '../carers/service.js';
import { listPublished } from '../events/service.js';
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

/** Carers in the user's carers:read scope matching a name, phone, e-mail or personnummer (posted, audited by carers). */
export async function findCarers(db: Kysely<DB>, clock: Clock, actor: Principal, text: string): Promise<(CarerRef & { unitName: string })[]> {
  const scope = scopeFor(actor, 'carers:read');
  if (!scope) return [];
  return (await searchCarers(db, clock, actor, scope, text)).map((c) => ({ id: c.id, name: c.name, unitId: c.unitId, unitName: c.unitName }));
}

/** The next few published events for carers (for every target group or the carer's), soonest first. */
export async function upcomingEvents(deps: AppDeps, tenant: Tenant, group: TargetGroup | null, locale: ContentLocale, limit = 3): Promise<PublicEvent[]> {
  const now = deps.clock.now().toISOString();
  const list = await listPublished(deps, tenant.id, { audience: ['carers'], group: group ?? undefined });
  const en = locale === 'en';
  return list
    .map((x) => ({ x, next: x.sessions.filter((s) => s.status === 'scheduled' && s.startsAt > now).sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0] }))
    .filter((y) => y.next !== undefined)
    .sort((a, b) => a.next.startsAt.localeCompare(b.next.startsAt))
    .slice(0, limit)
    .map(({ x, next }) => ({
      title: x.event.title,
      lang: LOCALE_HTML_LANG[x.event.language],
      href: `/${tenant.slug}/aktiviteter/${x.event.id}`,
      when: DateTime.fromISO(next.startsAt, { zone: 'utc' }).setZone('Europe/Stockholm').setLocale(en ? 'en-GB' : 'sv')
        .toFormat(en ? 'cccc d LLLL, HH:mm' : "cccc d LLLL 'kl.' HH.mm"),
    }));
}
