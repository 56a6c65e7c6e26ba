// Information pages of the public portal (SPEC C1): what anhörigstöd is, who is a carer, the
// right to be anonymous, how to apply — per municipality, in Swedish, lätt svenska and the
// languages the municipality writes. A missing language falls back to Swedish and says so.
import type { Kysely, Transaction } from 'kysely';
import { DEFAULT_PAGES } from './default-pages.js';
import type { DB } from '../../platform/db/schema.js';
import { newId, parseJson, toJson } from '../../platform/db/helpers.js';
import { isUniqueViolation } from '../../platform/db/database.js';
import type { Clock } from '../../platform/db/clock.js';
import { contentChanged } from '../../platform/db/content-version.js';
import { Conflict, Invalid, NotFound } from '../../platform/http/errors.js';
import { isContentOwner, OWNER_NOT_FOUND } from '../../platform/domain/content-review.js';
import { CONTENT_LOCALES, type ContentLocale, type TargetGroup } from '../../platform/domain/vocab.js';
import { audit } from '../../platform/audit/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import * as q from './queries.js';
import { TRANSLATION_LOCALES, type PageForm } from './schema.js';

export interface PageText {
  title: string;
  summary: string;
  body: string;
}

export interface InfoPage {
  id: string;
  slug: string;
  sortOrder: number;
  targetGroups: TargetGroup[];
  published: boolean;
  lastReviewedOn: string | null;
  reviewOwnerId: string | null;
  updatedAt: string;
  /** Swedish always; other languages where written. */
  texts: Partial<Record<ContentLocale, PageText>> & { sv: PageText };
}

/** A page as a reader sees it in their language. */
export interface LocalizedPage extends PageText {
  id: string;
  slug: string;
  targetGroups: TargetGroup[];
  lastReviewedOn: string | null;
  /** Swedish stands in for the reader's language. */
  fallback: boolean;
  contentLang: ContentLocale;
  /** Languages the page exists in, in the switcher's order. */
  locales: ContentLocale[];
}

function toPages(rows: q.PageRow[], texts: q.PageTextRow[]): InfoPage[] {
  const byPage = new Map<string, Partial<Record<ContentLocale, PageText>>>();
  for (const t of texts) {
    const m = byPage.get(t.page_id) ?? {};
    m[t.locale as ContentLocale] = { title: t.title, summary: t.summary, body: t.body };
    byPage.set(t.page_id, m);
  }
  return rows.flatMap((r) => {
    const t = byPage.get(r.id);
    if (!t?.sv) return [];
    return [{
      id: r.id, slug: r.slug, sortOrder: r.sort_order, targetGroups: parseJson<TargetGroup[]>(r.target_groups, []),
      published: r.published === 1, lastReviewedOn: r.last_reviewed_on, reviewOwnerId: r.review_owner_id, updatedAt: r.updated_at, texts: t as InfoPage['texts'],
    }];
  });
}

export function localize(p: InfoPage, locale: ContentLocale): LocalizedPage {
  const own = p.texts[locale];
  const text = own ?? p.texts.sv;
  return {
    id: p.id, slug: p.slug, targetGroups: p.targetGroups, lastReviewedOn: p.lastReviewedOn, ...text,
    fallback: !own, contentLang: own ? locale : 'sv', locales: CONTENT_LOCALES.filter((l) => p.texts[l]),
  };
}

async function load(db: Kysely<DB>, tenantId: string, rows: q.PageRow[]): Promise<InfoPage[]> {
  return toPages(rows, await q.listTexts(db, tenantId, rows.map((r) => r.id)));
}

export async function listPublished(db: Kysely<DB>, tenantId: string, group?: TargetGroup): Promise<InfoPage[]> {
  return load(db, tenantId, await q.listPages(db, tenantId, { publishedOnly: true, group }));
}

export async function listAll(db: Kysely<DB>, tenantId: string): Promise<InfoPage[]> {
  return load(db, tenantId, await q.listPages(db, tenantId, { publishedOnly: false }));
}

export async function getPublished(db: Kysely<DB>, tenantId: string, slug: string): Promise<InfoPage> {
  const row = await q.findPageBySlug(db, tenantId, slug);
  if (!row || row.published !== 1) throw new NotFound();
  const [page] = await load(db, tenantId, [row]);
  if (!page) throw new NotFound();
  return page;
}

export async function getForEdit(db: Kysely<DB>, tenantId: string, id: string): Promise<InfoPage> {
  const row = await q.findPageById(db, tenantId, id);
  if (!row) throw new NotFound();
  const [page] = await load(db, tenantId, [row]);
  if (!page) throw new NotFound();
  return page;
}

function textsFrom(form: PageForm): InfoPage['texts'] {
  const values = form as unknown as Record<string, string | undefined>;
  const out: InfoPage['texts'] = { sv: { title: form.title, summary: form.summary, body: form.body } };
  for (const l of TRANSLATION_LOCALES) {
    const title = values[`title_${l}`];
    const body = values[`body_${l}`];
    if (title && body) out[l] = { title, summary: values[`summary_${l}`] ?? '', body };
  }
  return out;
}

function textRows(tenantId: string, pageId: string, texts: InfoPage['texts']) {
  return CONTENT_LOCALES.flatMap((l) => {
    const t = texts[l];
    return t ? [{ id: newId(), tenant_id: tenantId, page_id: pageId, locale: l, title: t.title, summary: t.summary, body: t.body }] : [];
  });
}

