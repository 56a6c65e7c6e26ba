// Instrument administration (selfcheck:admin): a draft edited in plain forms, published as
// immutable numbered versions. Results and counters point at a version, so publishing a
// change never alters an old result.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/db/clock.js';
import { newId, parseJson } from '../../platform/db/helpers.js';
import { Conflict, NotFound } from '../../platform/http/errors.js';
import { audit } from '../../platform/audit/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { OfferingType, TargetGroup } from '../../platform/domain/vocab.js';
import { definitionProblems, draftSchema, type InstrumentDefinition, type InstrumentDraft, type L10n } from './definition.js';
import { BREDVID_INSTRUMENT } from './bredvid-instrument.js';
import { applyGeneral, l10nFrom } from './schema.js';
import * as q from './queries.js';

export interface InstrumentSummary {
  id: string;
  name: string;
  offeredPublic: boolean;
  currentVersion: number | null;
  currentVersionId: string | null;
  hasUnpublishedChanges: boolean;
  updatedAt: string;
}
export interface InstrumentDetail extends InstrumentSummary {
  draft: InstrumentDraft;
  versions: { id: string; version: number; publishedAt: string; publishedBy: string | null }[];
  problems: string[];
}

/** A new instrument starts from a four-step scale and the bands low < 2 ≤ medium < 3 ≤ high. */
export function emptyDraft(name: string): InstrumentDraft {
  return {
    name: { sv: name }, intro: { sv: 'Svara utifrån hur det har varit de senaste veckorna.' },
    scale: [['Inte alls', 1], ['Lite', 2], ['Ganska mycket', 3], ['Mycket', 4]].map(([sv, value]) => ({ value: value as number, label: { sv: sv as string } })),
    bands: [{ key: 'lag', from: 1, label: { sv: 'Låg belastning' } }, { key: 'medel', from: 2, label: { sv: 'Viss belastning' } }, { key: 'hog', from: 3, label: { sv: 'Hög belastning' } }],
    overall: { minAnswered: 1, feedback: {} }, dimensions: [], items: [],
  };
}

/** JSON with sorted keys, so an unchanged draft compares equal to its version. */
function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

export function parseDraft(json: string): InstrumentDraft {
  const parsed = draftSchema.safeParse(parseJson(json, {}));
  return parsed.success ? parsed.data : emptyDraft('Namnlöst instrument');
}

async function load(db: Kysely<DB>, tenantId: string, id: string) {
  const row = await q.findInstrument(db, tenantId, id);
  if (!row) throw new NotFound();
  return row;
}

function summary(row: q.InstrumentRow, versions: q.VersionRow[]): InstrumentSummary {
  const current = versions.find((v) => v.id === row.current_version_id);
  return {
    id: row.id, name: row.name, offeredPublic: row.offered_public === 1, currentVersion: current?.version ?? null,
    currentVersionId: row.current_version_id,
    hasUnpublishedChanges: !current || stable(parseDraft(row.draft)) !== stable(parseDraft(current.definition)), updatedAt: row.updated_at,
  };
}

export async function listInstrumentsForAdmin(db: Kysely<DB>, tenantId: string): Promise<InstrumentSummary[]> {
  const rows = await q.listInstruments(db, tenantId);
  return Promise.all(rows.map(async (r) => summary(r, await q.listVersions(db, tenantId, r.id))));
}

export async function getInstrument(db: Kysely<DB>, tenantId: string, id: string): Promise<InstrumentDetail> {
  const row = await load(db, tenantId, id);
  const versions = await q.listVersions(db, tenantId, id);
  const draft = parseDraft(row.draft);
  return {
    ...summary(row, versions), draft, problems: definitionProblems(draft),
    versions: versions.map((v) => ({ id: v.id, version: v.version, publishedAt: v.published_at, publishedBy: v.published_by_name })),
  };
}

async function saveDraft(db: Kysely<DB>, clock: Clock, actor: Principal, id: string, change: (d: InstrumentDraft) => InstrumentDraft, action: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await q.findInstrument(trx, actor.tenantId, id);
    if (!row) throw new NotFound();
    const draft = draftSchema.parse(change(parseDraft(row.draft)));
    await q.updateInstrument(trx, actor.tenantId, id, { draft: JSON.stringify(draft), name: draft.name.sv, updated_at: clock.now().toISOString() });
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action, subjectType: 'selfcheck_instrument', subjectId: id }, clock.now());
  });
}

