// Outreach campaigns and the contacts and requests they brought (SPEC C4 → C6), from the
// outreach module.
import { campaignResults } from '../../outreach/service.js';
import { count, plain, type ReportRow, type ReportSection } from '../model.js';
import type { SectionContext } from './context.js';

export async function outreachSection(ctx: SectionContext): Promise<ReportSection> {
  const results = await campaignResults(ctx.db, ctx.tenant.id, ctx.year);
  const rows: ReportRow[] = results.map((r, i) => ({
    label: r.campaign.name,
    cells: [count(r.contacts), count(r.requests), plain(r.campaign.costKr, 'kr'),
      // Cost per person reached would reveal a small number through the cost: a dependent measure.
      { kind: 'measure', value: r.costPerReached, base: r.contacts + r.requests, format: 'kr', dependsOn: [[i, 0], [i, 1]] }],
  }));
  const sum = (f: (r: (typeof results)[number]) => number) => results.reduce((a, r) => a + f(r), 0);
  return {
    id: 'uppsokande',
    title: 'Uppsökande verksamhet',
    intro: 'Kampanjer som pågick under året, och de kontakter och förfrågningar under året som angav kampanjen.',
    municipalityWide: true,
    unavailable: results.length === 0 ? 'Inga kampanjer pågick under året.' : undefined,
    tables: results.length === 0 ? [] : [{
      id: 'uppsokande-kampanjer', title: 'Kampanjer och vad de gav', definition: 'uppsokande', firstHeader: 'Kampanj',
      columns: ['Kontakter', 'Förfrågningar', 'Kostnad', 'Kostnad per nådd'],
      rows: [...rows, { label: 'Totalt', cells: [count(sum((r) => r.contacts)), count(sum((r) => r.requests)), plain(sum((r) => r.campaign.costKr), 'kr'), { kind: 'text', value: '' }], total: true }],
      shape: { kind: 'columns' },
    }],
  };
}
