// Mötesplatsen in `npm run bench` (issue 19, Speed): a carer signs in the way a person does (a
// code read from the outbox), joins two rooms of the bench's own database through the app, and
// the bench writes 200 posts (40 threads of one start and four replies, with "tack") straight
// into the first one, all the member's own (members need accounts; its own posts also carry the
// delete form, the heavier page). Measured: that room page as the member sees it, and posting into the
// second room (so the page measured keeps its 200 posts) by as many other carers as there are
// connections, each signed in the same way. A post is counted when the app answers with the
// redirect to the posted message (303); anything else is a failure.
import { newId } from '../src/platform/db/helpers.js';
import type { Kysely } from 'kysely';
import autocannon from 'autocannon';
import type { DB } from '../src/platform/db/schema.js';

const SLUG = 'hassleholm';
const EMAIL = 'bench.motesplats@example.se';
const THREADS = 40;
const REPLIES = 4;

export interface MotesplatsSetup {
  /** The room page with 200 posts (its first page: service.THREADS_PER_PAGE threads of five posts) */
  pagePath: string;
  /** The posting form's action (another room) */
  postPath: string;
  /** Session and CSRF cookies of the signed-in member */
  cookie: string;
  csrf: string;
  /** The carers who post, one per connection: their cookies and CSRF tokens */
  posters: { cookie: string; csrf: string }[];
}

class Jar {
  private readonly cookies = new Map<string, string>();
  take(res: Response): void {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
  }
  get header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

const csrfOf = (html: string): string => /<meta name="csrf-token" content="([^"]+)"/.exec(html)?.[1] ?? '';

async function send(base: string, jar: Jar, path: string, form?: Record<string, string>): Promise<{ status: number; html: string }> {
  const res = await fetch(base + path, {
    method: form ? 'POST' : 'GET', redirect: 'manual',
    headers: { cookie: jar.header, ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
    body: form ? new URLSearchParams(form).toString() : undefined,
  });
  jar.take(res);
  return { status: res.status, html: await res.text() };
}

async function insertRoom(db: Kysely<DB>, tenantId: string, name: string, at: string): Promise<string> {
  const id = newId();
  await db.insertInto('motesplats_rooms').values({
    id, tenant_id: tenantId, name, description: 'Ett rum för mätningar.', house_rules: 'Var vänlig.', event_id: null, opens_at_time: null, closes_at_time: null,
    closed_outside_hours: 0, hold_first_posts: 0, retention_days: 365, created_at: at, updated_at: at,
  }).execute();
  return id;
}

/** Signs a carer in the way a person does: asks for a code, reads it from the outbox, types it. */
async function signInCarer(db: Kysely<DB>, base: string, email: string): Promise<Jar> {
  const jar = new Jar();
  const signIn = await send(base, jar, `/${SLUG}/mina-sidor/logga-in`);
  const codePage = await send(base, jar, `/${SLUG}/mina-sidor/logga-in`, { _csrf: csrfOf(signIn.html), kind: 'email', email, phone: '' });
  const codeId = /name="codeId" value="([^"]+)"/.exec(codePage.html)?.[1];
  if (codePage.status !== 200 || !codeId) throw new Error(`Mötesplatsen: the sign-in code request answered ${codePage.status}`);
  const mail = await db.selectFrom('outbox').select('body_text').where('dedupe_key', '=', `carer-code:${codeId}`).executeTakeFirstOrThrow();
  const code = /\b(\d{6})\b/.exec(mail.body_text)?.[1] ?? '';
  const done = await send(base, jar, `/${SLUG}/mina-sidor/logga-in/kod`, { _csrf: csrfOf(codePage.html), codeId, kind: 'email', address: email, code });
  if (done.status !== 303) throw new Error(`Mötesplatsen: signing in with the code answered ${done.status}`);
  return jar;
}

/** Signs the bench's carer in, joins both rooms through the app and fills the first with 200 posts;
 *  then signs in `posters` more carers who join the second room (one per posting connection). */
