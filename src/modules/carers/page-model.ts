// The carer page's view model: everything the page shows, read with one audit row.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requirePermission, tenantOf } from '../../platform/http/context.js';
import type { FormValues } from '../../platform/http/forms.js';
import { NotFound } from '../../platform/http/errors.js';
import { can, scopeFor, type Principal } from '../../platform/auth/principal.js';
import { contactsForCarer } from '../contacts/service.js';
import { referralsForCarer } from '../referrals/service.js';
import { threadsOfCarer } from '../messages/service.js';
import { idParam } from './schema.js';
import * as service from './service.js';
import { READ, WRITE } from './policy.js';
import type { CarerPageModel } from './views/carer-page.js';
import { localDate } from './time.js';

export const parseId = (params: unknown): string => {
  const p = idParam.safeParse(params);
  if (!p.success) throw new NotFound();
  return p.data.id;
};

/** Everything the carer's page shows; reading it writes the audit row. */
export async function carerPageModel(app: FastifyInstance, req: FastifyRequest, principal: Principal, id: string,
  extra: { personnummer?: string | null; notice?: string; errors?: Record<string, string>; values?: FormValues } = {}): Promise<CarerPageModel> {
  const { db, clock } = app.deps;
  const { scope } = await requirePermission(req, READ);
  const tenant = tenantOf(req);
  const { carer, row } = await service.readCarerAndRow(db, clock, principal, scope, id, 'stöd till den anhöriga');
  const today = localDate(clock.now());
  // Threads of the linked Mina sidor accounts, for those who answer messages (the links open them).
  const inboxScope = scopeFor(principal, 'contacts:inbox');
  const [{ consents, actions, journal, plan, offers }, contacts, referrals, supportOptions, duplicates, threads] = await Promise.all([
    service.recordOf(db, principal.tenantId, id, today),
    contactsForCarer(db, principal.tenantId, id), referralsForCarer(db, principal.tenantId, id), service.supportContactOptions(db, principal, carer.unitId),
    service.findDuplicates(db, clock, principal, scope, { name: row.name, phone: row.phone, email: row.email, personnummer: row.personnummer }, id),
    inboxScope ? threadsOfCarer(app.deps, tenant, principal, inboxScope, id) : Promise.resolve([]),
  ]);
  const in14 = localDate(new Date(clock.now().getTime() + 14 * 86_400_000));
  return {
    carer, personnummer: extra.personnummer ?? null, consents, offers, actions, plan, journal, contacts, referrals, duplicates, threads,
    supportOptions: supportOptions.map((o) => ({ value: o.id, label: o.name })), policy: service.documentationPolicy(tenant),
    canWrite: can(principal, WRITE), canLogContact: can(principal, 'contacts:log'), today, notice: extra.notice, errors: extra.errors,
    values: { givenOn: today, offeredOn: today, dueOn: in14, kind: 'follow_up', actionType: 'recontact', ...(extra.values as Record<string, string> | undefined) },
  };
}

