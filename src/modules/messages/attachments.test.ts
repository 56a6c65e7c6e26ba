// Attachments on secure messages: multipart forms on both sides, the type by content, limits
// with localized messages and nothing stored, downloads with safe headers, staff reads audited,
// deletion with the account and the subject-access export.
import { randomBytes } from 'node:crypto';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildTestApp, demoUser, DIALECTS, expectServerErrors, signIn, text, type Page, type TestApp } from '../../../test/harness.js';
import { signInCarer } from '../../../test/carer-session.js';
import { sniffType } from './attachments.js';

const SLUG = 'vetlanda';
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(200)]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(100)]);
const TXT = Buffer.from('Anteckning från läkarbesöket, ÅÄÖ.\n');
const EXE = Buffer.concat([Buffer.from('MZ'), randomBytes(100)]);

interface FilePart { name: string; content: Buffer; type?: string }

async function postMultipart(t: TestApp, agent: Agent, url: string, fields: Record<string, string>, files: FilePart[], raw?: Buffer): Promise<Page> {
  const boundary = `----bredvid${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const f of files) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: ${f.type ?? 'application/octet-stream'}\r\n\r\n`), f.content, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  const cookie = ['bredvid_sid', 'bredvid_csrf', 'bredvid_carer', 'bredvid_lang'].filter((n) => agent.hasCookie(n)).map((n) => `${n}=${agent.cookie(n)}`).join('; ');
  const res = await t.app.inject({ method: 'POST', url: `${url}?_csrf=${encodeURIComponent(agent.csrf)}`, payload: raw ?? Buffer.concat(chunks),
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` }, remoteAddress: agent.address });
  return { status: res.statusCode, headers: res.headers, body: res.body, $: load(res.body), location: res.headers.location as string | undefined };
}

describe('sniffType', () => {
  it('goes by the content, not the name', () => {
    expect(sniffType(PDF)).toBe('application/pdf');
    expect(sniffType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]))).toBe('image/jpeg');
    expect(sniffType(PNG)).toBe('image/png');
    expect(sniffType(TXT)).toBe('text/plain');
    expect(sniffType(Buffer.from('text\0with nul'))).toBeUndefined();
    expect(sniffType(Buffer.from([0xc3, 0x28]))).toBeUndefined();
    expect(sniffType(Buffer.alloc(0))).toBeUndefined();
  });
});

describe.each(DIALECTS)('message attachments on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: [SLUG] });
  });
  afterAll(async () => t?.close());

  const count = async () => Number((await t.db.selectFrom('message_attachments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('carer and staff attach files; downloads are safe, staff downloads audited; deleted with the account', async () => {
    const carer = await signInCarer(t, SLUG, 'bilagor@example.se');
    await carer.get(`/${SLUG}/mina-sidor/meddelanden/ny`);
    const form = await carer.get(`/${SLUG}/mina-sidor/meddelanden/ny`);
    expect(form.$('form[enctype="multipart/form-data"] input[type="file"][name="files"][multiple]').length).toBe(1);
    expect(form.$('label[for="f-files"]').text()).toBe('Bilagor (frivilligt)');

    const sent = await postMultipart(t, carer, `/${SLUG}/mina-sidor/meddelanden/ny`, { requestId: '', subject: 'Intyg', body: 'Här är intyget QWX' },
      [{ name: 'intyg.pdf', content: PDF, type: 'image/png' }, { name: 'bild.txt', content: PNG }]);
    expect(sent.status).toBe(303);
    const threadId = sent.location!.split('/meddelanden/')[1]!.split('?')[0]!;
    const rows = await t.db.selectFrom('message_attachments').select(['id', 'filename', 'content_type', 'size']).where('thread_id', '=', threadId).orderBy('filename').execute();
    expect(rows.map((r) => [r.filename, r.content_type, Number(r.size)])).toEqual([['bild.txt', 'image/png', PNG.length], ['intyg.pdf', 'application/pdf', PDF.length]]);

    const page = await carer.get(`/${SLUG}/mina-sidor/meddelanden/${threadId}`);
    const link = page.$('.message-attachments a').filter((_, a) => load(a).text() === 'intyg.pdf').attr('href')!;
    expect(link).toBe(`/${SLUG}/mina-sidor/meddelanden/${threadId}/bilagor/${rows[1]!.id}`);
    const file = await t.app.inject({ method: 'GET', url: link, headers: { cookie: `bredvid_carer=${carer.cookie('bredvid_carer')}` } });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF)).toBe(true);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="intyg.pdf"/);
    expect(file.headers['x-content-type-options']).toBe('nosniff');

    // Another carer cannot fetch it.
    const other = await signInCarer(t, SLUG, 'annan@example.se');
    expect((await other.get(link)).status).toBe(404);

    // Staff in scope see and download it (audited), and reply with a text file.
    const staff = await signIn(t.app, SLUG, demoUser(t, SLUG, 'specialist').email);
    const thread = await staff.get(`/${SLUG}/personal/meddelanden/${threadId}`);
    expect(thread.status).toBe(200);
    const staffLink = thread.$('.message-attachments a').first().attr('href')!;
    const staffFile = await staff.get(staffLink);
    expect(staffFile.status).toBe(200);
    expect(staffFile.headers['content-disposition']).toMatch(/^attachment;/);
    expect(staffFile.headers['x-content-type-options']).toBe('nosniff');
    const audits = await t.db.selectFrom('audit_log').select('user_id').where('action', '=', 'message_attachment.read').where('subject_id', '=', threadId).execute();
    expect(audits).toHaveLength(1);
    expect(audits[0]!.user_id).toBeTruthy();
    await staff.get(`/${SLUG}/personal/meddelanden/${threadId}`);
    const replied = await postMultipart(t, staff, `/${SLUG}/personal/meddelanden/${threadId}`, { body: 'Tack, här är anteckningen' }, [{ name: 'anteckning.txt', content: TXT }]);
    expect(replied.status).toBe(303);
    const txt = await t.db.selectFrom('message_attachments').select(['content_type', 'message_id']).where('filename', '=', 'anteckning.txt').executeTakeFirstOrThrow();
    expect(txt.content_type).toBe('text/plain');
    const staffMsg = await t.db.selectFrom('thread_messages').select('author').where('id', '=', txt.message_id).executeTakeFirstOrThrow();
    expect(staffMsg.author).toBe('staff');

    // A URL-encoded reply without files still works.
    await carer.get(`/${SLUG}/mina-sidor/meddelanden/${threadId}`);
    expect((await carer.post(`/${SLUG}/mina-sidor/meddelanden/${threadId}`, { body: 'Utan bilaga' })).status).toBe(303);

    // Deleting the account deletes the attachments.
    const del = await t.db.selectFrom('message_attachments').select('id').where('thread_id', '=', threadId).execute();
    expect(del).toHaveLength(3);
    const accountId = (await t.db.selectFrom('message_threads').select('account_id').where('id', '=', threadId).executeTakeFirstOrThrow()).account_id;
    const { deleteForAccounts, exportForAccounts } = await import('./service.js');
    const tenantId = await tenantIdOf(t);
    // The subject-access export names each attachment with its size and type (not the content).
    const exported = (await exportForAccounts(t.db, tenantId, [accountId])).flatMap((th) => th.messages.flatMap((m) => m.attachments));
    expect(exported.map((a) => [a.filename, a.contentType, a.size]).sort()).toEqual([
      ['anteckning.txt', 'text/plain', TXT.length], ['bild.txt', 'image/png', PNG.length], ['intyg.pdf', 'application/pdf', PDF.length],
    ]);
    await t.db.transaction().execute(async (trx) => void (await deleteForAccounts(trx, tenantId, [accountId], new Date(), 'test')));
    expect(await t.db.selectFrom('message_attachments').select('id').where('thread_id', '=', threadId).execute()).toHaveLength(0);
    expect(expectServerErrors(t)).toEqual([]);
  });

  it('refuses wrong type, too many and too large with a localized message, keeps the text, stores nothing', async () => {
    const carer = await signInCarer(t, SLUG, 'fel@example.se');
    await carer.get(`/${SLUG}/mina-sidor/meddelanden/ny?lang=en`);
    const before = await count();
    const url = `/${SLUG}/mina-sidor/meddelanden/ny`;
    const fields = { requestId: '', subject: 'Fel', body: 'Min text ska finnas kvar' };

    const wrong = await postMultipart(t, carer, url, fields, [{ name: 'intyg.pdf', content: EXE, type: 'application/pdf' }]);
    expect(wrong.status).toBe(400);
    expect(wrong.$('.error-summary a[href="#f-files"]').text()).toContain('A file is of a type we do not accept');
    expect(wrong.$('textarea[name="body"]').text()).toBe(fields.body);

    const many = await postMultipart(t, carer, url, fields, [1, 2, 3, 4].map((i) => ({ name: `f${i}.txt`, content: TXT })));
    expect(many.status).toBe(400);
    expect(text(many)).toContain('Attach at most 3 files');
    expect(many.$('textarea[name="body"]').text()).toBe(fields.body);

    const large = await postMultipart(t, carer, url, fields, [{ name: 'stor.pdf', content: Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]) }]);
    expect(large.status).toBe(413);
    expect(text(large)).toContain('A file is too large');
    expect(large.$('textarea[name="body"]').text()).toBe(fields.body);

    const truncated = await postMultipart(t, carer, url, fields, [], Buffer.from('------x\r\nContent-Disposition: form-data; name="files"; filename="a"\r\n\r\n%PDF'));
    expect(truncated.status).toBeLessThan(500);

    await carer.get(`/${SLUG}/mina-sidor/meddelanden/ny?lang=ar`);
    const arabic = await postMultipart(t, carer, url, fields, [{ name: 'x.png', content: EXE }]);
    expect(text(arabic)).toContain('أحد الملفات من نوع لا نقبله');

    expect(await count()).toBe(before);
    expect(await t.db.selectFrom('message_threads').select('id').where('subject', '=', 'Fel').execute()).toHaveLength(0);
    expect(expectServerErrors(t)).toEqual([]);
  });
});

async function tenantIdOf(t: TestApp): Promise<string> {
  return (await t.db.selectFrom('tenants').select('id').where('slug', '=', SLUG).executeTakeFirstOrThrow()).id;
}
