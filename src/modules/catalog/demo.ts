import type { SeedContext } from '../../demo/seeders.js';
import type { ContentLocale } from '../../platform/domain/vocab.js';
import { seedOffering, type Translations } from './service.js';

export async function seedCatalog(ctx: SeedContext): Promise<void> {
  for (const [i, o] of ctx.data.offerings.entries()) {
    const translations: Translations = {};
    for (const field of ['title', 'summary', 'description', 'howToGet'] as const) {
      for (const [locale, text] of Object.entries(o[field])) {
        if (locale === 'sv' || !text) continue;
        (translations[locale as ContentLocale] ??= {})[field] = text;
      }
    }
    await seedOffering(ctx.db, ctx.tenantId, ctx.now, {
      type: o.type, supportKind: o.supportKind, needsAssessment: o.needsAssessment, providerKind: o.provider, providerName: o.providerName,
      targetGroups: o.targetGroups, carerMinAge: o.carerMinAge, carerMaxAge: o.carerMaxAge, languages: o.languages, cost: o.cost,
      contact: o.contact, title: o.title.sv, summary: o.summary.sv, description: o.description.sv, howToGet: o.howToGet.sv,
      translations, published: true, sortOrder: i, lastReviewedOn: ctx.now.toISOString().slice(0, 10),
    });
  }
}
