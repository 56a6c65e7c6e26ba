// The yearly questionnaire over HTTP, on every dialect: suggestions with evidence, answers stored
// with who and when, bad input refused with messages, and only reports:detailed may change it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { DEFAULT_QUESTIONS } from './questions.js';

describe.each(DIALECTS)('yearly questionnaire on %s', (dialect) => {
  let t: TestApp;
  const slug = 'hassleholm';
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'sodertalje'] });
  });
  afterAll(async () => t?.close());

  const specialist = () => signIn(t.app, slug, demoUser(t, slug, 'specialist').email);
  const tenantId = () => t.seeds.get(slug)!.tenantId;
  const questionId = async (year: number, code: string) => (await t.db.selectFrom('report_questions').select('id')
    .where('tenant_id', '=', tenantId()).where('year', '=', year).where('code', '=', code).executeTakeFirstOrThrow()).id;
  const answers = async (id: string) => t.db.selectFrom('report_answers').selectAll().where('question_id', '=', id).orderBy('answer_group').execute();

  it('creates a year\'s set from Bredvid\'s questions, once, and shows suggestions with their evidence', async () => {
    const agent = await specialist();
    const empty = await agent.get(`/${slug}/personal/rapporter/enkat?ar=2024`);
    expect(empty.status).toBe(200);
    expect(empty.$('button').text()).toContain('Skapa frågorna för 2024');
    expect((await agent.post(`/${slug}/personal/rapporter/enkat?ar=2024`)).status).toBe(303);
    expect((await agent.post(`/${slug}/personal/rapporter/enkat?ar=2024`)).status).toBe(303); // a second click adds nothing
    const rows = await t.db.selectFrom('report_questions').select('code').where('tenant_id', '=', tenantId()).where('year', '=', 2024).execute();
    expect(rows.map((r) => r.code).sort()).toEqual(DEFAULT_QUESTIONS.map((d) => d.code).sort());
    const page = await agent.get(`/${slug}/personal/rapporter/enkat?ar=2024`);
    expect(page.$('.question').length).toBe(DEFAULT_QUESTIONS.length);
    expect(text(page)).toContain('Bredvid föreslår');
    // Stödsamtal without needs assessment: the catalogue's offerings are the evidence.
    const id = await questionId(2024, 'support_conversation');
    const q = await agent.get(`/${slug}/personal/rapporter/enkat/fraga/${id}`);
    expect(q.status).toBe(200);
    const offering = t.seeds.get(slug)!.data.offerings.find((o) => o.type === 'support_conversation' && !o.needsAssessment);
    if (offering) expect(text(q)).toContain(offering.title.sv);
    expect(text(q)).toContain('Kontaktloggen');
  });

  it('stores an answer per target group with who and when, confirmed or corrected against the suggestion', async () => {
    const agent = await specialist();
    const id = await questionId(2026, 'support_conversation');
    const form = Object.fromEntries(['older', 'disability', 'mental_health', 'substance_use', 'long_term_illness', 'dementia', 'children'].map((g) => [`svar_${g}`, 'yes']));
    const res = await agent.post(`/${slug}/personal/rapporter/enkat/fraga/${id}`, { ...form, svar_children: 'no', note: 'Beslut i nämnden 2026-03-12' });
    expect(res.status).toBe(303);
    const stored = await answers(id);
    expect(stored.length).toBe(7);
    const me = t.seeds.get(slug)!.userIds.get(demoUser(t, slug, 'specialist').key);
    expect(stored.every((a) => a.answered_by === me && a.answered_at === t.clock.now().toISOString())).toBe(true);
    expect(stored.find((a) => a.answer_group === 'children')!.value).toBe('no');
    expect(stored.every((a) => ['confirmed', 'corrected'].includes(a.source))).toBe(true);
    const audit = await t.db.selectFrom('audit_log').select('action').where('subject_id', '=', id).execute();
    expect(audit.map((a) => a.action)).toContain('report.answer');
    const overview = await agent.get(`/${slug}/personal/rapporter/enkat?ar=2026`);
    expect(text(overview)).toContain(demoUser(t, slug, 'specialist').name);
    // The report carries the answer, without names.
    const report = await agent.get(`/${slug}/personal/rapporter/rapport?ar=2026`);
    const row = report.$('#arsenkat tr').filter((_, tr) => report.$(tr).find('th').text().includes('stödsamtal'));
    expect(row.find('td').first().text()).toContain('Nej: Barn som anhöriga');
    expect(text(report, '#arsenkat')).not.toContain(demoUser(t, slug, 'specialist').name);
  });

  it('refuses bad answers with messages and stores nothing', async () => {
    const agent = await specialist();
    const id = await questionId(2026, 'guideline');
    const before = (await answers(id)).length;
    for (const form of [{}, { svar_all: 'kanske' }, { svar_all: 'yes', evil: '1' }, { svar_all: 'yes', note: 'x'.repeat(1001) }]) {
      const res = await agent.post(`/${slug}/personal/rapporter/enkat/fraga/${id}`, form);
      expect(res.status).toBe(400);
      expect(res.$('.error-summary li').length).toBeGreaterThan(0);
    }
    const hours = await questionId(2026, 'respite_free_hours');
    for (const v of ['-3', 'tio', '1.5', '12345678']) {
      const res = await agent.post(`/${slug}/personal/rapporter/enkat/fraga/${hours}`, { svar_all: v });
      expect(res.status).toBe(400);
      expect(res.$('#f-svar_all-error').text()).toContain('heltal');
    }
    expect((await agent.post(`/${slug}/personal/rapporter/enkat/fraga/${id}`, { svar_all: 'yes' }, { csrf: null })).status).toBe(403);
    expect((await answers(id)).length).toBe(before);
    expect((await answers(hours)).length).toBe(0);
    const badYear = await agent.get(`/${slug}/personal/rapporter/enkat?ar=tjugo`);
    expect(badYear.status).toBe(400);
    expect(badYear.$('.error-summary').text()).toContain('fyra siffror');
  });

  it('confirms every whole suggestion at once, and edits and removes questions', async () => {
    const agent = await specialist();
    await agent.post(`/${slug}/personal/rapporter/enkat?ar=2023`);
    expect((await agent.post(`/${slug}/personal/rapporter/enkat/bekrafta?ar=2023`)).status).toBe(303);
    const fn = await questionId(2023, 'function');
    expect((await answers(fn)).map((a) => [a.value, a.source])).toEqual([['yes', 'confirmed']]);
    const outreach = await questionId(2023, 'region_agreement');
    expect(await answers(outreach)).toEqual([]); // nothing to derive: left for staff
    const added = await agent.post(`/${slug}/personal/rapporter/enkat/ny?ar=2023`, { text: 'Antal anhöriga som fått avlösning i hemmet.', kind: 'number', help: '' });
    expect(added.status).toBe(303);
    const custom = (await t.db.selectFrom('report_questions').select(['id', 'position']).where('tenant_id', '=', tenantId()).where('year', '=', 2023).where('code', '=', '').executeTakeFirstOrThrow());
    expect(custom.position).toBe(DEFAULT_QUESTIONS.length + 1);
    const bad = await agent.post(`/${slug}/personal/rapporter/enkat/fraga/${custom.id}/andra`, { text: '', kind: 'essay' });
    expect(bad.status).toBe(400);
    expect(bad.$('#f-text-error').text()).toContain('måste fyllas i');
    expect((await agent.post(`/${slug}/personal/rapporter/enkat/fraga/${custom.id}/andra`, { text: 'Ny lydelse?', kind: 'yes_no', perGroup: 'on', position: '1' })).status).toBe(303);
    const page = await agent.get(`/${slug}/personal/rapporter/enkat?ar=2023`);
    expect(page.$('.question-text').first().text()).toBe('Ny lydelse?');
    expect((await agent.post(`/${slug}/personal/rapporter/enkat/fraga/${custom.id}/ta-bort`, { confirm: 'yes' })).status).toBe(303);
    expect(await t.db.selectFrom('report_questions').select('id').where('id', '=', custom.id).executeTakeFirst()).toBeUndefined();
  });

  it('lets the board read the answers but change nothing; other municipalities see nothing', async () => {
    const board = await signIn(t.app, slug, demoUser(t, slug, 'board').email);
    const page = await board.get(`/${slug}/personal/rapporter/enkat?ar=2025`);
    expect(page.status).toBe(200);
    expect(page.$('form[method="post"] button').filter((_, b) => page.$(b).text() !== 'Logga ut').length).toBe(0);
    expect(page.$('.summary-row dt').map((_, e) => page.$(e).text()).get()).not.toContain('Bredvid föreslår');
    expect(page.$('.summary-row dt').map((_, e) => page.$(e).text()).get()).toContain('Svar');
    const id = await questionId(2025, 'function');
    expect((await board.get(`/${slug}/personal/rapporter/enkat/fraga/${id}`)).status).toBe(403);
    expect((await board.post(`/${slug}/personal/rapporter/enkat/fraga/${id}`, { svar_all: 'no' })).status).toBe(403);
    expect((await board.post(`/${slug}/personal/rapporter/enkat?ar=2022`)).status).toBe(403);
    const other = await signIn(t.app, 'sodertalje', demoUser(t, 'sodertalje', 'specialist').email);
    expect((await other.get(`/sodertalje/personal/rapporter/enkat/fraga/${id}`)).status).toBe(404);
    expect((await other.post(`/sodertalje/personal/rapporter/enkat/fraga/${id}`, { svar_all: 'no' })).status).toBe(404);
    expect((await other.post(`/sodertalje/personal/rapporter/enkat/fraga/${id}/ta-bort`, { confirm: 'yes' })).status).toBe(404);
    expect((await new Agent(t.app).get(`/${slug}/personal/rapporter/enkat`)).status).toBe(303);
  });
});
