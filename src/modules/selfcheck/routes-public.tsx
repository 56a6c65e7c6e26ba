// The citizen's self-check: GET shows the start page; every step is a POST to the same address
// whose form carries the answers so far. Nothing is stored except the anonymous monthly count
// (and, for a day or two, the hash of the check's one-time completion token, so it counts once).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { pageContext, tenantOf } from '../../platform/http/context.js';
import { render } from '../../platform/http/render.js';
import { Banner } from '../../platform/views/components.js';
import * as service from './service.js';
import { advance, versionIdOf } from './flow.js';
import { score } from './scoring.js';
import { resultSummary } from './summary.js';
import { ACCOUNT_MESSAGES, carerSessionOf } from '../accounts/service.js';
import { translator } from '../../platform/i18n/i18n.js';
import { upcomingEvents } from './integrations.js';
import { resultView } from './views/result-model.js';
import { AllScreen, FlowLayout, QuestionScreen, StartScreen, type FlowFrame } from './views/flow.js';
import { CitizenResultScreen } from './views/result.js';
import { labels } from './views/labels.js';

export async function selfcheckPublicRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock, config } = app.deps;
  const token = (tenantId: string) => service.newCompletionToken(config.sessionSecret, clock, tenantId);
  const base = (req: FastifyRequest) => `/${tenantOf(req).slug}/belastningskoll`;

  function Unavailable({ req }: { req: FastifyRequest }) {
    const ctx = pageContext(req, 'public');
    const u = labels(ctx.locale);
    const frame = { ctx, action: base(req) } as FlowFrame;
    return (
      <FlowLayout frame={frame} title={u.title} switcher>
        <h1 safe>{u.title}</h1>
        <Banner kind="info" title={u.unavailable}><a href={`/${tenantOf(req).slug}/kontakt`} safe>{u.contactLink}</a></Banner>
      </FlowLayout>
    );
  }

  app.get('/belastningskoll', async (req, reply) => {
    const tenant = tenantOf(req);
    const version = await service.publicVersion(db, tenant.id);
    if (!version) return render(reply, <Unavailable req={req} />);
    const frame: FlowFrame = { ctx: pageContext(req, 'public'), action: base(req), def: version.def };
    const u = labels(frame.ctx.locale);
    return render(reply, (
      <StartScreen frame={frame} state={{ mode: 'one', completion: token(tenant.id) }} versionId={version.id}
        intro={<><p class="lede" safe>{u.lede}</p><Banner kind="info" title={u.privacyTitle}><p safe>{u.privacy}</p></Banner></>} />
    ));
  });

  app.post('/belastningskoll', async (req, reply) => {
    const tenant = tenantOf(req);
    const ctx = pageContext(req, 'public');
    const vid = versionIdOf(req.body);
    const version = vid ? await service.versionForCitizen(db, tenant.id, vid) : null;
    if (!version) {
      // An unknown version, or the instrument is no longer offered: start again on the current one.
      const current = await service.publicVersion(db, tenant.id);
      if (!current) return render(reply, <Unavailable req={req} />, 400);
      const frame: FlowFrame = { ctx, action: base(req), def: current.def };
      return render(reply, <StartScreen frame={frame} state={{ mode: 'one', completion: token(tenant.id) }} versionId={current.id} notice={labels(ctx.locale).restarted} />, 400);
    }
    const frame: FlowFrame = { ctx, action: base(req), def: version.def };
    const screen = advance(version.def, req.body);
    switch (screen.kind) {
      case 'start':
        return render(reply, <StartScreen frame={frame} state={{ ...screen.state, completion: screen.state.completion ?? token(tenant.id) }} versionId={version.id} errors={screen.errors} />, 400);
      case 'question':
        return render(reply, <QuestionScreen frame={frame} state={screen.state} errors={screen.errors} restartHref={base(req)} />, screen.errors ? 400 : 200);
      case 'all':
        return render(reply, <AllScreen frame={frame} state={screen.state} errors={screen.errors} restartHref={base(req)} />, screen.errors ? 400 : 200);
      case 'result': {
        const { state } = screen;
        const scored = score(version.def, state.answers);
        // Counted once per completion token: sending the result page again counts nothing.
        if (screen.firstTime) await service.recordCompletion(db, clock, config.sessionSecret, tenant.id, version, scored, state.completion);
        const [offerings, events] = await Promise.all([
          service.suggestionsFor(db, tenant.id, version.def, scored, state.group, ctx.locale),
          upcomingEvents(app.deps, tenant, state.group, ctx.locale),
        ]);
        const signedIn = (await carerSessionOf(req)) !== undefined;
        return render(reply, (
          <CitizenResultScreen frame={frame} state={state} r={resultView(version.def, version.version, scored, state.answers, ctx.locale)}
            offerings={offerings} events={events} summary={resultSummary(version.def, version.version, scored, state.answers)} restartHref={base(req)}
            saveToMyPages={signedIn ? translator(ctx.locale, ACCOUNT_MESSAGES)('accounts.selfchecks.save') : undefined} />
        ));
      }
    }
  });
}
