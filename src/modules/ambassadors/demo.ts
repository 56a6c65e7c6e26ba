// Demo ambassadors: Hässleholm has anhörigombud in most units of omsorgsförvaltningen (two
// themed half-days a year), Södertälje one per unit where the resultatenhetschef designated
// one. Some units have none and some ombud have not been trained for a long time, so the
// coverage view has something to say. Every name is invented.
import type { SeedContext } from '../../demo/seeders.js';
import { addDays, addMonths, localToday } from '../../platform/domain/dates.js';
import { seedAmbassador } from './service.js';

/** [unit key, invented name or '@staff key', title, designated months ago, trainings months ago] */
type DemoAmbassador = [string, string, string, number, number[]];

const BASIC = 'Grundutbildning för anhörigombud';
const THEMES = ['Temahalvdag: Demens och anhöriga', 'Temahalvdag: Barn som anhöriga', 'Temahalvdag: Anhörigas hälsa och belastningskoll', 'Temahalvdag: Psykisk ohälsa i familjen'];

const DATA: Record<string, { designatedBy: Record<string, string>; fallbackBy: string; ambassadors: DemoAmbassador[] }> = {
  hassleholm: {
    designatedBy: { 'hemvard-tyringe': 'enhetschef-tyringe', 'sabo-ekbacken': 'enhetschef-ekbacken', 'hemvard-norr': 'verksamhetschef-hemvard', 'hemvard-soder': 'verksamhetschef-hemvard', 'hemvard-vinslov': 'verksamhetschef-hemvard' },
    fallbackBy: 'forvaltningschef-of',
    ambassadors: [
      ['hemvard-tyringe', '@ombud-tyringe', 'Undersköterska', 30, [2, 8, 30]],
      ['hemvard-tyringe', 'Berit Lundqvist', 'Undersköterska', 14, [8]],
      ['hemvard-norr', '@ombud-norr', 'Undersköterska', 40, [3, 9, 15, 40]],
      ['hemvard-norr', 'Hassan Abdi', 'Vårdbiträde', 6, [3]],
      ['hemvard-soder', 'Elin Persson', 'Undersköterska', 26, [15, 26]],
      ['hemvard-soder', 'Marko Petrović', 'Undersköterska', 20, [19]],
      ['hemvard-vinslov', 'Yvonne Skog', 'Undersköterska', 9, [4]],
      ['sabo-ekbacken', '@ombud-ekbacken', 'Undersköterska', 22, [1, 7, 21]],
      ['sabo-ekbacken', 'Lena Fridh', 'Sjuksköterska', 12, [7]],
      ['sabo-rosengarden', '@ombud-rosengarden', 'Vårdbiträde', 18, [20]],
      ['sabo-bjorkhagen', 'Ingrid Månsson', 'Undersköterska', 48, [5, 11, 17, 47]],
      ['sabo-bjorkhagen', 'Tomas Wikström', 'Undersköterska', 10, [5]],
      ['sabo-angsgarden', 'Fatima Rahimi', 'Undersköterska', 3, []],
      ['korttidsboende', 'Jonna Ek', 'Undersköterska', 16, [10, 16]],
      ['daglig-verksamhet', '@ombud-verkstaden', 'Stödpedagog', 24, [6, 12, 24]],
      ['gruppbostad-larkan', 'Oskar Lindell', 'Stödassistent', 36, [25, 36]],
      ['korttidsvistelse-fyren', 'Sanna Krook', 'Stödpedagog', 8, [2]],
      ['boendestod-psyk', 'Aida Hodžić', 'Boendestödjare', 15, [9, 14]],
      ['demensteam', 'Karin Bäck', 'Demenssjuksköterska', 28, [1, 6, 13, 27]],
      ['rehab', 'Niklas Ahlgren', 'Arbetsterapeut', 13, [12]],
      ['novum', 'Ulrika Strand', 'Behandlare', 11, [4]],
    ],
  },
  sodertalje: {
    designatedBy: { 'sabo-almgarden': 'rec-almgarden' },
    fallbackBy: 'roc-aldre',
    ambassadors: [
      ['sabo-almgarden', '@ombud-almgarden', 'Undersköterska', 20, [2, 11]],
      ['hemtjanst-centrum', '@ombud-hemtjanst', 'Undersköterska', 15, [14]],
      ['hemtjanst-jarna', 'Gunilla Öberg', 'Undersköterska', 9, [3]],
      ['daglig-verksamhet-ekbacken', '@ombud-ekbacken', 'Handledare', 30, [5, 17, 29]],
      ['gruppbostad-tallen', 'Rami Haddad', 'Stödassistent', 4, []],
      ['boendestod-psyk', 'Helena Sjöberg', 'Boendestödjare', 26, [24]],
    ],
  },
};

export async function seedAmbassadors(ctx: SeedContext): Promise<void> {
  const data = DATA[ctx.data.slug];
  if (!data) return;
  const today = localToday(ctx.now);
  for (const [i, [unitKey, who, title, sinceMonths, trainingMonths]] of data.ambassadors.entries()) {
    const unitId = ctx.unitIds.get(unitKey);
    if (!unitId) continue;
    const userId = who.startsWith('@') ? (ctx.userIds.get(who.slice(1)) ?? null) : null;
    if (who.startsWith('@') && !userId) continue;
    const designatedBy = ctx.userIds.get(data.designatedBy[unitKey] ?? data.fallbackBy) ?? null;
    // Spread the days a little so the demo does not look machine-made.
    const jitter = (n: number) => addDays(addMonths(today, -n), -((i * 7 + n * 3) % 20));
    await seedAmbassador(ctx.db, ctx.tenantId, ctx.now, {
      unitId, userId, personName: userId ? null : who, personTitle: userId ? '' : title, designatedBy, since: jitter(sinceMonths),
      trainings: trainingMonths.map((m, k) => ({
        date: jitter(m), title: m === sinceMonths || k === trainingMonths.length - 1 && m >= sinceMonths - 1 ? BASIC : THEMES[(i + k) % THEMES.length],
        minutes: m === sinceMonths ? 360 : 210,
      })),
    });
  }
}
