import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { Agent, buildTestApp, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { listPartners } from '../partners/service.js';
import { WRONG_TYPE } from './service.js';
import { PNG, smallDocx, smallPdf } from '../../../test/governance-files.js';
import { download, upload } from '../../../test/upload.js';
import { createEvent } from '../../../test/events.js';

const email = (t: TestApp, slug: string, key: string) => t.seeds.get(slug)!.data.staff.find((s) => s.key === key)!.email;
const count = async (t: TestApp, table: 'governance_members' | 'governance_meetings' | 'governance_attachments') =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe.each(DIALECTS)('governance on %s', (dialect) => {
  let t: TestApp;
  let strateg: Agent;
  let styrgrupp: string;
  let meetingId: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['hassleholm', 'sodertalje'] });
    strateg = await signIn(t.app, 'hassleholm', email(t, 'hassleholm', 'strateg'));
    styrgrupp = t.seeds.get('hassleholm')!.bodyIds.get('styrgrupp')!;
    meetingId = (await t.db.selectFrom('governance_meetings').select('id').where('body_id', '=', styrgrupp).orderBy('date').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => t?.close());

  it('lists the municipality’s own bodies with frequency and members', async () => {
    const page = await strateg.get('/hassleholm/personal/styrning');
    expect(page.status).toBe(200);
    const names = page.$('tbody tr td:first-child').map((_, e) => page.$(e).text()).get();
    expect(names).toEqual(expect.arrayContaining(['Styrgruppen för anhörigstöd', 'Anhörigrådet', 'Arbetsgrupp för anhörigstöd']));
    const row = page.$('tbody tr').filter((_, e) => page.$(e).text().includes('Styrgruppen')).text();
    expect(row).toContain('4 gånger per år');
    const body = await strateg.get(`/hassleholm/personal/styrning/${styrgrupp}`);
    expect(text(body)).toContain('Kerstin Holmqvist'); // a member with an account
    expect(text(body)).toContain('Lars Bergkvist'); // a named member without one
    // The associations of the partner directory sit in the anhörigråd through their representatives.
    const council = await strateg.get(`/hassleholm/personal/styrning/${t.seeds.get('hassleholm')!.bodyIds.get('anhorigrad')}`);
    const councilPartners = t.seeds.get('hassleholm')!.data.partners.filter((p) => p.councilMember).map((p) => p.name);
    const organisations = council.$('tbody tr td:nth-child(2)').map((_, e) => council.$(e).text()).get();
    for (const name of councilPartners) expect(organisations).toContain(name);
    const sodertaljeBody = t.seeds.get('sodertalje')!.bodyIds.get('arbetsgrupp')!;
    expect((await strateg.get(`/hassleholm/personal/styrning/${sodertaljeBody}`)).status).toBe(404);
    expect((await strateg.post(`/hassleholm/personal/styrning/${sodertaljeBody}/moten`, { date: '2027-01-10' })).status).toBe(404);
    expect((await strateg.get('/hassleholm/personal/styrning/nope')).status).toBe(404);
  });

  it('lets readers with plans:read in, without edit forms, and keeps others out', async () => {
    const board = await signIn(t.app, 'hassleholm', email(t, 'hassleholm', 'namndordforande'));
    const page = await board.get(`/hassleholm/personal/styrning/${styrgrupp}`);
    expect(page.status).toBe(200);
    expect(page.$('form[action$="/medlemmar"]').length).toBe(0);
    expect((await board.get('/hassleholm/personal/styrning/arshjul')).status).toBe(200);
    expect((await board.post(`/hassleholm/personal/styrning/${styrgrupp}/moten`, { date: '2027-01-10' })).status).toBe(403);
    expect((await upload(t.app, board, `/hassleholm/personal/styrning/moten/${meetingId}/bilagor`, { kind: 'agenda' }, { name: 'a.pdf', content: await smallPdf() })).status).toBe(403);
    const manager = await signIn(t.app, 'hassleholm', email(t, 'hassleholm', 'enhetschef-tyringe'));
    expect((await manager.get('/hassleholm/personal/styrning')).status).toBe(403);
    expect((await manager.get(`/hassleholm/personal/styrning/moten/${meetingId}`)).status).toBe(403);
    const res = await new Agent(t.app).get('/hassleholm/personal/styrning/arshjul');
    expect(res.status).toBe(303);
  });

  it('adds members of every kind and refuses bad ones with Swedish messages, storing nothing', async () => {
    const h = t.seeds.get('hassleholm')!;
    const partner = (await listPartners(t.db, h.tenantId))[0];
    const board = (await t.db.selectFrom('users').select('id').where('email', '=', email(t, 'hassleholm', 'myndighetschef')).executeTakeFirstOrThrow()).id;
    const otherTenantUser = (await t.db.selectFrom('users').select('id').where('email', '=', email(t, 'sodertalje', 'admin')).executeTakeFirstOrThrow()).id;
    const before = await count(t, 'governance_members');
    const bad: [Record<string, string>, string][] = [
      [{}, 'kind'],
      [{ kind: 'user' }, 'userId'],
      [{ kind: 'partner', partnerId: partner.id }, 'name'],
      [{ kind: 'partner', name: 'Anna' }, 'partnerId'],
      [{ kind: 'person', name: 'x'.repeat(121) }, 'name'],
      [{ kind: 'user', userId: '00000000-0000-4000-8000-000000000000' }, 'userId'],
      [{ kind: 'user', userId: otherTenantUser }, 'userId'],
      [{ kind: 'partner', partnerId: '00000000-0000-4000-8000-000000000000', name: 'Anna' }, 'partnerId'],
      [{ kind: 'person', name: 'Anna', role: 'x' }, '_form'],
      [{ kind: 'user', userId: (await t.db.selectFrom('users').select('id').where('email', '=', email(t, 'hassleholm', 'strateg')).executeTakeFirstOrThrow()).id }, 'userId'],
    ];
    for (const [form, field] of bad) {
      const res = await strateg.post(`/hassleholm/personal/styrning/${styrgrupp}/medlemmar`, form);
      expect({ form, status: res.status }).toEqual({ form, status: 400 });
      expect(res.$('.error-summary').length).toBe(1);
      if (field !== '_form') expect(res.$(`#f-${field}-error`).text().length, JSON.stringify(form)).toBeGreaterThan(0);
    }
    expect(await count(t, 'governance_members')).toBe(before);
    for (const form of [{ kind: 'user', userId: board, roleInBody: 'Adjungerad' }, { kind: 'partner', partnerId: partner.id, name: 'Ebba Rydén', roleInBody: 'Representant' }, { kind: 'person', name: 'Olle Kvist' }]) {
      expect((await strateg.post(`/hassleholm/personal/styrning/${styrgrupp}/medlemmar`, form)).status).toBe(303);
    }
    const page = await strateg.get(`/hassleholm/personal/styrning/${styrgrupp}`);
    const ebba = page.$('tbody tr').filter((_, e) => page.$(e).text().includes('Ebba Rydén'));
    expect(ebba.text()).toContain(partner.name);
    expect(text(page)).toContain('Annika Jönsson');
    const remove = ebba.find('form').attr('action')!;
    expect((await strateg.post(remove, { confirm: 'yes' })).status).toBe(303);
    expect(await count(t, 'governance_members')).toBe(before + 2);
    expect((await strateg.post(remove, { confirm: 'yes' })).status).toBe(404);
  });

  it('keeps the meeting frequency and meetings, refusing bad dates and times', async () => {
    expect((await strateg.post(`/hassleholm/personal/styrning/${styrgrupp}/frekvens`, { meetingsPerYear: 'fyra' })).status).toBe(400);
    expect((await strateg.post(`/hassleholm/personal/styrning/${styrgrupp}/frekvens`, { meetingsPerYear: '6' })).status).toBe(303);
    expect(text(await strateg.get(`/hassleholm/personal/styrning/${styrgrupp}`))).toContain('6 gånger per år');
    const before = await count(t, 'governance_meetings');
    for (const form of [{}, { date: '2027-02-30' }, { date: '2027-02-03', startTime: '25:00' }, { date: '2027-02-03', topic: 'x'.repeat(301) }, { date: '2027-02-03', where: 'x' }]) {
      const res = await strateg.post(`/hassleholm/personal/styrning/${styrgrupp}/moten`, form);
      expect({ form, status: res.status }).toEqual({ form, status: 400 });
    }
    expect(await count(t, 'governance_meetings')).toBe(before);
    expect((await strateg.post(`/hassleholm/personal/styrning/${styrgrupp}/moten`, { date: '2027-02-03', startTime: '13:30', place: 'Stadshuset', topic: 'Extra möte om budgeten' }, { csrf: null })).status).toBe(403);
    expect((await strateg.post(`/hassleholm/personal/styrning/${styrgrupp}/moten`, { date: '2027-02-03', startTime: '13:30', place: 'Stadshuset', topic: 'Extra möte om budgeten' })).status).toBe(303);
    const wheel = await strateg.get('/hassleholm/personal/styrning/arshjul?ar=2027');
    expect(wheel.status).toBe(200);
    expect(wheel.$('svg[role="img"] title').first().text()).toBe('Årshjul 2027');
    expect(wheel.$('section[aria-labelledby^="month-"]').length).toBe(12);
    expect(wheel.$('#month-7').parent().text()).toContain('Inga möten eller aktiviteter i juli'); // BOSS and the others rest in July
    const february = wheel.$('#month-2').parent();
    expect(february.text()).toContain('Möte: Extra möte om budgeten');
    expect(february.text()).toContain('Styrgruppen för anhörigstöd');
    // Planned activities come from the events engine, linked to their staff page.
    const now = await strateg.get('/hassleholm/personal/styrning/arshjul');
    expect(now.$('h1').text()).toBe('Årshjul 2026');
    const activity = now.$('main a[href*="/personal/aktiviteter/"]').filter((_, e) => now.$(e).text().includes('Anhörigombudsdag'));
    expect(activity.length).toBeGreaterThan(0);
  });

  it('puts an event in each month of the wheel that its sessions reach, across the turn of the year', async () => {
    // Eight weekly sessions from 1 December 2026: five in December, three in January 2027.
    await createEvent(strateg, 'hassleholm', { title: 'Årsskiftesgruppen', firstDate: '2026-12-01', count: '8', intervalDays: '7' });
    const entry = (year: number, month: number) => {
      return strateg.get(`/hassleholm/personal/styrning/arshjul?ar=${year}`).then((p) => p.$(`#month-${month}`).parent().find('tbody tr')
        .filter((_, e) => p.$(e).text().includes('Årsskiftesgruppen')).map((_, e) => p.$(e).text().replace(/\s+/g, ' ').trim()).get());
    };
    expect((await entry(2026, 12)).join()).toContain('Anhöriggrupp, 5 träffar');
    expect((await entry(2027, 1)).join()).toContain('Anhöriggrupp, 3 träffar');
    expect(await entry(2027, 2)).toEqual([]);
    expect(text(await strateg.get('/hassleholm/personal/styrning/arshjul?ar=2028'))).not.toContain('Årsskiftesgruppen');
  });

  it('refuses a renamed PNG with a Swedish message and accepts a real PDF and DOCX, served as downloads', async () => {
    const url = `/hassleholm/personal/styrning/moten/${meetingId}/bilagor`;
    const before = await count(t, 'governance_attachments');
    const png = await upload(t.app, strateg, url, { kind: 'minutes' }, { name: 'protokoll.pdf', content: PNG, type: 'application/pdf' });
    expect(png.status).toBe(400);
    expect(png.$('#f-file-error').text()).toContain(WRONG_TYPE);
    expect(png.$('.error-summary').text()).toContain('PDF eller ett Word-dokument');
    for (const [fields, file] of [
      [{}, { name: 'a.pdf', content: await smallPdf() }],
      [{ kind: 'minutes' }, undefined],
      [{ kind: 'budget' }, { name: 'a.pdf', content: await smallPdf() }],
      [{ kind: 'minutes', extra: '1' }, { name: 'a.pdf', content: await smallPdf() }],
    ] as const) {
      const res = await upload(t.app, strateg, url, fields, file);
      expect({ fields, status: res.status }).toEqual({ fields, status: 400 });
      expect(res.$('.error-summary').length).toBe(1);
    }
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await upload(t.app, strateg, url, { kind: 'minutes' }, { name: 'stor.pdf', content: big });
    expect(tooBig.status).toBe(413);
    expect(tooBig.$('#f-file-error').text()).toContain('högst 10 MB');
    expect((await upload(t.app, strateg, url, { kind: 'minutes' }, { name: 'a.pdf', content: await smallPdf() }, { csrf: null })).status).toBe(403);
    expect(await count(t, 'governance_attachments')).toBe(before);

    const pdf = await smallPdf('Dagordning för styrgruppen');
    const ok = await upload(t.app, strateg, url, { kind: 'agenda' }, { name: 'Dagordning styrgruppen.pdf', content: pdf, type: 'application/octet-stream' });
    expect(ok.status).toBe(303);
    const docx = await upload(t.app, strateg, url, { kind: 'minutes' }, { name: 'Protokoll från rådet', content: smallDocx() });
    expect(docx.status).toBe(303);
    const page = await strateg.get(`/hassleholm/personal/styrning/moten/${meetingId}`);
    const links = page.$('main table a').map((_, e) => page.$(e).attr('href')).get();
    expect(links).toHaveLength(2);
    const got = await download(t.app, strateg, links[0]);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['content-disposition']).toBe(`attachment; filename="Dagordning styrgruppen.pdf"; filename*=UTF-8''Dagordning%20styrgruppen.pdf`);
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.rawPayload.equals(pdf)).toBe(true);
    const word = await download(t.app, strateg, links[1]);
    expect(word.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(word.headers['content-disposition']).toContain('filename="Protokoll fran radet.docx"');
    const audit = await t.db.selectFrom('audit_log').select('action').where('action', '=', 'governance.attachment_download').execute();
    expect(audit.length).toBe(2);

    // Another municipality cannot download it, nor upload to the meeting.
    const other = await signIn(t.app, 'sodertalje', email(t, 'sodertalje', 'konsulent-aldre'));
    expect((await download(t.app, other, links[0].replace('/hassleholm/', '/sodertalje/'))).statusCode).toBe(404);
    expect((await upload(t.app, other, url.replace('/hassleholm/', '/sodertalje/'), { kind: 'agenda' }, { name: 'a.pdf', content: pdf })).status).toBe(404);
    const removeAction = page.$('form[action*="/bilagor/"][action$="/ta-bort"]').first().attr('action')!;
    expect((await strateg.post(removeAction, { confirm: 'yes' })).status).toBe(303);
    expect((await download(t.app, strateg, links[0])).statusCode).toBe(404);
  });

  it('answers a truncated or boundary-less upload with 400 and a form message, and drops bidi overrides from file names', async () => {
    const url = `/hassleholm/personal/styrning/moten/${meetingId}/bilagor?_csrf=${encodeURIComponent(strateg.csrf)}`;
    const cookie = ['bredvid_sid', 'bredvid_csrf'].filter((n) => strateg.hasCookie(n)).map((n) => `${n}=${strateg.cookie(n)}`).join('; ');
    const before = await count(t, 'governance_attachments');
    const pdf = await smallPdf();
    const whole = Buffer.concat([Buffer.from('--b0\r\nContent-Disposition: form-data; name="kind"\r\n\r\nminutes\r\n--b0\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n'), pdf, Buffer.from('\r\n--b0--\r\n')]);
    for (const [type, payload] of [
      ['multipart/form-data; boundary=b0', whole.subarray(0, whole.length - 400)],
      ['multipart/form-data', whole],
      ['multipart/form-data; boundary=other', whole],
      ['multipart/form-data; boundary=b0', Buffer.from('--b0\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nX')],
    ] as const) {
      const res = await t.app.inject({ method: 'POST', url, payload, headers: { cookie, 'content-type': type } });
      expect({ type, status: res.statusCode }).toEqual({ type, status: 400 });
      expect(load(res.body)('.error-summary').text()).toMatch(/gick inte att läsa|Välj en fil/);
    }
    expect(await count(t, 'governance_attachments')).toBe(before);
    const ok = await upload(t.app, strateg, `/hassleholm/personal/styrning/moten/${meetingId}/bilagor`, { kind: 'agenda' }, { name: 'passwd\u202Egpj.pdf', content: pdf });
    expect(ok.status).toBe(303);
    const names = (await t.db.selectFrom('governance_attachments').select('filename').execute()).map((r) => r.filename);
    expect(names).toContain('passwdgpj.pdf');
    expect(names.some((n) => /[\u202A-\u202E\u2066-\u2069]/.test(n))).toBe(false);
  });

  it('serves the demo minutes of the latest steering-group meeting', async () => {
    const seeded = await t.db.selectFrom('governance_attachments').innerJoin('governance_meetings', 'governance_meetings.id', 'governance_attachments.meeting_id')
      .select(['governance_attachments.id', 'governance_attachments.file_type']).where('governance_meetings.body_id', '=', styrgrupp)
      .where('governance_attachments.uploaded_by', 'is', null).execute();
    expect(seeded).toHaveLength(1);
    const res = await download(t.app, strateg, `/hassleholm/personal/styrning/bilagor/${seeded[0].id}`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
