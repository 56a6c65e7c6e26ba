// The portal's front door (SPEC C1): the municipality's start page, its short alias (like
// Hässleholm's /a-stod) and the settings its admin edits for them — alias, start-page text
// and the routing rules that send contact requests to the right team.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/db/clock.js';
import { Invalid } from '../../platform/http/errors.js';
import { CONTENT_LOCALES, type ContentLocale } from '../../platform/domain/vocab.js';
import { audit } from '../../platform/audit/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { pick } from '../../platform/i18n/i18n.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import { listUnits } from '../../platform/tenancy/tenancy.js';
import type { RoutingRule, TenantSettings } from '../../platform/tenancy/settings.js';
import { updateSettings } from '../org/service.js';
import { listPublished, localize } from './service.js';
import type { PortalSettingsForm, RoutingRuleForm } from './portal-schema.js';

export async function startModel(db: Kysely<DB>, tenant: Tenant, locale: ContentLocale) {
  const intro = tenant.settings.intro;
  const introText = intro.sv ? pick({ ...intro, sv: intro.sv }, locale) : null;
  const pages = (await listPublished(db, tenant.id)).slice(0, 6).map((p) => localize(p, locale));
  return {
    intro: introText ? { text: introText.text, fallback: introText.fallback } : null,
    pages, phone: tenant.settings.contactPhone, email: tenant.settings.contactEmail,
  };
}

/** First path segments Bredvid itself uses below /{kommun}: an alias may not shadow them. */
export function reservedSegments(routes: { url: string }[]): Set<string> {
  const out = new Set<string>(['static', 'personal']);
  for (const r of routes) {
    const m = /^\/:tenant\/([^/:]+)/.exec(r.url);
    if (m) out.add(m[1]);
  }
  return out;
}

export function aliasTarget(tenant: Tenant, alias: string): string | undefined {
  return tenant.settings.shortAlias && tenant.settings.shortAlias === alias ? `/${tenant.slug}` : undefined;
}

async function save(db: Kysely<DB>, clock: Clock, actor: Principal, settings: TenantSettings, action: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await updateSettings(trx, actor.tenantId, settings);
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action, subjectType: 'tenant_settings', subjectId: actor.tenantId }, clock.now());
  });
}

export function settingsFormValues(s: TenantSettings): Record<string, string> {
  const v: Record<string, string> = {
    shortAlias: s.shortAlias ?? '', contactPhone: s.contactPhone, contactEmail: s.contactEmail,
    contactRetentionDays: String(s.contactRetentionDays),
  };
  for (const l of CONTENT_LOCALES) v[`intro_${l}`] = s.intro[l] ?? '';
  return v;
}

export async function savePortalSettings(db: Kysely<DB>, clock: Clock, actor: Principal, tenant: Tenant, form: PortalSettingsForm, reserved: Set<string>): Promise<void> {
  if (form.shortAlias && reserved.has(form.shortAlias)) {
    throw new Invalid({ shortAlias: 'Adressen används redan av en sida i Bredvid. Välj en annan.' });
  }
  const values = form as unknown as Record<string, string | undefined>;
  const intro: Record<string, string> = {};
  for (const l of CONTENT_LOCALES) if (values[`intro_${l}`]) intro[l] = values[`intro_${l}`]!;
  if (Object.keys(intro).length > 0 && !intro.sv) throw new Invalid({ intro_sv: 'Skriv texten på svenska först; den visas när ett språk saknas.' });
  await save(db, clock, actor, {
    ...tenant.settings, shortAlias: form.shortAlias, contactPhone: form.contactPhone, contactEmail: form.contactEmail,
    contactRetentionDays: form.contactRetentionDays!, intro,
  }, 'settings.portal.update');
}

export async function addRoutingRule(db: Kysely<DB>, clock: Clock, actor: Principal, tenant: Tenant, form: RoutingRuleForm): Promise<void> {
  const units = await listUnits(db, tenant.id);
  if (!units.some((u) => u.id === form.routeToUnitId)) throw new Invalid({ routeToUnitId: 'Välj en enhet i den här kommunen' });
  const rule: RoutingRule = { targetGroup: form.targetGroup, carerUnder: form.carerUnder ?? undefined, routeToUnitId: form.routeToUnitId, note: form.note };
  const rules = [...tenant.settings.routing];
  // A rule without conditions catches everything, so it stays last: new specific rules go before it.
  const catchAll = rules.findIndex((r) => r.targetGroup === undefined && r.carerUnder === undefined);
  if (catchAll >= 0 && (rule.targetGroup !== undefined || rule.carerUnder !== undefined)) rules.splice(catchAll, 0, rule);
  else rules.push(rule);
  await save(db, clock, actor, { ...tenant.settings, routing: rules }, 'settings.routing.add');
}

export async function removeRoutingRule(db: Kysely<DB>, clock: Clock, actor: Principal, tenant: Tenant, index: number): Promise<boolean> {
  if (index >= tenant.settings.routing.length) return false;
  const routing = tenant.settings.routing.filter((_, i) => i !== index);
  await save(db, clock, actor, { ...tenant.settings, routing }, 'settings.routing.remove');
  return true;
}

export async function moveRoutingRuleUp(db: Kysely<DB>, clock: Clock, actor: Principal, tenant: Tenant, index: number): Promise<boolean> {
  if (index < 1 || index >= tenant.settings.routing.length) return false;
  const routing = [...tenant.settings.routing];
  [routing[index - 1], routing[index]] = [routing[index], routing[index - 1]];
  await save(db, clock, actor, { ...tenant.settings, routing }, 'settings.routing.move');
  return true;
}
