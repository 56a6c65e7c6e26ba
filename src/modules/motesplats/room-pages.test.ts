// A room a page at a time (issue 17: a room grows for years, its page must not): 20 threads a
// page, newest first, and every action on a post (reply, "tack", report, delete, a reply that
// comes back with an error, the reply notice's link) brings the carer back to the page that holds
// it. A "tack" is only for someone else's post. On SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, type Agent, type TestApp } from '../../../test/harness.js';
import { signInCarer } from '../../../test/carer-session.js';
import { newId } from '../../platform/db/helpers.js';
import { THREADS_PER_PAGE } from './service.js';

const SLUG = 'hassleholm';
const THREADS = 45;

describe.each(DIALECTS)('Mötesplatsen room pages on %s', (dialect) => {
  let t: TestApp;
  let carer: Agent;
  /** A second member: "tack" and replies are for others' posts. */
  let other: Agent;
  let roomId: string;
  /** Thread start ids, oldest first: starts[0] is "Tråd 1", the last page's last thread. */
  const starts: string[] = [];
  let room: string;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: [SLUG] });
    const tenantId = (await t.db.selectFrom('tenants').select('id').where('slug', '=', SLUG).executeTakeFirstOrThrow()).id;
    roomId = newId();
    room = `/${SLUG}/mina-sidor/motesplats/${roomId}`;
    const at = t.clock.now().toISOString();
    await t.db.insertInto('motesplats_rooms').values({
      id: roomId, tenant_id: tenantId, name: 'Sidrummet', description: 'Ett rum.', house_rules: 'Var vänlig.', event_id: null, opens_at_time: null,
      closes_at_time: null, closed_outside_hours: 0, hold_first_posts: 0, retention_days: 365, created_at: at, updated_at: at,
    }).execute();
    carer = await signInCarer(t, SLUG, 'sida.motesplats@example.se');
    await carer.get(room);
    expect((await carer.post(`${room}/ga-med`, { pseudonym: 'Bläddraren', rules: 'on' })).status).toBe(303);
    const memberId = (await t.db.selectFrom('motesplats_members').select('id').where('room_id', '=', roomId).executeTakeFirstOrThrow()).id;
    other = await signInCarer(t, SLUG, 'svarar.motesplats@example.se');
    await other.get(room);
    expect((await other.post(`${room}/ga-med`, { pseudonym: 'Svararen', rules: 'on' })).status).toBe(303);
    const first = t.clock.now().getTime() - THREADS * 60_000;
    for (let i = 1; i <= THREADS; i++) {
      const id = newId();
      const created = new Date(first + i * 60_000).toISOString();
      starts.push(id);
      await t.db.insertInto('motesplats_posts').values({
        id, tenant_id: tenantId, room_id: roomId, thread_id: null, member_id: memberId, body: `Tråd ${i} ZQX-PAGE`,
        status: 'visible', held_reason: null, crisis: 0, moderation_reason: null, moderated_by: null, moderated_at: null, erased_at: null,
        created_at: created, last_activity_at: created,
      }).execute();
    }
  });
  afterAll(async () => t?.close());

  /** The thread numbers a page shows, in order. */
  const shown = (body: string): number[] => [...body.matchAll(/Tråd (\d+) ZQX-PAGE/g)].map((m) => Number(m[1]));
  const range = (from: number, to: number): number[] => Array.from({ length: from - to + 1 }, (_, k) => from - k);

  it('shows 20 threads a page, newest first, with links to the other pages', async () => {
    expect(THREADS_PER_PAGE).toBe(20);
    const one = await carer.get(room);
    expect(one.status).toBe(200);
    expect(shown(one.body)).toEqual(range(45, 26));
    expect(one.$('nav.pagination [aria-current="page"]').text()).toBe('Sida 1 av 3');
    expect(one.$('nav.pagination a[rel="next"]').attr('href')).toBe(`${room}?page=2`);
    expect(one.$('nav.pagination a[rel="prev"]')).toHaveLength(0);

    const two = await carer.get(`${room}?page=2`);
    expect(shown(two.body)).toEqual(range(25, 6));
    // The tab and a screen reader tell the pages apart; the first page keeps the room's name alone.
    expect(two.$('title').text()).toMatch(/^Sidrummet \(Sida 2 av 3\) – /);
    expect(one.$('title').text()).toMatch(/^Sidrummet – /);
    expect(two.$('nav.pagination a[rel="prev"]').attr('href')).toBe(room);
    const three = await carer.get(`${room}?page=3`);
    expect(shown(three.body)).toEqual(range(5, 1));
    expect(three.$('nav.pagination a[rel="next"]')).toHaveLength(0);
  });

  it('answers a page past the last with the last, and a page that is not a number with the first', async () => {
    const past = await carer.get(`${room}?page=99`);
    expect(past.status).toBe(200);
    expect(shown(past.body)).toEqual(range(5, 1));
    for (const bad of ['abc', '0', '-1', '1.5', '9'.repeat(40)]) {
      const res = await carer.get(`${room}?page=${bad}`);
      expect(res.status, bad).toBe(200);
      expect(shown(res.body), bad).toEqual(range(45, 26));
    }
    const notPost = await carer.get(`${room}?inlagg=inte-ett-id`);
    expect(notPost.status).toBe(200);
    expect(shown(notPost.body)).toEqual(range(45, 26));
  });

  it('brings the carer back to the page of the thread after a reply, a "tack" and a reply with an error', async () => {
    const thread3 = starts[2]!; // "Tråd 3", on page 3
    const replied = await carer.post(`${room}/inlagg`, { body: 'Svar längst bak ZQX-REPLY', threadId: thread3 });
    expect(replied.status).toBe(303);
    const replyId = (await t.db.selectFrom('motesplats_posts').select('id').where('thread_id', '=', thread3).executeTakeFirstOrThrow()).id;
    expect(replied.location).toBe(`${room}?klar=publicerat&inlagg=${replyId}#inlagg-${replyId}`);
    const back = await carer.get(replied.location!.split('#')[0]!);
    expect(shown(back.body)).toEqual(range(5, 1));
    expect(back.$(`#inlagg-${replyId}`).text()).toContain('Svar längst bak');
    expect(back.$('nav.pagination [aria-current="page"]').text()).toBe('Sida 3 av 3');

    const thread10 = starts[9]!; // "Tråd 10", on page 2
    await other.get(room);
    const tacked = await other.post(`${room}/inlagg/${thread10}/tack`, {});
    expect(tacked.location).toBe(`${room}?inlagg=${thread10}#inlagg-${thread10}`);
    const page2 = await other.get(tacked.location!.split('#')[0]!);
    expect(shown(page2.body)).toEqual(range(25, 6));
    expect(page2.$(`#inlagg-${thread10} button[aria-pressed="true"]`)).toHaveLength(1);
    // Not for one's own post: the page offers no button, and a hand-made request is refused.
    await carer.get(room);
    expect((await carer.post(`${room}/inlagg/${thread10}/tack`, {})).status).toBe(404);
    expect(await t.db.selectFrom('motesplats_reactions').select('member_id').where('post_id', '=', thread10).execute()).toHaveLength(1);

    await carer.get(room);
    const empty = await carer.post(`${room}/inlagg`, { body: '   ', threadId: thread3 });
    expect(empty.status).toBe(400);
    expect(empty.$('.error-summary')).toHaveLength(1);
    expect(shown(empty.body)).toEqual(range(5, 1));
    expect(empty.$(`#inlagg-${thread3} textarea[aria-invalid="true"]`)).toHaveLength(1);
    expect(await t.db.selectFrom('motesplats_posts').select('id').where('thread_id', '=', thread3).execute()).toHaveLength(1);
  });

  it('links the reply notice to the thread, wherever it stands', async () => {
    expect((await carer.post(`${room}/avisering`, { on: '1' })).status).toBe(303);
    await other.get(room);
    const thread2 = starts[1]!;
    expect((await other.post(`${room}/inlagg`, { body: 'Ett svar till tråd 2', threadId: thread2 })).status).toBe(303);
    const notice = await t.db.selectFrom('outbox').select('body_text').where('dedupe_key', 'like', `motesplats:acct:%:${thread2}:%`).executeTakeFirstOrThrow();
    expect(notice.body_text).toContain(`/mina-sidor/motesplats/${roomId}?inlagg=${thread2}#inlagg-${thread2}`);
    expect(notice.body_text).not.toContain('Ett svar till tråd 2');
  });
});
