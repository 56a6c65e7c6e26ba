// Importing an organisation from one file (SPEC §3: a fifth municipality set up in under an
// hour, no code change). JSON ({ units, bodies }) or CSV of units (key, parent, kind, name,
// external; comma or semicolon). Parsing and planning are pure; applying is one transaction,
// so a bad file stores nothing. Importing twice adds nothing new: units with the same name
// under the same parent, and bodies with the same name, are reused.
import { z } from 'zod';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { BODY_KINDS, UNIT_KINDS, type BodyKind, type UnitKind } from '../../platform/domain/vocab.js';
import { listUnits, type OrgUnit } from '../../platform/tenancy/tenancy.js';
import { audit } from '../../platform/audit/audit.js';
import { addBody, addUnit } from './service.js';
import * as q from './queries.js';
import { sm } from '../../platform/i18n/staff-messages.js';

export const MAX_IMPORT_UNITS = 2000;
export const MAX_IMPORT_BODIES = 200;

export interface ImportUnit {
  key: string;
  /** Another row's key, an existing unit's id, or null for the top level. */
  parent: string | null;
  kind: UnitKind;
  name: string;
  external: boolean;
  /** Where the row is, for messages: 'Rad 4' or 'Enhet 3'. */
  where: string;
}
export interface ImportBody {
  kind: BodyKind;
  name: string;
  meetingsPerYear: number | null;
  description: string;
}
export interface OrgFile {
  units: ImportUnit[];
  bodies: ImportBody[];
}
export type ParseResult = { ok: true; file: OrgFile } | { ok: false; errors: string[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEY = /^[A-Za-z0-9_.-]{1,60}$/;

const KIND_WORDS: Record<string, UnitKind> = {
  administration: 'administration', förvaltning: 'administration', forvaltning: 'administration', kontor: 'administration',
  area: 'area', område: 'area', omrade: 'area', verksamhetsområde: 'area', verksamhetsomrade: 'area',
  unit: 'unit', enhet: 'unit',
};
const YES = new Set(['1', 'true', 'ja', 'yes', 'x']);
const NO = new Set(['', '0', 'false', 'nej', 'no']);

const HEADER_WORDS: Record<string, keyof Omit<ImportUnit, 'where'>> = {
  key: 'key', nyckel: 'key', id: 'key',
  parent: 'parent', parentkey: 'parent', parent_key: 'parent', överordnad: 'parent', overordnad: 'parent',
  kind: 'kind', nivå: 'kind', niva: 'kind', typ: 'kind',
  name: 'name', namn: 'name',
  external: 'external', extern: 'external',
};

/** One CSV line split into fields: quotes with "" escapes; the separator is given. */
export function splitCsvLine(line: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"' && cur.trim() === '') { quoted = true; cur = ''; } else if (c === sep) { out.push(cur.trim()); cur = ''; } else cur += c;
  }
  out.push(cur.trim());
  return out;
}

function parseCsv(text: string): { rows: Record<string, string>[]; lines: number[]; errors: string[] } {
  const all = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerIndex = all.findIndex((l) => l.trim() !== '');
  if (headerIndex < 0) return { rows: [], lines: [], errors: ['Filen är tom.'] };
  const header = all[headerIndex];
  const sep = header.includes(';') ? ';' : ',';
  const cols = splitCsvLine(header, sep).map((h) => HEADER_WORDS[h.toLowerCase()]);
  const missing = (['key', 'kind', 'name'] as const).filter((k) => !cols.includes(k));
  if (missing.length > 0) return { rows: [], lines: [], errors: [`Rad ${headerIndex + 1}: rubrikraden saknar ${missing.join(', ')} (väntade key${sep}parent${sep}kind${sep}name${sep}external).`] };
  const rows: Record<string, string>[] = [];
  const lines: number[] = [];
  for (let i = headerIndex + 1; i < all.length; i++) {
    if (all[i].trim() === '') continue;
    const fields = splitCsvLine(all[i], sep);
    const row: Record<string, string> = {};
    cols.forEach((c, j) => { if (c) row[c] = fields[j] ?? ''; });
    rows.push(row);
    lines.push(i + 1);
  }
  return { rows, lines, errors: [] };
}

const jsonUnit = z.object({
  key: z.string(), parent: z.string().nullable().optional(), kind: z.string(), name: z.string(),
  external: z.union([z.boolean(), z.string()]).optional(),
}).strict();
const jsonBody = z.object({
  kind: z.enum(BODY_KINDS), name: z.string().min(1).max(160), meetingsPerYear: z.number().int().min(0).max(365).nullable().optional(),
  description: z.string().max(2000).optional(),
}).strict();
const jsonObjectFile = z.object({ units: z.array(jsonUnit).max(MAX_IMPORT_UNITS), bodies: z.array(jsonBody).max(MAX_IMPORT_BODIES).optional() }).strict();
const jsonArrayFile = z.array(jsonUnit).max(MAX_IMPORT_UNITS);

function checkUnits(rows: Record<string, string | boolean | null | undefined>[], where: (i: number) => string): { units: ImportUnit[]; errors: string[] } {
  const errors: string[] = [];
  const units: ImportUnit[] = [];
  rows.forEach((r, i) => {
    const w = where(i);
    const key = String(r.key ?? '').trim();
    const name = String(r.name ?? '').trim();
    const kind = KIND_WORDS[String(r.kind ?? '').trim().toLowerCase()];
    const parent = String(r.parent ?? '').trim() || null;
    const ext = typeof r.external === 'boolean' ? r.external : String(r.external ?? '').trim().toLowerCase();
    if (!KEY.test(key)) errors.push(`${w}: nyckeln (key) ska vara 1–60 tecken: bokstäver a–z, siffror, punkt, bindestreck eller understreck.`);
    if (name === '' || name.length > 120) errors.push(`${w}: namnet (name) ska vara 1–120 tecken.`);
    if (!kind) errors.push(`${w}: okänd nivå (kind) "${String(r.kind ?? '')}"; använd ${UNIT_KINDS.join(', ')} (eller förvaltning, område, enhet).`);
    if (typeof ext === 'string' && !YES.has(ext) && !NO.has(ext)) errors.push(`${w}: extern (external) ska vara ja eller nej.`);
    if (kind === 'administration' && parent) errors.push(`${w}: en förvaltning ligger på översta nivån och har ingen överordnad (parent).`);
    if (kind && kind !== 'administration' && !parent) errors.push(`${w}: ange överordnad (parent) för ett område eller en enhet.`);
    units.push({ key, parent, kind: kind ?? 'unit', name, external: typeof ext === 'boolean' ? ext : YES.has(ext), where: w });
  });
  const seen = new Map<string, string>();
  for (const u of units) {
    if (seen.has(u.key)) errors.push(`${u.where}: nyckeln "${u.key}" finns redan på ${seen.get(u.key)}.`);
    else seen.set(u.key, u.where);
  }
  for (const u of units) {
    if (u.parent && !seen.has(u.parent) && !UUID.test(u.parent)) errors.push(`${u.where}: överordnad "${u.parent}" finns inte i filen.`);
  }
  // A parent chain that loops back can never be created.
  const byKey = new Map(units.map((u) => [u.key, u]));
  for (const u of units) {
    let cur: ImportUnit | undefined = u;
    for (let steps = 0; cur?.parent && byKey.has(cur.parent); steps++) {
      cur = byKey.get(cur.parent);
      if (cur === u || steps > units.length) { errors.push(`${u.where}: enheten ligger under sig själv (cirkel i parent).`); break; }
    }
  }
  return { units, errors };
}

export function parseOrgFile(text: string): ParseResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, errors: ['Filen är tom.'] };
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch {
      return { ok: false, errors: ['Filen ser ut som JSON men går inte att läsa. Kontrollera kommatecken och citattecken.'] };
    }
    const parsed = Array.isArray(data) ? jsonArrayFile.safeParse(data) : jsonObjectFile.safeParse(data);
    if (!parsed.success) {
      return { ok: false, errors: parsed.error.issues.slice(0, 20).map((i) => `JSON ${i.path.join('.') || '(hela filen)'}: ${i.code === 'unrecognized_keys' ? `okända fält ${i.keys.join(', ')}` : 'fel värde eller format'}.`) };
    }
    const list = Array.isArray(parsed.data) ? parsed.data : parsed.data.units;
    const bodies = Array.isArray(parsed.data) ? [] : parsed.data.bodies ?? [];
    const { units, errors } = checkUnits(list, (i) => `Enhet ${i + 1}`);
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, file: { units, bodies: bodies.map((b) => ({ kind: b.kind, name: b.name, meetingsPerYear: b.meetingsPerYear ?? null, description: b.description ?? '' })) } };
  }
  const csv = parseCsv(trimmed);
  if (csv.errors.length > 0) return { ok: false, errors: csv.errors };
  if (csv.rows.length === 0) return { ok: false, errors: ['Filen har inga enheter under rubrikraden.'] };
  if (csv.rows.length > MAX_IMPORT_UNITS) return { ok: false, errors: [`Högst ${MAX_IMPORT_UNITS} enheter per fil.`] };
  const { units, errors } = checkUnits(csv.rows, (i) => `Rad ${csv.lines[i]}`);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, file: { units, bodies: [] } };
}

