// For recount.test.ts: the sections beyond contacts, requests, groups and referrals, counted again
// with plain SQL written here (not the report's code nor its modules' services): follow-ups,
// needs assessments, anhörigombud and trainings, campaigns, the activity plan's budget,
// self-checks, violence flags and the median days to a stödkontakt offer. Each returns
// table id (or "table:column", or "fakta:section") → row label → figure, as the report labels them.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { DateTime } from 'luxon';
import type { DB } from '../../platform/db/schema.js';

/** Which rows a recount takes by their unit column: every row, the units given, or every row outside them (no unit included). */
export type Where = { all: true } | { in: string[] } | { outside: string[] };
export type Figures = Map<string, number>;

const ZONE = 'Europe/Stockholm';
const num = (v: unknown) => Number(v ?? 0);

export function unitSql(column: string, w: Where): RawBuilder<unknown> {
  if ('all' in w) return sql`1 = 1`;
  const ids: string[] = 'in' in w ? w.in : w.outside;
  const list = sql.join((ids.length > 0 ? ids : ['-']).map((id) => sql`${id}`));
  return 'in' in w ? sql`${sql.ref(column)} in (${list})` : sql`(${sql.ref(column)} is null or ${sql.ref(column)} not in (${list}))`;
}

const inWhere = (id: string, w: Where) => ('all' in w ? true : 'in' in w ? w.in.includes(id) : !w.outside.includes(id));

/** Figures that are the same whatever the part of the organisation (sources without a unit): never additive. */
export const SCOPE_FREE_KEYS = ['uppfoljningar-status', 'behovsbedomning-deltog', 'behovsbedomning-synpunkter', 'fakta:behovsbedomning', 'fakta:ombud',
  'uppsokande-kampanjer:Kontakter', 'uppsokande-kampanjer:Förfrågningar', 'uppsokande-kampanjer:Kostnad', 'budget-mal:Budget', 'budget-mal:Utfall', 'budget-mal:Skillnad',
  'belastningskoll-resultat'];

/** Figures of a part that are no sum of its parts' (a share, a median). */
export const NOT_ADDITIVE_KEYS = ['fakta:formedlingar', 'fakta:stodkontakt', 'ombud-tackning:Andel täckta'];

