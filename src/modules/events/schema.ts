// zod schemas for every form and query string of the events module, with Swedish messages.
import { z } from 'zod';
import { f } from '../../platform/http/forms.js';
import { CONTENT_LOCALES, TARGET_GROUPS } from '../../platform/domain/vocab.js';
import { AUDIENCES, BOOKING_MODES, EVENT_TYPES, TRANSLATABLE, type TranslatableKey } from './vocab.js';
import { localDateTimeToUtc, localToday, localToUtc, planSessions } from './time.js';

const ids = () => z.union([f.id(), z.array(f.id())]).optional().transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));
const date = (msg = 'Skriv datumet som ÅÅÅÅ-MM-DD') => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, msg);
const time = (msg = 'Skriv tiden som TT:MM, till exempel 17:30') => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, msg);
const optionalDateTime = () => z.string().max(20).optional().transform((v, ctx) => {
  if (!v) return null;
  const iso = localDateTimeToUtc(v);
  if (!iso) {
    ctx.addIssue({ code: 'custom', message: 'Skriv datum och tid, till exempel 2027-01-10T12:00' });
    return z.NEVER;
  }
  return iso;
});
const requiredInt = (min: number, max: number, message: string) => z.string({ message: 'Fältet måste fyllas i' }).transform((v, ctx) => {
  if (!/^-?\d+$/.test(v) || Number(v) < min || Number(v) > max) {
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  }
  return Number(v);
});
const url = () => z.string().max(500, 'Högst 500 tecken').optional().transform((v, ctx) => {
  if (!v) return undefined;
  if (!/^https?:\/\/[^\s<>"]+$/.test(v)) {
    ctx.addIssue({ code: 'custom', message: 'Skriv en hel länk som börjar med https://' });
    return z.NEVER;
  }
  return v;
});

/** Languages an event's texts can be given in besides its own; fields are named `title_en` and so on. */
export const TRANSLATION_LOCALES = CONTENT_LOCALES.filter((l) => l !== 'sv');
const TRANSLATION_LIMITS: Record<TranslatableKey, number> = { title: 120, summary: 400, description: 5000, accessibility: 500 };
const translationFields = Object.fromEntries(
  TRANSLATION_LOCALES.flatMap((l) => TRANSLATABLE.map((k) => [`${k}_${l}`, f.optionalText(TRANSLATION_LIMITS[k])])),
) as Record<string, ReturnType<typeof f.optionalText>>;

export const REMINDER_CHOICES = ['none', '24', '48'] as const;
export const INTERVAL_CHOICES = ['7', '14', '1', '28'] as const;

const eventFields = {
  title: f.text(120),
  summary: f.text(400),
  description: z.string().max(5000, 'Högst 5000 tecken').default(''),
  type: z.enum(EVENT_TYPES, { message: 'Välj typ av aktivitet' }),
  unitId: z.union([f.id(), z.literal('')]).optional().transform((v) => v || null),
  placeName: f.optionalText(120),
  address: f.optionalText(200),
  accessibility: f.optionalText(500),
  online: f.checkbox(),
  onlineLink: url(),
  capacity: requiredInt(1, 1000, 'Antal platser ska vara ett heltal mellan 1 och 1000'),
  leaderUserIds: ids(),
  externalLeaders: f.optionalText(500),
  audience: f.many(AUDIENCES),
  targetGroups: f.many(TARGET_GROUPS),
  language: z.enum(CONTENT_LOCALES, { message: 'Välj språk' }),
  bookingMode: z.enum(BOOKING_MODES, { message: 'Välj hur man bokar' }),
  bookingOpens: optionalDateTime(),
  bookingCloses: optionalDateTime(),
  requiresApproval: f.checkbox(),
  waitlist: f.checkbox(),
  reminder: z.enum(REMINDER_CHOICES, { message: 'Välj påminnelse' }),
  ...translationFields,
};

const scheduleFields = {
  firstDate: date(),
  startTime: time(),
  endTime: time(),
  count: requiredInt(1, 52, 'Antal träffar ska vara mellan 1 och 52'),
  intervalDays: z.enum(INTERVAL_CHOICES, { message: 'Välj hur ofta ni träffas' }),
};

type Ctx = z.RefinementCtx;
function checkEvent(v: { online: boolean; onlineLink?: string; placeName?: string; audience: string[]; bookingOpens: string | null; bookingCloses: string | null }, ctx: Ctx) {
  if (v.online && !v.onlineLink) ctx.addIssue({ code: 'custom', path: ['onlineLink'], message: 'Skriv länken till mötet – den skickas bara till dem som bokat' });
  if (!v.online && !v.placeName) ctx.addIssue({ code: 'custom', path: ['placeName'], message: 'Skriv var ni träffas, eller kryssa i att det är online' });
  if (v.audience.length === 0) ctx.addIssue({ code: 'custom', path: ['audience'], message: 'Välj minst en målgrupp för aktiviteten' });
  if (v.bookingOpens && v.bookingCloses && v.bookingCloses <= v.bookingOpens) {
    ctx.addIssue({ code: 'custom', path: ['bookingCloses'], message: 'Bokningen måste stänga efter att den öppnar' });
  }
}

export function checkSessionTimes(v: { date: string; startTime: string; endTime: string }, now: Date, ctx: Ctx, dateField = 'date') {
  if (v.endTime <= v.startTime) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Sluttiden måste vara efter starttiden' });
  if (v.date < localToday(now)) ctx.addIssue({ code: 'custom', path: [dateField], message: 'Datumet har redan varit – välj ett kommande datum' });
  else if (!localToUtc(v.date, v.startTime) || !localToUtc(v.date, v.endTime)) {
    ctx.addIssue({ code: 'custom', path: ['startTime'], message: 'Den tiden finns inte det datumet (övergång till sommartid)' });
  }
}

/** The editor's schema; a new event also carries its schedule. `now` decides what is past. */
export function eventFormSchema(now: Date, withSchedule: boolean) {
  if (!withSchedule) return z.object(eventFields).strict().superRefine((v, ctx) => checkEvent(v, ctx));
  return z.object({ ...eventFields, ...scheduleFields }).strict().superRefine((v, ctx) => {
    checkEvent(v, ctx);
    checkSessionTimes({ date: v.firstDate, startTime: v.startTime, endTime: v.endTime }, now, ctx, 'firstDate');
    if (v.endTime > v.startTime && !planSessions(v.firstDate, v.startTime, v.endTime, v.count, Number(v.intervalDays))) {
      ctx.addIssue({ code: 'custom', path: ['startTime'], message: 'En av träffarna hamnar på en tid som inte finns (övergång till sommartid)' });
    }
  });
}
export type EventForm = z.infer<ReturnType<typeof eventFormSchema>> & Partial<{ firstDate: string; startTime: string; endTime: string; count: number; intervalDays: string }>;

export function sessionFormSchema(now: Date) {
  return z.object({ date: date(), startTime: time(), endTime: time() }).strict()
    .superRefine((v, ctx) => checkSessionTimes(v, now, ctx));
}
export type SessionForm = z.infer<ReturnType<typeof sessionFormSchema>>;

const PHONE = /^\+?[0-9 ()-]{6,24}$/;
/** The name field's own message: "Fältet måste fyllas i" in the error summary did not say which field. */
const NAME_REQUIRED = 'Skriv ditt namn eller ett alias';
const contactFields = {
  name: z.string({ error: NAME_REQUIRED }).min(1, NAME_REQUIRED).max(80, 'Högst 80 tecken')
    .refine((v) => !/[\r\n]/.test(v), 'Texten får inte innehålla radbrytningar'),
  email: z.string().max(254, 'Högst 254 tecken').optional().transform((v, ctx) => {
    if (!v) return null;
    if (!z.email().safeParse(v).success) {
      ctx.addIssue({ code: 'custom', message: 'Fyll i en giltig e-postadress, till exempel namn@exempel.se' });
      return z.NEVER;
    }
    return v.toLowerCase();
  }),
  phone: z.string().max(30, 'Högst 30 tecken').optional().transform((v, ctx) => {
    if (!v) return null;
    const digits = v.replace(/\D/g, '');
    if (!PHONE.test(v) || digits.length < 7 || digits.length > 15) {
      ctx.addIssue({ code: 'custom', message: 'Fyll i ett telefonnummer med siffror, till exempel 070-123 45 67' });
      return z.NEVER;
    }
    return v.replace(/[^\d+]/g, '');
  }),
  interpreter: f.optionalText(60),
  hearingLoop: f.checkbox(),
  diet: f.optionalText(200),
  bringingCaredFor: f.checkbox(),
};
function checkContact(v: { email: string | null; phone: string | null }, ctx: Ctx) {
  if (!v.email && !v.phone) ctx.addIssue({ code: 'custom', path: ['email'], message: 'Fyll i e-post eller telefonnummer så att vi kan nå dig' });
}

export const bookingFormSchema = z.object({ ...contactFields, sessionId: f.id().optional() }).strict().superRefine(checkContact);
export type BookingForm = z.infer<typeof bookingFormSchema>;

export const changeBookingSchema = z.object(contactFields).strict().superRefine(checkContact);
export type ChangeBookingForm = z.infer<typeof changeBookingSchema>;

/** A staff member books a training for themselves: only the session, when booked per session. */
export const selfBookingSchema = z.object({ sessionId: f.id().optional() }).strict();

export const attendanceFormSchema = z.object({
  present: ids(),
  headCount: f.optionalInt(0, 1000),
}).strict();
export type AttendanceForm = z.infer<typeof attendanceFormSchema>;

export const cancelFormSchema = z.object({ reason: f.optionalText(500) }).strict();
export const promoteFormSchema = z.object({ increaseCapacity: f.checkbox() }).strict();
export const emptyFormSchema = z.object({}).strict();

export const calendarQuerySchema = z.object({
  group: z.enum(TARGET_GROUPS).optional(),
  type: z.enum(EVENT_TYPES).optional(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional(),
  lang: z.string().optional(),
});
export type CalendarQuery = z.infer<typeof calendarQuerySchema>;

/** The staff's list of activities: upcoming ones, or (tidigare) every one, a page at a time. */
export const staffListQuerySchema = z.object({
  tidigare: z.string().optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});

export const idParam = z.object({ tenant: z.string(), id: z.string().uuid() });
export const sessionParam = z.object({ tenant: z.string(), id: z.string().uuid(), sid: z.string().uuid() });
export const bookingParam = z.object({ tenant: z.string(), id: z.string().uuid(), bid: z.string().uuid() });
/** Private-link tokens are 43 base64url characters. */
export const tokenParam = z.object({ tenant: z.string(), token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });
