// Hässleholm's Verksamhetsplan Anhörigstöd 2017–2018 enters the demo data through the same import
// as a specialist's upload (demo/hassleholm-2017-2018.csv, transcribed from seeds/004_…).
import { readFile } from 'node:fs/promises';
import type { SeedContext } from '../../demo/seeders.js';
import { importPlanFile } from './transfer.js';
import { localToday } from '../../platform/domain/dates.js';
import { DEMO_PLANS, demoPlanCsv } from './demo-plans.js';

/** The other municipalities' plans for the seed year (demo-plans.ts), through the same import. */
async function seedYearPlan(ctx: SeedContext): Promise<void> {
  const plan = DEMO_PLANS[ctx.data.slug];
  if (!plan) return;
  const year = Number(localToday(ctx.now).slice(0, 4));
  const result = await importPlanFile(ctx.db, ctx.now, { tenantId: ctx.tenantId, userId: null }, {
    file: demoPlanCsv(plan, year), title: `${plan.title} ${year}`, description: plan.description, grantPerInhabitantOre: plan.grantPerInhabitantOre,
  });
  if (!result.ok) throw new Error(`The ${ctx.data.slug} demo plan does not import: ${result.errors.map((e) => `row ${e.row} ${e.column}: ${e.message}`).join('; ')}`);
}

export const HASSLEHOLM_PLAN_FILE = new URL('./demo/hassleholm-2017-2018.csv', import.meta.url);
export const HASSLEHOLM_PLAN_TITLE = 'Verksamhetsplan Anhörigstöd 2017–2018';

export async function seedPlans(ctx: SeedContext): Promise<void> {
  if (ctx.data.slug !== 'hassleholm') return seedYearPlan(ctx);
  const result = await importPlanFile(ctx.db, ctx.now, { tenantId: ctx.tenantId, userId: null }, {
    file: await readFile(HASSLEHOLM_PLAN_FILE),
    title: HASSLEHOLM_PLAN_TITLE,
    description: 'Fastställd av styrgruppen för anhörigstöd 2016-11-18. Gäller för omsorgsnämnden, socialnämnden och barn- och utbildningsnämnden. Budgeten, 1,6 miljoner kronor, motsvarar statsbidraget 31 kr per invånare.',
    grantPerInhabitantOre: 3100,
  });
  if (!result.ok) {
    throw new Error(`The Hässleholm plan file does not import: ${result.errors.map((e) => `row ${e.row} ${e.column}: ${e.message}`).join('; ')}`);
  }
}
