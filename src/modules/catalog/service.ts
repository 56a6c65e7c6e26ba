// The support catalogue (stödutbud), SPEC C1: every offering with its type, direct or
// indirect, with or without needs assessment, provider, target groups and age limits.
// Citizens read what is published; staff with catalog:edit create, edit and publish.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { newId, parseJson, toJson } from '../../platform/db/helpers.js';
import type { Clock } from '../../platform/db/clock.js';
import { contentChanged } from '../../platform/db/content-version.js';
import { Invalid, NotFound } from '../../platform/http/errors.js';
import { isContentOwner, OWNER_NOT_FOUND, reviewCutoff } from '../../platform/domain/content-review.js';
import { pick } from '../../platform/i18n/i18n.js';
import type { ContentLocale, OfferingType, ProviderKind, SupportKind, TargetGroup } from '../../platform/domain/vocab.js';
import { audit } from '../../platform/audit/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import * as q from './queries.js';
import { TIMES_OF_DAY, type LivesTogether, type QuantityPeriod, type QuantityUnit, type TimeOfDay } from './conditions.js';
import { TRANSLATABLE, TRANSLATION_LOCALES, type OfferingForm } from './schema.js';

type TranslatableKey = (typeof TRANSLATABLE)[number];
export type Translations = Partial<Record<ContentLocale, Partial<Record<TranslatableKey, string>>>>;

export interface Offering {
  id: string;
  type: OfferingType;
  supportKind: SupportKind;
  needsAssessment: boolean;
  providerKind: ProviderKind;
  providerName: string;
  targetGroups: TargetGroup[];
  carerMinAge: number | null;
  carerMaxAge: number | null;
  /** The närstående must be at least this old; null = any age. */
  relativeMinAge: number | null;
  relativeMaxAge: number | null;
  /** null = the carer may or may not live with the närstående. */
  livesTogether: LivesTogether | null;
  quantity: { amount: number; unit: QuantityUnit; period: QuantityPeriod } | null;
  leadTimeDays: number | null;
  timesOfDay: TimeOfDay[];
  languages: ContentLocale[];
  cost: string;
  contact: string;
  title: string;
  summary: string;
  description: string;
  howToGet: string;
  translations: Translations;
  published: boolean;
  sortOrder: number;
  /** 'YYYY-MM-DD' the text was last checked; null = never. */
  lastReviewedOn: string | null;
  reviewOwnerId: string | null;
  updatedAt: string;
}

/** What a reader sees in their language, with a note when Swedish stands in. */
export interface LocalizedOffering extends Offering {
  fallback: boolean;
  contentLang: ContentLocale;
}

export function toOffering(r: q.OfferingRow): Offering {
  return {
    id: r.id, type: r.type as OfferingType, supportKind: r.support_kind as SupportKind, needsAssessment: r.needs_assessment === 1,
    providerKind: r.provider_kind as ProviderKind, providerName: r.provider_name,
    targetGroups: parseJson<TargetGroup[]>(r.target_groups, []), carerMinAge: r.carer_min_age, carerMaxAge: r.carer_max_age, relativeMinAge: r.relative_min_age,
    relativeMaxAge: r.relative_max_age, livesTogether: r.lives_together as LivesTogether | null,
    quantity: r.quantity_amount !== null && r.quantity_unit && r.quantity_period ? { amount: r.quantity_amount, unit: r.quantity_unit as QuantityUnit, period: r.quantity_period as QuantityPeriod } : null,
    leadTimeDays: r.lead_time_days, timesOfDay: parseJson<TimeOfDay[]>(r.times_of_day, []),
    languages: parseJson<ContentLocale[]>(r.languages, ['sv']), cost: r.cost, contact: r.contact,
    title: r.title, summary: r.summary, description: r.description, howToGet: r.how_to_get,
    translations: parseJson<Translations>(r.translations, {}), published: r.published === 1, sortOrder: r.sort_order,
    lastReviewedOn: r.last_reviewed_on, reviewOwnerId: r.review_owner_id, updatedAt: r.updated_at,
  };
}

export function localize(o: Offering, locale: ContentLocale): LocalizedOffering {
  const t = o.translations[locale] ?? {};
  const title = pick(locale === 'sv' ? { sv: o.title } : { sv: o.title, [locale]: t.title }, locale);
  const get = (k: TranslatableKey, sv: string) => (title.fallback ? sv : (t[k] || sv));
  return {
    ...o,
    title: title.text,
    summary: get('summary', o.summary),
    description: get('description', o.description),
    howToGet: get('howToGet', o.howToGet),
    fallback: title.fallback,
    contentLang: title.lang,
  };
}