export interface PlannedUnit extends ImportUnit {
  depth: number;
  /** An existing unit with the same name under the same parent: reused, not created. */
  existingId: string | null;
}
export interface ImportPlan {
  units: PlannedUnit[]; // parents before children
  bodies: (ImportBody & { exists: boolean })[];
}

const same = (a: string, b: string) => a.localeCompare(b, 'sv', { sensitivity: 'accent' }) === 0;

/** Orders the units parents-first and matches them against the existing organisation. */
export function planImport(file: OrgFile, existing: OrgUnit[], existingBodies: string[]): { ok: true; plan: ImportPlan } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const byKey = new Map(file.units.map((u) => [u.key, u]));
  for (const u of file.units) {
    if (u.parent && !byKey.has(u.parent) && !existing.some((e) => e.id === u.parent)) errors.push(`${u.where}: överordnad "${u.parent}" finns inte i kommunen.`);
  }
  if (errors.length > 0) return { ok: false, errors };
  const planned = new Map<string, PlannedUnit>();
  const order: PlannedUnit[] = [];
  const visit = (u: ImportUnit): PlannedUnit => {
    const done = planned.get(u.key);
    if (done) return done;
    let parentId: string | null = null;
    let depth = 0;
    let parentIsNew = false;
    if (u.parent && byKey.has(u.parent)) {
      const p = visit(byKey.get(u.parent)!);
      parentId = p.existingId;
      parentIsNew = p.existingId === null;
      depth = p.depth + 1;
    } else if (u.parent) {
      parentId = u.parent;
      depth = 1;
    }
    const match = parentIsNew ? undefined : existing.find((e) => e.parentId === parentId && same(e.name, u.name));
    const p: PlannedUnit = { ...u, depth, existingId: match?.id ?? null };
    planned.set(u.key, p);
    order.push(p);
    return p;
  };
  for (const u of file.units) visit(u);
  const bodies = file.bodies.map((b) => ({ ...b, exists: existingBodies.some((n) => same(n, b.name)) }));
  return { ok: true, plan: { units: order, bodies } };
}

