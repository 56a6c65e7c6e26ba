import type { SeedContext } from '../../demo/seeders.js';
import type { ContentLocale } from '../../platform/domain/vocab.js';
import { seedPartner, type Partner } from './service.js';

/** The partners each demo municipality's document names (src/demo/*.ts `partners`). */
export async function seedPartners(ctx: SeedContext): Promise<void> {
  for (const [i, p] of ctx.data.partners.entries()) {
    const translations: Partner['translations'] = {};
    for (const [locale, text] of Object.entries(p.offers)) if (locale !== 'sv' && text) translations[locale as ContentLocale] = { offers: text };
    await seedPartner(ctx.db, ctx.tenantId, ctx.now, {
      kind: p.kind, name: p.name, offers: p.offers.sv, translations, targetGroups: p.targetGroups, contact: p.contact,
      url: p.url, councilMember: p.councilMember, sortOrder: i,
    });
  }
}