export const PAGE_SIZE = 20;

export async function searchPublished(db: Kysely<DB>, tenantId: string, filter: Omit<q.OfferingFilter, 'publishedOnly'>, page: number) {
  const { rows, total } = await q.listOfferings(db, tenantId, { ...filter, publishedOnly: true }, PAGE_SIZE, (page - 1) * PAGE_SIZE);
  return { offerings: rows.map(toOffering), total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export async function listAll(db: Kysely<DB>, tenantId: string, page: number) {
  const { rows, total } = await q.listOfferings(db, tenantId, { publishedOnly: false }, 100, (page - 1) * 100);
  return { offerings: rows.map(toOffering), total, pages: Math.max(1, Math.ceil(total / 100)) };
}

export async function getPublished(db: Kysely<DB>, tenantId: string, id: string): Promise<Offering> {
  const row = await q.findOffering(db, tenantId, id);
  if (!row || row.published !== 1) throw new NotFound();
  return toOffering(row);
}

export async function getForEdit(db: Kysely<DB>, tenantId: string, id: string): Promise<Offering> {
  const row = await q.findOffering(db, tenantId, id);
  if (!row) throw new NotFound();
  return toOffering(row);
}

function translationsFrom(form: OfferingForm): Translations {
  const out: Translations = {};
  const values = form as unknown as Record<string, string | undefined>;
  for (const l of TRANSLATION_LOCALES) {
    for (const k of TRANSLATABLE) {
      const v = values[`${k}_${l}`];
      if (v) (out[l] ??= {})[k] = v;
    }
  }
  return out;
}

function columnsFrom(form: OfferingForm) {
  return {
    type: form.type, support_kind: form.supportKind, needs_assessment: form.needsAssessment === 'yes' ? 1 : 0,
    provider_kind: form.providerKind, provider_name: form.providerName, target_groups: toJson(form.targetGroups),
    carer_min_age: form.carerMinAge, carer_max_age: form.carerMaxAge, relative_min_age: form.relativeMinAge,
    relative_max_age: form.relativeMaxAge, lives_together: form.livesTogether === 'any' ? null : form.livesTogether,
    quantity_amount: form.quantityAmount, quantity_unit: form.quantityUnit, quantity_period: form.quantityPeriod,
    lead_time_days: form.leadTimeDays, times_of_day: toJson(TIMES_OF_DAY.filter((x) => form.timesOfDay.includes(x))),
    languages: toJson(form.languages.length > 0 ? form.languages : ['sv']), cost: form.cost, contact: form.contact,
    title: form.title, summary: form.summary, description: form.description, how_to_get: form.howToGet,
    translations: toJson(translationsFrom(form)), sort_order: form.sortOrder ?? 0,
    last_reviewed_on: form.lastReviewedOn, review_owner_id: form.reviewOwnerId,
  };
}

/** Form values for the editor from a stored offering. */
export function toFormValues(o: Offering): Record<string, string | string[]> {
  const v: Record<string, string | string[]> = {
    title: o.title, summary: o.summary, description: o.description, howToGet: o.howToGet, type: o.type,
    supportKind: o.supportKind, needsAssessment: o.needsAssessment ? 'yes' : 'no', providerKind: o.providerKind,
    providerName: o.providerName, targetGroups: o.targetGroups, languages: o.languages,
    carerMinAge: o.carerMinAge === null ? '' : String(o.carerMinAge), carerMaxAge: o.carerMaxAge === null ? '' : String(o.carerMaxAge),
    relativeMinAge: o.relativeMinAge === null ? '' : String(o.relativeMinAge),
    relativeMaxAge: o.relativeMaxAge === null ? '' : String(o.relativeMaxAge), livesTogether: o.livesTogether ?? 'any',
    quantityAmount: o.quantity ? String(o.quantity.amount) : '', quantityUnit: o.quantity?.unit ?? '', quantityPeriod: o.quantity?.period ?? '',
    leadTimeDays: o.leadTimeDays === null ? '' : String(o.leadTimeDays), timesOfDay: o.timesOfDay,
    cost: o.cost, contact: o.contact, sortOrder: String(o.sortOrder),
    lastReviewedOn: o.lastReviewedOn ?? '', reviewOwnerId: o.reviewOwnerId ?? '',
  };
  for (const [l, t] of Object.entries(o.translations)) for (const [k, text] of Object.entries(t ?? {})) v[`${k}_${l}`] = text ?? '';
  return v;
}

/** The owner must be one of the municipality's content staff, never a made-up or foreign id. */
async function checkOwner(db: Kysely<DB>, tenantId: string, form: OfferingForm): Promise<void> {
  if (form.reviewOwnerId && !(await isContentOwner(db, tenantId, form.reviewOwnerId))) throw new Invalid({ reviewOwnerId: OWNER_NOT_FOUND });
}

export async function createOffering(db: Kysely<DB>, clock: Clock, actor: Principal, form: OfferingForm, publish: boolean): Promise<string> {
  await checkOwner(db, actor.tenantId, form);
  const id = newId();
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await q.insertOffering(trx, { id, tenant_id: actor.tenantId, ...columnsFrom(form), published: publish ? 1 : 0, created_at: now, updated_at: now });
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'offering.create', subjectType: 'offering', subjectId: id }, clock.now());
  });
  await contentChanged(db, actor.tenantId);
  return id;
}

