// The portal's front door (SPEC C1): the municipality's start page and its short alias (like
// Hässleholm's /a-stod). Their settings are edited on the admin's settings page (org module),
// which asks reservedSegments() which aliases would shadow a page.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { ContentLocale } from '../../platform/domain/vocab.js';
import { pick } from '../../platform/i18n/i18n.js';
import type { Tenant } from '../../platform/tenancy/tenancy.js';
import { listPublished, localize } from './service.js';

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
