// Thin routes: parse → service → render or redirect.
import type { FastifyInstance } from 'fastify';
import { pageContext, redirect, requirePermission, tenantOf } from '../../platform/http/context.js';
import { parseForm, parseQuery } from '../../platform/http/forms.js';
import { render } from '../../platform/http/render.js';
import { localToday } from '../../platform/domain/dates.js';
import { campaignFormSchema, idParam, listQuerySchema, params } from './schema.js';
import * as service from './service.js';
import { campaignCounts } from './results.js';
import { EDIT } from './policy.js';
import { CampaignFormPage, CampaignListPage, CampaignPage } from './views/campaigns.js';

const NOTICES: Record<string, string> = { skapad: 'Kampanjen är skapad.', andrad: 'Kampanjen är ändrad.' };

export async function outreachRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.deps;

  app.get('/personal/uppsokande', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const query = parseQuery(listQuerySchema, req.query);
    const today = localToday(clock.now());
    const campaigns = await service.listCampaigns(db, principal.tenantId, query.ar);
    const counts = await campaignCounts(db, principal.tenantId, campaigns.map((c) => c.id), '2000-01-01', today);
    const results = campaigns.map((c) => service.resultFor(c, counts, []));
    return render(reply, <CampaignListPage ctx={pageContext(req, 'staff')} results={results} year={query.ar ?? null} today={today} notice={NOTICES[query.sparad ?? '']} />);
  });

  app.get('/personal/uppsokande/ny', async (req, reply) => {
    await requirePermission(req, EDIT);
    const today = localToday(clock.now());
    return render(reply, <CampaignFormPage ctx={pageContext(req, 'staff')} values={{ startsOn: today }} />);
  });

  app.post('/personal/uppsokande', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const parsed = parseForm(campaignFormSchema, req.body);
    if (!parsed.ok) return render(reply, <CampaignFormPage ctx={pageContext(req, 'staff')} errors={parsed.errors} values={parsed.values} />, 400);
    const id = await service.createCampaign(db, clock, principal, parsed.data);
    return redirect(reply, `/${tenantOf(req).slug}/personal/uppsokande/${id}?sparad=skapad`);
  });

  app.get('/personal/uppsokande/:id', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const result = await service.campaignDetail(db, principal.tenantId, params(idParam, req.params).id, localToday(clock.now()));
    const sparad = (req.query as { sparad?: unknown }).sparad;
    return render(reply, <CampaignPage ctx={pageContext(req, 'staff')} result={result} notice={typeof sparad === 'string' ? NOTICES[sparad] : undefined} />);
  });

  app.get('/personal/uppsokande/:id/andra', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const campaign = await service.getCampaign(db, principal.tenantId, params(idParam, req.params).id);
    return render(reply, <CampaignFormPage ctx={pageContext(req, 'staff')} campaign={campaign} values={service.toFormValues(campaign)} />);
  });

  app.post('/personal/uppsokande/:id', async (req, reply) => {
    const { principal } = await requirePermission(req, EDIT);
    const campaign = await service.getCampaign(db, principal.tenantId, params(idParam, req.params).id);
    const parsed = parseForm(campaignFormSchema, req.body);
    if (!parsed.ok) return render(reply, <CampaignFormPage ctx={pageContext(req, 'staff')} campaign={campaign} errors={parsed.errors} values={parsed.values} />, 400);
    await service.updateCampaign(db, clock, principal, campaign.id, parsed.data);
    return redirect(reply, `/${tenantOf(req).slug}/personal/uppsokande/${campaign.id}?sparad=andrad`);
  });
}