/** Form values for the editor from a stored page. */
export function toFormValues(p: InfoPage): Record<string, string | string[]> {
  const v: Record<string, string | string[]> = {
    slug: p.slug, title: p.texts.sv.title, summary: p.texts.sv.summary, body: p.texts.sv.body, targetGroups: p.targetGroups,
    sortOrder: String(p.sortOrder), lastReviewedOn: p.lastReviewedOn ?? '', reviewOwnerId: p.reviewOwnerId ?? '', published: p.published ? 'yes' : 'no',
  };
  for (const l of TRANSLATION_LOCALES) {
    const t = p.texts[l];
    if (t) Object.assign(v, { [`title_${l}`]: t.title, [`summary_${l}`]: t.summary, [`body_${l}`]: t.body });
  }
  return v;
}

const slugTaken = () => new Conflict('Adressen används redan', { slug: 'Det finns redan en sida med den adressen. Välj en annan.' });

/** The owner must be one of the municipality's content staff, never a made-up or foreign id. */
async function checkOwner(db: Kysely<DB>, tenantId: string, form: PageForm): Promise<void> {
  if (form.reviewOwnerId && !(await isContentOwner(db, tenantId, form.reviewOwnerId))) throw new Invalid({ reviewOwnerId: OWNER_NOT_FOUND });
}

export async function createPage(db: Kysely<DB>, clock: Clock, actor: Principal, form: PageForm): Promise<string> {
  await checkOwner(db, actor.tenantId, form);
  const id = newId();
  const now = clock.now().toISOString();
  try {
    await db.transaction().execute(async (trx) => {
      await q.insertPage(trx, {
        id, tenant_id: actor.tenantId, slug: form.slug, sort_order: form.sortOrder ?? 0, target_groups: toJson(form.targetGroups),
        published: form.published === 'yes' ? 1 : 0, last_reviewed_on: form.lastReviewedOn, review_owner_id: form.reviewOwnerId, created_at: now, updated_at: now,
      });
      await q.replaceTexts(trx, actor.tenantId, id, textRows(actor.tenantId, id, textsFrom(form)));
      await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'page.create', subjectType: 'info_page', subjectId: id }, clock.now());
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw slugTaken();
    throw err;
  }
  await contentChanged(db, actor.tenantId);
  return id;
}

export async function updatePage(db: Kysely<DB>, clock: Clock, actor: Principal, id: string, form: PageForm): Promise<void> {
  await checkOwner(db, actor.tenantId, form);
  try {
    await db.transaction().execute(async (trx) => {
      const n = await q.updatePage(trx, actor.tenantId, id, {
        slug: form.slug, sort_order: form.sortOrder ?? 0, target_groups: toJson(form.targetGroups), published: form.published === 'yes' ? 1 : 0,
        last_reviewed_on: form.lastReviewedOn, review_owner_id: form.reviewOwnerId, updated_at: clock.now().toISOString(),
      });
      if (n === 0) throw new NotFound();
      await q.replaceTexts(trx, actor.tenantId, id, textRows(actor.tenantId, id, textsFrom(form)));
      await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'page.update', subjectType: 'info_page', subjectId: id }, clock.now());
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw slugTaken();
    throw err;
  }
  await contentChanged(db, actor.tenantId);
}

export async function setPublished(db: Kysely<DB>, clock: Clock, actor: Principal, id: string, published: boolean): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const n = await q.updatePage(trx, actor.tenantId, id, { published: published ? 1 : 0, updated_at: clock.now().toISOString() });
    if (n === 0) throw new NotFound();
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: published ? 'page.publish' : 'page.unpublish', subjectType: 'info_page', subjectId: id }, clock.now());
  });
  await contentChanged(db, actor.tenantId);
}

/** Demo seed and imports: a ready page without an actor. */
export async function seedPage(db: Kysely<DB>, tenantId: string, now: Date, p: { slug: string; sortOrder: number; targetGroups: TargetGroup[]; texts: InfoPage['texts']; lastReviewedOn: string | null; reviewOwnerId?: string | null; published?: boolean }): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await q.insertPage(trx, {
      id, tenant_id: tenantId, slug: p.slug, sort_order: p.sortOrder, target_groups: toJson(p.targetGroups), published: p.published === false ? 0 : 1,
      last_reviewed_on: p.lastReviewedOn, review_owner_id: p.reviewOwnerId ?? null, created_at: now.toISOString(), updated_at: now.toISOString(),
    });
    await q.replaceTexts(trx, tenantId, id, textRows(tenantId, id, p.texts));
  });
  await contentChanged(db, tenantId);
  return id;
}

/**
 * The default pages of a new municipality (legal basis, children as carers), inside the caller's
 * transaction; a page whose address is taken is left alone. Reviewed "today", owned by nobody yet.
 */
export async function addDefaultPages(trx: Kysely<DB> | Transaction<DB>, tenantId: string, now: Date): Promise<string[]> {
  const added: string[] = [];
  for (const p of DEFAULT_PAGES) {
    if (await q.findPageBySlug(trx, tenantId, p.slug)) continue;
    const id = newId();
    await q.insertPage(trx, {
      id, tenant_id: tenantId, slug: p.slug, sort_order: p.sortOrder, target_groups: toJson(p.targetGroups), published: 1,
      last_reviewed_on: now.toISOString().slice(0, 10), review_owner_id: null, created_at: now.toISOString(), updated_at: now.toISOString(),
    });
    await q.replaceTexts(trx, tenantId, id, textRows(tenantId, id, p.texts));
    added.push(p.slug);
  }
  return added;
}
