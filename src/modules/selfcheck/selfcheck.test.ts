// HTTP tier: the citizen's anonymous self-check on every dialect.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { BREDVID_INSTRUMENT } from './bredvid-instrument.js';
import { formFields, rowCounts, submit, walkOnePerScreen } from '../../../test/form-kit.js';

const items = BREDVID_INSTRUMENT.items;
const reversed = (key: string) => items.find((i) => i.key === key)!.reversed;

describe.each(DIALECTS)('belastningskoll for citizens on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['sodertalje', 'hassleholm'] });
  });
  afterAll(async () => t?.close());

  it('starts anonymously, in Swedish, lätt svenska and English, and says nothing is saved', async () => {
    const a = new Agent(t.app);
    const sv = await a.get('/sodertalje/belastningskoll');
    expect(sv.status).toBe(200);
    expect(sv.$('h1').text()).toBe('Belastningskoll');
    expect(text(sv)).toContain('Du är anonym och dina svar sparas inte');
    expect(sv.$('input[name=mode]').length).toBe(2);
    expect(sv.$('input[name=group]').length).toBe(7); // the six target groups and "none"
    expect(sv.$('main form').attr('method')).toBe('post');
    const easy = await a.get('/sodertalje/belastningskoll?lang=sv-easy');
    expect(easy.$('h1').text()).toBe('Hur tungt är det för dig?');
    const en = await a.get('/sodertalje/belastningskoll?lang=en');
    expect(en.$('h1').text()).toBe('Carer self-check');
    expect(text(en)).toContain('Answer based on the last few weeks');
  });

  it('never lets "Next" without an answer skip the question, and says so in the reader’s language', async () => {
    const a = new Agent(t.app);
    const start = await a.get('/sodertalje/belastningskoll?lang=en');
    const q1 = await submit(a, start, 'main form', { mode: 'one' }, ['action', 'start']);
    const missing = await submit(a, q1, 'main form', {}, ['action', 'next']);
    expect(missing.status).toBe(400);
    expect(missing.$('.error-summary').text()).toContain('Choose an answer');
    expect(missing.$('h1').text()).toBe(q1.$('h1').text());
    // Twice in a row still stays on question 1: no answer is ever recorded as a skip.
    const again = await submit(a, missing, 'main form', {}, ['action', 'next']);
    expect(again.status).toBe(400);
    expect(formFields(again, 'main form').fields).not.toHaveProperty(`a_${items[0].key}`);
    expect(formFields(again, 'main form').fields.step).toBe('0');
  });

  it('goes one question per screen with progress, back keeps answers, and the result explains and suggests', async () => {
    const a = new Agent(t.app);
    const start = await a.get('/sodertalje/belastningskoll');
    const q1 = await submit(a, start, 'main form', { mode: 'one', group: 'older' }, ['action', 'start']);
    expect(q1.status).toBe(200);
    expect(text(q1)).toContain('Fråga 1 av 14');
    expect(q1.$('h1').text()).toBe(items[0].text.sv);
    expect(q1.$('main button[value=back]').length).toBe(0);
    // Next without an answer: the same question with a message tied to it.
    const missing = await submit(a, q1, 'main form', {}, ['action', 'next']);
    expect(missing.status).toBe(400);
    expect(missing.$('.error-summary a').attr('href')).toBe('#f-a_tid1');
    expect(missing.$('#f-a_tid1-error').text()).toContain('Välj ett svar');
    expect(missing.$('.error-summary').text()).toContain('Välj ett svar');
    expect(text(missing)).toContain('Fråga 1 av 14');
    expect(formFields(missing, 'main form').fields.step).toBe('0');
    const q2 = await submit(a, missing, 'main form', { a_tid1: '4' }, ['action', 'next']);
    expect(text(q2)).toContain('Fråga 2 av 14');
    expect(formFields(q2, 'main form').fields).toMatchObject({ a_tid1: '4', mode: 'one', group: 'older', step: '1' });
    const q3 = await submit(a, q2, 'main form', { a_tid2: '3' }, ['action', 'next']);
    // Back: question 2 again with its answer still chosen, question 1's answer still carried.
    const back = await submit(a, q3, 'main form', {}, ['action', 'back']);
    expect(text(back)).toContain('Fråga 2 av 14');
    expect(back.$('input[name=a_tid2][value="3"]').attr('checked')).toBeDefined();
    expect(formFields(back, 'main form').fields.a_tid1).toBe('4');
    // Answer the rest: heavy on burden statements, light on positive ones; skip one.
    let page = await submit(a, back, 'main form', {}, ['action', 'next']);
    for (let i = 2; i < items.length; i++) {
      const key = items[i].key;
      expect(text(page)).toContain(`Fråga ${i + 1} av 14`);
      page = key === 'socialt3' ? await submit(a, page, 'main form', {}, ['action', 'skip'])
        : await submit(a, page, 'main form', { [`a_${key}`]: reversed(key) ? '1' : '4' }, ['action', 'next']);
    }
    expect(page.status).toBe(200);
    expect(page.$('h1').text()).toBe('Ditt resultat');
    const body = text(page);
    expect(body).toContain('Du svarade på 13 av 14 frågor.');
    expect(body).toContain('Dina svar är inte sparade');
    for (const d of BREDVID_INSTRUMENT.dimensions) expect(body).toContain(d.name.sv);
    expect(body).toContain('Hög belastning');
    expect(body).toContain(BREDVID_INSTRUMENT.dimensions[0].feedback.hog.sv);
    // tid: 4,3,4,(reversed 1→4) = 3.75
    expect(body).toContain('Medelvärde 3,8 på en skala från 1 till 4.');
    // Suggestions come from the catalogue and link to published offerings of this municipality.
    const links = page.$('main .cards a[href*="/stod/"]').map((_, e) => page.$(e).attr('href')).get();
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      expect(href.startsWith('/sodertalje/stod/')).toBe(true);
      expect((await a.get(href)).status).toBe(200);
    }
    expect(page.$('main a[href="/sodertalje/aktiviteter"]').length).toBe(1);
    // Upcoming events for carers from the events module, each opening.
    const events = page.$('main a[href^="/sodertalje/aktiviteter/"]').map((_, e) => page.$(e).attr('href')).get();
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThanOrEqual(3);
    for (const href of events) expect((await a.get(href)).status).toBe(200);
    // The contact request carries the result only when the carer presses the button and then sends that form.
    const contact = formFields(page, 'form[action="/sodertalje/kontakt"]');
    expect(Object.keys(contact.fields).sort()).toEqual(['_csrf', 'prefill', 'selfcheck']);
    expect(contact.fields.prefill).toBe('1');
    const summary = contact.fields.selfcheck as string;
    expect(summary.length).toBeLessThanOrEqual(4000);
    expect(summary).toContain('Belastningskoll: Bredvids belastningskoll, version 1');
    expect(summary).toContain('- Tid och påfrestning: Hög belastning (medelvärde 3,8)');
    expect(summary).toContain(`1. ${items[0].text.sv} – Stämmer helt (4)`);
    expect(summary).toContain('inget svar');
    // Back from the result: the last question, answers intact.
    const edit = await submit(a, page, 'main form.inline-form', {}, ['action', 'edit']);
    expect(text(edit)).toContain('Fråga 14 av 14');
    expect(formFields(edit, 'main form').fields).toMatchObject({ a_tid1: '4', a_socialt3: 'skip', counted: '1' });
  });

  it('offers all questions on one page and applies the missing-answers rule', async () => {
    const a = new Agent(t.app);
    const start = await a.get('/sodertalje/belastningskoll?lang=en');
    const all = await submit(a, start, 'main form', { mode: 'all' }, ['action', 'start']);
    expect(all.$('main fieldset').length).toBe(14);
    expect(text(all)).toContain('Question 14 of 14');
    const nothing = await submit(a, all, 'main form', {}, ['action', 'result']);
    expect(nothing.status).toBe(400);
    expect(nothing.$('.error-summary').length).toBe(1);
    // Only the health statements answered (all four), one of social life: social life is not scored.
    const answers = { a_halsa1: '2', a_halsa2: '2', a_halsa3: '2', a_halsa4: '3', a_socialt1: '4' };
    const result = await submit(a, all, 'main form', answers, ['action', 'result']);
    expect(result.$('h1').text()).toBe('Your result');
    const body = text(result);
    expect(body).toContain('You answered 5 of 14 questions.');
    expect(body).toContain('You answered too few questions for an overall result.');
    expect(body).toContain('Some strain');
    const cards = result.$('main .cards > li').map((_, e) => result.$(e).text().replace(/\s+/g, ' ')).get();
    expect(cards.find((c) => c.includes('Social life'))).toContain('Too few answers');
    expect(cards.find((c) => c.includes('Health and sleep'))).toContain('Average 2.0 on a scale from 1 to 4.');
  });

  it('stores nothing from a check but one anonymous count (month, version, overall band) and its token’s hash', async () => {
    // The demo counts half a year of completions, this month's "medel" included: start Hässleholm from
    // no counts, so the check's own count shows as a new row.
    const tenant = await t.db.selectFrom('tenants').select('id').where('slug', '=', 'hassleholm').executeTakeFirstOrThrow();
    await t.db.deleteFrom('selfcheck_counters').where('tenant_id', '=', tenant.id).execute();
    const before = await rowCounts(t.db, dialect);
    const a = new Agent(t.app);
    const pages = await walkOnePerScreen(a, 'hassleholm', (key) => (reversed(key) ? 3 : 2));
    const result = pages.at(-1)!;
    expect(result.$('h1').text()).toBe('Ditt resultat');
    const after = await rowCounts(t.db, dialect);
    const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
    expect(changed).toEqual(['selfcheck_completions', 'selfcheck_counters']);
    expect(after.selfcheck_counters - before.selfcheck_counters).toBe(1);
    expect(after.selfcheck_completions - before.selfcheck_completions).toBe(1);
    // The remembered completion: the token's SHA-256 and the day it was issued, nothing else.
    const ct = formFields(pages[1], 'main form').fields.ct as string;
    const remembered = await t.db.selectFrom('selfcheck_completions').selectAll().where('token_hash', '=', createHash('sha256').update(ct).digest('hex')).execute();
    expect(remembered).toHaveLength(1);
    expect(Object.keys(remembered[0]).sort()).toEqual(['issued_on', 'tenant_id', 'token_hash']);
    expect(remembered[0].issued_on).toBe('2026-11-25');
    const rows = await t.db.selectFrom('selfcheck_counters').selectAll().where('tenant_id', '=', tenant.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ month: '2026-11', band: 'medel', count: 1 });
    expect(Object.keys(rows[0]).sort()).toEqual(['band', 'count', 'id', 'month', 'tenant_id', 'version_id']);
    // Going back and showing the result again counts the same check once; a second check counts again, in the same row.
    const edit = await submit(a, result, 'main form.inline-form', {}, ['action', 'edit']);
    await submit(a, edit, 'main form', {}, ['action', 'next']);
    await walkOnePerScreen(new Agent(t.app), 'hassleholm', (key) => (reversed(key) ? 3 : 2));
    const again = await t.db.selectFrom('selfcheck_counters').selectAll().where('tenant_id', '=', tenant.id).execute();
    expect(again).toHaveLength(1);
    expect(again[0].count).toBe(2);
    const final = await rowCounts(t.db, dialect);
    expect(Object.keys(final).filter((k) => final[k] !== before[k])).toEqual(['selfcheck_completions', 'selfcheck_counters']);
    expect(final.selfcheck_completions - before.selfcheck_completions).toBe(2);
  });

  it('rejects bad and foreign input with a message and stores nothing', async () => {
    const a = new Agent(t.app);
    const start = await a.get('/sodertalje/belastningskoll');
    const v = start.$('input[name=v]').attr('value')!;
    const other = await new Agent(t.app).get('/hassleholm/belastningskoll');
    const otherV = other.$('input[name=v]').attr('value')!;
    const before = await rowCounts(t.db, dialect);
    const cases: [Record<string, string>, string][] = [
      [{ v, action: 'start' }, 'Välj hur du vill svara'],
      [{ v, mode: 'one', action: 'next', a_tid1: '9' }, 'Svaren kunde inte läsas'],
      [{ v, mode: 'one', action: 'result', a_tid1: '4', evil: 'x' }, 'Svaren kunde inte läsas'],
      [{ v, mode: 'one', action: 'teleport' }, 'Svaren kunde inte läsas'],
      [{ v, mode: 'one', action: 'result', a_tid1: 'x'.repeat(5000) }, 'Svaren kunde inte läsas'],
      [{ v, mode: 'one', action: 'result', group: 'martians' }, 'Välj en av grupperna'],
      [{ v: otherV, mode: 'all', action: 'result', a_tid1: '4' }, 'Börja gärna om'],
      [{ v: '00000000-0000-4000-8000-000000000000', mode: 'all', action: 'result', a_tid1: '4' }, 'Börja gärna om'],
      [{ v: 'not-a-uuid', mode: 'all', action: 'result' }, 'Börja gärna om'],
    ];
    for (const [form, message] of cases) {
      const res = await a.post('/sodertalje/belastningskoll', form);
      expect({ form: Object.keys(form), status: res.status }).toEqual({ form: Object.keys(form), status: 400 });
      expect(text(res)).toContain(message);
      expect(res.$('h1').text()).toBe('Belastningskoll');
    }
    expect((await a.post('/sodertalje/belastningskoll', { v, mode: 'one', action: 'start' }, { csrf: null })).status).toBe(403);
    expect(await rowCounts(t.db, dialect)).toEqual(before);
  });

  it('finishes a check on the version it began with when a new version is published meanwhile', async () => {
    const a = new Agent(t.app);
    const start = await a.get('/sodertalje/belastningskoll');
    const v1 = start.$('input[name=v]').attr('value')!;
    const q1 = await submit(a, start, 'main form', { mode: 'one' }, ['action', 'start']);
    const countsOf = async (versionId: string) => (await t.db.selectFrom('selfcheck_counters').select('count').where('version_id', '=', versionId).execute())
      .reduce((sum, r) => sum + Number(r.count), 0);
    const v1Before = await countsOf(v1);
    // Meanwhile the admin rewords statement 1 and publishes version 2.
    const admin = await signIn(t.app, 'sodertalje', demoUser(t, 'sodertalje', 'admin').email);
    const list = await admin.get('/sodertalje/personal/belastningskoll/instrument');
    const href = list.$('main table a').first().attr('href')!;
    const item = await admin.get(`${href}/fraga/tid1`);
    expect((await submit(admin, item, 'main form', { text_sv: 'Omformulerat påstående om tid.' })).status).toBe(303);
    expect((await admin.post(`${href}/publicera`)).status).toBe(303);
    // The carer continues on version 1 and sees its wording.
    const q2 = await submit(a, q1, 'main form', { a_tid1: '2' }, ['action', 'next']);
    expect(q2.status).toBe(200);
    let page = q2;
    for (let i = 1; i < items.length; i++) page = await submit(a, page, 'main form', { [`a_${items[i].key}`]: '2' }, ['action', 'next']);
    expect(formFields(page, 'form[action="/sodertalje/kontakt"]').fields.selfcheck).toContain('version 1');
    expect(formFields(page, 'form[action="/sodertalje/kontakt"]').fields.selfcheck).toContain(items[0].text.sv);
    expect(await countsOf(v1)).toBe(v1Before + 1);
    // A new carer starts on version 2 with the new wording.
    const fresh = new Agent(t.app);
    const s2 = await fresh.get('/sodertalje/belastningskoll');
    expect(s2.$('input[name=v]').attr('value')).not.toBe(v1);
    const n1 = await submit(fresh, s2, 'main form', { mode: 'one' }, ['action', 'start']);
    expect(n1.$('h1').text()).toBe('Omformulerat påstående om tid.');
  });

  it('says the check is not available when no instrument is offered', async () => {
    const admin = await signIn(t.app, 'hassleholm', demoUser(t, 'hassleholm', 'admin').email);
    const list = await admin.get('/hassleholm/personal/belastningskoll/instrument');
    const href = list.$('main table a').first().attr('href')!;
    expect((await admin.post(`${href}/sluta-erbjuda`)).status).toBe(303);
    const page = await new Agent(t.app).get('/hassleholm/belastningskoll');
    expect(page.status).toBe(200);
    expect(text(page)).toContain('inte tillgänglig just nu');
    expect(page.$('main form').length).toBe(0);
    expect((await admin.post(`${href}/erbjud`)).status).toBe(303);
    expect((await new Agent(t.app).get('/hassleholm/belastningskoll')).$('main form').length).toBe(1);
  });
});

