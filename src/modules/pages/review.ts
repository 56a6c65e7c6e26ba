// Review dates (issue 15): information pages and offerings not checked for 12 months, or never,
// listed for the admin at /personal/granskning and counted on the staff start page's card.
// The list is queried when the page renders (no job): it is a few rows per municipality.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { listContentOwners, reviewCutoff } from '../../platform/domain/content-review.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { reviewOverdue as overdueOfferings } from '../catalog/service.js';
import * as q from './queries.js';

export interface OverdueItem {
  kind: 'page' | 'offering';
  id: string;
  title: string;
  lastReviewedOn: string | null;
  ownerName: string | null;
  published: boolean;
}

export async function overdueContent(db: Kysely<DB>, tenantId: string, now: Date): Promise<OverdueItem[]> {
  const [pages, offerings, owners] = await Promise.all([
    q.listReviewOverdue(db, tenantId, reviewCutoff(now)), overdueOfferings(db, tenantId, now), listContentOwners(db, tenantId),
  ]);
  const texts = await q.listTexts(db, tenantId, pages.map((p) => p.id));
  const title = (id: string, slug: string) => texts.find((t) => t.page_id === id && t.locale === 'sv')?.title ?? slug;
  const owner = (id: string | null) => owners.find((o) => o.id === id)?.name ?? null;
  // Never reviewed first, then the oldest review.
  return [
    ...pages.map((p) => ({ kind: 'page' as const, id: p.id, title: title(p.id, p.slug), lastReviewedOn: p.last_reviewed_on, ownerName: owner(p.review_owner_id), published: p.published === 1 })),
    ...offerings.map((o) => ({ kind: 'offering' as const, id: o.id, title: o.title, lastReviewedOn: o.lastReviewedOn, ownerName: owner(o.reviewOwnerId), published: o.published })),
  ].sort((a, b) => (a.lastReviewedOn ?? '').localeCompare(b.lastReviewedOn ?? '') || a.title.localeCompare(b.title, 'sv'));
}

/** The start page card's line: a count only. */
export async function reviewReminder(deps: AppDeps, principal: Principal): Promise<string | null> {
  const n = (await overdueContent(deps.db, principal.tenantId, deps.clock.now())).length;
  return n === 0 ? null : `${n} ${n === 1 ? 'text behöver' : 'texter behöver'} granskas`;
}
