// Demo rooms of Mötesplatsen for each demo municipality: invented texts, moderated by the
// municipality's specialists. No posts: those are written by carers with accounts.
import { newId } from '../../platform/db/helpers.js';
import type { SeedContext } from '../../demo/seeders.js';
import * as q from './queries.js';

const ROOMS = [
  {
    name: 'Nattvaket', description: 'För er som vakar om nätterna eller sover dåligt för att ni lyssnar efter någon. Dela knep, trötthet och små segrar.',
    houseRules: 'Var vänlig och respektfull. Skriv inte namn eller annat som visar vem du eller din närstående är. Det du läser här stannar här. Ge inte medicinska råd.',
    opens: '08:00', closes: '22:00', closedOutsideHours: 0, holdFirstPosts: 1, retentionDays: 180,
  },
  {
    name: 'När minnet sviker', description: 'Ett rum för anhöriga till någon med demenssjukdom: vardagen, besluten och känslorna.',
    houseRules: 'Alla erfarenheter är välkomna. Skriv om dig själv, inte om andra anhöriga. Moderatorn läser rummet på vardagar.',
    opens: '09:00', closes: '16:00', closedOutsideHours: 1, holdFirstPosts: 0, retentionDays: 365,
  },
];

export async function seedMotesplats(ctx: SeedContext): Promise<void> {
  if ((await q.listRooms(ctx.db, ctx.tenantId)).length > 0) return;
  const at = ctx.now.toISOString();
  const moderators = ctx.data.staff.filter((s) => s.roles.some((r) => r.role === 'specialist')).map((s) => ctx.userIds.get(s.key)).filter((x): x is string => !!x).slice(0, 2);
  for (const r of ROOMS) {
    const id = newId();
    await q.insertRoom(ctx.db, {
      id, tenant_id: ctx.tenantId, name: r.name, description: r.description, house_rules: r.houseRules, event_id: null, opens_at_time: r.opens, closes_at_time: r.closes,
      closed_outside_hours: r.closedOutsideHours, hold_first_posts: r.holdFirstPosts, retention_days: r.retentionDays, created_at: at, updated_at: at,
    });
    await q.setModerators(ctx.db, ctx.tenantId, id, moderators, at);
  }
}
