// Setting up a new municipality on an installation (SPEC §3): the tenant with default
// settings, its first admin, the default information pages (legal basis, children as carers), and optionally its organisation from one import file — all in
// one transaction, so a failure leaves nothing behind. Used by `npm run cli -- create-tenant`.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../platform/db/schema.js';
import { audit } from '../../platform/audit/audit.js';
import { Invalid } from '../../platform/http/errors.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import { passwordProblem } from '../../platform/auth/password-policy.js';
import { createTenant, createUser } from './service.js';
import { importOrganisation, type ImportResult } from './org-import.js';
import { addDefaultPages } from '../pages/service.js';

/** Paths at the root of the site that a municipality's slug (or short alias) may not take. */
export const RESERVED_SLUGS = ['static', 'healthz', 'readyz', 'tillganglighet', 'personal', 'admin', 'api', 'favicon.ico', 'robots.txt'];

export const newTenantSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]{2,40}$/, 'slug: 2–40 characters a–z, 0–9 and -').refine((s) => !RESERVED_SLUGS.includes(s), 'slug: reserved word'),
  name: z.string().min(2, 'name: at least 2 characters').max(120, 'name: at most 120 characters'),
  adminEmail: z.string().email('admin-email: not an e-mail address').max(254),
  adminName: z.string().min(1).max(120),
  password: z.string().min(12, 'password: at least 12 characters').max(200),
}).strict();
export type NewTenant = z.infer<typeof newTenantSchema>;

export async function setUpMunicipality(db: Kysely<DB>, input: NewTenant, now: Date, orgFileText?: string): Promise<{ tenantId: string; adminId: string; imported?: ImportResult }> {
  const weak = await passwordProblem(input.password, [input.adminEmail]);
  if (weak) throw new Invalid({ password: weak });
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const tenantId = await createTenant(trx, { slug: input.slug, name: input.name, settings: {} }, now);
    const adminId = await createUser(trx, tenantId, { email: input.adminEmail, name: input.adminName, title: 'Systemadministratör', passwordHash, mustChangePassword: true, roles: [{ role: 'admin', unitId: null }] }, now);
    await audit(trx, { tenantId, userId: null, action: 'tenant.create', subjectType: 'tenant', subjectId: tenantId, purpose: 'installation' }, now);
    await audit(trx, { tenantId, userId: null, action: 'user.create', subjectType: 'user', subjectId: adminId, purpose: 'admin' }, now);
    await addDefaultPages(trx, tenantId, now);
    const imported = orgFileText !== undefined ? await importOrganisation(trx, tenantId, null, orgFileText, now) : undefined;
    return { tenantId, adminId, imported };
  });
}
