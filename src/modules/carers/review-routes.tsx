// Access-log review pages: only audit:read opens them (others get 404, as for the log itself).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { parseForm, parseQuery } from '../../platform/http/forms.js';
import { AppError, Invalid, NotFound } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import type { Principal, Scope } from '../../platform/auth/principal.js';
import { REVIEW } from './policy.js';
import * as review from './review.js';
import { HeavyReadersPage, ReviewListPage, ReviewPage } from './views/review.js';
import { isIsoDate, localDate } from './time.js';
import { idParam, subIdParam } from './schema.js';

const dateField = z.string().min(1, 'Fyll i datum').refine(isIsoDate, 'Skriv datumet som ÅÅÅÅ-MM-DD');
const createSchema = z.object({
  from: dateField, to: dateField,
  size: z.string().regex(/^\d{1,3}$/, 'Skriv ett tal mellan 1 och 200').transform(Number).refine((n) => n >= 1 && n <= 200, 'Skriv ett tal mellan 1 och 200'),
  seed: z.string().max(40, 'Högst 40 tecken').regex(/^[A-Za-z0-9-]*$/, 'Fröet får bara innehålla bokstäver a–z, siffror och bindestreck').optional().transform((v) => (v ? v : null)),
}).strict();
const itemSchema = z.object({ verdict: z.enum(['ok', 'question'], { message: 'Välj en bedömning' }), comment: z.string().max(500, 'Högst 500 tecken').optional().transform((v) => (v ? v : null)) }).strict();
const completeSchema = z.object({ conclusion: z.string().min(1, 'Skriv en slutsats').max(2000, 'Högst 2000 tecken') }).strict();
const periodQuery = z.object({ from: z.string().refine(isIsoDate).optional(), to: z.string().refine(isIsoDate).optional() });

const unitNames = (p: Principal, s: Scope) => (s.units === 'all' ? 'hela kommunen' : p.units.filter((u) => (s.units as string[]).includes(u.id)).map((u) => u.name).join(', ') || 'inga');
const reviewId = (params: unknown) => {
  const p = idParam.safeParse(params);
  if (!p.success) throw new NotFound();
  return p.data.id;
};

export async function reviewRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;
  const defaults = () => {
    const today = localDate(clock.now());
    return { from: localDate(new Date(clock.now().getTime() - 30 * 86_400_000)), to: today, size: '20' };
  };

  app.get('/personal/logg/granskning', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, REVIEW, { hide: true });
    const reviews = await review.listReviews(db, principal, scope);
    return render(reply, <ReviewListPage ctx={pageContext(req, 'staff')} reviews={reviews} values={defaults()} ownUnits={unitNames(principal, scope)} />);
  });

  app.post('/personal/logg/granskning', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, REVIEW, { hide: true });
    const parsed = parseForm(createSchema, req.body);
    const again = async (errors: Record<string, string>) => render(reply, <ReviewListPage ctx={pageContext(req, 'staff')}
      reviews={await review.listReviews(db, principal, scope)} values={parsed.values} errors={errors} ownUnits={unitNames(principal, scope)} />, 400);
    if (!parsed.ok) return again(parsed.errors);
    try {
      const id = await review.createReview(db, clock, principal, scope, parsed.data);
      return redirect(reply, `/${tenantOf(req).slug}/personal/logg/granskning/${id}`);
    } catch (err) {
      if (err instanceof Invalid) return again(err.fields);
      throw err;
    }
  });

  app.get('/personal/logg/granskning/:id', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, REVIEW, { hide: true });
    const r = await review.getReview(db, clock, principal, scope, reviewId(req.params));
    const saved = (req.query as { sparad?: string }).sparad;
    return render(reply, <ReviewPage ctx={pageContext(req, 'staff')} r={r} notice={saved ? 'Sparat.' : undefined} />);
  });

  app.post('/personal/logg/granskning/:id/rader/:sub', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, REVIEW, { hide: true });
    const p = subIdParam.safeParse(req.params);
    if (!p.success) throw new NotFound();
    const parsed = parseForm(itemSchema, req.body);
    const again = async (errors: Record<string, string>) =>
      render(reply, <ReviewPage ctx={pageContext(req, 'staff')} r={await review.getReview(db, clock, principal, scope, p.data.id)} errors={errors} />, 400);
    if (!parsed.ok) return again(parsed.errors);
    try {
      await review.markItem(db, clock, principal, scope, p.data.id, p.data.sub, parsed.data.verdict, parsed.data.comment);
    } catch (err) {
      if (err instanceof Invalid) return again(err.fields);
      if (err instanceof AppError && err.code === 'Conflict') return again({ _form: err.message });
      throw err;
    }
    return redirect(reply, `/${tenantOf(req).slug}/personal/logg/granskning/${p.data.id}?sparad=1`);
  });

  app.post('/personal/logg/granskning/:id/avsluta', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, REVIEW, { hide: true });
    const id = reviewId(req.params);
    const parsed = parseForm(completeSchema, req.body);
    const again = async (errors: Record<string, string>) =>
      render(reply, <ReviewPage ctx={pageContext(req, 'staff')} r={await review.getReview(db, clock, principal, scope, id)} errors={errors} values={parsed.values} />, 400);
    if (!parsed.ok) return again(parsed.errors);
    try {
      await review.completeReview(db, clock, principal, scope, id, parsed.data.conclusion);
    } catch (err) {
      if (err instanceof Invalid) return again(err.fields);
      if (err instanceof AppError && err.code === 'Conflict') return again({ _form: err.message });
      throw err;
    }
    return redirect(reply, `/${tenantOf(req).slug}/personal/logg/granskning/${id}?sparad=1`);
  });

  app.get('/personal/logg/avvikelser', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, REVIEW, { hide: true });
    const q = parseQuery(periodQuery, req.query);
    const values = { from: q.from ?? defaults().from, to: q.to ?? defaults().to };
    const users = await review.heavyReaders(db, clock, principal, scope, values.from <= values.to ? values.from : values.to, values.to);
    return render(reply, <HeavyReadersPage ctx={pageContext(req, 'staff')} users={users} values={values} />);
  });
}
