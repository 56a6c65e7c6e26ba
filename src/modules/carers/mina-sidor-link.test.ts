// The identified carer record and the Mina sidor accounts the carer linked to it: staff see the
// threads on the carer's page (audited), the subject-access export holds the messages, a merge
// moves the link, and erasure deletes the messages and clears the link — searched for afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { Agent, buildTestApp, demoUser, DIALECTS, nextAddress, signIn, text, type TestApp } from '../../../test/harness.js';
import { scopeFor, type Principal } from '../../platform/auth/principal.js';
import { listUnits } from '../../platform/tenancy/tenancy.js';
import { createCarer } from './service.js';

const SLUG = 'hassleholm';
const EMAIL = 'linkad.anhorig@example.se';
const TEXTS = { subject: 'Om växelvård QPL-SUBJECT', body: 'Jag orkar inte längre QPL-BODY', reply: 'Vi hör av oss i morgon QPL-REPLY', comment: 'Jag vill hellre ha kvällstid QPL-COMMENT' };

async function principalOf(t: TestApp, staffKey: string): Promise<Principal> {
  const seed = t.seeds.get(SLUG)!;
  const s = seed.data.staff.find((x) => x.key === staffKey)!;
  return {
    userId: seed.userIds.get(staffKey)!, tenantId: seed.tenantId, name: s.name, email: s.email, title: s.title,
    roles: s.roles.map((r) => ({ role: r.role, unitId: r.unitKey ? seed.unitIds.get(r.unitKey)! : null })),
    units: await listUnits(t.db, seed.tenantId),
  };
}

async function newCarer(t: TestApp, p: Principal, name: string): Promise<string> {
  const unitId = p.roles.find((r) => r.unitId)?.unitId ?? t.seeds.get(SLUG)!.unitIds.get('anhorigstod')!;
  const res = await createCarer(t.db, t.clock, p, scopeFor(p, 'carers:read')!, scopeFor(p, 'carers:write')!, {
    name, phone: '070-000 00 01', email: null, personnummer: null, targetGroup: 'older', relationship: null, ageBand: null, gender: null,
    supportContactUserId: null, unitId, consentGiven: true, consentDate: '2026-11-25', confirmNotDuplicate: 'yes', fromReferral: null,
  });
  if (!res.created) throw new Error('carer not created');
  return res.id;
}

async function signInByCode(t: TestApp, agent: Agent, email = EMAIL): Promise<void> {
  await agent.get(`/${SLUG}/mina-sidor/logga-in`);
  const codePage = await agent.post(`/${SLUG}/mina-sidor/logga-in`, { kind: 'email', email, phone: '' });
  const codeId = codePage.$('input[name="codeId"]').attr('value')!;
  const mail = await t.db.selectFrom('outbox').select('body_text').where('dedupe_key', '=', `carer-code:${codeId}`).executeTakeFirstOrThrow();
  const code = /\b(\d{6})\b/.exec(mail.body_text)![1]!;
  expect((await agent.post(`/${SLUG}/mina-sidor/logga-in/kod`, { codeId, kind: 'email', address: email, code })).status).toBe(303);
}

async function everything(t: TestApp): Promise<string> {
  const tables = (await t.db.introspection.getTables()).filter((x) => !x.name.startsWith('kysely_'));
  const out: string[] = [];
  for (const table of tables) out.push(JSON.stringify((await sql<Record<string, unknown>>`select * from ${sql.table(table.name)}`.execute(t.db)).rows));
  return out.join('\n');
}

