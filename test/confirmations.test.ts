// Every POST that deletes or cancels something needs a confirmation (issue 16): without the
// field confirm=yes it answers with the confirmation page and changes nothing. The routes are
// taken from the running app (every registered POST whose last path segment deletes or cancels,
// platform/http/confirm.tsx), so a new one is covered, and checked, the moment it is added.
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type Page, type TestApp } from './harness.js';
import { destructiveKind } from '../src/platform/http/confirm.js';
import { bookPublic, carer, createEvent } from './events.js';

/** Rows of every table, except those any request may write (sessions, the audit trail, rate-limit rows). */
const VOLATILE = new Set(['sessions', 'audit_log', 'login_attempts', 'job_locks', 'kysely_migration', 'kysely_migration_lock']);
async function snapshot(t: TestApp): Promise<Record<string, string>> {
  const tables = (await t.db.introspection.getTables()).map((x) => x.name).filter((n) => !VOLATILE.has(n)).sort();
  const out: Record<string, string> = {};
  for (const name of tables) {
    const rows = await t.db.selectFrom(name as never).selectAll().execute();
    const lines = rows.map((r) => JSON.stringify(r)).sort();
    out[name] = `${rows.length}:${createHash('sha256').update(lines.join('\n')).digest('hex')}`;
  }
  return out;
}

const isConfirmationPage = (page: Page, action: string) =>
  page.status === 200 && page.$(`main form[action="${action}"] input[name="confirm"][value="yes"]`).length === 1 && text(page).includes('Det går inte att ångra.');

describe.each(DIALECTS)('confirmation before every irreversible action on %s', (dialect) => {
  let t: TestApp;
  let admin: Agent;
  let specialist: Agent;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm'] });
    admin = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'admin').email);
    specialist = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'specialist').email);
  });
  afterAll(async () => t?.close());

  const destructive = () => [...new Set(t.app.routeList.filter((r) => r.method === 'POST' && destructiveKind(r.url)).map((r) => r.url))].sort();

  it('finds the deleting and cancelling routes of every module', () => {
    const routes = destructive();
    for (const r of ['/:tenant/kontakt/status/:token/aterkalla', '/:tenant/bokning/:token/avboka', '/:tenant/personal/aktiviteter/:id/bokningar/:bid/avboka',
      '/:tenant/personal/planer/:id/ta-bort', '/:tenant/personal/anhoriga/:id/radera', '/:tenant/personal/samarbetspartner/:id/ta-bort']) {
      expect(routes).toContain(r);
    }
    expect(routes.length).toBeGreaterThanOrEqual(20);
  });

  it('answers every one of them without confirm=yes with the confirmation page, and the database is unchanged', async () => {
    const before = await snapshot(t);
    const problems: string[] = [];
    for (const pattern of destructive()) {
      const url = pattern.replace(':tenant', 'hassleholm').replace(':token', 'A'.repeat(43)).replace(/:[A-Za-z]+/g, () => randomUUID());
      const agent = pattern.includes('/personal/') ? admin : new Agent(t.app);
      if (!agent.csrf) await agent.get('/hassleholm');
      const page = await agent.post(url, {});
      // A public link that does not exist is "not found" before anything else (the withdrawal checks its token first).
      if (!isConfirmationPage(page, url) && !(page.status === 404 && !pattern.includes('/personal/'))) problems.push(`${pattern} → ${page.status} ${page.$('h1').text()}`);
    }
    expect(problems).toEqual([]);
    expect(await snapshot(t)).toEqual(before);
  });

  it('cancels a real booking only after the confirmation, from the carer’s link and from the staff list', async () => {
    const id = await createEvent(specialist, 'hassleholm', { title: 'Bekräfta avbokning', capacity: '5' });
    const mine = await bookPublic(t, 'hassleholm', id, carer({ name: 'Avbokare', email: 'avbokare@exempel.se' }));
    await bookPublic(t, 'hassleholm', id, carer({ name: 'Personalavbokad', email: 'pa@exempel.se' }));
    const status = async (name: string) => (await t.db.selectFrom('event_bookings').select('status').where('event_id', '=', id).where('name', '=', name).executeTakeFirstOrThrow()).status;

    // The carer: "Avboka min plats" is a link to a GET confirmation page.
    const a = new Agent(t.app);
    const linkPage = await a.get(`/hassleholm/bokning/${mine.token}`);
    const href = linkPage.$('main a.button-warning').attr('href')!;
    expect(href).toBe(`/hassleholm/bokning/${mine.token}/avboka`);
    const confirmPage = await a.get(href);
    expect(isConfirmationPage(confirmPage, href)).toBe(true);
    expect(confirmPage.$('h1').text()).toBe('Vill du verkligen avboka?');
    expect(confirmPage.$(`main a[href="/hassleholm/bokning/${mine.token}"]`).text()).toBe('Nej, gå tillbaka');
    const unconfirmed = await a.post(href, {});
    expect(isConfirmationPage(unconfirmed, href)).toBe(true);
    expect(await status('Avbokare')).toBe('booked');
    expect((await a.post(href, { confirm: 'yes' })).status).toBe(303);
    expect(await status('Avbokare')).toBe('cancelled');

    // Staff "Avboka" in the participant list.
    const bid = (await t.db.selectFrom('event_bookings').select('id').where('event_id', '=', id).where('name', '=', 'Personalavbokad').executeTakeFirstOrThrow()).id;
    const action = `/hassleholm/personal/aktiviteter/${id}/bokningar/${bid}/avboka`;
    const staffPage = await specialist.post(action, {});
    expect(isConfirmationPage(staffPage, action)).toBe(true);
    expect(await status('Personalavbokad')).toBe('booked');
    const done = await specialist.post(action, { confirm: 'yes' });
    expect(done.status).toBe(303);
    expect(await status('Personalavbokad')).toBe('cancelled');
  });
});
