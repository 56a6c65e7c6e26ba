// Erasure on request, retention (gallring) with a moved clock, and follow-up reminders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, signIn, text, type TestApp } from '../../../test/harness.js';
import { yearlyContactStats } from '../contacts/service.js';
import { runCarerRetention, sendFollowUpReminders } from './service.js';

describe.each(DIALECTS)('carer rights, retention and reminders on %s', (dialect) => {
  let t: TestApp;
  const tenant = (slug: string) => t.seeds.get(slug)!.tenantId;
  const carersOf = (slug: string) => t.db.selectFrom('carers').selectAll().where('tenant_id', '=', tenant(slug)).orderBy('name').execute();
  const audits = (action: string) => t.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();
  beforeAll(async () => {
    t = await buildTestApp(dialect, { slugs: ['vetlanda', 'sodertalje'] });
  });
  afterAll(async () => t?.close());

  it('erases a carer on request: the record goes, contacts stay as anonymous statistics, referrals lose the details', async () => {
    const a = await signIn(t.app, 'sodertalje', 'helena.forsberg@sodertalje.example.se');
    const [c] = (await carersOf('sodertalje')).filter((x) => x.unit_id === t.seeds.get('sodertalje')!.unitIds.get('anhorigstod'));
    const contactIds = (await t.db.selectFrom('contact_log').select('id').where('carer_id', '=', c.id).execute()).map((r) => r.id);
    expect(contactIds.length).toBeGreaterThan(0);
    await t.db.updateTable('referrals').set({ carer_id: c.id }).where('tenant_id', '=', tenant('sodertalje')).where('status', '=', 'new').execute();
    const statsBefore = await yearlyContactStats(t.db, tenant('sodertalje'), 2026, 'all');
    const page = await a.get(`/sodertalje/personal/anhoriga/${c.id}/radera`);
    expect(page.status).toBe(200);
    expect(page.$('button.button-warning').text()).toBe('Radera');
    expect((await a.post(`/sodertalje/personal/anhoriga/${c.id}/radera`, { confirm: 'yes' })).status).toBe(400);
    expect((await a.post(`/sodertalje/personal/anhoriga/${c.id}/radera`, { confirm: 'yes', requested: 'on' }, { csrf: null })).status).toBe(403);
    const res = await a.post(`/sodertalje/personal/anhoriga/${c.id}/radera`, { confirm: 'yes', requested: 'on' });
    expect(res.status).toBe(303);
    expect(res.location).toBe('/sodertalje/personal/anhoriga?sparad=raderad');
    expect(await t.db.selectFrom('carers').select('id').where('id', '=', c.id).executeTakeFirst()).toBeUndefined();
    for (const table of ['carer_consents', 'carer_actions', 'journal_entries'] as const) {
      expect((await t.db.selectFrom(table).select('id').where('carer_id', '=', c.id).execute()).length).toBe(0);
    }
    expect((await t.db.selectFrom('contact_log').select('id').where('id', 'in', contactIds).execute()).length).toBe(contactIds.length);
    expect(await yearlyContactStats(t.db, tenant('sodertalje'), 2026, 'all')).toEqual(statsBefore);
    const refs = await t.db.selectFrom('referrals').selectAll().where('tenant_id', '=', tenant('sodertalje')).where('status', '=', 'new').execute();
    for (const r of refs) expect({ name: r.carer_name, phone: r.carer_phone, carer: r.carer_id }).toEqual({ name: null, phone: null, carer: null });
    expect((await audits('carer.erase')).filter((x) => x.subject_id === c.id)).toHaveLength(1);
    expect((await a.get(`/sodertalje/personal/anhoriga/${c.id}`)).status).toBe(404);
  });

  it('answers 409 with the rule when the journal rules block erasure', async () => {
    const a = await signIn(t.app, 'vetlanda', 'ingrid.holmer@vetlanda.example.se');
    const all = await carersOf('vetlanda');
    const born15 = all.find((c) => c.name === 'Margareta Holmlund')!;
    const withJournal = all.find((c) => c.name === 'Kent Lindahl')!;
    const preview = await a.get(`/vetlanda/personal/anhoriga/${born15.id}/radera`);
    expect(text(preview)).toContain('född den 5, 15 eller 25');
    expect(preview.$('button.button-warning').length).toBe(0);
    const blocked = await a.post(`/vetlanda/personal/anhoriga/${born15.id}/radera`, { confirm: 'yes', requested: 'on' });
    expect(blocked.status).toBe(409);
    expect(text(blocked)).toContain('journal_archive_sample');
    const five = await a.post(`/vetlanda/personal/anhoriga/${withJournal.id}/radera`, { confirm: 'yes', requested: 'on' });
    expect(five.status).toBe(409);
    expect(text(five)).toContain('fem år efter den sista anteckningen');
    expect(text(five)).toContain('journal_five_years');
    expect((await carersOf('vetlanda')).length).toBe(all.length);
    expect((await audits('carer.erase_blocked')).length).toBe(2);
  });

  it('sends each specialist one reminder a day about due follow-ups, with no personal data', async () => {
    const now = t.clock.now();
    const names = (await carersOf('vetlanda')).map((c) => c.name);
    const n = await sendFollowUpReminders(t.db, 'https://bredvid.example.se', now);
    expect(n).toBeGreaterThan(0);
    expect(await sendFollowUpReminders(t.db, 'https://bredvid.example.se', now)).toBe(n);
    const mail = await t.db.selectFrom('outbox').selectAll().where('subject', '=', 'Påminnelse: uppföljningar i Bredvid').execute();
    expect(mail.length).toBe(n); // the second run found the same dedupe keys: nothing twice
    for (const m of mail) {
      for (const name of names) expect(m.body_text).not.toContain(name);
      expect(m.body_text).toMatch(/personal\/uppfoljningar\?visa=mina/);
    }
  });

  it('deletes identified carers after the retention period, keeps journals by the law’s rules, and statistics survive', async () => {
    const statsBefore = { vet: await yearlyContactStats(t.db, tenant('vetlanda'), 2026, 'all'), sod: await yearlyContactStats(t.db, tenant('sodertalje'), 2026, 'all') };
    const journalCarers = new Set((await t.db.selectFrom('journal_entries').select('carer_id').execute()).map((r) => r.carer_id));
    const sodBefore = await carersOf('sodertalje');
    const vetBefore = await carersOf('vetlanda');
    // One day before 24 months after the latest activity, nothing goes.
    const latest = Math.max(...[...sodBefore, ...vetBefore].map((c) => Date.parse(c.last_activity_at)));
    const early = await runCarerRetention(t.db, new Date(Math.min(...[...sodBefore, ...vetBefore].map((c) => Date.parse(c.last_activity_at))) + 700 * 86_400_000));
    expect(early.deleted).toBe(0);
    const later = new Date(latest + 750 * 86_400_000);
    const res = await runCarerRetention(t.db, later);
    expect((await carersOf('sodertalje')).length).toBe(0);
    const vetAfter = await carersOf('vetlanda');
    expect(vetAfter.map((c) => c.id).sort()).toEqual(vetBefore.filter((c) => journalCarers.has(c.id)).map((c) => c.id).sort());
    expect(res.deleted).toBe(sodBefore.length + vetBefore.length - vetAfter.length);
    expect((await audits('carer.retention_delete')).length).toBe(res.deleted);
    expect(await yearlyContactStats(t.db, tenant('vetlanda'), 2026, 'all')).toEqual(statsBefore.vet);
    expect(await yearlyContactStats(t.db, tenant('sodertalje'), 2026, 'all')).toEqual(statsBefore.sod);
    // Six years on, the journals go too – except for a person born on the 15th.
    await runCarerRetention(t.db, new Date(latest + 6 * 366 * 86_400_000));
    expect((await carersOf('vetlanda')).map((c) => c.name)).toEqual(['Margareta Holmlund']);
  });
});
