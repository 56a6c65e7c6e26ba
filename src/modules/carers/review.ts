// Documented sample reviews of the access log (SPEC §5.5): a unit manager draws a reproducible
// random sample of audit rows for their units, marks each reviewed with a comment, and closes
// the review with a conclusion. The review and every step of it are themselves logged.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { newId, parseJson, toJson } from '../../platform/db/helpers.js';
import type { Clock } from '../../platform/db/clock.js';
import { Conflict, Invalid, NotFound } from '../../platform/http/errors.js';
import { audit } from '../../platform/audit/audit.js';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import * as q from './review-queries.js';
import { localDate, startOfLocalDay } from './time.js';

/** A small seeded generator (mulberry32): the same seed gives the same sequence everywhere. */
export function seededRandom(seed: string): () => number {
  let a = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** k distinct positions out of n, in drawing order (partial Fisher–Yates). */
export function drawSample(n: number, k: number, seed: string): number[] {
  const rnd = seededRandom(seed);
  const idx = Array.from({ length: n }, (_, i) => i);
  const take = Math.min(n, k);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(rnd() * (n - i));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx.slice(0, take);
}

const nextDay = (date: string) => startOfLocalDay(new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10));

export async function createReview(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, form: { from: string; to: string; size: number; seed: string | null }): Promise<string> {
  const now = clock.now();
  if (form.to < form.from) throw new Invalid({ to: 'Slutdatum kan inte vara före startdatum' });
  if (form.to > localDate(now)) throw new Invalid({ to: 'Slutdatum kan inte vara i framtiden' });
  const ids = await q.populationIds(db, actor.tenantId, scope.units, startOfLocalDay(form.from), nextDay(form.to));
  if (ids.length === 0) throw new Invalid({ from: 'Det finns inga loggrader för dina enheter under perioden' });
  const seed = form.seed ?? randomBytes(6).toString('hex');
  const picks = drawSample(ids.length, form.size, seed);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await q.insertReview(trx, {
      id, tenant_id: actor.tenantId, reviewer_id: actor.userId, unit_ids: toJson(scope.units), period_from: form.from, period_to: form.to,
      seed, sample_size: picks.length, population: ids.length, created_at: now.toISOString(), completed_at: null, conclusion: null,
    }, picks.map((p, i) => ({ id: newId(), tenant_id: actor.tenantId, review_id: id, audit_id: ids[p], position: i + 1, reviewed_at: null, reviewed_by: null, verdict: null, comment: null })));
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'audit.review_create', subjectType: 'audit_review', subjectId: id, purpose: `stickprov ${picks.length} av ${ids.length}` }, now);
  });
  return id;
}

/** A reviewer sees their own reviews; a municipality-wide reviewer sees everyone's. */
function mayOpen(scope: Scope, actor: Principal, reviewerId: string): boolean {
  return scope.units === 'all' || reviewerId === actor.userId;
}

export async function listReviews(db: Kysely<DB>, actor: Principal, scope: Scope) {
  return (await q.listReviews(db, actor.tenantId, scope.units === 'all' ? null : actor.userId)).map((r) => ({
    id: r.id, reviewerName: r.reviewer_name ?? '–', from: r.period_from, to: r.period_to, size: r.sample_size, population: r.population,
    createdAt: r.created_at, completedAt: r.completed_at,
  }));
}

export async function getReview(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, id: string) {
  const r = await q.findReview(db, actor.tenantId, id);
  if (!r || !mayOpen(scope, actor, r.reviewer_id)) throw new NotFound();
  const items = await q.reviewItems(db, actor.tenantId, id);
  await audit(db, { tenantId: actor.tenantId, userId: actor.userId, action: 'audit.review_read', subjectType: 'audit_review', subjectId: id, purpose: 'granskning' }, clock.now());
  return {
    id: r.id, reviewerName: r.reviewer_name ?? '–', from: r.period_from, to: r.period_to, seed: r.seed, size: r.sample_size, population: r.population,
    units: parseJson<'all' | string[]>(r.unit_ids, []), createdAt: r.created_at, completedAt: r.completed_at, conclusion: r.conclusion, items,
  };
}

export async function markItem(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, reviewId: string, itemId: string, verdict: 'ok' | 'question', comment: string | null): Promise<void> {
  const r = await q.findReview(db, actor.tenantId, reviewId);
  if (!r || !mayOpen(scope, actor, r.reviewer_id)) throw new NotFound();
  if (r.completed_at) throw new Conflict('Granskningen är avslutad');
  if (verdict === 'question' && !comment) throw new Invalid({ comment: 'Skriv vad som behöver utredas' });
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    const n = await q.markItem(trx, actor.tenantId, reviewId, itemId, { verdict, comment, reviewed_at: now.toISOString(), reviewed_by: actor.userId });
    if (n === 0) throw new NotFound();
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'audit.review_item', subjectType: 'audit_review', subjectId: reviewId, purpose: verdict }, now);
  });
}

export async function completeReview(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, reviewId: string, conclusion: string): Promise<void> {
  const r = await q.findReview(db, actor.tenantId, reviewId);
  if (!r || !mayOpen(scope, actor, r.reviewer_id)) throw new NotFound();
  const items = await q.reviewItems(db, actor.tenantId, reviewId);
  if (items.some((i) => i.reviewed_at === null)) throw new Invalid({ conclusion: 'Granska alla rader innan du avslutar' });
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    if (await q.completeReview(trx, actor.tenantId, reviewId, conclusion, now.toISOString()) === 0) throw new Conflict('Granskningen är redan avslutad');
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'audit.review_complete', subjectType: 'audit_review', subjectId: reviewId, purpose: 'granskning avslutad' }, now);
  });
}

export interface HeavyUser { userId: string; name: string; carers: number; reads: number; threshold: number; unusual: boolean }

const median = (xs: number[]): number => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Unusual: more distinct carer records than three times the colleagues' median, and at least `floor`. */
export function flagUnusual(counts: number[], floor: number): { threshold: number; unusual: boolean }[] {
  return counts.map((c, i) => {
    const threshold = Math.max(floor, Math.ceil(3 * median(counts.filter((_, j) => j !== i))));
    return { threshold, unusual: c > threshold };
  });
}

/** Users who opened unusually many distinct carer records in the period, in the reviewer's units. */
export async function heavyReaders(db: Kysely<DB>, clock: Clock, actor: Principal, scope: Scope, from: string, to: string, floor = 10): Promise<HeavyUser[]> {
  const rows = await q.carerReadsPerUser(db, actor.tenantId, scope.units, startOfLocalDay(from), nextDay(to));
  const flags = flagUnusual(rows.map((r) => Number(r.carers)), floor);
  await audit(db, { tenantId: actor.tenantId, userId: actor.userId, action: 'audit.heavy_readers', purpose: 'granskning' }, clock.now());
  return rows.map((r, i) => ({ userId: r.user_id!, name: r.user_name ?? '–', carers: Number(r.carers), reads: Number(r.reads), ...flags[i] }))
    .sort((a, b) => b.carers - a.carers);
}
