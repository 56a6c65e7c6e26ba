// Belastningskoll, the carer's self-check of their load (SPEC C7, first part): an anonymous
// check on configurable, versioned instruments whose answers live only in the form; feedback
// and fitting support; staff use with an identified carer; anonymous monthly counts.
import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/db/clock.js';
import { newId, parseJson } from '../../platform/db/helpers.js';
import { NotFound } from '../../platform/http/errors.js';
import { audit } from '../../platform/audit/audit.js';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import type { ContentLocale, OfferingType, TargetGroup } from '../../platform/domain/vocab.js';
import { localize, suggest, type LocalizedOffering } from '../catalog/service.js';
import { definitionSchema, type InstrumentDefinition } from './definition.js';
import { score, type Answers, type ScoredResult } from './scoring.js';
import * as q from './queries.js';
import { checkCompletionToken, issueCompletionToken, oldestCountedDay } from './completion.js';

export { deleteResultsForCarer, moveResultsToCarer } from './queries.js';

export interface LoadedVersion {
  id: string;
  instrumentId: string;
  version: number;
  def: InstrumentDefinition;
}

const ZONE = 'Europe/Stockholm';
export const UNSCORED = 'unscored';

function toLoaded(row: Pick<q.VersionRow, 'id' | 'instrument_id' | 'version' | 'definition'>): LoadedVersion {
  return { id: row.id, instrumentId: row.instrument_id, version: row.version, def: definitionSchema.parse(parseJson(row.definition, {})) };
}

// ---- the citizen's self-check ----

/** The current version of the instrument the municipality offers citizens, or null. */
export async function publicVersion(db: Kysely<DB>, tenantId: string): Promise<LoadedVersion | null> {
  const row = await q.findPublicVersion(db, tenantId);
  return row ? toLoaded(row) : null;
}

/**
 * The version a citizen's form names: any version of the instrument still offered, so a check
 * begun before a new version was published finishes on the version it began with.
 */
export async function versionForCitizen(db: Kysely<DB>, tenantId: string, versionId: string): Promise<LoadedVersion | null> {
  const row = await q.findVersion(db, tenantId, versionId);
  return row && row.offered_public === 1 ? toLoaded(row) : null;
}

/**
 * Counts one completed citizen check: month, version and overall band only. This and the
 * remembered completion token are the only rows a citizen's check may touch (see
 * docs/processing-record.md); the answers are never stored. A token that is not genuine, too
 * old, or already counted (the result page sent again) counts nothing. Returns whether it counted.
 */
export async function recordCompletion(db: Kysely<DB>, clock: Clock, secret: string, tenantId: string, version: LoadedVersion, scored: ScoredResult, token: string | undefined): Promise<boolean> {
  const now = clock.now();
  const checked = checkCompletionToken(secret, tenantId, token, now);
  if (!checked) return false;
  const month = DateTime.fromJSDate(now).setZone(ZONE).toFormat('yyyy-MM');
  return db.transaction().execute(async (trx) => {
    await q.forgetCompletions(trx, tenantId, oldestCountedDay(now));
    if (!await q.rememberCompletion(trx, { tenantId, tokenHash: checked.hash, issuedOn: checked.issuedOn })) return false;
    await q.incrementCounter(trx, { tenantId, month, versionId: version.id, band: scored.overall.band ?? UNSCORED });
    return true;
  });
}

/** A fresh one-time completion token for a citizen starting a check. */
export const newCompletionToken = (secret: string, clock: Clock, tenantId: string): string => issueCompletionToken(secret, tenantId, clock.now());

/**
 * Offering types to suggest: each scored dimension's rule for its band, heaviest band first,
 * keeping only rules for every target group or for the one the carer named.
 */
export function suggestedTypes(def: InstrumentDefinition, scored: ScoredResult, group: TargetGroup | null): OfferingType[] {
  const rank = (band: string | null) => def.bands.findIndex((b) => b.key === band);
  const dims = scored.dimensions.filter((d) => d.band !== null).sort((a, b) => rank(b.band) - rank(a.band) || (b.mean ?? 0) - (a.mean ?? 0));
  const out: OfferingType[] = [];
  for (const d of dims) {
    const rule = def.dimensions.find((x) => x.key === d.key)?.suggestions[d.band!];
    if (!rule || (rule.targetGroups.length > 0 && (!group || !rule.targetGroups.includes(group)))) continue;
    for (const t of rule.types) if (!out.includes(t)) out.push(t);
  }
  return out;
}

export async function suggestionsFor(db: Kysely<DB>, tenantId: string, def: InstrumentDefinition, scored: ScoredResult, group: TargetGroup | null, locale: ContentLocale): Promise<LocalizedOffering[]> {
  const types = suggestedTypes(def, scored, group);
  if (types.length === 0) return [];
  const offerings = await suggest(db, tenantId, types, group ?? undefined, 6);
  return offerings.map((o) => localize(o, locale));
}

// ---- statistics (for the yearly report) ----

export interface SelfcheckStats {
  year: number;
  total: number;
  /** Bands in scale order with Swedish labels, over the versions used; 'unscored' last. */
  bands: { key: string; label: string }[];
  /** Every month of the year ('YYYY-MM'), completed checks per overall band. */
  months: { month: string; total: number; byBand: Record<string, number> }[];
  rows: { month: string; instrument: string; version: number; band: string; bandLabel: string; count: number }[];
}

