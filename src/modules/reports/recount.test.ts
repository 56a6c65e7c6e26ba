// The independent recount (issue 14): a generated year, counted again with plain SQL written here
// (not the report's code, nor the tallies it reads), compared with every cell of every section
// split by unit for the municipality, each administration and each area, on both databases. The
// only things borrowed are vocabulary labels (to find a row) and the Swedish working-day calendar.
// Then: the additive figures of the areas, with what lies outside every area, add up to the
// municipality's. What a board member sees of the same year: recount-board.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type RawBuilder } from 'kysely';
import { DateTime } from 'luxon';
import { DIALECTS, type TestApp } from '../../../test/harness.js';
import { figures, FROM, generatedYear, num, TO, unitSql, YEAR, ZONE, type Figures, type Where } from '../../../test/generated-year.js';
import { contactRows, type Generated } from './generate.js';
import type { OrgUnit, Tenant } from '../../platform/tenancy/tenancy.js';
import type { ReportScope, YearlyReport } from './model.js';
import { ACTIVITY_TYPE_LABELS, CHANNEL_LABELS, ONWARD_TARGET_LABELS } from '../contacts/vocab.js';
import { AGE_BAND_LABELS, GENDER_LABELS, HEARD_VIA_LABELS, RELATIONSHIP_LABELS, TARGET_GROUP_LABELS } from '../../platform/domain/vocab.js';
import { REFERRAL_TOPIC_LABELS } from '../referrals/vocab.js';
import { workingDaysBetween } from '../referrals/service.js';
import { NOT_ADDITIVE_KEYS, recountMore, SCOPE_FREE_KEYS } from './recount-sql.js';

const localDay = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE).toISODate()!;