export async function updateOffering(db: Kysely<DB>, clock: Clock, actor: Principal, id: string, form: OfferingForm): Promise<void> {
  await checkOwner(db, actor.tenantId, form);
  await db.transaction().execute(async (trx) => {
    const n = await q.updateOffering(trx, actor.tenantId, id, { ...columnsFrom(form), updated_at: clock.now().toISOString() });
    if (n === 0) throw new NotFound();
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'offering.update', subjectType: 'offering', subjectId: id }, clock.now());
  });
  await contentChanged(db, actor.tenantId);
}

export async function setPublished(db: Kysely<DB>, clock: Clock, actor: Principal, id: string, published: boolean): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const n = await q.updateOffering(trx, actor.tenantId, id, { published: published ? 1 : 0, updated_at: clock.now().toISOString() });
    if (n === 0) throw new NotFound();
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: published ? 'offering.publish' : 'offering.unpublish', subjectType: 'offering', subjectId: id }, clock.now());
  });
  await contentChanged(db, actor.tenantId);
}

/** Used by the demo seed and imports: inserts a ready offering without an actor. */
export async function seedOffering(db: Kysely<DB>, tenantId: string, now: Date, o: Omit<Offering, 'id' | 'updatedAt' | 'relativeMinAge' | 'lastReviewedOn' | 'reviewOwnerId' | 'relativeMaxAge' | 'livesTogether' | 'quantity' | 'leadTimeDays' | 'timesOfDay'> & { relativeMinAge?: number | null; lastReviewedOn?: string | null }): Promise<string> {
  const id = newId();
  await q.insertOffering(db, {
    id, tenant_id: tenantId, type: o.type, support_kind: o.supportKind, needs_assessment: o.needsAssessment ? 1 : 0,
    provider_kind: o.providerKind, provider_name: o.providerName, target_groups: toJson(o.targetGroups),
    carer_min_age: o.carerMinAge, carer_max_age: o.carerMaxAge, relative_min_age: o.relativeMinAge ?? null, languages: toJson(o.languages), cost: o.cost, contact: o.contact,
    title: o.title, summary: o.summary, description: o.description, how_to_get: o.howToGet, translations: toJson(o.translations),
    published: o.published ? 1 : 0, sort_order: o.sortOrder, last_reviewed_on: o.lastReviewedOn ?? null, created_at: now.toISOString(), updated_at: now.toISOString(),
  });
  await contentChanged(db, tenantId);
  return id;
}

/** Published offerings matching types/target groups: used by the self-check and pages. */
export async function suggest(db: Kysely<DB>, tenantId: string, types: OfferingType[], group?: TargetGroup, limit = 5): Promise<Offering[]> {
  const out: Offering[] = [];
  for (const type of types) {
    const { rows } = await q.listOfferings(db, tenantId, { publishedOnly: true, type, group }, limit, 0);
    out.push(...rows.map(toOffering));
  }
  return out.slice(0, limit);
}

export interface ReviewItem { id: string; title: string; lastReviewedOn: string | null; reviewOwnerId: string | null; published: boolean }

/** Offerings not reviewed for 12 months or never (issue 15: review dates). */
export async function reviewOverdue(db: Kysely<DB>, tenantId: string, now: Date): Promise<ReviewItem[]> {
  const rows = await q.listReviewOverdue(db, tenantId, reviewCutoff(now));
  return rows.map((r) => ({ id: r.id, title: r.title, lastReviewedOn: r.last_reviewed_on, reviewOwnerId: r.review_owner_id, published: r.published === 1 }));
}