describe('belastningskoll logging', () => {
  it('writes no answer, statement or result to any log line, even at trace level', async () => {
    // Capture what pino writes to stdout/stderr (sonic-boom writes through fs.write / fs.writeSync).
    const lines: string[] = [];
    const capture = (fd: number, data: unknown) => {
      if (fd !== 1 && fd !== 2) return false;
      lines.push(...String(data).split('\n').filter(Boolean));
      return true;
    };
    const realWrite = fs.write;
    const realWriteSync = fs.writeSync;
    const w = vi.spyOn(fs, 'write').mockImplementation(((fd: number, data: unknown, ...rest: unknown[]) => {
      if (!capture(fd, data)) return (realWrite as (...a: unknown[]) => void)(fd, data, ...rest);
      const cb = rest.find((x) => typeof x === 'function') as ((e: null, n: number) => void) | undefined;
      cb?.(null, Buffer.byteLength(String(data)));
    }) as typeof fs.write);
    const ws = vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, data: unknown, ...rest: unknown[]) => (
      capture(fd, data) ? Buffer.byteLength(String(data)) : (realWriteSync as (...a: unknown[]) => number)(fd, data, ...rest)
    )) as typeof fs.writeSync);
    const t = await buildTestApp('sqlite', { slugs: ['vetlanda'], config: { LOG_LEVEL: 'trace' } });
    try {
      const a = new Agent(t.app);
      const pages = await walkOnePerScreen(a, 'vetlanda', (key, i) => (i === 3 ? 'skip' : reversed(key) ? 1 : 4), 'mental_health');
      const result = pages.at(-1)!;
      const summary = formFields(result, 'form[action="/vetlanda/kontakt"]').fields.selfcheck as string;
      await a.post('/vetlanda/belastningskoll', { v: result.$('input[name=v]').attr('value')!, mode: 'one', action: 'next', a_tid1: '9' });
      await new Promise((r) => setTimeout(r, 50));
      const requestLines = lines.filter((l) => l.includes('"route":"/:tenant/belastningskoll"'));
      expect(requestLines.length).toBeGreaterThanOrEqual(pages.length);
      const secrets = [
        ...items.map((i) => `a_${i.key}`), ...items.map((i) => i.text.sv.slice(0, 30)),
        ...BREDVID_INSTRUMENT.scale.map((s) => s.label.sv), summary.split('\n')[1], 'mental_health', 'selfcheck',
      ];
      for (const line of lines) {
        for (const secret of secrets) expect({ line, secret, found: line.includes(secret) }).toEqual({ line, secret, found: false });
      }
      for (const line of requestLines) {
        const keys = Object.keys(JSON.parse(line) as object);
        expect(keys.every((k) => ['level', 'time', 'pid', 'hostname', 'reqId', 'msg', 'method', 'route', 'status', 'ms'].includes(k))).toBe(true);
      }
    } finally {
      await t.close();
      w.mockRestore();
      ws.mockRestore();
    }
  });
});