export async function recountMore(db: Kysely<DB>, tenantId: string, year: number, trainingMonths: number, w: Where): Promise<Map<string, Figures>> {
  const rows = async <R,>(q: RawBuilder<R>): Promise<R[]> => (await q.execute(db)).rows;
  const out = new Map<string, Figures>();
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const instant = (y: number) => DateTime.fromObject({ year: y, month: 1, day: 1 }, { zone: ZONE }).toUTC().toISO()!;
  const FROM = instant(year);
  const TO = instant(year + 1);

  // Follow-ups and other actions with identified carers due in the year; overdue as of the day after it.
  const asOfDay = `${year + 1}-01-01`;
  const actions = await rows(sql<{ kind: string; status: string; due_on: string }>`select kind, status, due_on from carer_actions where tenant_id = ${tenantId} and due_on >= ${from} and due_on <= ${to}`);
  const n = (f: (a: (typeof actions)[number]) => boolean) => actions.filter(f).length;
  out.set('uppfoljningar-status', new Map([
    ['Uppföljningar som genomförts', n((a) => a.status === 'done' && a.kind === 'follow_up')],
    ['Andra insatser som genomförts', n((a) => a.status === 'done' && a.kind !== 'follow_up')],
    ['Genomförda, summa', n((a) => a.status === 'done')],
    ['Försenade: datumet har passerat utan att de genomförts', n((a) => a.status === 'planned' && a.due_on < asOfDay)],
    ['Planerade, datumet har inte passerat', n((a) => a.status === 'planned' && a.due_on >= asOfDay)],
    ['Avbrutna', n((a) => a.status === 'cancelled')],
    ['Totalt', actions.length],
  ]));

  // Needs assessments of the year.
  const na = (await rows(sql<{ total: unknown; took: unknown; own: unknown; yes: unknown; partly: unknown; no: unknown; unk: unknown }>`select count(*) as total,
    sum(took_part) as took, sum(own_support) as own, sum(case when views_considered = 'yes' then 1 else 0 end) as yes,
    sum(case when views_considered = 'partly' then 1 else 0 end) as partly, sum(case when views_considered = 'no' then 1 else 0 end) as no,
    sum(case when views_considered = 'unknown' then 1 else 0 end) as unk from needs_assessments where tenant_id = ${tenantId} and assessed_on >= ${from} and assessed_on <= ${to}`))[0];
  out.set('behovsbedomning-deltog', new Map([['Deltog', num(na.took)], ['Deltog inte', num(na.total) - num(na.took)], ['Registrerade behovsbedömningar', num(na.total)]]));
  out.set('behovsbedomning-synpunkter', new Map([['Ja', num(na.yes)], ['Delvis', num(na.partly)], ['Nej', num(na.no)], ['Okänt', num(na.unk)], ['Registrerade behovsbedömningar', num(na.total)]]));
  out.set('fakta:behovsbedomning', new Map([['Anhöriga som fick biståndsbedömt stöd för egen del', num(na.own)]]));

  for (const [k, v] of await coverage(db, tenantId, year, trainingMonths, w)) out.set(k, v);

  // Trainings for staff and ambassadors: published, scheduled sessions in the year of events not open to carers.
  const carerFacing = sql`(e.audience like '%"carers"%' or e.audience like '%"politicians"%' or e.audience like '%"associations"%')`;
  const tr = (await rows(sql<{ sessions: unknown; present: unknown }>`select count(*) as sessions, sum((select count(*) from event_attendance a where a.session_id = s.id and a.attended = 1)) as present
    from event_sessions s join events e on e.id = s.event_id where s.tenant_id = ${tenantId} and e.status = 'published' and s.status = 'scheduled'
    and s.starts_at >= ${FROM} and s.starts_at < ${TO} and not ${carerFacing}`))[0];
  out.set('fakta:ombud', new Map([['Utbildningstillfällen för personal och anhörigombud', num(tr.sessions)], ['Deltagartillfällen i utbildningarna', num(tr.present)]]));

  // Campaigns running at some point in the year, with the contacts and requests of the year naming them.
  const campaigns = await rows(sql<{ name: string; cost_kr: unknown; contacts: unknown; requests: unknown }>`select c.name, c.cost_kr,
    (select count(*) from contact_log l where l.tenant_id = c.tenant_id and l.campaign_id = c.id and l.contact_date >= ${from} and l.contact_date <= ${to}) as contacts,
    (select count(*) from contact_requests q where q.tenant_id = c.tenant_id and q.campaign_id = c.id and q.created_at >= ${FROM} and q.created_at < ${TO}) as requests
    from outreach_campaigns c where c.tenant_id = ${tenantId} and c.starts_on <= ${to} and c.ends_on >= ${from}`);
  const col = (f: (c: (typeof campaigns)[number]) => number) => new Map([...campaigns.map((c): [string, number] => [c.name, f(c)]), ['Totalt', campaigns.reduce((s, c) => s + f(c), 0)]]);
  if (campaigns.length > 0) {
    out.set('uppsokande-kampanjer:Kontakter', col((c) => num(c.contacts)));
    out.set('uppsokande-kampanjer:Förfrågningar', col((c) => num(c.requests)));
    out.set('uppsokande-kampanjer:Kostnad', col((c) => num(c.cost_kr)));
  }

  // The activity plans covering the year: budget and outcome per overarching goal (a sub-goal's activities count under its parent).
  const goals = await rows(sql<{ title: string; plan_title: string; budget: unknown; actual: unknown }>`select g.title, p.title as plan_title,
    (select sum(y.budget_kr) from plan_activity_years y join plan_activities a on a.id = y.activity_id join plan_goals sg on sg.id = a.goal_id
      where y.year = ${year} and (sg.id = g.id or sg.parent_id = g.id)) as budget,
    (select sum(y.actual_kr) from plan_activity_years y join plan_activities a on a.id = y.activity_id join plan_goals sg on sg.id = a.goal_id
      where y.year = ${year} and (sg.id = g.id or sg.parent_id = g.id)) as actual
    from plan_goals g join plans p on p.id = g.plan_id where p.tenant_id = ${tenantId} and g.parent_id is null and p.start_year <= ${year} and p.end_year >= ${year}`);
  const plans = new Set(goals.map((g) => g.plan_title)).size;
  const label = (g: (typeof goals)[number]) => (plans > 1 ? `${g.title} (${g.plan_title})` : g.title);
  const money = (f: (g: (typeof goals)[number]) => number) => new Map([...goals.map((g): [string, number] => [label(g), f(g)]), ['Totalt', goals.reduce((s, g) => s + f(g), 0)]]);
  if (goals.length > 0) {
    out.set('budget-mal:Budget', money((g) => num(g.budget)));
    out.set('budget-mal:Utfall', money((g) => num(g.actual)));
    out.set('budget-mal:Skillnad', money((g) => num(g.actual) - num(g.budget)));
  }

  // Self-checks: the year's counters per overall result, labelled by the version's definition.
  const counters = await rows(sql<{ band: string; definition: string; n: unknown }>`select c.band, v.definition, sum(c.count) as n from selfcheck_counters c
    join selfcheck_versions v on v.id = c.version_id where c.tenant_id = ${tenantId} and c.month >= ${`${year}-01`} and c.month <= ${`${year}-12`} group by c.band, v.definition`);
  const checks: Figures = new Map([['Totalt', 0]]);
  for (const c of counters) {
    const bands = (JSON.parse(c.definition) as { bands?: { key: string; label: { sv: string } }[] }).bands ?? [];
    const name = c.band === 'unscored' ? 'Inget samlat resultat (för få svar)' : bands.find((b) => b.key === c.band)?.label.sv ?? c.band;
    checks.set(name, (checks.get(name) ?? 0) + num(c.n));
    checks.set('Totalt', checks.get('Totalt')! + num(c.n));
  }
  out.set('belastningskoll-resultat', checks);

  // Violence flags on the year's requests (routed unit) and referrals (receiving unit).
  const flagged = async (table: 'contact_requests' | 'referrals', unitColumn: string) => num((await rows(sql<{ n: unknown }>`select count(*) as n from ${sql.table(table)}
    where tenant_id = ${tenantId} and violence_flag = 1 and created_at >= ${FROM} and created_at < ${TO} and ${unitSql(unitColumn, w)}`))[0].n);
  const req = await flagged('contact_requests', 'routed_unit_id');
  const ref = await flagged('referrals', 'to_unit_id');
  out.set('vald-markeringar', new Map([['Kontaktförfrågningar från webben', req], ['Förmedlingar från personal', ref], ['Totalt', req + ref]]));

  // Stödkontakt offers made in the year: the median of whole days from first contact to offer.
  const offers = await rows(sql<{ first_contact_on: string; offered_on: string }>`select first_contact_on, offered_on from support_offers
    where tenant_id = ${tenantId} and offered_on >= ${from} and offered_on <= ${to} and ${unitSql('unit_id', w)}`);
  const days = offers.map((o) => Math.round((Date.parse(`${o.offered_on}T00:00:00Z`) - Date.parse(`${o.first_contact_on}T00:00:00Z`)) / 86400_000)).sort((a, b) => a - b);
  const median = days.length === 0 ? -1 : days.length % 2 ? days[(days.length - 1) / 2] : (days[days.length / 2 - 1] + days[days.length / 2]) / 2;
  out.set('fakta:stodkontakt', new Map([['Median, dagar från första kontakt till erbjudande', median]]));
  return out;
}

