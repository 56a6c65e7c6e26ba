// Mötesplatsen over HTTP on SQLite and PostgreSQL: membership rules (a series room refuses
// non-participants, 404 across municipalities), posting and replies with a content-free reply
// notice, the moderation flow (report → hide with a reason the author sees, mute), the crisis flag
// reaching staff at once with help shown to the poster, erasure on account deletion (the text is
// in no table afterwards, the reply stays under "[borttaget]") and the retention job.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { signInCarer } from '../../../test/carer-session.js';
import { randomUUID } from 'node:crypto';
import { bookPublic, createEvent } from '../../../test/events.js';
import { eraseExpiredThreads, POSTS_PER_WINDOW } from './service.js';

const SLUG = 'hassleholm';
const OTHER = 'vetlanda';
const A = 'ros.motesplats@example.se';
const B = 'lind.motesplats@example.se';
const THREAD = 'Hur orkar ni med nätterna ZQX-THREAD';
const REPLY = 'Jag sover när hon sover ZQX-REPLY';

async function dump(t: TestApp): Promise<string> {
  const tables = (await t.db.introspection.getTables()).filter((x) => !x.name.startsWith('kysely_'));
  const out: string[] = [];
  for (const table of tables) out.push(JSON.stringify((await sql<Record<string, unknown>>`select * from ${sql.table(table.name)}`.execute(t.db)).rows));
  return out.join('\n');
}

async function createRoom(staff: Agent, slug: string, over: Record<string, string | string[]> = {}): Promise<string> {
  await staff.get(`/${slug}/personal/motesplats/rum/ny`);
  const res = await staff.post(`/${slug}/personal/motesplats/rum`, {
    name: 'Nattvak', description: 'För er som vakar om nätterna.', houseRules: 'Var snälla.', eventId: '', opens: '', closes: '',
    holdFirstPosts: '0', retentionDays: '30', ...over,
  });
  expect(res.status, res.$('.error-summary').text()).toBe(303);
  return res.location!.split('/rum/')[1]!.split('?')[0]!;
}