/** Completed anonymous self-checks per month and overall band: counts only, no answers. */
export async function selfcheckStats(db: Kysely<DB>, tenantId: string, year: number): Promise<SelfcheckStats> {
  const raw = await q.countersForYear(db, tenantId, year);
  const bands: SelfcheckStats['bands'] = [];
  // The definitions (some kilobytes each) once per version, not once per counter.
  const versions = await q.versionsByIds(db, tenantId, [...new Set(raw.map((r) => r.version_id))]);
  const defs = new Map<string, InstrumentDefinition>(versions.map((v) => [v.id, toLoaded(v).def]));
  const rows = raw.map((r) => {
    const def = defs.get(r.version_id)!;
    const label = r.band === UNSCORED ? 'Inget samlat resultat (för få svar)' : def.bands.find((b) => b.key === r.band)?.label.sv ?? r.band;
    if (!bands.some((b) => b.key === r.band)) bands.push({ key: r.band, label });
    return { month: r.month, instrument: def.name.sv, version: r.version, band: r.band, bandLabel: label, count: Number(r.count) };
  });
  const order = (k: string) => (k === UNSCORED ? 99 : Math.max(0, ...[...defs.values()].map((d) => d.bands.findIndex((b) => b.key === k))));
  bands.sort((a, b) => order(a.key) - order(b.key));
  const months = Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    const byBand: Record<string, number> = {};
    for (const r of rows.filter((x) => x.month === month)) byBand[r.band] = (byBand[r.band] ?? 0) + r.count;
    return { month, total: Object.values(byBand).reduce((a, b) => a + b, 0), byBand };
  });
  return { year, total: months.reduce((a, m) => a + m.total, 0), bands, months, rows };
}

/**
 * Generated years (reports module's generator): completed checks added to the anonymous counters
 * of the municipality's public version, `pick` choosing each one's band among the version's bands.
 * Returns the checks counted per band (none without a public version).
 */
export async function seedSelfcheckCounts(db: Kysely<DB>, tenantId: string, year: number, n: number, pick: (bands: string[]) => string): Promise<Record<string, number>> {
  const version = await publicVersion(db, tenantId);
  if (!version) return {};
  const bands = version.def.bands.map((b) => b.key);
  const out: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    const band = pick(bands);
    const month = `${year}-${String(1 + Math.floor((i * 12) / n)).padStart(2, '0')}`;
    await q.incrementCounter(db, { tenantId, month, versionId: version.id, band });
    out[band] = (out[band] ?? 0) + 1;
  }
  return out;
}

// ---- staff use: results attached to an identified carer ----

export interface StoredResult {
  id: string;
  recordedAt: string;
  version: LoadedVersion;
  answers: Answers;
  scored: ScoredResult;
}

/** Every current version, for a specialist to choose from (licensed instruments may be staff-only). */
export async function staffVersions(db: Kysely<DB>, tenantId: string): Promise<LoadedVersion[]> {
  return (await q.listCurrentVersions(db, tenantId)).map(toLoaded);
}

export async function versionForStaff(db: Kysely<DB>, tenantId: string, versionId: string): Promise<LoadedVersion> {
  const row = await q.findVersion(db, tenantId, versionId);
  if (!row) throw new NotFound();
  return toLoaded(row);
}

/** The carer's results over time; reading them is audited. The caller has checked the carer is in scope. */
export async function carerResults(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, carer: { id: string; unitId: string | null }): Promise<StoredResult[]> {
  const rows = await q.listResultsForCarer(db, scope, carer.id);
  await audit(db, { tenantId: actor.tenantId, userId: actor.userId, unitId: carer.unitId, action: 'selfcheck.result.read', subjectType: 'carer', subjectId: carer.id, purpose: 'selfcheck:staff' }, clock.now());
  return rows.map((r) => ({
    id: r.id, recordedAt: r.recorded_at, version: toLoaded({ ...r, id: r.version_id }),
    answers: parseJson<Answers>(r.answers, {}), scored: parseJson<ScoredResult>(r.scores, { dimensions: [], overall: { answered: 0, total: 0, mean: null, band: null } }),
  }));
}

/** Attach a result to an identified carer, with the consent the specialist confirmed. Audited. */
export async function attachResult(db: Kysely<DB>, clock: Clock, actor: Principal, carer: { id: string; unitId: string | null }, version: LoadedVersion, answers: Answers): Promise<string> {
  const id = newId();
  const now = clock.now().toISOString();
  const scored = score(version.def, answers);
  await db.transaction().execute(async (trx) => {
    await q.insertResult(trx, {
      id, tenant_id: actor.tenantId, carer_id: carer.id, unit_id: carer.unitId, version_id: version.id,
      answers: JSON.stringify(answers), scores: JSON.stringify(scored), consent_at: now, recorded_by: actor.userId, recorded_at: now,
    });
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, unitId: carer.unitId, action: 'selfcheck.result.create', subjectType: 'carer', subjectId: carer.id, purpose: 'selfcheck:staff' }, clock.now());
  });
  return id;
}

/** Subject access export: the carer's results as plain data (the carers module audits the export). */
export async function exportResultsForCarer(db: Kysely<DB>, tenantId: string, carerId: string) {
  return (await q.listAllResultsForCarer(db, tenantId, carerId)).map((r) => ({
    recordedAt: r.recorded_at, versionId: r.version_id, answers: parseJson<Answers>(r.answers, {}), scores: parseJson<ScoredResult>(r.scores, null as never),
  }));
}

/** For the carers module: erasure and retention delete a carer's results; a merge moves them. */
export const deleteCarerResults = q.deleteResultsForCarer;
export const moveCarerResults = q.moveResultsToCarer;
