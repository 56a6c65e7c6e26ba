// The whole loop of Mina sidor over HTTP, on SQLite and PostgreSQL: a request made signed out,
// sign-in by one-time code, the claim by reference + code, a booking made signed in, a message to
// the carer-support team, the staff reply, the notice that carries no text, the carer reading it,
// and deleting the account — after which none of the texts is anywhere in the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { Agent, buildTestApp, demoUser, DIALECTS, nextAddress, signIn, text, type TestApp } from '../../../test/harness.js';
import { anonymousForm, submitAndFollow } from '../../../test/requests.js';
import { bookPublic, createEvent } from '../../../test/events.js';

const SLUG = 'hassleholm';
const EMAIL = 'vildros.loop@example.se';
const TEXTS = {
  requestMessage: 'Pappa glömmer spisen ZQX-REQUEST',
  subject: 'Fråga om avlösning ZQX-SUBJECT',
  body: 'Kan någon ringa mig på torsdag ZQX-BODY',
  reply: 'Vi ringer dig på torsdag klockan tio ZQX-REPLY',
  alias: 'Vildros ZQX',
  bookingName: 'Bokalias ZQX',
};

/** The code in the latest message to the address (the test reads the outbox as the carer reads mail). */
async function codeFor(t: TestApp, codeId: string): Promise<string> {
  const row = await t.db.selectFrom('outbox').select(['body_text', 'recipient']).where('dedupe_key', '=', `carer-code:${codeId}`).executeTakeFirstOrThrow();
  expect(row.recipient).toBe(EMAIL);
  return /\b(\d{6})\b/.exec(row.body_text)![1]!;
}

async function signInByCode(t: TestApp, agent: Agent, email = EMAIL) {
  await agent.get(`/${SLUG}/mina-sidor/logga-in`);
  const codePage = await agent.post(`/${SLUG}/mina-sidor/logga-in`, { kind: 'email', email, phone: '' });
  expect(codePage.status).toBe(200);
  const codeId = codePage.$('input[name="codeId"]').attr('value')!;
  const code = await codeFor(t, codeId);
  const done = await agent.post(`/${SLUG}/mina-sidor/logga-in/kod`, { codeId, kind: 'email', address: email, code });
  expect(done.status).toBe(303);
  expect(done.location).toBe(`/${SLUG}/mina-sidor`);
  return agent.get(done.location!);
}

