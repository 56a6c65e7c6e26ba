import { DateTime } from 'luxon';
import type { SeedContext } from '../../demo/seeders.js';
import { ZONE } from '../../platform/domain/dates.js';
import { BREDVID_INSTRUMENT } from './bredvid-instrument.js';
import { seedInstrument } from './instruments.js';
import { incrementCounter } from './queries.js';

/** Anonymous completions per month back from the seed month, [låg, viss, hög belastning, unscored]. */
const MONTHS: [number, number, number, number][] = [[3, 4, 2, 1], [2, 5, 3, 0], [4, 3, 1, 1], [1, 2, 2, 0], [3, 3, 1, 0], [2, 1, 2, 1]];
const BANDS = ['lag', 'medel', 'hog', 'unscored'];

/** Every demo municipality offers Bredvid's own instrument (version 1) to its citizens, and has
 *  half a year of anonymous completions counted, so the statistics page has something to show. */
export async function seedSelfcheck(ctx: SeedContext): Promise<void> {
  const { versionId } = await seedInstrument(ctx.db, ctx.tenantId, ctx.now, BREDVID_INSTRUMENT, true);
  const seedMonth = DateTime.fromJSDate(ctx.now, { zone: ZONE }).startOf('month');
  // Smaller municipalities get fewer: the same pattern, halved below 50 000 inhabitants.
  const scale = ctx.data.settings.population >= 50_000 ? 1 : 0.5;
  for (const [i, counts] of MONTHS.entries()) {
    const month = seedMonth.minus({ months: i }).toFormat('yyyy-MM');
    for (const [b, n] of counts.entries()) {
      for (let k = 0; k < Math.round(n * scale); k++) {
        await incrementCounter(ctx.db, { tenantId: ctx.tenantId, month, versionId, band: BANDS[b] });
      }
    }
  }
}