export async function createInstrument(db: Kysely<DB>, clock: Clock, actor: Principal, form: { name_sv: string; start: 'empty' | 'bredvid' }): Promise<string> {
  const id = newId();
  const now = clock.now().toISOString();
  const draft = form.start === 'bredvid' ? { ...structuredClone(BREDVID_INSTRUMENT), name: { sv: form.name_sv } } : emptyDraft(form.name_sv);
  await db.transaction().execute(async (trx) => {
    await q.insertInstrument(trx, { id, tenant_id: actor.tenantId, name: form.name_sv, draft: JSON.stringify(draft), offered_public: 0, current_version_id: null, created_at: now, updated_at: now });
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'selfcheck.instrument.create', subjectType: 'selfcheck_instrument', subjectId: id }, clock.now());
  });
  return id;
}

/** Feedback and suggestions follow a band whose key changed in the same row, and are dropped with a removed band. */
function followBands<T>(rec: Record<string, T>, oldKeys: string[], newKeys: string[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(rec)) {
    const i = oldKeys.indexOf(k);
    const key = newKeys.includes(k) ? k : i >= 0 && i < newKeys.length && !oldKeys.includes(newKeys[i]) ? newKeys[i] : null;
    if (key) out[key] = v;
  }
  return out;
}

export async function saveGeneral(db: Kysely<DB>, clock: Clock, actor: Principal, id: string, values: Record<string, unknown>): Promise<void> {
  await saveDraft(db, clock, actor, id, (d) => {
    const next = applyGeneral(d, values);
    const oldKeys = d.bands.map((b) => b.key);
    const newKeys = next.bands.map((b) => b.key);
    return {
      ...next,
      overall: { ...next.overall, feedback: followBands(next.overall.feedback, oldKeys, newKeys) },
      dimensions: next.dimensions.map((dim) => ({ ...dim, feedback: followBands(dim.feedback, oldKeys, newKeys), suggestions: followBands(dim.suggestions, oldKeys, newKeys) })),
    };
  }, 'selfcheck.instrument.update');
}

export async function saveDimension(db: Kysely<DB>, clock: Clock, actor: Principal, id: string, key: string | null, v: Record<string, unknown>): Promise<void> {
  await saveDraft(db, clock, actor, id, (d) => {
    const dimKey = key ?? (v.key as string);
    const existing = d.dimensions.find((x) => x.key === dimKey);
    if (key && !existing) throw new NotFound();
    if (!key && existing) throw new Conflict('Koden används redan', { key: 'Det finns redan en dimension med den koden' });
    const feedback: Record<string, L10n> = {};
    const suggestions: InstrumentDraft['dimensions'][number]['suggestions'] = {};
    for (const b of d.bands) {
      const t = l10nFrom(v, `fb_${b.key}`);
      if (t) feedback[b.key] = t;
      const types = v[`types_${b.key}`] as OfferingType[];
      const groups = v[`groups_${b.key}`] as TargetGroup[];
      if (types.length > 0) suggestions[b.key] = { types, targetGroups: groups };
    }
    const dim = { key: dimKey, name: l10nFrom(v, 'name')!, about: l10nFrom(v, 'about')!, minAnswered: v.minAnswered as number, feedback, suggestions };
    return { ...d, dimensions: existing ? d.dimensions.map((x) => (x.key === dimKey ? dim : x)) : [...d.dimensions, dim] };
  }, 'selfcheck.instrument.update');
}

export async function deleteDimension(db: Kysely<DB>, clock: Clock, actor: Principal, id: string, key: string): Promise<void> {
  await saveDraft(db, clock, actor, id, (d) => {
    if (!d.dimensions.some((x) => x.key === key)) throw new NotFound();
    if (d.items.some((i) => i.dimension === key)) throw new Conflict('Flytta eller ta bort dimensionens frågor först.');
    return { ...d, dimensions: d.dimensions.filter((x) => x.key !== key) };
  }, 'selfcheck.instrument.update');
}

export async function saveItem(db: Kysely<DB>, clock: Clock, actor: Principal, id: string, key: string | null, v: Record<string, unknown>): Promise<void> {
  await saveDraft(db, clock, actor, id, (d) => {
    const itemKey = key ?? (v.key as string);
    const existing = d.items.find((x) => x.key === itemKey);
    if (key && !existing) throw new NotFound();
    if (!key && existing) throw new Conflict('Koden används redan', { key: 'Det finns redan en fråga med den koden' });
    const item = { key: itemKey, dimension: v.dimension as string, text: l10nFrom(v, 'text')!, reversed: v.reversed as boolean };
    const rest = d.items.filter((x) => x.key !== itemKey);
    const current = d.items.findIndex((x) => x.key === itemKey);
    const at = v.position !== null ? Math.min((v.position as number) - 1, rest.length) : current >= 0 ? current : rest.length;
    return { ...d, items: [...rest.slice(0, at), item, ...rest.slice(at)] };
  }, 'selfcheck.instrument.update');
}