/**
 * Ambassador coverage as it stood on 31 December: every active own unit (kind unit) in the part,
 * under its nearest administration; covered when an ambassador in place then (designated by that
 * day, not ended by it) was trained within the window before it, by hand or at a training session of
 * the events engine they were ticked present at.
 */
async function coverage(db: Kysely<DB>, tenantId: string, year: number, months: number, w: Where): Promise<Map<string, Figures>> {
  const rows = async <R,>(q: RawBuilder<R>): Promise<R[]> => (await q.execute(db)).rows;
  const asOf = `${year}-12-31`;
  const since = DateTime.fromISO(asOf).minus({ months }).toISODate()!;
  const sinceInstant = DateTime.fromISO(since, { zone: ZONE }).toUTC().toISO()!;
  const units = await rows(sql<{ id: string; parent_id: string | null; kind: string; name: string; active: unknown; external: unknown; sort_order: unknown }>`select id, parent_id, kind, name, active,
    external, sort_order from org_units where tenant_id = ${tenantId}`);
  const byId = new Map(units.map((u) => [u.id, u]));
  const ambassadors = await rows(sql<{ id: string; unit_id: string; user_id: string | null }>`select id, unit_id, user_id from ambassadors
    where tenant_id = ${tenantId} and (ended_on is null or ended_on > ${asOf}) and since <= ${asOf}`);
  const byHand = new Set((await rows(sql<{ ambassador_id: string }>`select distinct ambassador_id from ambassador_trainings
    where tenant_id = ${tenantId} and date >= ${since} and date <= ${asOf}`)).map((r) => r.ambassador_id));
  const atEvents = await rows(sql<{ user_id: string; starts_at: string }>`select b.user_id, s.starts_at from event_attendance a join event_bookings b on b.id = a.booking_id
    join event_sessions s on s.id = a.session_id join events e on e.id = b.event_id where a.tenant_id = ${tenantId} and a.attended = 1 and b.user_id is not null
    and s.starts_at >= ${sinceInstant} and (e.audience like '%"staff"%' or e.audience like '%"ambassadors"%')`);
  const trainedUsers = new Set(atEvents.filter((e) => DateTime.fromISO(e.starts_at, { zone: 'utc' }).setZone(ZONE).toISODate()! <= asOf).map((e) => e.user_id));
  const status = new Map<string, 'covered' | 'untrained'>();
  for (const a of ambassadors) {
    const trained = byHand.has(a.id) || (a.user_id !== null && trainedUsers.has(a.user_id));
    if (trained) status.set(a.unit_id, 'covered');
    else if (!status.has(a.unit_id)) status.set(a.unit_id, 'untrained');
  }
  const administrationOf = (id: string) => {
    for (let p = byId.get(id)?.parent_id ?? null; p !== null; p = byId.get(p)?.parent_id ?? null) if (byId.get(p)?.kind === 'administration') return byId.get(p)!;
    return undefined;
  };
  const cols = ['Enheter', 'Med utbildat ombud', 'Ombud utan aktuell utbildning', 'Utan ombud'] as const;
  const out = new Map<string, Figures>(cols.map((c) => [`ombud-tackning:${c}`, new Map()]));
  const add = (label: string, c: (typeof cols)[number]) => out.get(`ombud-tackning:${c}`)!.set(label, (out.get(`ombud-tackning:${c}`)!.get(label) ?? 0) + 1);
  const perAdmin = new Map<string, { total: number; covered: number }>();
  for (const u of units) {
    if (u.kind !== 'unit' || num(u.active) !== 1 || num(u.external) === 1 || !inWhere(u.id, w)) continue;
    const admin = administrationOf(u.id);
    if (!admin || num(admin.external) === 1) continue;
    const s = status.get(u.id);
    const column = s === 'covered' ? 'Med utbildat ombud' : s === 'untrained' ? 'Ombud utan aktuell utbildning' : 'Utan ombud';
    for (const label of [admin.name, 'Totalt']) {
      add(label, 'Enheter');
      add(label, column);
      const x = perAdmin.get(label) ?? { total: 0, covered: 0 };
      x.total++;
      if (s === 'covered') x.covered++;
      perAdmin.set(label, x);
    }
  }
  out.set('ombud-tackning:Andel täckta', new Map([...perAdmin].map(([label, x]) => [label, x.covered / x.total])));
  // A part with no units has no coverage table.
  return perAdmin.size === 0 ? new Map() : out;
}
