// Demo questionnaire: last year's set answered from Bredvid's suggestions (confirmed by the first
// specialist), and this year's set waiting for answers. Runs after the other modules' seeders.
import { DateTime } from 'luxon';
import type { SeedContext } from '../../demo/seeders.js';
import { newId } from '../../platform/db/helpers.js';
import { ZONE } from '../../platform/domain/dates.js';
import { findTenantBySlug } from '../../platform/tenancy/tenancy.js';
import { DEFAULT_QUESTIONS, groupsOf } from './questions.js';
import { suggestionFor } from './derivers.js';
import * as q from './queries.js';

export async function seedReports(ctx: SeedContext): Promise<void> {
  const tenant = await findTenantBySlug(ctx.db, ctx.data.slug);
  if (!tenant) return;
  const year = DateTime.fromJSDate(ctx.now, { zone: ZONE }).year;
  const specialist = ctx.data.staff.find((s) => s.roles.some((r) => r.role === 'specialist'));
  const answeredBy = specialist ? ctx.userIds.get(specialist.key) : undefined;
  const at = ctx.now.toISOString();
  for (const y of [year - 1, year]) {
    if ((await q.listQuestions(ctx.db, ctx.tenantId, y)).length > 0) continue;
    const rows = DEFAULT_QUESTIONS.map((d, i) => ({
      id: newId(), tenant_id: ctx.tenantId, year: y, position: i + 1, code: d.code, text: d.text, help: d.help, kind: d.kind,
      per_group: d.perGroup ? 1 : 0, created_at: at, updated_at: at,
    }));
    await q.insertQuestions(ctx.db, rows);
    if (y !== year - 1 || !answeredBy) continue;
    for (const r of rows) {
      const s = await suggestionFor({ db: ctx.db, tenant, year: y, now: ctx.now }, r.code);
      const groups = groupsOf(r.per_group === 1);
      if (!s || !groups.every((g) => s.values[g] !== undefined)) continue;
      await q.replaceAnswers(ctx.db, ctx.tenantId, r.id, groups.map((g) => ({
        id: newId(), tenant_id: ctx.tenantId, question_id: r.id, answer_group: g, value: s.values[g]!, note: '', source: 'confirmed', answered_by: answeredBy, answered_at: at,
      })));
    }
  }
}