export interface ImportResult {
  plan: ImportPlan;
  unitsCreated: number;
  unitsExisting: number;
  bodiesCreated: number;
  bodiesExisting: number;
}

export class ImportRejected extends Error {
  constructor(public readonly errors: string[]) {
    super(`Import rejected:\n${errors.join('\n')}`);
  }
}

/** Parse, plan and (unless dryRun) apply in one transaction; audited with the actor (null from the CLI). */
export async function importOrganisation(db: Kysely<DB> | Transaction<DB>, tenantId: string, actorId: string | null, text: string, now: Date, opts: { dryRun?: boolean } = {}): Promise<ImportResult> {
  const parsed = parseOrgFile(text);
  if (!parsed.ok) throw new ImportRejected(parsed.errors);
  const run = async (trx: Kysely<DB> | Transaction<DB>): Promise<ImportResult> => {
    const [units, bodies] = await Promise.all([listUnits(trx as Kysely<DB>, tenantId), q.listBodies(trx, tenantId)]);
    const planned = planImport(parsed.file, units, bodies.map((b) => b.name));
    if (!planned.ok) throw new ImportRejected(planned.errors);
    const { plan } = planned;
    const result: ImportResult = {
      plan, unitsCreated: plan.units.filter((u) => !u.existingId).length, unitsExisting: plan.units.filter((u) => u.existingId).length,
      bodiesCreated: plan.bodies.filter((b) => !b.exists).length, bodiesExisting: plan.bodies.filter((b) => b.exists).length,
    };
    if (opts.dryRun) return result;
    const ids = new Map<string, string>();
    for (const [i, u] of plan.units.entries()) {
      if (u.existingId) { ids.set(u.key, u.existingId); continue; }
      const parentId = u.parent ? (ids.get(u.parent) ?? u.parent) : null;
      ids.set(u.key, await addUnit(trx, tenantId, { parentId, kind: u.kind, name: u.name, external: u.external, sortOrder: i }, now));
    }
    for (const b of plan.bodies) if (!b.exists) await addBody(trx, tenantId, b, now);
    await audit(trx, { tenantId, userId: actorId, action: 'org.import', subjectType: 'tenant', subjectId: tenantId, purpose: sm('import.audit', { units: result.unitsCreated, bodies: result.bodiesCreated }) }, now);
    return result;
  };
  return db.isTransaction || opts.dryRun ? run(db) : db.transaction().execute(run);
}