export async function deleteItem(db: Kysely<DB>, clock: Clock, actor: Principal, id: string, key: string): Promise<void> {
  await saveDraft(db, clock, actor, id, (d) => {
    if (!d.items.some((x) => x.key === key)) throw new NotFound();
    return { ...d, items: d.items.filter((x) => x.key !== key) };
  }, 'selfcheck.instrument.update');
}

export type PublishOutcome = { ok: true; version: number } | { ok: false; problems: string[] };

/** Checks the draft and, when it differs from the current version, freezes it as the next version. */
export async function publish(db: Kysely<DB>, clock: Clock, actor: Principal, id: string): Promise<PublishOutcome> {
  return db.transaction().execute(async (trx) => {
    const row = await q.findInstrument(trx, actor.tenantId, id);
    if (!row) throw new NotFound();
    const draft = parseDraft(row.draft);
    const problems = definitionProblems(draft);
    if (problems.length > 0) return { ok: false, problems };
    const versions = await q.listVersions(trx, actor.tenantId, id);
    const current = versions.find((v) => v.id === row.current_version_id);
    if (current && stable(parseDraft(current.definition)) === stable(draft)) return { ok: false, problems: ['Utkastet är likadant som den publicerade versionen. Det finns inget nytt att publicera.'] };
    const version = (await q.maxVersion(trx, actor.tenantId, id)) + 1;
    const versionId = newId();
    const now = clock.now().toISOString();
    await q.insertVersion(trx, { id: versionId, tenant_id: actor.tenantId, instrument_id: id, version, definition: JSON.stringify(draft), published_at: now, published_by: actor.userId });
    await q.updateInstrument(trx, actor.tenantId, id, { current_version_id: versionId, name: draft.name.sv, updated_at: now });
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'selfcheck.instrument.publish', subjectType: 'selfcheck_instrument', subjectId: id }, clock.now());
    return { ok: true, version };
  });
}

/** Offer the instrument to citizens (only one at a time), or stop offering it. */
export async function setOffered(db: Kysely<DB>, clock: Clock, actor: Principal, id: string, offered: boolean): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await q.findInstrument(trx, actor.tenantId, id);
    if (!row) throw new NotFound();
    if (offered && !row.current_version_id) throw new Conflict('Publicera instrumentet innan det erbjuds invånare.');
    const now = clock.now().toISOString();
    if (offered) await q.clearOfferedPublic(trx, actor.tenantId, now);
    await q.updateInstrument(trx, actor.tenantId, id, { offered_public: offered ? 1 : 0, updated_at: now });
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: offered ? 'selfcheck.instrument.offer' : 'selfcheck.instrument.withdraw', subjectType: 'selfcheck_instrument', subjectId: id }, clock.now());
  });
}

/** Throw away unpublished changes: the draft becomes the current version again. */
export async function resetDraft(db: Kysely<DB>, clock: Clock, actor: Principal, id: string): Promise<void> {
  const row = await load(db, actor.tenantId, id);
  const current = row.current_version_id ? await q.findVersion(db, actor.tenantId, row.current_version_id) : undefined;
  if (!current) throw new Conflict('Det finns ingen publicerad version att gå tillbaka till.');
  await saveDraft(db, clock, actor, id, () => parseDraft(current.definition), 'selfcheck.instrument.reset');
}

/** Demo seed and imports: a published instrument (version 1) without an actor. */
export async function seedInstrument(db: Kysely<DB>, tenantId: string, now: Date, def: InstrumentDefinition, offered: boolean): Promise<{ instrumentId: string; versionId: string }> {
  const instrumentId = newId();
  const versionId = newId();
  const at = now.toISOString();
  const json = JSON.stringify(def);
  await q.insertInstrument(db, { id: instrumentId, tenant_id: tenantId, name: def.name.sv, draft: json, offered_public: 0, current_version_id: null, created_at: at, updated_at: at });
  await q.insertVersion(db, { id: versionId, tenant_id: tenantId, instrument_id: instrumentId, version: 1, definition: json, published_at: at, published_by: null });
  await q.updateInstrument(db, tenantId, instrumentId, { current_version_id: versionId, offered_public: offered ? 1 : 0 });
  return { instrumentId, versionId };
}
