// Demo governance: members and a year of meetings for each municipality's bodies. Hässleholm
// gets its styrgrupp (presidia and administration heads), BOSS, anhörigråd (the associations'
// representatives) and arbetsgrupp, with minutes of the latest steering-group meeting.
// Every person's name here is invented.
import { loadPdfKit } from '../../platform/lazy-libs.js';
import type { SeedContext } from '../../demo/seeders.js';
import { localToday } from '../../platform/domain/dates.js';
import { listPartners } from '../partners/service.js';
import { seedMeeting, seedMember } from './service.js';
import { workingDayOnOrAfter } from '../../demo/dates.js';
import { OTHER_BODIES } from './demo-bodies.js';

/** [staff key or invented name, role in the body]; a '@' marks a staff key. */
type DemoMember = [string, string];

const HASSLEHOLM: Record<string, { members: DemoMember[]; months: number[]; place: string; topics: string[] }> = {
  styrgrupp: {
    members: [['@namndordforande', 'Ordförande, omsorgsnämnden'], ['Lars Bergkvist', 'Ordförande, socialnämnden'], ['Marie Ståhl', 'Ordförande, barn- och utbildningsnämnden'],
      ['@forvaltningschef-of', 'Förvaltningschef, omsorgsförvaltningen'], ['Peter Lindahl', 'Förvaltningschef, socialförvaltningen'], ['Eva Krantz', 'Förvaltningschef, barn- och utbildningsförvaltningen'],
      ['@strateg', 'Föredragande']],
    months: [2, 5, 9, 11], place: 'Stadshuset, sammanträdesrum Ljungen',
    topics: ['Verksamhetsplanen och budgetens fördelning', 'Uppföljning av första tertialen', 'Statsbidraget och höstens insatser', 'Årets uppföljning och nästa års plan'],
  },
  boss: {
    members: [['@strateg', 'Adjungerad i frågor om barn som anhöriga'], ['@behandlare-bus', 'Barn- och ungdomssupporten'], ['@specialpedagog', 'Specialpedagogisk samordnare'],
      ['@verksamhetschef-hemvard', 'Verksamhetschef hemvård'], ['Jenny Ohlsson', 'Verksamhetschef elevhälsan'], ['Ali Demir', 'Verksamhetschef barn och familj']],
    months: [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12], place: 'Kulturhuset, rum Boken',
    topics: ['Barnpiloter: planering', 'Bengtsson på dörren i årskurs 7', 'Föräldrastöd', 'Barnpiloter: utbildning'],
  },
  anhorigrad: {
    members: [['@namndordforande', 'Ordförande, omsorgsnämnden'], ['Lars Bergkvist', 'Ordförande, socialnämnden'], ['@konsulent', 'Anhörigkonsulent'], ['@strateg', 'Anhörigstrateg'],
      ['@samtalsterapeut', 'Samtalsterapeut, Novum'], ['@specialpedagog', 'Specialpedagogisk samordnare']],
    months: [3, 6, 9, 12], place: 'Träffpunkt Ekbacken',
    topics: ['Föreningsdag i maj', 'Nationella anhörigdagen', 'Remiss: verksamhetsplanen', 'Årshjulet för nästa år'],
  },
  arbetsgrupp: {
    members: [['@strateg', 'Sammankallande'], ['@konsulent', ''], ['@specialpedagog', ''], ['Nadia Berg', 'Familjefridssamordnare']],
    months: [1, 3, 4, 6, 8, 10, 11], place: 'Anhörigstödet, Järnvägsgatan',
    topics: ['Kedjan information – råd – stöd', 'Uppsökande verksamhet', 'Ombudsutbildningar', 'Anhöringen: nästa nummer'],
  },
};

/** Invented representatives of the associations in the anhörigråd, in the directory's order. */
const REPRESENTATIVES = ['Birgitta Holm', 'Sven-Erik Lund', 'Maj Nordström', 'Kjell Ahlberg', 'Gun Sjödin', 'Tage Malm', 'Inger Ström', 'Rolf Blomqvist', 'Solveig Dahl', 'Henry Fors'];