describe.each(DIALECTS)('Mötesplatsen on %s', (dialect) => {
  let t: TestApp;
  let staff: Agent;
  let openRoom: string;
  let seriesRoom: string;
  let a: Agent;
  let b: Agent;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: [SLUG, OTHER] });
    staff = await signIn(t.app, SLUG, demoUser(t, SLUG, 'specialist').email);
    const specialistId = (await t.db.selectFrom('users').select('id').where('email', '=', demoUser(t, SLUG, 'specialist').email).executeTakeFirstOrThrow()).id;
    openRoom = await createRoom(staff, SLUG, { moderatorIds: [specialistId] });
    const eventId = await createEvent(staff, SLUG, { firstDate: '2026-12-10' });
    seriesRoom = await createRoom(staff, SLUG, { name: 'Gruppens rum', eventId });
    a = await signInCarer(t, SLUG, A);
    b = await signInCarer(t, SLUG, B);
    await bookPublic(t, SLUG, eventId, { name: 'Ros', email: A, phone: '' }, a);
  });
  afterAll(async () => t?.close());

  it('lets only booked participants into a series room and answers 404 in another municipality', async () => {
    const listB = await b.get(`/${SLUG}/mina-sidor/motesplats`);
    expect(listB.status).toBe(200);
    expect(text(listB)).toContain('Nattvak');
    expect(text(listB)).not.toContain('Gruppens rum');
    const refused = await b.get(`/${SLUG}/mina-sidor/motesplats/${seriesRoom}`);
    expect(refused.status).toBe(403);
    expect(text(refused)).toContain('Rummet är bara för deltagarna');
    const join = await b.post(`/${SLUG}/mina-sidor/motesplats/${seriesRoom}/ga-med`, { pseudonym: 'Lind', rules: 'on' });
    expect(join.status).toBe(403);
    expect(await t.db.selectFrom('motesplats_members').select('id').where('room_id', '=', seriesRoom).execute()).toHaveLength(0);

    const inA = await a.get(`/${SLUG}/mina-sidor/motesplats/${seriesRoom}`);
    expect(inA.status).toBe(200);
    expect((await a.post(`/${SLUG}/mina-sidor/motesplats/${seriesRoom}/ga-med`, { pseudonym: 'Ros', rules: 'on' })).status).toBe(303);

    const elsewhere = await signInCarer(t, OTHER, 'annan@example.se');
    expect((await elsewhere.get(`/${OTHER}/mina-sidor/motesplats/${openRoom}`)).status).toBe(404);
    expect((await elsewhere.post(`/${OTHER}/mina-sidor/motesplats/${openRoom}/ga-med`, { pseudonym: 'X', rules: 'on' })).status).toBe(404);
    const otherStaff = await signIn(t.app, OTHER, demoUser(t, OTHER, 'specialist').email);
    expect((await otherStaff.get(`/${OTHER}/personal/motesplats/rum/${openRoom}`)).status).toBe(404);
  });

  it('opens the moderation pages to motesplats:moderate (specialist, admin) only', async () => {
    const admin = await signIn(t.app, SLUG, demoUser(t, SLUG, 'admin').email);
    const queue = await admin.get(`/${SLUG}/personal/motesplats`);
    expect(queue.status).toBe(200);
    expect(queue.$(`nav a[href="/${SLUG}/personal/motesplats"]`).length).toBeGreaterThan(0);
    expect((await admin.get(`/${SLUG}/personal/motesplats/rum/${openRoom}`)).status).toBe(200);
    for (const role of ['unit_manager', 'ambassador']) {
      const other = await signIn(t.app, SLUG, demoUser(t, SLUG, role).email);
      expect({ role, status: (await other.get(`/${SLUG}/personal/motesplats`)).status }).toEqual({ role, status: 403 });
      expect({ role, status: (await other.post(`/${SLUG}/personal/motesplats/rum`, { name: 'X', description: 'X', houseRules: 'X', holdFirstPosts: '0', retentionDays: '30' })).status })
        .toEqual({ role, status: 403 });
    }
  });

  it('posts, replies with a content-free notice, and the moderation flow', async () => {
    const join = await a.post(`/${SLUG}/mina-sidor/motesplats/${openRoom}/ga-med`, { pseudonym: 'Zqxros', rules: '' });
    expect(join.status).toBe(400);
    expect(join.$('.error-summary a[href="#f-rules"]').length).toBe(1);
    expect((await a.post(`/${SLUG}/mina-sidor/motesplats/${openRoom}/ga-med`, { pseudonym: 'Zqxros', rules: 'on' })).status).toBe(303);
    const taken = await b.post(`/${SLUG}/mina-sidor/motesplats/${openRoom}/ga-med`, { pseudonym: 'zqxros', rules: 'on' });
    expect(taken.status).toBe(400);
    expect(text(taken)).toContain('Någon i rummet heter redan så');
    expect((await b.post(`/${SLUG}/mina-sidor/motesplats/${openRoom}/ga-med`, { pseudonym: 'Linden', rules: 'on' })).status).toBe(303);
    expect((await a.post(`/${SLUG}/mina-sidor/motesplats/${openRoom}/avisering`, { on: '1' })).status).toBe(303);

    const empty = await a.post(`/${SLUG}/mina-sidor/motesplats/${openRoom}/inlagg`, { body: '  ' });
    expect(empty.status).toBe(400);
    const posted = await a.post(`/${SLUG}/mina-sidor/motesplats/${openRoom}/inlagg`, { body: `${THREAD} https://example.se/natt. <script>x</script>` });
    expect(posted.status).toBe(303);
    const threadId = posted.location!.split('#inlagg-')[1]!;
    const room = await b.get(`/${SLUG}/mina-sidor/motesplats/${openRoom}`);
    expect(text(room)).toContain('ZQX-THREAD');
    expect(room.$('a[href="https://example.se/natt"]').attr('rel')).toContain('noopener');
    expect(room.$('main script').length).toBe(0);
    expect((await b.post(`/${SLUG}/mina-sidor/motesplats/${openRoom}/inlagg`, { body: REPLY, threadId })).status).toBe(303);
    expect((await b.post(`/${SLUG}/mina-sidor/motesplats/${openRoom}/inlagg/${threadId}/tack`, {})).status).toBe(303);
    expect(text(await a.get(`/${SLUG}/mina-sidor/motesplats/${openRoom}`))).toContain('1 tack');

    const notices = await t.db.selectFrom('outbox').select(['recipient', 'subject', 'body_text']).where('dedupe_key', 'like', 'motesplats:acct:%').execute();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.recipient).toBe(A);
    expect(`${notices[0]!.subject} ${notices[0]!.body_text}`).not.toMatch(/ZQX|nätter|sover/);

    // B reports A's post; a moderator hides it with a reason that A sees; then mutes B.
    const reportForm = await b.get(`/${SLUG}/mina-sidor/motesplats/${openRoom}/inlagg/${threadId}/anmal`);
    expect(reportForm.status).toBe(200);
    expect((await b.post(`/${SLUG}/mina-sidor/motesplats/${openRoom}/inlagg/${threadId}/anmal`, { reason: 'Känns utpekande' })).status).toBe(303);
    const queue = await staff.get(`/${SLUG}/personal/motesplats`);
    expect(text(queue)).toContain('Känns utpekande');
    const noReason = await staff.post(`/${SLUG}/personal/motesplats/inlagg/${threadId}/dolj`, { reason: '' });
    expect(noReason.status).toBe(400);
    expect((await staff.post(`/${SLUG}/personal/motesplats/inlagg/${threadId}/dolj`, { reason: 'Kan peka ut en person' })).status).toBe(303);
    expect(text(await b.get(`/${SLUG}/mina-sidor/motesplats/${openRoom}`))).not.toContain('ZQX-THREAD');
    expect(text(await a.get(`/${SLUG}/mina-sidor/motesplats/${openRoom}`))).toContain('Anledning: Kan peka ut en person');
    const memberB = await t.db.selectFrom('motesplats_members').select('id').where('room_id', '=', openRoom).where('pseudonym', '=', 'Linden').executeTakeFirstOrThrow();
    const noMuteReason = await staff.post(`/${SLUG}/personal/motesplats/medlemmar/${memberB.id}/tysta`, { reason: ' ' });
    expect(noMuteReason.status).toBe(400);
    expect(noMuteReason.$(`.error-summary a[href="#f-mute-${memberB.id}"]`).length).toBe(1);
    expect(noMuteReason.$(`#f-mute-${memberB.id}`).attr('aria-invalid')).toBe('true');
    expect((await staff.post(`/${SLUG}/personal/motesplats/medlemmar/${memberB.id}/tysta`, { reason: 'Paus' })).status).toBe(303);
    const muted = await b.post(`/${SLUG}/mina-sidor/motesplats/${openRoom}/inlagg`, { body: 'Hej igen' });
    expect(muted.status).toBe(400);
    expect((await staff.post(`/${SLUG}/personal/motesplats/medlemmar/${memberB.id}/aktivera`, {})).status).toBe(303);
    const audited = await t.db.selectFrom('audit_log').select('action').where('action', 'like', 'motesplats.%').execute();
    expect(audited.map((r) => r.action)).toEqual(expect.arrayContaining(['motesplats.room.create', 'motesplats.post.hide', 'motesplats.member.mute', 'motesplats.member.unmute']));
    // Unhide for the next steps: approve does nothing to a hidden post, so put it back by hand.
    await t.db.updateTable('motesplats_posts').set({ status: 'visible', moderation_reason: null }).where('id', '=', threadId).execute();
  });

  it('flags crisis wording to staff at once and shows the poster where to get help', async () => {
    const posted = await b.post(`/${SLUG}/mina-sidor/motesplats/${openRoom}/inlagg`, { body: 'Jag vill inte leva längre' });
    expect(posted.status).toBe(303);
    expect(posted.location).toContain('hjalp=1');
    const page = await b.get(posted.location!.split('#')[0]!);
    expect(text(page)).toContain('112');
    expect(text(page)).toContain('1177');
    expect(text(page)).toContain('Väntar på granskning');
    expect(text(await a.get(`/${SLUG}/mina-sidor/motesplats/${openRoom}`))).not.toContain('inte leva');
    const notice = await t.db.selectFrom('outbox').select(['recipient', 'subject', 'body_text']).where('dedupe_key', 'like', 'motesplats:staff:%').execute();
    expect(notice.map((n) => n.recipient)).toEqual([demoUser(t, SLUG, 'specialist').email]);
    expect(notice[0]!.body_text).not.toContain('inte leva');
    const queue = await staff.get(`/${SLUG}/personal/motesplats`);
    expect(text(queue)).toContain('Brådskande');
    expect(text(queue)).toContain('Jag vill inte leva längre');
  });

  it('erases every post of a deleted account; replies to them stay under [borttaget]', async () => {
    expect(await dump(t)).toContain('ZQX-THREAD');
    const gone = await a.post(`/${SLUG}/mina-sidor/ta-bort`, { confirm: 'yes' });
    expect(gone.status).toBe(303);
    const all = await dump(t);
    expect(all).not.toContain('ZQX-THREAD');
    expect(all).not.toContain('Zqxros');
    expect(all).not.toContain(A);
    expect(all).toContain('ZQX-REPLY');
    const room = await b.get(`/${SLUG}/mina-sidor/motesplats/${openRoom}`);
    expect(text(room)).toContain('[borttaget]');
    expect(text(room)).toContain('ZQX-REPLY');
  });

  it('deletes own posts for real and erases threads after the retention period', async () => {
    const posted = await b.post(`/${SLUG}/mina-sidor/motesplats/${openRoom}/inlagg`, { body: 'Tillfälligt ZQX-OWN' });
    const id = posted.location!.split('#inlagg-')[1]!;
    const asks = await b.post(`/${SLUG}/mina-sidor/motesplats/${openRoom}/inlagg/${id}/ta-bort`, {});
    expect(asks.status).toBe(200);
    expect(await dump(t)).toContain('ZQX-OWN');
    expect((await b.post(`/${SLUG}/mina-sidor/motesplats/${openRoom}/inlagg/${id}/ta-bort`, { confirm: 'yes' })).status).toBe(303);
    expect(await dump(t)).not.toContain('ZQX-OWN');

    expect(await eraseExpiredThreads(t.db, new Date(t.clock.now().getTime() + 10 * 24 * 3600_000))).toBe(0);
    expect(await eraseExpiredThreads(t.db, new Date(t.clock.now().getTime() + 31 * 24 * 3600_000))).toBeGreaterThan(0);
    const left = await t.db.selectFrom('motesplats_posts').select('id').where('room_id', '=', openRoom).execute();
    expect(left).toHaveLength(0);
    expect(await dump(t)).not.toContain('ZQX-REPLY');
  });

  it('counts approved posts without losing any to parallel posts, and limits posts per account', async () => {
    const room = await createRoom(staff, SLUG, { name: 'Räknerummet', holdFirstPosts: '0' });
    const c = await signInCarer(t, SLUG, 'rakna.motesplats@example.se');
    await c.get(`/${SLUG}/mina-sidor/motesplats/${room}`);
    expect((await c.post(`/${SLUG}/mina-sidor/motesplats/${room}/ga-med`, { pseudonym: 'Räknaren', rules: 'on' })).status).toBe(303);
    const statuses = await Promise.all(Array.from({ length: 8 }, (_, i) => c.post(`/${SLUG}/mina-sidor/motesplats/${room}/inlagg`, { body: `Parallellt ${i}` }).then((r) => r.status)));
    expect(statuses).toEqual(Array(8).fill(303));
    const member = await t.db.selectFrom('motesplats_members').select(['id', 'approved_posts']).where('room_id', '=', room).executeTakeFirstOrThrow();
    expect(member.approved_posts).toBe(8);

    // Up to the limit of the window (posts written straight into the table), then a 429 that keeps the text.
    const tenantId = (await t.db.selectFrom('tenants').select('id').where('slug', '=', SLUG).executeTakeFirstOrThrow()).id;
    const at = t.clock.now().toISOString();
    await t.db.insertInto('motesplats_posts').values(Array.from({ length: POSTS_PER_WINDOW - 8 }, () => ({
      id: randomUUID(), tenant_id: tenantId, room_id: room, thread_id: null, member_id: member.id, body: 'Tidigare', status: 'visible', held_reason: null, crisis: 0,
      moderation_reason: null, moderated_by: null, moderated_at: null, erased_at: null, created_at: at, last_activity_at: at,
    }))).execute();
    const refused = await c.post(`/${SLUG}/mina-sidor/motesplats/${room}/inlagg`, { body: 'Ett till ZQX-LIMIT' });
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('900');
    expect(refused.$('.error-summary').text()).toContain('15');
    expect(refused.$('#f-body').val()).toBe('Ett till ZQX-LIMIT');
    expect(await t.db.selectFrom('motesplats_posts').select('id').where('body', '=', 'Ett till ZQX-LIMIT').execute()).toHaveLength(0);
    // Another carer is not held back by this one.
    const other = await signInCarer(t, SLUG, 'annan.rakna@example.se');
    await other.get(`/${SLUG}/mina-sidor/motesplats/${room}`);
    expect((await other.post(`/${SLUG}/mina-sidor/motesplats/${room}/ga-med`, { pseudonym: 'Grannen', rules: 'on' })).status).toBe(303);
    expect((await other.post(`/${SLUG}/mina-sidor/motesplats/${room}/inlagg`, { body: 'Hej' })).status).toBe(303);
  });
});