/** Every text column of every table, as one string per table. */
async function everything(t: TestApp): Promise<Map<string, string>> {
  const tables = (await t.db.introspection.getTables()).filter((x) => !x.name.startsWith('kysely_'));
  const out = new Map<string, string>();
  for (const table of tables) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table.name)}`.execute(t.db);
    out.set(table.name, JSON.stringify(rows.rows));
  }
  return out;
}

describe.each(DIALECTS)('Mina sidor, the whole loop, on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: [SLUG] });
  });
  afterAll(async () => t?.close());

  it('request signed out → claim → message → staff reply → notice without text → read → delete everything', async () => {
    // 1. A request made while signed out, by e-mail.
    const { status } = await submitAndFollow(t, SLUG, { ...anonymousForm, name: TEXTS.alias, channel: 'email', email: EMAIL, phone: '', message: TEXTS.requestMessage });
    const reference = status.$('.reference').text();
    const request = await t.db.selectFrom('contact_requests').select(['id', 'message']).where('reference', '=', reference).executeTakeFirstOrThrow();
    expect(request.message).toBe(TEXTS.requestMessage);

    // 2. Sign in with a one-time code: a new account with a neutral pseudonym, its own cookie.
    const carer = new Agent(t.app, {}, nextAddress());
    const home = await signInByCode(t, carer);
    expect(home.status).toBe(200);
    expect(home.headers['cache-control']).toBe('no-store');
    expect(text(home)).toContain('Du är inloggad som Anhörig.');
    expect(carer.hasCookie('bredvid_carer')).toBe(true);
    expect(carer.hasCookie('bredvid_sid')).toBe(false);
    expect(text(home)).toContain('Du har inga förfrågningar på Mina sidor.');

    // 3. Claim the request with its reference and the code sent to the address it was made with.
    await carer.get(`/${SLUG}/mina-sidor/lagg-till`);
    const wrongRef = await carer.post(`/${SLUG}/mina-sidor/lagg-till`, { reference: 'K-0000-00' });
    expect(wrongRef.status).toBe(400);
    expect(wrongRef.$('.error-summary').text()).toContain('Vi hittar ingen förfrågan');
    const claimCode = await carer.post(`/${SLUG}/mina-sidor/lagg-till`, { reference });
    expect(claimCode.status).toBe(200);
    const claimId = claimCode.$('input[name="codeId"]').attr('value')!;
    const code = await codeFor(t, claimId);
    const wrong = await carer.post(`/${SLUG}/mina-sidor/lagg-till/kod`, { codeId: claimId, code: code === '000000' ? '111111' : '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.$('.error-summary').text()).toContain('Koden stämmer inte');
    const claimed = await carer.post(`/${SLUG}/mina-sidor/lagg-till/kod`, { codeId: claimId, code });
    expect(claimed.status).toBe(303);
    const reused = await carer.post(`/${SLUG}/mina-sidor/lagg-till/kod`, { codeId: claimId, code });
    expect(reused.$('.error-summary').text()).toContain('Koden är redan använd');
    const withRequest = await carer.get(`/${SLUG}/mina-sidor`);
    expect(text(withRequest)).toContain(reference);
    expect(text(withRequest)).toContain('Mottagen');

    // 4. A booking made while signed in with the same address belongs to the account at once.
    const staff = await signIn(t.app, SLUG, demoUser(t, SLUG, 'specialist').email);
    const eventId = await createEvent(staff, SLUG, { firstDate: '2026-12-10' });
    await bookPublic(t, SLUG, eventId, { name: TEXTS.bookingName, email: EMAIL, phone: '' }, carer);
    const withBooking = await carer.get(`/${SLUG}/mina-sidor`);
    expect(text(withBooking)).toContain('Testgrupp för anhöriga');
    expect(text(withBooking)).toContain('Bokad');
    expect(withBooking.$('a[href$="/kalender.ics"]').length).toBe(1);

    // 5. A message to the carer-support team about the request.
    const form = await carer.get(`/${SLUG}/mina-sidor/meddelanden/ny`);
    expect(form.$(`select[name="requestId"] option[value="${request.id}"]`).text()).toBe(reference);
    const empty = await carer.post(`/${SLUG}/mina-sidor/meddelanden/ny`, { requestId: request.id, subject: '', body: '' });
    expect(empty.status).toBe(400);
    expect(empty.$('.error-summary a[href="#f-subject"]').length).toBe(1);
    const sent = await carer.post(`/${SLUG}/mina-sidor/meddelanden/ny`, { requestId: request.id, subject: TEXTS.subject, body: TEXTS.body });
    expect(sent.status).toBe(303);
    const threadId = sent.location!.split('/meddelanden/')[1]!.split('?')[0]!;
    const staffNotices = await t.db.selectFrom('outbox').select('body_text').where('dedupe_key', 'like', `messages:${threadId}:%:staff:%`).execute();
    expect(staffNotices.length).toBeGreaterThan(0);
    for (const n of staffNotices) expect(n.body_text).not.toMatch(/ZQX/);

    // 6. Staff see the thread on the request and reply; the read is audited.
    const onRequest = await staff.get(`/${SLUG}/personal/forfragningar/${request.id}/meddelanden`);
    expect(onRequest.status).toBe(200);
    expect(onRequest.$(`a[href="/${SLUG}/personal/meddelanden/${threadId}"]`).text()).toBe(TEXTS.subject);
    const thread = await staff.get(`/${SLUG}/personal/meddelanden/${threadId}`);
    expect(text(thread)).toContain(TEXTS.body);
    const reads = await t.db.selectFrom('audit_log').select(['user_id', 'action']).where('action', '=', 'message_thread.read').where('subject_id', '=', threadId).execute();
    expect(reads).toHaveLength(1);
    const replied = await staff.post(`/${SLUG}/personal/meddelanden/${threadId}`, { body: TEXTS.reply });
    expect(replied.status).toBe(303);

    // 7. The carer is told through the outbox — without the message, only that there is one.
    const notice = await t.db.selectFrom('outbox').selectAll().where('dedupe_key', 'like', `messages:${threadId}:%:carer`).executeTakeFirstOrThrow();
    expect(notice.recipient).toBe(EMAIL);
    expect(notice.subject).toBe('Du har ett nytt meddelande');
    expect(notice.body_text).toContain(`/${SLUG}/mina-sidor`);
    expect(`${notice.subject} ${notice.body_text}`).not.toMatch(/ZQX|torsdag|avlösning/);

    // 8. The carer reads it; the staff side then sees it as read.
    const overview = await carer.get(`/${SLUG}/mina-sidor`);
    expect(text(overview)).toContain('1 oläst');
    const read = await carer.get(`/${SLUG}/mina-sidor/meddelanden/${threadId}`);
    expect(text(read)).toContain(TEXTS.reply);
    const staffMsg = await t.db.selectFrom('thread_messages').select('read_at').where('thread_id', '=', threadId).where('author', '=', 'staff').executeTakeFirstOrThrow();
    expect(staffMsg.read_at).not.toBeNull();
    expect(text(await staff.get(`/${SLUG}/personal/meddelanden/${threadId}`))).toContain('Läst av den anhöriga');

    // 9. Delete the account: a confirmation step (the ticked box posts confirm=yes; without it, the
    // confirmation page asks and nothing changes), then everything tied to it is gone.
    expect((await carer.get(`/${SLUG}/mina-sidor/ta-bort`)).$('form[action$="/mina-sidor/ta-bort"] #f-confirm').attr('value')).toBe('yes');
    const confirm = await carer.post(`/${SLUG}/mina-sidor/ta-bort`, {});
    expect(confirm.status).toBe(200);
    expect(confirm.$(`main form[action="/${SLUG}/mina-sidor/ta-bort"] input[name="confirm"][value="yes"]`).length).toBe(1);
    expect(text(confirm)).toContain('Det går inte att ångra.');
    const before = await everything(t);
    expect([...before.values()].join('\n')).toContain('ZQX-BODY');
    const gone = await carer.post(`/${SLUG}/mina-sidor/ta-bort`, { confirm: 'yes' });
    expect(gone.status).toBe(303);
    expect(carer.hasCookie('bredvid_carer')).toBe(false);
    const after = await everything(t);
    for (const [table, rows] of after) {
      for (const needle of [...Object.values(TEXTS), EMAIL]) expect(rows.includes(needle), `${needle} left in ${table}`).toBe(false);
    }
    for (const table of ['carer_accounts', 'carer_sessions', 'carer_account_items', 'message_threads', 'thread_messages']) {
      expect(after.get(table), table).toBe('[]');
    }
    // What remains of the request and booking is statistics: a withdrawn request, a cancelled booking.
    const left = await t.db.selectFrom('contact_requests').select(['status', 'erased_at']).where('id', '=', request.id).executeTakeFirstOrThrow();
    expect(left.status).toBe('withdrawn');
    expect(left.erased_at).not.toBeNull();
    expect((await carer.get(`/${SLUG}/mina-sidor`)).location).toBe(`/${SLUG}/mina-sidor/logga-in`);
  });
});
