import type { SeedContext } from '../../demo/seeders.js';
import { BREDVID_INSTRUMENT } from './bredvid-instrument.js';
import { seedInstrument } from './instruments.js';

/** Every demo municipality offers Bredvid's own instrument (version 1) to its citizens. */
export async function seedSelfcheck(ctx: SeedContext): Promise<void> {
  await seedInstrument(ctx.db, ctx.tenantId, ctx.now, BREDVID_INSTRUMENT, true);
}