describe.each(DIALECTS)('Mina sidor accounts linked to a carer record, on %s', (dialect) => {
  let t: TestApp;
  let staff: Agent;
  let keepId: string;
  let otherId: string;
  let accountId: string;
  let threadId: string;
  let carer: Agent;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: [SLUG] });
    const specialist = demoUser(t, SLUG, 'specialist');
    const p = await principalOf(t, specialist.key);
    keepId = await newCarer(t, p, 'Testperson Behåll');
    otherId = await newCarer(t, p, 'Testperson Dubblett');
    staff = await signIn(t.app, SLUG, specialist.email);
    carer = new Agent(t.app, {}, nextAddress());
    await signInByCode(t, carer);
    await carer.get(`/${SLUG}/mina-sidor/meddelanden/ny`);
    const sent = await carer.post(`/${SLUG}/mina-sidor/meddelanden/ny`, { requestId: '', subject: TEXTS.subject, body: TEXTS.body });
    expect(sent.status).toBe(303);
    threadId = sent.location!.split('/meddelanden/')[1]!.split('?')[0]!;
    await staff.get(`/${SLUG}/personal/meddelanden/${threadId}`);
    expect((await staff.post(`/${SLUG}/personal/meddelanden/${threadId}`, { body: TEXTS.reply })).status).toBe(303);
    const account = await t.db.selectFrom('carer_accounts').select('id').where('tenant_id', '=', t.seeds.get(SLUG)!.tenantId).orderBy('created_at').executeTakeFirstOrThrow();
    accountId = account.id;
    // The carer linked the account to the record that will be merged away (consent tested in eid.test.ts).
    await t.db.updateTable('carer_accounts').set({ carer_id: otherId, link_consent_at: t.clock.now().toISOString() }).where('id', '=', accountId).execute();
  });
  afterAll(async () => t?.close());

  it('shows the threads of linked accounts on the carer page, with links, and audits the read', async () => {
    const page = await staff.get(`/${SLUG}/personal/anhoriga/${otherId}`);
    expect(page.status).toBe(200);
    expect(page.$('h2:contains("Meddelanden via Mina sidor")').length).toBe(1);
    const link = page.$(`a[href="/${SLUG}/personal/meddelanden/${threadId}"]`);
    expect(link.text()).toBe(TEXTS.subject);
    const audits = await t.db.selectFrom('audit_log').select(['action', 'subject_id']).where('action', '=', 'message_thread.list').execute();
    expect(audits).toEqual([{ action: 'message_thread.list', subject_id: otherId }]);
    // The other record has no linked account: no section, no audit row.
    const keep = await staff.get(`/${SLUG}/personal/anhoriga/${keepId}`);
    expect(text(keep)).not.toContain('Meddelanden via Mina sidor');
    expect((await t.db.selectFrom('audit_log').select('id').where('action', '=', 'message_thread.list').execute()).length).toBe(1);
  });

  it('moves the link when the records are merged', async () => {
    await staff.get(`/${SLUG}/personal/anhoriga/${keepId}/sammanfoga/${otherId}`);
    expect((await staff.post(`/${SLUG}/personal/anhoriga/${keepId}/sammanfoga`, { otherId, confirm: 'yes' })).status).toBe(303);
    const account = await t.db.selectFrom('carer_accounts').select(['carer_id', 'link_consent_at']).where('id', '=', accountId).executeTakeFirstOrThrow();
    expect(account.carer_id).toBe(keepId);
    expect(account.link_consent_at).not.toBeNull();
    expect((await staff.get(`/${SLUG}/personal/anhoriga/${keepId}`)).$(`a[href="/${SLUG}/personal/meddelanden/${threadId}"]`).length).toBe(1);
  });

  it('shows "Min plan" read-only to the linked carer, takes a comment that staff see; audited', async () => {
    await staff.get(`/${SLUG}/personal/anhoriga/${keepId}/plan`);
    const added = await staff.post(`/${SLUG}/personal/anhoriga/${keepId}/plan`, { what: 'Prova växelvård QPL-MEASURE', responsible: 'Stödkontakten', dueOn: '', status: 'planned', followUpOn: '', note: '' });
    expect(added.status).toBe(303);
    const home = await carer.get(`/${SLUG}/mina-sidor`);
    expect(home.$(`a[href="/${SLUG}/mina-sidor/plan"]`).text()).toBe('Läs din plan');
    const plan = await carer.get(`/${SLUG}/mina-sidor/plan`);
    expect(plan.status).toBe(200);
    expect(plan.headers['cache-control']).toBe('no-store');
    expect(text(plan)).toContain('Prova växelvård QPL-MEASURE');
    expect(text(plan)).toContain('Planerad');
    expect(plan.$('main a[href*="/personal/"], main form[action*="/personal/"]').length).toBe(0);
    const empty = await carer.post(`/${SLUG}/mina-sidor/plan`, { comment: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.$('.error-summary a[href="#f-comment"]').length).toBe(1);
    const sent = await carer.post(`/${SLUG}/mina-sidor/plan`, { comment: TEXTS.comment });
    expect(sent.status).toBe(303);
    expect(text(await carer.get(sent.location!))).toContain(TEXTS.comment);
    expect(text(await staff.get(`/${SLUG}/personal/anhoriga/${keepId}/plan`))).toContain(TEXTS.comment);
    const audits = (await t.db.selectFrom('audit_log').select('action').where('subject_id', '=', keepId).execute()).map((a) => a.action);
    expect(audits).toEqual(expect.arrayContaining(['carer.plan_read_by_carer', 'carer.plan_comment']));
    // English, and no plan for an account without a linked record.
    expect(text(await carer.get(`/${SLUG}/mina-sidor/plan?lang=en`))).toContain('My plan');
    const stranger = new Agent(t.app, {}, nextAddress());
    await signInByCode(t, stranger, 'annan.anhorig@example.se');
    expect((await stranger.get(`/${SLUG}/mina-sidor/plan`)).status).toBe(404);
  });

  it('puts the messages in the subject-access export (JSON and PDF)', async () => {
    const res = await staff.get(`/${SLUG}/personal/anhoriga/${keepId}/registerutdrag.json`);
    expect(res.status).toBe(200);
    const data = JSON.parse(res.body) as { messages: Record<string, string>[] };
    // The test clock stands still: both messages have the same time, so their order is not asserted.
    expect(data.messages.map((m) => [m['Ämne'], m['Från'], m['Meddelande']]).sort()).toEqual([
      [TEXTS.subject, 'Anhörigstödet', TEXTS.reply], [TEXTS.subject, 'Du', TEXTS.body],
    ]);
    expect((data as unknown as { planComments: Record<string, string>[] }).planComments.map((c) => c['Kommentar'])).toEqual([TEXTS.comment]);
    const pdf = await staff.get(`/${SLUG}/personal/anhoriga/${keepId}/registerutdrag.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
  });

  it('erasure deletes the messages and their notices and clears the link; the account stays', async () => {
    expect((await everything(t)).includes('QPL-BODY')).toBe(true);
    await staff.get(`/${SLUG}/personal/anhoriga/${keepId}/radera`);
    const res = await staff.post(`/${SLUG}/personal/anhoriga/${keepId}/radera`, { confirm: 'yes', requested: 'on' });
    expect(res.status).toBe(303);
    const after = await everything(t);
    for (const needle of Object.values(TEXTS)) expect(after.includes(needle), needle).toBe(false);
    expect(await t.db.selectFrom('message_threads').select('id').where('id', '=', threadId).executeTakeFirst()).toBeUndefined();
    expect((await t.db.selectFrom('carer_plan_comments').select('id').where('carer_id', '=', keepId).execute()).length).toBe(0);
    expect((await t.db.selectFrom('outbox').select('id').where('dedupe_key', 'like', `messages:${threadId}:%`).execute()).length).toBe(0);
    const account = await t.db.selectFrom('carer_accounts').select(['carer_id', 'link_consent_at']).where('id', '=', accountId).executeTakeFirstOrThrow();
    expect(account).toEqual({ carer_id: null, link_consent_at: null });
    const audit = await t.db.selectFrom('audit_log').select('action').where('subject_id', 'in', [threadId, accountId]).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['message_thread.delete', 'carer_account.unlink_carer']));
  });
});
