// Staff use: the hub, the anonymous counts, and a specialist going through an instrument with
// an identified carer (selfcheck:staff, carer in the user's carers:read scope), saving with consent.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DateTime } from 'luxon';
import { pageContext, redirect, requirePermission, requireUser, tenantOf } from '../../platform/http/context.js';
import { parseForm, parseQuery } from '../../platform/http/forms.js';
import { NotFound } from '../../platform/http/errors.js';
import { render } from '../../platform/http/render.js';
import { audit } from '../../platform/audit/audit.js';
import { can, type Principal } from '../../platform/auth/principal.js';
import { ADMIN, STAFF } from './policy.js';
import * as service from './service.js';
import { advance, versionIdOf } from './flow.js';
import { score } from './scoring.js';
import { carerParam, carerSearchSchema, consentSchema, statsQuerySchema } from './schema.js';
import { carerInScope, findCarers, type CarerRef } from './integrations.js';
import { resultView } from './views/result-model.js';
import { AllScreen, QuestionScreen, type FlowFrame } from './views/flow.js';
import { StaffResultScreen } from './views/result.js';
import { CarerResultsPage, HubPage, StatsPage } from './views/staff.js';
import type { ChartData } from './views/chart.js';

const ZONE = 'Europe/Stockholm';

/** One line per dimension key over the occasions, named as in the latest version that has it. */
export function chartData(results: service.StoredResult[]): ChartData | null {
  if (results.length === 0) return null;
  const keys: string[] = [];
  for (const r of results) for (const d of r.version.def.dimensions) if (!keys.includes(d.key)) keys.push(d.key);
  const dates = results.map((r) => DateTime.fromISO(r.recordedAt, { zone: 'utc' }).setZone(ZONE));
  const sameDay = (i: number) => dates.some((d, j) => j !== i && d.hasSame(dates[i], 'day'));
  const latest = [...results].reverse();
  return {
    occasions: dates.map((d, i) => d.toFormat(sameDay(i) ? 'yyyy-MM-dd HH:mm' : 'yyyy-MM-dd')),
    min: Math.min(...results.map((r) => r.version.def.scale[0].value)),
    max: Math.max(...results.map((r) => r.version.def.scale[r.version.def.scale.length - 1].value)),
    series: keys.map((key) => ({
      key,
      name: latest.map((r) => r.version.def.dimensions.find((d) => d.key === key)?.name.sv).find(Boolean) ?? key,
      values: results.map((r) => r.scored.dimensions.find((d) => d.key === key)?.mean ?? null),
      bands: results.map((r) => {
        const band = r.scored.dimensions.find((d) => d.key === key)?.band;
        return r.version.def.bands.find((b) => b.key === band)?.label.sv ?? null;
      }),
    })),
  };
}