describe.each(DIALECTS)('independent recount of a generated year on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  let units: OrgUnit[];
  let made: Generated;
  let scopes: ReportScope[];
  let parents: number[];
  let reports: YearlyReport[];
  const rows = async <R,>(q: RawBuilder<R>): Promise<R[]> => (await q.execute(t.db)).rows;
  const grouped = async (q: RawBuilder<{ k: string | null; n: unknown }>, labels: Record<string, string>, unknown = 'Ej angivet'): Promise<Figures> => {
    const out: Figures = new Map();
    let total = 0;
    for (const r of await rows(q)) {
      const label = r.k === null ? unknown : labels[r.k] ?? r.k;
      out.set(label, (out.get(label) ?? 0) + num(r.n));
      total += num(r.n);
    }
    out.set('Totalt', total);
    return out;
  };

  /** Every figure of every section split by unit, recounted for one part of the organisation. */
  async function recount(w: Where): Promise<Map<string, Figures>> {
    const tid = tenant.id;
    const out = new Map<string, Figures>();
    const contacts = sql`contact_log where tenant_id = ${tid} and contact_date >= ${`${YEAR}-01-01`} and contact_date <= ${`${YEAR}-12-31`} and ${unitSql('unit_id', w)}`;
    const by = (col: string, labels: Record<string, string>) => grouped(sql<{ k: string | null; n: unknown }>`select ${sql.ref(col)} as k, count(*) as n from ${contacts} group by ${sql.ref(col)}`, labels);
    const kinds = await rows(sql<{ anon: unknown; ident: unknown }>`select sum(case when carer_id is null then 1 else 0 end) as anon, sum(case when carer_id is null then 0 else 1 end) as ident from ${contacts}`);
    out.set('kontakter-slag', new Map([['Anonyma kontakter (utan identitet)', num(kinds[0].anon)], ['Kontakter med identifierade anhöriga', num(kinds[0].ident)], ['Kontakter totalt', num(kinds[0].anon) + num(kinds[0].ident)]]));
    out.set('kontakter-aktivitet', await by('activity_type', ACTIVITY_TYPE_LABELS));
    out.set('kontakter-kanal', await by('channel', CHANNEL_LABELS));
    out.set('kontakter-malgrupp', await by('target_group', TARGET_GROUP_LABELS));
    const age = await by('age_band', AGE_BAND_LABELS);
    age.set('Barn som anhöriga (under 18 år), summa', (age.get(AGE_BAND_LABELS.under_13) ?? 0) + (age.get(AGE_BAND_LABELS['13_17']) ?? 0));
    out.set('kontakter-alder', age);
    out.set('kontakter-kon', await by('gender', GENDER_LABELS));
    out.set('kontakter-relation', await by('relationship', RELATIONSHIP_LABELS));
    out.set('kontakter-hort', await by('heard_via', HEARD_VIA_LABELS));
    const monthLabels = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [String(i + 1).padStart(2, '0'), DateTime.fromObject({ year: YEAR, month: i + 1 }).setLocale('sv').toFormat('LLLL')]));
    const months = await grouped(sql`select substr(contact_date, 6, 2) as k, count(*) as n from ${contacts} group by substr(contact_date, 6, 2)`, Object.fromEntries(Object.entries(monthLabels).map(([k, v]) => [k, v[0].toUpperCase() + v.slice(1)])));
    out.set('kontakter-manad', months);
    out.set('kontakter-vidare', await grouped(sql`select referred_to as k, count(*) as n from ${contacts} and referred_to is not null group by referred_to`, ONWARD_TARGET_LABELS));
    // Facts: unique identified carers, carers registered in the year and with a stödkontakt, hours rounded per unit.
    const unique = await rows(sql<{ n: unknown }>`select count(distinct carer_id) as n from ${contacts} and carer_id is not null`);
    const carers = await rows(sql<{ fresh: unknown; supported: unknown }>`select sum(case when created_at >= ${FROM} and created_at < ${TO} then 1 else 0 end) as fresh,
      count(support_contact_user_id) as supported from carers where tenant_id = ${tid} and ${unitSql('unit_id', w)}`);
    const minutes = await rows(sql<{ m: unknown }>`select sum(duration_min) as m from ${contacts} group by unit_id`);
    out.set('fakta:kontakter', new Map([
      ['Unika identifierade anhöriga med minst en kontakt', num(unique[0].n)], ['Nya identifierade anhöriga under året', num(carers[0].fresh)],
      ['Identifierade anhöriga med en namngiven stödkontakt (i dag)', num(carers[0].supported)], ['Tid i kontakter (timmar)', minutes.reduce((s, r) => s + Math.round(num(r.m) / 60), 0)],
    ]));

    // Requests, by the unit they were routed to.
    const requests = sql`contact_requests where tenant_id = ${tid} and created_at >= ${FROM} and created_at < ${TO} and ${unitSql('routed_unit_id', w)}`;
    const req = (col: string, labels: Record<string, string>) => grouped(sql<{ k: string | null; n: unknown }>`select ${sql.ref(col)} as k, count(*) as n from ${requests} group by ${sql.ref(col)}`, labels);
    out.set('forfragningar-satt', await req('mode', { anonymous: 'Anonyma', named: 'Med namn' }));
    out.set('forfragningar-malgrupp', await req('target_group', TARGET_GROUP_LABELS));
    const reqAge = await req('age_band', AGE_BAND_LABELS);
    reqAge.set('Barn som anhöriga (under 18 år), summa', (reqAge.get(AGE_BAND_LABELS.under_13) ?? 0) + (reqAge.get(AGE_BAND_LABELS['13_17']) ?? 0));
    out.set('forfragningar-alder', reqAge);
    out.set('forfragningar-hort', await req('heard_via', HEARD_VIA_LABELS));

    // Groups: published events open to carers (or politicians, associations), by the event's unit.
    const open = sql`(e.audience like '%"carers"%' or e.audience like '%"politicians"%' or e.audience like '%"associations"%')`;
    const sessions = await rows(sql<{ session_id: string; event_id: string; target_groups: string; capacity: unknown; head_count: unknown }>`select s.id as session_id, e.id as event_id, e.target_groups,
      case when e.booking_mode = 'series' then e.capacity else s.capacity end as capacity, s.head_count from event_sessions s join events e on e.id = s.event_id
      where s.tenant_id = ${tid} and e.status = 'published' and s.status = 'scheduled' and s.starts_at >= ${FROM} and s.starts_at < ${TO} and ${open} and ${unitSql('e.unit_id', w)}`);
    const eventIds = [...new Set(sessions.map((s) => s.event_id))];
    out.set('grupper-utbud', new Map([
      ['Grupper och aktiviteter med minst en träff', eventIds.length], ['Träffar', sessions.length], ['Platser som erbjöds', sessions.reduce((s, x) => s + num(x.capacity), 0)],
    ]));
    const made = await rows(sql<{ n: unknown }>`select count(*) as n from event_bookings b join events e on e.id = b.event_id
      where b.tenant_id = ${tid} and b.created_at >= ${FROM} and b.created_at < ${TO} and e.audience like '%"carers"%' and ${unitSql('e.unit_id', w)}`);
    const confirmed = eventIds.length === 0 ? 0 : num((await rows(sql<{ n: unknown }>`select count(*) as n from event_bookings where tenant_id = ${tid} and status = 'booked'
      and session_id is null and event_id in (${sql.join(eventIds.map((id) => sql`${id}`))})`))[0].n);
    const headCount = sessions.reduce((s, x) => s + num(x.head_count), 0);
    const attendance = sessions.length === 0 ? [] : await rows(sql<{ session_id: string; attended: unknown; n: unknown }>`select session_id, attended, count(*) as n from event_attendance
      where tenant_id = ${tid} and session_id in (${sql.join(sessions.map((x) => sql`${x.session_id}`))}) group by session_id, attended`);
    const presentAt = new Map(attendance.filter((a) => num(a.attended) === 1).map((a) => [a.session_id, num(a.n)]));
    const late = await rows(sql<{ n: unknown }>`select count(*) as n from event_bookings b join events e on e.id = b.event_id where b.tenant_id = ${tid}
      and b.late_cancellation = 1 and b.cancelled_at >= ${FROM} and b.cancelled_at < ${TO} and ${open} and ${unitSql('e.unit_id', w)}`);
    out.set('grupper-deltagare', new Map([
      ['Bokningar som gjordes under året', num(made[0].n)], ['Bekräftade platser (bokade, inte avbokade)', confirmed],
      ['Deltagartillfällen med namn (närvaro per träff)', attendance.filter((a) => num(a.attended) === 1).reduce((s, a) => s + num(a.n), 0)],
      ['Deltagartillfällen räknade anonymt på plats', headCount],
      ['Bokade som uteblev', attendance.filter((a) => num(a.attended) === 0).reduce((s, a) => s + num(a.n), 0)],
      ['Sena avbokningar', num(late[0].n)],
    ]));
    const perGroup = new Map<string, { events: Set<string>; sessions: number; participants: number }>();
    for (const s of sessions) {
      const groups = JSON.parse(s.target_groups) as string[];
      for (const g of groups.length > 0 ? groups : ['all']) {
        const x = perGroup.get(g) ?? { events: new Set(), sessions: 0, participants: 0 };
        x.events.add(s.event_id);
        x.sessions++;
        // The head count when one was recorded, else those ticked present.
        x.participants += s.head_count === null ? presentAt.get(s.session_id) ?? 0 : num(s.head_count);
        perGroup.set(g, x);
      }
    }
    out.set('grupper-malgrupp:Grupper', new Map([...perGroup].map(([g, x]) => [g === 'all' ? 'Alla målgrupper (öppna för alla)' : TARGET_GROUP_LABELS[g as keyof typeof TARGET_GROUP_LABELS], x.events.size])));
    out.set('grupper-malgrupp:Träffar', new Map([...perGroup].map(([g, x]) => [g === 'all' ? 'Alla målgrupper (öppna för alla)' : TARGET_GROUP_LABELS[g as keyof typeof TARGET_GROUP_LABELS], x.sessions])));
    out.set('grupper-malgrupp:Deltagartillfällen', new Map([...perGroup].map(([g, x]) => [g === 'all' ? 'Alla målgrupper (öppna för alla)' : TARGET_GROUP_LABELS[g as keyof typeof TARGET_GROUP_LABELS], x.participants])));

    // Referrals, by the receiving unit: by referring unit, time to first contact in working days, topic.
    const refs = await rows(sql<{ from_unit_id: string | null; topic: string; created_at: string; first_contact_at: string | null; target_date: string }>`select from_unit_id, topic, created_at,
      first_contact_at, target_date from referrals where tenant_id = ${tid} and created_at >= ${FROM} and created_at < ${TO} and ${unitSql('to_unit_id', w)}`);
    const byFrom: Figures = new Map([['Totalt', refs.length]]);
    for (const r of refs) {
      const name = units.find((u) => u.id === r.from_unit_id)?.name ?? 'Okänd enhet';
      byFrom.set(name, (byFrom.get(name) ?? 0) + 1);
    }
    out.set('formedlingar-enhet', byFrom);
    const buckets: Figures = new Map([['Totalt', refs.length]]);
    const days: number[] = [];
    for (const r of refs) {
      const d = r.first_contact_at === null ? null : workingDaysBetween(localDay(r.created_at), localDay(r.first_contact_at));
      if (d !== null) days.push(d);
      const label = d === null ? 'Ännu ingen kontakt' : d === 0 ? 'Samma dag' : d === 1 ? '1 arbetsdag' : d <= 5 ? `${d} arbetsdagar` : d <= 10 ? '6–10 arbetsdagar' : '11 arbetsdagar eller fler';
      buckets.set(label, (buckets.get(label) ?? 0) + 1);
    }
    out.set('formedlingar-tid', buckets);
    days.sort((a, b) => a - b);
    const median = days.length === 0 ? null : days.length % 2 ? days[(days.length - 1) / 2] : (days[days.length / 2 - 1] + days[days.length / 2]) / 2;
    out.set('fakta:formedlingar', new Map([['Median, arbetsdagar till första kontakt', median ?? -1]]));
    const topics: Figures = new Map([['Totalt', refs.length]]);
    for (const r of refs) topics.set(REFERRAL_TOPIC_LABELS[r.topic as keyof typeof REFERRAL_TOPIC_LABELS] ?? r.topic, (topics.get(REFERRAL_TOPIC_LABELS[r.topic as keyof typeof REFERRAL_TOPIC_LABELS] ?? r.topic) ?? 0) + 1);
    out.set('formedlingar-amne', topics);

    // Children as carers: requests (routed unit) and referrals (receiving unit) by the carer's age band.
    const childBands = (q: RawBuilder<{ k: string | null; n: unknown }>) => grouped(q, { under_13: AGE_BAND_LABELS.under_13, '13_17': AGE_BAND_LABELS['13_17'], adult: 'Vuxna (18 år och äldre)' }, 'Ålder ej angiven');
    const band = (col: string) => sql`case when ${sql.ref(col)} is null then null when ${sql.ref(col)} in ('under_13', '13_17') then ${sql.ref(col)} else 'adult' end`;
    const withChildren = (f: Figures) => f.set('Barn som anhöriga (under 18 år), summa', (f.get(AGE_BAND_LABELS.under_13) ?? 0) + (f.get(AGE_BAND_LABELS['13_17']) ?? 0));
    out.set('barn-forfragningar', withChildren(await childBands(sql<{ k: string | null; n: unknown }>`select ${band('age_band')} as k, count(*) as n from ${requests} group by ${band('age_band')}`)));
    out.set('barn-formedlingar', withChildren(await childBands(sql<{ k: string | null; n: unknown }>`select ${band('carer_age_band')} as k, count(*) as n from referrals
      where tenant_id = ${tid} and created_at >= ${FROM} and created_at < ${TO} and ${unitSql('to_unit_id', w)} group by ${band('carer_age_band')}`)));

    // Stödkontakt offers made in the year, by the unit that made them.
    const offers = await grouped(sql`select answer as k, count(*) as n from support_offers where tenant_id = ${tid} and offered_on >= ${`${YEAR}-01-01`}
      and offered_on <= ${`${YEAR}-12-31`} and ${unitSql('unit_id', w)} group by answer`, { accepted: 'Tackade ja', declined: 'Tackade nej', not_reached: 'Nåddes inte' });
    offers.set('Erbjudanden, totalt', offers.get('Totalt')!);
    offers.delete('Totalt');
    out.set('stodkontakt-svar', offers);
    // Follow-ups, needs assessments, ambassadors and trainings, campaigns, budget, self-checks, violence flags, offer days.
    for (const [k, v] of await recountMore(t.db, tid, YEAR, tenant.settings.ambassadorTrainingMonths, w)) out.set(k, v);
    return out;
  }

  beforeAll(async () => {
    ({ t, tenant, units, made, scopes, parents, reports } = await generatedYear(dialect));
  }, 120_000);
  afterAll(async () => t?.close());

  it('generates a complete year whose own counts match what was written, and the same year again from the same seed', async () => {
    const n = async (q: RawBuilder<{ n: unknown }>) => num((await rows(q))[0].n);
    const tid = tenant.id;
    expect({
      contacts: await n(sql`select count(*) as n from contact_log where tenant_id = ${tid}`),
      identifiedContacts: await n(sql`select count(*) as n from contact_log c join carers k on k.id = c.carer_id where c.tenant_id = ${tid}`),
      carers: await n(sql`select count(*) as n from carers where tenant_id = ${tid} and created_at >= ${FROM} and created_at < ${TO} and name like 'Anhörig %'`),
      offers: await n(sql`select count(*) as n from support_offers o join contact_log c on c.id = o.contact_id where o.tenant_id = ${tid}`),
      requests: await n(sql`select count(*) as n from contact_requests where tenant_id = ${tid} and reference like 'G%'`),
      referrals: await n(sql`select count(*) as n from referrals where tenant_id = ${tid} and consent_carer_wording = 'Genererad.'`),
      bookings: await n(sql`select count(*) as n from event_bookings b join events e on e.id = b.event_id where b.tenant_id = ${tid} and e.summary = 'Genererad grupp.'`),
      campaignContacts: await n(sql`select count(*) as n from contact_log l join outreach_campaigns c on c.id = l.campaign_id where l.tenant_id = ${tid} and c.description = 'Genererad kampanj.'`),
      campaignRequests: await n(sql`select count(*) as n from contact_requests q join outreach_campaigns c on c.id = q.campaign_id where q.tenant_id = ${tid} and c.description = 'Genererad kampanj.'`),
      violenceRequests: await n(sql`select count(*) as n from contact_requests where tenant_id = ${tid} and reference like 'G%' and violence_flag = 1`),
      violenceReferrals: await n(sql`select count(*) as n from referrals where tenant_id = ${tid} and consent_carer_wording = 'Genererad.' and violence_flag = 1`),
      ambassadors: await n(sql`select count(*) as n from ambassadors a join org_units u on u.id = a.unit_id where a.tenant_id = ${tid} and a.person_name like 'Ombud %'`),
      trainingSessions: await n(sql`select count(*) as n from event_sessions s join events e on e.id = s.event_id where s.tenant_id = ${tid} and e.summary = 'Genererad utbildning.'`),
      planActivities: await n(sql`select count(*) as n from plan_activities a join plans p on p.id = a.plan_id where a.tenant_id = ${tid} and p.title like 'Genererad%'`),
    }).toEqual({
      contacts: made.contacts, identifiedContacts: made.identifiedContacts, carers: made.carers, offers: made.offers, requests: made.requests,
      referrals: made.referrals, bookings: made.bookings, campaignContacts: made.campaignContacts, campaignRequests: made.campaignRequests,
      violenceRequests: made.violenceRequests, violenceReferrals: made.violenceReferrals, ambassadors: made.ambassadors, trainingSessions: made.trainingSessions,
      planActivities: made.planActivities,
    });
    // Every identified contact links to a carer that exists, and every section has something to count.
    expect(made.identifiedContacts).toBeGreaterThan(100);
    for (const k of ['carersWithSupportContact', 'followUps', 'offers', 'eventsWithoutUnit', 'needsAssessments', 'selfchecks', 'attended', 'absent', 'lateCancellations',
      'campaigns', 'campaignContacts', 'campaignRequests', 'ambassadors', 'trainingSessions', 'trainingAttended', 'planActivities', 'violenceRequests', 'violenceReferrals'] as const) {
      expect({ k, n: made[k] > 0 }).toEqual({ k, n: true });
    }
    // Same seed, same year: the generator's rows are the same again (ids of contacts aside).
    const again = (seed: number) => [...contactRows({ year: YEAR, n: 300, unitIds: ['a', 'b'], seed, carerIds: ['x', 'y', 'z'], carerUnits: ['a', 'b', 'a'] })].map(({ id: _id, ...rest }) => rest);
    expect(again(21)).toEqual(again(21));
    expect(again(21)).not.toEqual(again(22));
  });

  it('matches the plain-SQL recount in every cell of every section, for the municipality, each administration and each area', async () => {
    let compared = 0;
    let nonZeroParts = 0;
    const nonZeroTables = new Set<string>();
    for (const [i, scope] of scopes.entries()) {
      const expected = await recount(scope.unitIds === 'all' ? { all: true } : { in: scope.unitIds });
      const shown = figures(reports[i]);
      for (const [table, want] of expected) {
        const got = shown.get(table);
        expect(got, `${scope.unitName}: ${table}`).toBeDefined();
        // Every labelled figure of the report equals the recount (a label the recount never met is 0).
        for (const [label, value] of got!) {
          expect({ scope: scope.unitName, table, label, value }).toEqual({ scope: scope.unitName, table, label, value: want.get(label) ?? 0 });
          compared++;
          if (value !== 0) nonZeroTables.add(table.split(':')[0]);
        }
        // And nothing the recount found is missing from the report.
        for (const [label, value] of want) if (value !== 0) expect({ scope: scope.unitName, table, label, present: got!.has(label) }).toEqual({ scope: scope.unitName, table, label, present: true });
      }
      if (parents[i] >= 0 && (shown.get('kontakter-slag')?.get('Kontakter totalt') ?? 0) > 0) nonZeroParts++;
      // The generated year has children as carers in both bands, and adults, among the municipality's referrals.
      if (scope.unitIds === 'all') {
        for (const label of [AGE_BAND_LABELS.under_13, AGE_BAND_LABELS['13_17'], 'Vuxna (18 år och äldre)']) expect(shown.get('barn-formedlingar')?.get(label) ?? 0).toBeGreaterThan(0);
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(nonZeroParts).toBeGreaterThanOrEqual(4);
    // Every table of every section was compared with a figure that is not 0: the generated year fills them all.
    const tables = reports[0].sections.flatMap((sec) => sec.tables.map((tb) => tb.id));
    expect(tables.filter((id) => !nonZeroTables.has(id))).toEqual([]);
    expect(reports[0].sections.filter((sec) => sec.tables.length === 0).map((sec) => sec.id)).toEqual([]);
  });

  it('adds up: for every additive figure, the areas plus what lies outside every area are the municipality', async () => {
    const areaIdx = scopes.flatMap((s, i) => (s.unitId !== null && units.find((u) => u.id === s.unitId)?.kind === 'area' ? [i] : []));
    expect(areaIdx.length).toBeGreaterThanOrEqual(3);
    const inAreas = areaIdx.flatMap((i) => scopes[i].unitIds as string[]);
    const rest = await recount({ outside: inAreas });
    const whole = figures(reports[0]);
    // Unique carers are a distinct count, and a median is no sum: not additive. Every other recounted figure is.
    const additive = [...rest.keys()].filter((k) => !NOT_ADDITIVE_KEYS.includes(k) && !SCOPE_FREE_KEYS.includes(k));
    let checked = 0;
    for (const table of additive) {
      for (const [label, value] of whole.get(table)!) {
        if (label === 'Unika identifierade anhöriga med minst en kontakt') continue;
        const areas = areaIdx.reduce((s, i) => s + (figures(reports[i]).get(table)?.get(label) ?? 0), 0);
        expect({ table, label, sum: areas + (rest.get(table)?.get(label) ?? 0) }).toEqual({ table, label, sum: value });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
    // Hours are rounded per unit, so they add up exactly too; the generated contacts all lie in areas.
    expect(rest.get('kontakter-slag')!.get('Kontakter totalt')).toBe(0);
  });
});
