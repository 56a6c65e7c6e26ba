// Demo contact requests from the web in every municipality, this year: a few new (one of them
// overdue), some assigned or contacted, routed by the municipality's own rules (Herrljunga's
// substance-use requests go to vuxenenheten). Names are invented first names or anonymous;
// phone numbers are in the 070-000 range. Dated on working days before the seed time.
import { DateTime } from 'luxon';
import type { SeedContext } from '../../demo/seeders.js';
import { workingDayNear, workingDayOnOrAfter } from '../../demo/dates.js';
import { ZONE } from '../../platform/domain/dates.js';
import { newId } from '../../platform/db/helpers.js';
import type { AgeBand, TargetGroup } from '../../platform/domain/vocab.js';
import { parseSettings } from '../../platform/tenancy/settings.js';
import { referenceCode, statusToken, tokenHash } from './codes.js';
import * as q from './queries.js';
import { routeRequest, commonQueueRule } from './routing.js';
import type { RequestTopic } from './schema.js';

interface DemoRequest {
  daysAgo: number;
  name: string | null; // null = anonymous
  topic: RequestTopic;
  targetGroup: TargetGroup | null;
  ageBand: AgeBand | null;
  message: string | null;
  status: 'new' | 'assigned' | 'contacted';
}

const REQUESTS: DemoRequest[] = [
  { daysAgo: 1, name: 'Gunilla', topic: 'talk', targetGroup: 'older', ageBand: '65_79', message: 'Min man har fått en demensdiagnos och jag vet inte hur jag ska orka.', status: 'new' },
  { daysAgo: 3, name: null, topic: 'support', targetGroup: 'mental_health', ageBand: '45_64', message: null, status: 'new' },
  { daysAgo: 12, name: 'Reza', topic: 'group', targetGroup: 'disability', ageBand: '25_44', message: 'Finns det en grupp för föräldrar till vuxna barn med funktionsnedsättning?', status: 'new' },
  { daysAgo: 20, name: 'Karin', topic: 'respite', targetGroup: 'older', ageBand: '45_64', message: 'Jag behöver kunna resa bort en helg.', status: 'assigned' },
  { daysAgo: 45, name: null, topic: 'talk', targetGroup: 'substance_use', ageBand: '45_64', message: null, status: 'contacted' },
  { daysAgo: 90, name: 'Leo', topic: 'other', targetGroup: 'long_term_illness', ageBand: '18_24', message: 'Min mamma är sjuk och jag undrar vad jag kan få för stöd.', status: 'contacted' },
];

export async function seedRequests(ctx: SeedContext): Promise<void> {
  const { db, tenantId, now } = ctx;
  const settings = parseSettings((await q.tenantSettingsJson(db, tenantId)) ?? '{}');
  const unitIds = new Set(ctx.unitIds.values());
  const specialists = ctx.data.staff.filter((s) => s.roles.some((r) => r.role === 'specialist')).map((s) => ctx.userIds.get(s.key)!);
  const today = DateTime.fromJSDate(now, { zone: ZONE }).toISODate()!;
  const yearStart = workingDayOnOrAfter(`${today.slice(0, 4)}-01-01`);
  for (const [i, r] of REQUESTS.entries()) {
    // A working day before today, kept within this year when the year allows it.
    let day = workingDayNear(today, -r.daysAgo);
    if (day < yearStart && yearStart < today) day = yearStart;
    const createdAt = DateTime.fromISO(`${day}T${String(9 + (i % 6)).padStart(2, '0')}:20:00`, { zone: ZONE }).toUTC().toISO()!;
    const rule = routeRequest(settings.routing, { targetGroup: r.targetGroup ?? undefined, ageBand: r.ageBand ?? undefined }, unitIds);
    const assigned = r.status === 'new' ? null : specialists[i % specialists.length] ?? null;
    await q.insertRequest(db, {
      id: newId(), tenant_id: tenantId, reference: referenceCode(), status_token_hash: tokenHash(statusToken()), mode: r.name ? 'named' : 'anonymous',
      name: r.name, phone: `070-000 ${String(40 + i).padStart(2, '0')} ${String(10 + 3 * i).padStart(2, '0')}`, email: null,
      message: r.message, selfcheck_summary: null, channel: 'phone', topic: r.topic, target_group: r.targetGroup, age_band: r.ageBand,
      preferred_language: 'sv', preferred_time: i % 2 === 0 ? 'any' : 'afternoon', heard_via: i % 3 === 0 ? 'website' : 'healthcare', campaign_id: null,
      routed_unit_id: rule?.routeToUnitId ?? null, routing_note: rule?.note ?? commonQueueRule(settings.routing)?.note ?? '', status: assigned ? r.status : 'new',
      assigned_user_id: assigned, close_reason: null, created_at: createdAt, updated_at: createdAt,
      contacted_at: r.status === 'contacted' && assigned ? createdAt : null, closed_at: null, erased_at: null,
    });
  }
}
