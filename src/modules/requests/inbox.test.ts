import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { JOBS, runJobOnce } from '../../platform/jobs/scheduler.js';
import { createUser } from '../org/service.js';
import { anonymousForm, submitAndFollow } from '../../../test/requests.js';
import { listRequestsForInbox } from './service.js';

const staffEmail = (t: TestApp, slug: string, key: string) => t.seeds.get(slug)!.data.staff.find((s) => s.key === key)!.email;

describe.each(DIALECTS)('contact requests (staff inbox) on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['herrljunga', 'hassleholm'] });
  });
  afterAll(async () => t?.close());

  const requestId = async (ref: string) => (await t.db.selectFrom('contact_requests').select('id').where('reference', '=', ref).executeTakeFirstOrThrow()).id;
  const submit = async (slug: string, form: Record<string, string> = anonymousForm) => {
    const { status, token } = await submitAndFollow(t, slug, form);
    const reference = status.$('.reference').text();
    return { reference, id: await requestId(reference), token };
  };

  /** Every text value in every table, to prove a detail is gone from the whole database. */
  async function databaseContains(needle: string): Promise<string[]> {
    const tables = (await t.db.introspection.getTables()).filter((x) => !x.name.startsWith('kysely_'));
    const hits: string[] = [];
    for (const table of tables) {
      const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table.name)}`.execute(t.db);
      for (const r of rows.rows) if (JSON.stringify(r).includes(needle)) hits.push(table.name);
    }
    return hits;
  }

  it('shows a request only to the queue it was routed to; outside the scope it is not found', async () => {
    const { reference, id } = await submit('herrljunga', { ...anonymousForm, targetGroup: 'substance_use', ageBand: '25_44' });
    const vuxen = await signIn(t.app, 'herrljunga', staffEmail(t, 'herrljunga', 'behandlare-vuxen'));
    const list = await vuxen.get('/herrljunga/personal/forfragningar');
    expect(list.status).toBe(200);
    expect(text(list)).toContain(reference);
    // The list shows no contact details.
    expect(text(list)).not.toContain('Vildros');
    expect(text(list)).not.toContain('555 12 34');
    const samordnare = await signIn(t.app, 'herrljunga', staffEmail(t, 'herrljunga', 'samordnare'));
    expect(text(await samordnare.get('/herrljunga/personal/forfragningar?status=all'))).not.toContain(reference);
    expect((await samordnare.get(`/herrljunga/personal/forfragningar/${id}`)).status).toBe(404);
    expect((await samordnare.post(`/herrljunga/personal/forfragningar/${id}/status`, { status: 'contacted' })).status).toBe(404);
    // Another municipality's staff: not found either, and a malformed id is simply not found.
    const other = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
    expect((await other.get(`/hassleholm/personal/forfragningar/${id}`)).status).toBe(404);
    expect((await other.get('/hassleholm/personal/forfragningar/inte-ett-id')).status).toBe(404);
    // Roles without contacts:inbox get 403; citizens are sent to sign in.
    const staff = await signIn(t.app, 'herrljunga', staffEmail(t, 'herrljunga', 'medarbetare-hemtjanst'));
    expect((await staff.get('/herrljunga/personal/forfragningar')).status).toBe(403);
    expect((await staff.get(`/herrljunga/personal/forfragningar/${id}`)).status).toBe(403);
    const citizen = await new Agent(t.app).get('/herrljunga/personal/forfragningar');
    expect(citizen.status).toBe(303);
  });

  it('puts unmatched requests in the common queue: the carer-support unit and municipality-wide roles', async () => {
    const { reference, id } = await submit('hassleholm');
    const strateg = await signIn(t.app, 'hassleholm', staffEmail(t, 'hassleholm', 'strateg'));
    expect(text(await strateg.get('/hassleholm/personal/forfragningar'))).toContain(reference);
    const bus = await signIn(t.app, 'hassleholm', staffEmail(t, 'hassleholm', 'behandlare-bus'));
    expect((await bus.get(`/hassleholm/personal/forfragningar/${id}`)).status).toBe(404);
    const tenantId = t.seeds.get('hassleholm')!.tenantId;
    const all = await listRequestsForInbox(t.db, { tenantId, units: 'all' });
    expect(all.items.map((i) => i.reference)).toContain(reference);
    const busScope = await listRequestsForInbox(t.db, { tenantId, units: [t.seeds.get('hassleholm')!.unitIds.get('bus')!] });
    expect(busScope.items.map((i) => i.reference)).not.toContain(reference);
    // A municipality-wide inbox role sees the common queue too.
    await createUser(t.db, tenantId, { email: 'hela.kommunen@hassleholm.example.se', name: 'Tova Testsson', password: 'ett-langt-losenord', roles: [{ role: 'specialist', unitId: null }] }, t.clock.now());
    const wide = await signIn(t.app, 'hassleholm', 'hela.kommunen@hassleholm.example.se', 'ett-langt-losenord');
    expect((await wide.get(`/hassleholm/personal/forfragningar/${id}`)).status).toBe(200);
  });

  it('audits reading the contact details, and handles assignment and status with clear messages', async () => {
    const { id } = await submit('herrljunga', { ...anonymousForm, targetGroup: 'substance_use', ageBand: '25_44', message: 'Min bror dricker.' });
    const email = staffEmail(t, 'herrljunga', 'behandlare-vuxen');
    const vuxen = await signIn(t.app, 'herrljunga', email);
    const page = await vuxen.get(`/herrljunga/personal/forfragningar/${id}`);
    expect(page.status).toBe(200);
    expect(text(page)).toContain('Vildros');
    expect(text(page)).toContain('070-555 12 34');
    expect(text(page)).toContain('Min bror dricker.');
    const userId = t.seeds.get('herrljunga')!.userIds.get('behandlare-vuxen')!;
    const reads = await t.db.selectFrom('audit_log').selectAll().where('subject_id', '=', id).where('action', '=', 'contact_request.read').execute();
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ user_id: userId, subject_type: 'contact_request', outcome: 'ok' });
    expect(reads[0].purpose).toBeTruthy();
    // Assign to oneself.
    expect((await vuxen.post(`/herrljunga/personal/forfragningar/${id}/tilldela`, { userId })).status).toBe(303);
    // A colleague outside the queue, an unknown id, an unknown field: the form with a message.
    const outside = t.seeds.get('herrljunga')!.userIds.get('samordnare')!;
    const bad = await vuxen.post(`/herrljunga/personal/forfragningar/${id}/tilldela`, { userId: outside });
    expect(bad.status).toBe(400);
    expect(bad.$('.error-summary').text()).toContain('Välj en kollega som arbetar med den här kön');
    expect((await vuxen.post(`/herrljunga/personal/forfragningar/${id}/tilldela`, { userId: 'nej' })).status).toBe(400);
    expect((await vuxen.post(`/herrljunga/personal/forfragningar/${id}/tilldela`, { userId, extra: '1' })).status).toBe(400);
    // Closing needs a reason.
    const noReason = await vuxen.post(`/herrljunga/personal/forfragningar/${id}/status`, { status: 'closed' });
    expect(noReason.status).toBe(400);
    expect(noReason.$('#f-reason-error').text()).toContain('Välj varför förfrågan avslutas');
    // Contacted, then the time to first contact shows.
    t.clock.advance(26 * 3600_000);
    const later = await signIn(t.app, 'herrljunga', email); // the session has timed out meanwhile
    expect((await later.post(`/herrljunga/personal/forfragningar/${id}/status`, { status: 'contacted' })).status).toBe(303);
    const contacted = await later.get(`/herrljunga/personal/forfragningar/${id}`);
    expect(text(contacted)).toContain('Tid till första kontakt');
    expect(text(contacted)).toContain('1 dygn 2 tim');
    const row = await t.db.selectFrom('contact_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'contacted', assigned_user_id: userId });
    // Without the CSRF token nothing changes.
    expect((await later.post(`/herrljunga/personal/forfragningar/${id}/status`, { status: 'closed', reason: 'support_given' }, { csrf: null })).status).toBe(403);
  });

  it('deletes an anonymous request’s contact details as soon as it is closed: nothing of them is left in the database', async () => {
    const phone = '070-314 15 92';
    const { id, token } = await submit('herrljunga', { ...anonymousForm, name: 'Kvittra', phone, email: 'kvittra@example.se', targetGroup: 'substance_use', ageBand: '25_44' });
    expect(await databaseContains('314 15 92')).toEqual(['contact_requests']);
    const vuxen = await signIn(t.app, 'herrljunga', staffEmail(t, 'herrljunga', 'behandlare-vuxen'));
    expect((await vuxen.post(`/herrljunga/personal/forfragningar/${id}/status`, { status: 'closed', reason: 'support_given' })).status).toBe(303);
    expect(await databaseContains('314 15 92')).toEqual([]);
    expect(await databaseContains('Kvittra')).toEqual([]);
    expect(await databaseContains('kvittra@example.se')).toEqual([]);
    expect(await databaseContains(token)).toEqual([]);
    const row = await t.db.selectFrom('contact_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'closed', close_reason: 'support_given', topic: 'talk', target_group: 'substance_use', age_band: '25_44', channel: 'phone' });
    const erased = await t.db.selectFrom('audit_log').selectAll().where('subject_id', '=', id).where('action', '=', 'contact_request.erase').execute();
    expect(erased.map((e) => e.purpose)).toEqual(['closed_anonymous']);
    const page = await vuxen.get(`/herrljunga/personal/forfragningar/${id}`);
    expect(text(page)).toContain('Kontaktuppgifterna är raderade');
    // A closed request cannot be changed again.
    expect((await vuxen.post(`/herrljunga/personal/forfragningar/${id}/status`, { status: 'contacted' })).status).toBe(409);
  });

  it('erases a named request’s contact details by the scheduled job after the retention period, and audits it', async () => {
    const { id } = await submit('herrljunga', { ...anonymousForm, mode: 'named', name: 'Gunvor Påhittad', email: 'gunvor@example.se', targetGroup: 'older', ageBand: '65_79' });
    const samordnare = await signIn(t.app, 'herrljunga', staffEmail(t, 'herrljunga', 'samordnare'));
    expect((await samordnare.post(`/herrljunga/personal/forfragningar/${id}/status`, { status: 'closed', reason: 'referred_on' })).status).toBe(303);
    const job = JOBS.find((j) => j.name === 'requests.erase-contact-details')!;
    expect(job).toBeDefined();
    const deps = t.app.deps;
    t.clock.advance(29 * 24 * 3600_000);
    await sql`delete from job_locks`.execute(t.db);
    expect(await runJobOnce(deps, job)).toBe(true);
    expect((await t.db.selectFrom('contact_requests').select('name').where('id', '=', id).executeTakeFirstOrThrow()).name).toBe('Gunvor Påhittad');
    t.clock.advance(2 * 24 * 3600_000);
    await sql`delete from job_locks`.execute(t.db);
    expect(await runJobOnce(deps, job)).toBe(true);
    const row = await t.db.selectFrom('contact_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: null, phone: null, email: null, message: null, status: 'closed', close_reason: 'referred_on', target_group: 'older' });
    expect(await databaseContains('gunvor@example.se')).toEqual([]);
    const erased = await t.db.selectFrom('audit_log').selectAll().where('subject_id', '=', id).where('action', '=', 'contact_request.erase').execute();
    expect(erased.map((e) => e.purpose)).toEqual(['retention']);
  });
});
