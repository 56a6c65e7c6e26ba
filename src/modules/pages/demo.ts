import type { SeedContext } from '../../demo/seeders.js';
import { CONTENT_LOCALES } from '../../platform/domain/vocab.js';
import { contentChanged } from '../../platform/db/content-version.js';
import { addDefaultPages, seedPage, type InfoPage } from './service.js';

/** The information pages each demo municipality's document gives (src/demo/*.ts `pages`). */
export async function seedPages(ctx: SeedContext): Promise<void> {
  const reviewed = ctx.now.toISOString().slice(0, 10);
  for (const p of ctx.data.pages) {
    const texts = { sv: { title: p.title.sv, summary: p.summary.sv, body: p.body.sv } } as InfoPage['texts'];
    for (const l of CONTENT_LOCALES) {
      if (l === 'sv') continue;
      const title = p.title[l];
      const body = p.body[l];
      // A language counts as written only when both its heading and its text exist.
      if (title && body) texts[l] = { title, summary: p.summary[l] ?? '', body };
    }
    await seedPage(ctx.db, ctx.tenantId, ctx.now, { slug: p.slug, sortOrder: p.order, targetGroups: p.targetGroups, texts, lastReviewedOn: reviewed });
  }
  // The default pages every new municipality gets; a demo's own page with the same address wins.
  await addDefaultPages(ctx.db, ctx.tenantId, ctx.now);
  await contentChanged(ctx.db, ctx.tenantId);
}