export async function selfcheckStaffRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;
  const ctxOf = (req: FastifyRequest) => pageContext(req, 'staff');

  /** The hub and the counts are for holders of either permission. */
  async function staffOrAdmin(req: FastifyRequest): Promise<Principal> {
    const p = requireUser(req);
    if (can(p, STAFF) || can(p, ADMIN)) return p;
    return (await requirePermission(req, STAFF)).principal;
  }

  app.get('/personal/belastningskoll', async (req, reply) => {
    await staffOrAdmin(req);
    return render(reply, <HubPage ctx={ctxOf(req)} />);
  });

  app.post('/personal/belastningskoll/sok', async (req, reply) => {
    const { principal } = await requirePermission(req, STAFF);
    const parsed = parseForm(carerSearchSchema, req.body);
    if (!parsed.ok) return render(reply, <HubPage ctx={ctxOf(req)} errors={parsed.errors} values={parsed.values} />, 400);
    const found = await findCarers(db, clock, principal, parsed.data.q);
    return render(reply, <HubPage ctx={ctxOf(req)} found={found} values={parsed.values} />);
  });

  app.get('/personal/belastningskoll/statistik', async (req, reply) => {
    const p = await staffOrAdmin(req);
    const thisYear = DateTime.fromJSDate(clock.now()).setZone(ZONE).year;
    const year = parseQuery(statsQuerySchema, req.query).ar ?? thisYear;
    const stats = await service.selfcheckStats(db, p.tenantId, year);
    const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
    if (!years.includes(year)) years.push(year);
    return render(reply, <StatsPage ctx={ctxOf(req)} stats={stats} years={years.sort((a, b) => b - a)} />);
  });

  // ---- with an identified carer ----

  const carerOf = async (req: FastifyRequest): Promise<{ principal: Principal; carer: CarerRef }> => {
    const { principal } = await requirePermission(req, STAFF);
    const parsed = carerParam.safeParse(req.params);
    if (!parsed.success) throw new NotFound();
    return { principal, carer: await carerInScope(db, principal, parsed.data.carerId) };
  };
  const flowUrl = (req: FastifyRequest, carer: CarerRef) => `/${tenantOf(req).slug}/personal/belastningskoll/anhorig/${carer.id}`;
  const frameFor = (req: FastifyRequest, carer: CarerRef, def: service.LoadedVersion['def']): FlowFrame => ({
    ctx: ctxOf(req), action: flowUrl(req, carer), def,
    staff: { carerName: carer.name, crumbs: [{ href: `/${tenantOf(req).slug}/personal`, label: 'Start' }, { href: flowUrl(req, carer), label: `Belastningskoll – ${carer.name}` }, { label: 'Pågår' }] },
  });

  async function resultsPage(req: FastifyRequest, reply: FastifyReply, principal: Principal, carer: CarerRef, opts: { notice?: string; errors?: Record<string, string> } = {}) {
    const { scope } = await requirePermission(req, STAFF);
    const results = await service.carerResults(db, clock, principal, scope, carer);
    const versions = (await service.staffVersions(db, principal.tenantId)).map((v) => ({ id: v.id, label: `${v.def.name.sv} (version ${v.version})` }));
    return render(reply, <CarerResultsPage ctx={ctxOf(req)} carer={carer} chart={chartData(results)} versions={versions} notice={opts.notice} errors={opts.errors} />, opts.errors ? 400 : 200);
  }

  app.get('/personal/belastningskoll/anhorig/:carerId', async (req, reply) => {
    const { principal, carer } = await carerOf(req);
    return resultsPage(req, reply, principal, carer, { notice: (req.query as Record<string, string>)?.sparad ? 'Resultatet är sparat hos den anhöriga.' : undefined });
  });

  app.post('/personal/belastningskoll/anhorig/:carerId', async (req, reply) => {
    const { principal, carer } = await carerOf(req);
    const vid = versionIdOf(req.body);
    const version = vid ? await service.versionForStaff(db, principal.tenantId, vid).catch(() => null) : null;
    if (!version) return resultsPage(req, reply, principal, carer, { errors: { v: 'Välj ett instrument' } });
    const screen = advance(version.def, req.body);
    const frame = frameFor(req, carer, version.def);
    if ((req.body as Record<string, unknown>)?.action === 'start' && screen.kind !== 'start') {
      await audit(db, { tenantId: principal.tenantId, userId: principal.userId, unitId: carer.unitId, action: 'selfcheck.conduct', subjectType: 'carer', subjectId: carer.id, purpose: 'belastningskoll i samtal' }, clock.now());
    }
    switch (screen.kind) {
      case 'start':
        return resultsPage(req, reply, principal, carer, { errors: screen.errors });
      case 'question':
        return render(reply, <QuestionScreen frame={frame} state={screen.state} errors={screen.errors} restartHref={flowUrl(req, carer)} />, screen.errors ? 400 : 200);
      case 'all':
        return render(reply, <AllScreen frame={frame} state={screen.state} errors={screen.errors} restartHref={flowUrl(req, carer)} />, screen.errors ? 400 : 200);
      case 'result': {
        const r = resultView(version.def, version.version, score(version.def, screen.state.answers), screen.state.answers, 'sv');
        return render(reply, <StaffResultScreen frame={frame} state={screen.state} r={r} saveAction={`${flowUrl(req, carer)}/spara`} />);
      }
    }
  });

  app.post('/personal/belastningskoll/anhorig/:carerId/spara', async (req, reply) => {
    const { principal, carer } = await carerOf(req);
    const { consent, ...rest } = (req.body ?? {}) as Record<string, unknown>;
    const vid = versionIdOf(rest);
    const version = vid ? await service.versionForStaff(db, principal.tenantId, vid).catch(() => null) : null;
    if (!version) return resultsPage(req, reply, principal, carer, { errors: { v: 'Välj ett instrument' } });
    const screen = advance(version.def, { ...rest, action: 'result' });
    if (screen.kind !== 'result') return resultsPage(req, reply, principal, carer, { errors: screen.errors ?? { _form: 'Svaren kunde inte läsas. Börja om.' } });
    const parsedConsent = parseForm(consentSchema, { consent });
    if (!parsedConsent.ok) {
      const r = resultView(version.def, version.version, score(version.def, screen.state.answers), screen.state.answers, 'sv');
      return render(reply, <StaffResultScreen frame={frameFor(req, carer, version.def)} state={screen.state} r={r} saveAction={`${flowUrl(req, carer)}/spara`} errors={parsedConsent.errors} />, 400);
    }
    await service.attachResult(db, clock, principal, carer, version, screen.state.answers);
    return redirect(reply, `${flowUrl(req, carer)}?sparad=1`);
  });
}
