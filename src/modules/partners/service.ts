// The partner directory (SPEC C1, C4): associations, churches, the region and health centres,
// and national resources — what each offers carers, for whom, and how to reach them. Edited by
// staff with partners:edit; governance links partners to the anhörigråd through this API.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { newId, parseJson, toJson } from '../../platform/db/helpers.js';
import { isForeignKeyViolation } from '../../platform/db/database.js';
import type { Clock } from '../../platform/db/clock.js';
import { contentChanged } from '../../platform/db/content-version.js';
import { Conflict, NotFound } from '../../platform/http/errors.js';
import type { ContentLocale, PartnerKind, TargetGroup } from '../../platform/domain/vocab.js';
import { audit } from '../../platform/audit/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import * as q from './queries.js';
import { TRANSLATION_LOCALES, type PartnerForm } from './schema.js';

export interface Partner {
  id: string;
  kind: PartnerKind;
  name: string;
  /** What the partner offers carers, in Swedish. */
  offers: string;
  /** offers in other languages, where written */
  translations: Partial<Record<ContentLocale, { offers?: string }>>;
  targetGroups: TargetGroup[];
  contact: string;
  url: string | null;
  /** Member of the municipality's anhörigråd. */
  councilMember: boolean;
  sortOrder: number;
  updatedAt: string;
}

export interface LocalizedPartner extends Partner {
  fallback: boolean;
}

export function toPartner(r: q.PartnerRow): Partner {
  return {
    id: r.id, kind: r.kind as PartnerKind, name: r.name, offers: r.offers, translations: parseJson(r.translations, {}),
    targetGroups: parseJson<TargetGroup[]>(r.target_groups, []), contact: r.contact, url: r.url,
    councilMember: r.council_member === 1, sortOrder: r.sort_order, updatedAt: r.updated_at,
  };
}

export function localize(p: Partner, locale: ContentLocale): LocalizedPartner {
  const own = locale === 'sv' ? p.offers : p.translations[locale]?.offers;
  return { ...p, offers: own || p.offers, fallback: !own };
}

/** Every partner of the municipality, in the directory's order. */
export async function listPartners(db: Kysely<DB>, tenantId: string): Promise<Partner[]> {
  return (await q.listPartners(db, tenantId)).map(toPartner);
}

/** One partner of the municipality; NotFound when the id is unknown or another municipality's. */
export async function getPartner(db: Kysely<DB>, tenantId: string, id: string): Promise<Partner> {
  const row = await q.findPartner(db, tenantId, id);
  if (!row) throw new NotFound();
  return toPartner(row);
}

export async function searchPartners(db: Kysely<DB>, tenantId: string, f: { kind?: PartnerKind; group?: TargetGroup }): Promise<Partner[]> {
  return (await q.listPartners(db, tenantId, f)).map(toPartner);
}

function columnsFrom(form: PartnerForm) {
  const values = form as unknown as Record<string, string | undefined>;
  const translations: Partner['translations'] = {};
  for (const l of TRANSLATION_LOCALES) if (values[`offers_${l}`]) translations[l] = { offers: values[`offers_${l}`] };
  return {
    kind: form.kind, name: form.name, offers: form.offers, translations: toJson(translations), target_groups: toJson(form.targetGroups),
    contact: form.contact, url: form.url, council_member: form.councilMember ? 1 : 0, sort_order: form.sortOrder ?? 0,
  };
}

export function toFormValues(p: Partner): Record<string, string | string[]> {
  const v: Record<string, string | string[]> = {
    kind: p.kind, name: p.name, offers: p.offers, targetGroups: p.targetGroups, contact: p.contact, url: p.url ?? '',
    sortOrder: String(p.sortOrder),
  };
  if (p.councilMember) v.councilMember = 'on';
  for (const [l, t] of Object.entries(p.translations)) if (t?.offers) v[`offers_${l}`] = t.offers;
  return v;
}

export async function createPartner(db: Kysely<DB>, clock: Clock, actor: Principal, form: PartnerForm): Promise<string> {
  const id = newId();
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await q.insertPartner(trx, { id, tenant_id: actor.tenantId, ...columnsFrom(form), created_at: now, updated_at: now });
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'partner.create', subjectType: 'partner', subjectId: id }, clock.now());
  });
  await contentChanged(db, actor.tenantId);
  return id;
}

export async function updatePartner(db: Kysely<DB>, clock: Clock, actor: Principal, id: string, form: PartnerForm): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const n = await q.updatePartner(trx, actor.tenantId, id, { ...columnsFrom(form), updated_at: clock.now().toISOString() });
    if (n === 0) throw new NotFound();
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'partner.update', subjectType: 'partner', subjectId: id }, clock.now());
  });
  await contentChanged(db, actor.tenantId);
}

export async function deletePartner(db: Kysely<DB>, clock: Clock, actor: Principal, id: string): Promise<void> {
  try {
    await db.transaction().execute(async (trx) => {
      const n = await q.deletePartner(trx, actor.tenantId, id);
      if (n === 0) throw new NotFound();
      await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'partner.delete', subjectType: 'partner', subjectId: id }, clock.now());
    });
  } catch (err) {
    // Another module (e.g. the anhörigråd's members) may still point at the partner.
    if (isForeignKeyViolation(err)) throw new Conflict('Samarbetspartnern används på annat ställe, till exempel som medlem i anhörigrådet. Ta bort kopplingen först.');
    throw err;
  }
  await contentChanged(db, actor.tenantId);
}

/** Demo seed and imports: a ready partner without an actor. */
export async function seedPartner(db: Kysely<DB>, tenantId: string, now: Date, p: Omit<Partner, 'id' | 'updatedAt'>): Promise<string> {
  const id = newId();
  await q.insertPartner(db, {
    id, tenant_id: tenantId, kind: p.kind, name: p.name, offers: p.offers, translations: toJson(p.translations),
    target_groups: toJson(p.targetGroups), contact: p.contact, url: p.url, council_member: p.councilMember ? 1 : 0,
    sort_order: p.sortOrder, created_at: now.toISOString(), updated_at: now.toISOString(),
  });
  await contentChanged(db, tenantId);
  return id;
}