async function minutesPdf(body: string, date: string): Promise<Buffer> {
  const PDFKit = await loadPdfKit();
  return new Promise((resolve, reject) => {
    const doc = new PDFKit({ size: 'A4', margin: 56, info: { Title: `Protokoll ${body} ${date}`, Author: 'Bredvid (demo)' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(18).text(`Protokoll – ${body}`).moveDown(0.5);
    doc.fontSize(11).text(`Datum: ${date}`).moveDown();
    doc.text('§ 1 Mötet öppnas. § 2 Verksamhetsplanen följs upp: aktiviteterna går enligt plan. § 3 Budgeten: utfallet ligger inom ramen. § 4 Nästa möte enligt årshjulet.');
    doc.moveDown().text('Exempeldokument i Bredvids demodata. Namn och uppgifter är påhittade.');
    doc.end();
  });
}

const isoDay = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

export async function seedGovernance(ctx: SeedContext): Promise<void> {
  const today = localToday(ctx.now);
  const year = Number(today.slice(0, 4));
  const partners = await listPartners(ctx.db, ctx.tenantId);
  const specialists = ctx.data.staff.filter((s) => s.roles.some((r) => r.role === 'specialist')).map((s) => s.key);
  for (const body of ctx.data.bodies) {
    const bodyId = ctx.bodyIds.get(body.key);
    if (!bodyId) continue;
    const plan = (ctx.data.slug === 'hassleholm' ? HASSLEHOLM[body.key] : undefined) ?? OTHER_BODIES[ctx.data.slug]?.[body.key];
    const members: DemoMember[] = plan?.members ?? (body.kind === 'working_group' || body.kind === 'carers_council' ? specialists.map((k) => [`@${k}`, ''] as DemoMember) : []);
    for (const [who, role] of members) {
      const userId = who.startsWith('@') ? ctx.userIds.get(who.slice(1)) : undefined;
      if (who.startsWith('@') && !userId) continue;
      await seedMember(ctx.db, ctx.tenantId, ctx.now, userId ? { bodyId, kind: 'user', userId, roleInBody: role } : { bodyId, kind: 'person', name: who, roleInBody: role });
    }
    if (body.kind === 'carers_council') {
      for (const [i, p] of partners.filter((x) => x.councilMember).entries()) {
        await seedMember(ctx.db, ctx.tenantId, ctx.now, { bodyId, kind: 'partner', partnerId: p.id, name: REPRESENTATIVES[i % REPRESENTATIVES.length], roleInBody: 'Representant' });
      }
    }
    const perYear = body.meetingsPerYear ?? (body.kind === 'working_group' ? 6 : 0);
    const months = plan?.months ?? Array.from({ length: Math.min(perYear, 12) }, (_, i) => 1 + Math.floor((i * 12) / Math.min(perYear, 12)));
    const topics = plan?.topics ?? ['Uppföljning', 'Planering'];
    let latestPast: { date: string; index: number } | undefined;
    const dates: string[] = [];
    // Meetings fall on working days only (never a weekend, holiday or julafton).
    for (const y of [year, year + 1]) for (const m of months) dates.push(workingDayOnOrAfter(isoDay(y, m, 8 + ((m * 3 + body.key.length) % 14))));
    for (const [i, date] of dates.entries()) if (date < today) latestPast = { date, index: i };
    for (const [i, date] of dates.entries()) {
      const minutes = plan && ctx.data.slug === 'hassleholm' && body.kind === 'steering_group' && latestPast?.index === i ? await minutesPdf(body.name, date) : undefined;
      await seedMeeting(ctx.db, ctx.tenantId, ctx.now, { bodyId, date, startTime: body.kind === 'steering_group' ? '13:30' : '09:00', place: plan?.place ?? '', topic: topics[i % topics.length], minutes });
    }
  }
}