export async function setUpMotesplats(db: Kysely<DB>, base: string, posters: number): Promise<MotesplatsSetup> {
  const tenant = await db.selectFrom('tenants').select('id').where('slug', '=', SLUG).executeTakeFirstOrThrow();
  const now = Date.now();
  const pageRoom = await insertRoom(db, tenant.id, 'Mätrummet', new Date(now).toISOString());
  const postRoom = await insertRoom(db, tenant.id, 'Skrivrummet', new Date(now).toISOString());

  const jar = await signInCarer(db, base, EMAIL);

  for (const [room, pseudonym] of [[pageRoom, 'Mätaren'], [postRoom, 'Skrivaren']] as const) {
    const page = await send(base, jar, `/${SLUG}/mina-sidor/motesplats/${room}`);
    const joined = await send(base, jar, `/${SLUG}/mina-sidor/motesplats/${room}/ga-med`, { _csrf: csrfOf(page.html), pseudonym, rules: 'on' });
    if (joined.status !== 303) throw new Error(`Mötesplatsen: joining a room answered ${joined.status}`);
  }
  const me = await db.selectFrom('motesplats_members').select('id').where('tenant_id', '=', tenant.id).where('room_id', '=', pageRoom).executeTakeFirstOrThrow();

  const posts: DB['motesplats_posts'][] = [];
  const reactions: DB['motesplats_reactions'][] = [];
  let n = 0;
  const at = () => new Date(now - (THREADS * (REPLIES + 1) - n++) * 60_000).toISOString();
  for (let i = 0; i < THREADS; i++) {
    const start = newId();
    const started = at();
    const rows: { id: string; thread_id: string | null; created_at: string }[] = [{ id: start, thread_id: null, created_at: started }];
    for (let r = 0; r < REPLIES; r++) rows.push({ id: newId(), thread_id: start, created_at: at() });
    for (const [k, row] of rows.entries()) {
      posts.push({
        ...row, tenant_id: tenant.id, room_id: pageRoom, member_id: me.id, status: 'visible', held_reason: null, crisis: 0,
        body: `Inlägg ${i + 1}.${k}: hur vi får nätterna att gå ihop, med en länk https://www.1177.se och några rader till om vardagen, sömnen och orken.`,
        moderation_reason: null, moderated_by: null, moderated_at: null, erased_at: null, last_activity_at: rows[rows.length - 1]!.created_at,
      });
      if ((i + k) % 2 === 0) reactions.push({ post_id: row.id, member_id: me.id, tenant_id: tenant.id, created_at: started });
    }
  }
  for (let i = 0; i < posts.length; i += 50) await db.insertInto('motesplats_posts').values(posts.slice(i, i + 50)).execute();
  for (let i = 0; i < reactions.length; i += 100) await db.insertInto('motesplats_reactions').values(reactions.slice(i, i + 100)).execute();

  const page = await send(base, jar, `/${SLUG}/mina-sidor/motesplats/${postRoom}`);
  const others: { cookie: string; csrf: string }[] = [];
  for (let i = 0; i < posters; i++) {
    const carer = await signInCarer(db, base, `bench.motesplats.${i}@example.se`);
    const room = await send(base, carer, `/${SLUG}/mina-sidor/motesplats/${postRoom}`);
    const joined = await send(base, carer, `/${SLUG}/mina-sidor/motesplats/${postRoom}/ga-med`, { _csrf: csrfOf(room.html), pseudonym: `Skrivare ${i + 1}`, rules: 'on' });
    if (joined.status !== 303) throw new Error(`Mötesplatsen: joining a room answered ${joined.status}`);
    others.push({ cookie: carer.header, csrf: csrfOf(room.html) });
  }
  return {
    pagePath: `/${SLUG}/mina-sidor/motesplats/${pageRoom}`, postPath: `/${SLUG}/mina-sidor/motesplats/${postRoom}/inlagg`,
    cookie: jar.header, csrf: csrfOf(page.html), posters: others,
  };
}

/** The form a carer sends to start a new thread. */
export const postingBody = (csrf: string): string =>
  new URLSearchParams({ _csrf: csrf, body: 'Tack för att ni finns. I natt sov jag fyra timmar i sträck.', threadId: '' }).toString();

export interface PostingRun { rps: number; p50: number; p99: number; failed: number; posted: number }

/**
 * Each of the set-up's carers posts from a connection of their own for `seconds`: every request a
 * new thread start. Without `rate`, each posts again as soon as it is answered (the most the app
 * takes); with `rate`, they post that many a second together (the "100 posts per second
 * from 50 clients"), so the latencies are those of that load, not of a queue the bench made.
 * One autocannon run per carer (its own cookie and token), in this thread (a worker thread each
 * would be 50 V8 heaps), latencies gathered from all of them.
 */
export async function benchPosting(setup: MotesplatsSetup, base: string, seconds: number, rate = 0): Promise<PostingRun> {
  const times: number[] = [];
  let posted = 0;
  let failed = 0;
  type Tracker = Promise<{ errors: number; timeouts: number }> & { on(e: 'response', f: (c: unknown, status: number, bytes: number, ms: number) => void): void };
  const start = autocannon as unknown as (o: object) => Tracker;
  await Promise.all(setup.posters.map(async (p) => {
    const body = postingBody(p.csrf);
    const run = start({
      url: base + setup.postPath, connections: 1, method: 'POST', duration: seconds, body,
      ...(rate > 0 ? { overallRate: Math.max(1, rate / setup.posters.length) } : {}),
      headers: { cookie: p.cookie, 'content-type': 'application/x-www-form-urlencoded', 'accept-encoding': 'br, gzip' },
    });
    run.on('response', (_c, status, _b, ms) => {
      times.push(ms);
      if (status === 303) posted++;
      else failed++;
    });
    const r = await run;
    failed += r.errors + r.timeouts;
  }));
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0);
  return { rps: posted / seconds, p50: at(0.5), p99: at(0.99), failed, posted };
}
