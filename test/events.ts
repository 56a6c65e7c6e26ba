// Helpers for the events module's tests: a valid event form, creating one through the staff
// pages, and booking through the public form like a carer does.
import { Agent, nextAddress, type Page, type TestApp } from './harness.js';

export type Form = Record<string, string | string[] | undefined>;

export const validEvent = (over: Form = {}): Form => ({
  title: 'Testgrupp för anhöriga', summary: 'En grupp för att prova bokningen.', description: 'Vi träffas åtta gånger.', type: 'carer_group',
  placeName: 'Träffpunkten', address: 'Storgatan 1, Testköping', accessibility: 'Hiss och hörslinga.', capacity: '10', audience: ['carers'],
  targetGroups: ['older'], language: 'sv', bookingMode: 'series', waitlist: 'on', reminder: '24', firstDate: '2026-12-01', startTime: '17:30',
  endTime: '19:00', count: '8', intervalDays: '7', publish: 'yes', ...over,
});

export async function createEvent(staff: Agent, slug: string, over: Form = {}): Promise<string> {
  const res = await staff.post(`/${slug}/personal/aktiviteter`, validEvent(over));
  if (res.status !== 303) throw new Error(`create failed ${res.status}: ${res.$('.error-summary').text()}`);
  return res.location!.split('/').pop()!.split('?')[0];
}

export const carer = (over: Form = {}): Form => ({ name: 'Testalias', email: 'alias@exempel.se', ...over });

export interface Booked {
  page: Page;
  token: string;
  url: string;
}

/** Book through the public form, by default as another person from another address; returns the private link's token (or throws with the page's errors). */
export async function bookPublic(t: TestApp, slug: string, eventId: string, form: Form, agent = new Agent(t.app, {}, nextAddress())): Promise<Booked> {
  await agent.get(`/${slug}/aktiviteter/${eventId}/boka`);
  const page = await agent.post(`/${slug}/aktiviteter/${eventId}/boka`, form);
  if (page.status !== 303) throw new Error(`booking failed ${page.status}: ${page.$('.error-summary').text()}`);
  const url = page.location!;
  return { page, token: url.split('/bokning/')[1].split('?')[0], url };
}

export async function count(t: TestApp, table: 'event_bookings' | 'events' | 'event_sessions' | 'event_attendance' | 'outbox' | 'audit_log', where?: [string, string]): Promise<number> {
  let q = t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
  if (where) q = q.where(where[0] as never, '=', where[1] as never);
  return Number((await q.executeTakeFirstOrThrow()).n);
}
