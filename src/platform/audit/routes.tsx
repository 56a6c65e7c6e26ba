// The access log page: only audit:read lists it (others get 404). A unit manager sees rows of
// their own units; an auditor with a municipality-wide role sees all. Reading the log is
// itself logged.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageContext, requirePermission } from '../http/context.js';
import { parseQuery } from '../http/forms.js';
import { render } from '../http/render.js';
import { Layout } from '../views/layout.js';
import { Pagination, pagedTitle, Select, Table, TextField } from '../views/components.js';
import { audit, listAudit } from './audit.js';

const querySchema = z.object({
  action: z.string().max(60).regex(/^[a-z_.]*$/).optional(),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  outcome: z.enum(['ok', 'denied', 'failed']).optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
});

const ACTION_LABELS: Record<string, string> = {
  'auth.sign_in': 'Inloggning', 'auth.sign_out': 'Utloggning', 'auth.sign_in_failed': 'Misslyckad inloggning',
  'auth.sign_in_throttled': 'Spärrad inloggning', 'access.denied': 'Nekad åtkomst',
  'auth.second_factor_failed': 'Fel kod vid inloggning', 'auth.second_factor_throttled': 'Spärrad kod vid inloggning',
  'auth.second_factor_enrolled': 'Tvåstegsverifiering påslagen', 'auth.second_factor_reset': 'Tvåstegsverifiering återställd',
  'auth.recovery_codes_created': 'Nya reservkoder',
  'auth.passkey_added': 'Nyckel (passkey) tillagd', 'auth.passkey_removed': 'Nyckel (passkey) borttagen', 'auth.passkey_failed': 'Misslyckad inloggning med nyckel',
};

/** How a sign-in was made (AuthMethod), as the review shows it. */
const METHOD_LABELS: Record<string, string> = {
  password: 'bara lösenord', 'password+totp': 'lösenord och kod från app', 'password+recovery': 'lösenord och reservkod',
  passkey: 'nyckel (passkey)', sso: 'kommunens inloggning (SSO)',
};
const actionText = (r: { action: string; auth_method: string | null }) => {
  const label = ACTION_LABELS[r.action] ?? r.action;
  return r.auth_method ? `${label}: ${METHOD_LABELS[r.auth_method] ?? r.auth_method}` : label;
};

export async function auditRoutes(app: FastifyInstance): Promise<void> {
  app.get('/personal/logg', async (req, reply) => {
    const { principal, scope } = await requirePermission(req, 'audit:read', { hide: true });
    const q = parseQuery(querySchema, req.query);
    const pageSize = 50;
    const toExclusive = q.to ? new Date(Date.parse(`${q.to}T00:00:00Z`) + 86400_000).toISOString() : undefined;
    const { rows, total } = await listAudit(app.deps.db, principal.tenantId, {
      action: q.action || undefined, from: q.from ? `${q.from}T00:00:00.000Z` : undefined, to: toExclusive, unitIds: scope.units,
    }, pageSize, (q.page - 1) * pageSize);
    const filtered = q.outcome ? rows.filter((r) => r.outcome === q.outcome) : rows;
    await audit(app.deps.db, { tenantId: principal.tenantId, userId: principal.userId, action: 'audit.read', purpose: 'granskning' }, app.deps.clock.now());
    const ctx = pageContext(req, 'staff');
    const slug = ctx.tenant!.slug;
    const pages = Math.max(1, Math.ceil(total / pageSize));
    const values = { action: q.action ?? '', from: q.from ?? '', to: q.to ?? '', outcome: q.outcome ?? '' };
    const href = (p: number) => `/${slug}/personal/logg?${new URLSearchParams({ ...values, page: String(p) }).toString()}`;
    return render(reply, (
      <Layout ctx={ctx} title={pagedTitle(ctx, 'Åtkomstlogg', q.page, pages)} crumbs={[{ href: `/${slug}/personal`, label: 'Start' }, { label: 'Åtkomstlogg' }]}>
        <h1>Åtkomstlogg</h1>
        <p>Varje läsning, ändring och export av personuppgifter, inloggningar och nekade försök. Loggen kan inte ändras eller raderas.
          {scope.units === 'all' ? ' Du ser hela kommunens logg.' : ' Du ser loggen för dina enheter.'}</p>
        <form method="get" action={`/${slug}/personal/logg`} class="filters">
          <TextField name="action" label="Händelse börjar med" hint="Till exempel auth eller carer.read" values={values} width="medium" />
          <TextField name="from" label="Från och med datum" type="date" values={values} width="medium" />
          <TextField name="to" label="Till och med datum" type="date" values={values} width="medium" />
          <Select name="outcome" label="Utfall" placeholder="Alla" values={values} options={[{ value: 'ok', label: 'Genomförd' }, { value: 'denied', label: 'Nekad' }, { value: 'failed', label: 'Misslyckad' }]} />
          <button type="submit" class="button button-primary">Filtrera</button>
        </form>
        <Table caption={`Händelser (${total})`} rows={filtered} empty="Inga händelser matchar." columns={[
          { header: 'Tid (UTC)', cell: (r) => <span safe>{r.at.slice(0, 19).replace('T', ' ')}</span> },
          { header: 'Användare', cell: (r) => <span safe>{r.user_name ?? '–'}</span> },
          { header: 'Händelse', cell: (r) => <span safe>{actionText(r)}</span> },
          { header: 'Vad', cell: (r) => <span safe>{[r.subject_type, r.subject_id].filter(Boolean).join(' ') || '–'}</span> },
          { header: 'Syfte', cell: (r) => <span safe>{r.purpose ?? '–'}</span> },
          { header: 'Utfall', cell: (r) => <span safe>{r.outcome}</span> },
        ]} />
        <Pagination ctx={ctx} page={q.page} pages={pages} href={href} />
      </Layout>
    ));
  });
}
