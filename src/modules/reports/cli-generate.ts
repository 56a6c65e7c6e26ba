// npm run cli -- generate --tenant <slug> --contacts N [--bookings M] [--year YYYY] [--seed S]
// Fills a municipality with a realistic year for trying out and measuring the yearly report.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../platform/db/schema.js';
import { findTenantBySlug, listUnits } from '../../platform/tenancy/tenancy.js';
import { generateYear } from './generate.js';

const flag = (args: string[], name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

export async function generateCommand(db: Kysely<DB>, args: string[], now: Date): Promise<number> {
  const count = z.coerce.number().int().min(0).max(20_000_000);
  const input = z.object({
    tenant: z.string().min(1), contacts: count, bookings: count.default(0),
    year: z.coerce.number().int().min(2000).max(2100).default(now.getUTCFullYear() - 1), seed: z.coerce.number().int().default(7),
  }).safeParse({ tenant: flag(args, 'tenant'), contacts: flag(args, 'contacts'), bookings: flag(args, 'bookings'), year: flag(args, 'year'), seed: flag(args, 'seed') });
  if (!input.success) {
    console.error(`Usage: generate --tenant <slug> --contacts N [--bookings M] [--year YYYY] [--seed S]\n${input.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
    return 2;
  }
  const tenant = await findTenantBySlug(db, input.data.tenant);
  if (!tenant) {
    console.error(`No municipality with slug "${input.data.tenant}".`);
    return 1;
  }
  const units = (await listUnits(db, tenant.id)).filter((u) => u.kind === 'unit' && !u.external && u.active);
  if (units.length === 0) {
    console.error('The municipality has no units to log contacts in.');
    return 1;
  }
  const started = Date.now();
  const made = await generateYear(db, tenant.id, { ...input.data, unitIds: units.slice(0, 4).map((u) => u.id), now });
  console.log(`Generated for ${tenant.slug} ${input.data.year} in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
  // The generator's own counts, to compare with the yearly report of the same year.
  for (const [what, n] of Object.entries(made)) console.log(`  ${what.padEnd(26)} ${n}`);
  return 0;
}
