// A municipality's own configuration (SPEC §3): edited by its admin, no code change needed.
import { z } from 'zod';
import { CONTENT_LOCALES, type ContentLocale, DOCUMENTATION_POLICIES, TARGET_GROUPS } from '../domain/vocab.js';

export const routingRuleSchema = z.object({
  targetGroup: z.enum(TARGET_GROUPS).optional(),
  carerUnder: z.number().int().min(1).max(120).optional(),
  /** The närstående is at least this old (their age band, asked on the contact form). */
  relativeAtLeast: z.number().int().min(1).max(120).optional(),
  routeToUnitId: z.string().min(1),
  note: z.string().max(300).default(''),
});
export type RoutingRule = z.infer<typeof routingRuleSchema>;

export const tenantSettingsSchema = z.object({
  specialistTitle: z.string().min(1).max(60).default('anhörigkonsulent'),
  specialistTitlePlural: z.string().min(1).max(60).default('anhörigkonsulenter'),
  carerMinAge: z.number().int().min(0).max(120).nullable().default(null),
  documentationPolicy: z.enum(DOCUMENTATION_POLICIES).default('none'),
  routing: z.array(routingRuleSchema).default([]),
  /**
   * The unit that takes requests and referrals flagged for violence in close relationships
   * (issue 15); when staff set the flag, the record moves there if it is elsewhere. Null = no move.
   */
  violenceUnitId: z.string().min(1).nullable().default(null),
  shortAlias: z.string().regex(/^[a-z0-9-]{2,40}$/).nullable().default(null),
  population: z.number().int().min(0).default(0),
  suppressionThreshold: z.number().int().min(1).max(50).default(5),
  contactTargetWorkingDays: z.number().int().min(1).max(60).default(5),
  waitlistConfirmHours: z.number().int().min(1).max(336).default(48),
  /** A booking cancelled less than this many hours before its session counts as late (issue 4). */
  lateCancellationHours: z.number().int().min(0).max(336).default(24),
  /** Days after an event's last session that bookings' contact details are kept (issue 4). */
  bookingRetentionDays: z.number().int().min(0).max(365).default(30),
  carerRetentionMonths: z.number().int().min(1).max(120).default(24),
  /** Districts (geographic areas) offered in the contact log; empty = the organisation's areas (issue 5). */
  districts: z.array(z.string().min(1).max(80)).max(200).default([]),
  /** Days the contact details of a closed contact request are kept (issue 3). */
  contactRetentionDays: z.number().int().min(0).max(365).default(30),
  ambassadorTrainingMonths: z.number().int().min(1).max(60).default(12),
  intro: z.record(z.string(), z.string()).default({}),
  contactPhone: z.string().max(60).default(''),
  contactEmail: z.string().max(120).default(''),
  /** Every role that reads identified personal data must sign in with a second factor (issue 12). */
  requireSecondFactor: z.boolean().default(false),
  /** Months without sign-in after which a carer's Mina sidor account is deleted, after notice (issue 18). */
  carerAccountInactivityMonths: z.number().int().min(1).max(60).default(12),
  /** Months after its last message that a secure-message thread is deleted (issue 18). */
  messageRetentionMonths: z.number().int().min(1).max(120).default(24),
  /**
   * The languages the citizen pages are offered in (issue 16). Swedish is always offered (it is
   * added when missing); the switcher shows exactly these, in CONTENT_LOCALES order.
   */
  languages: z.array(z.enum(CONTENT_LOCALES)).default([...CONTENT_LOCALES])
    .transform((ls): ContentLocale[] => CONTENT_LOCALES.filter((l) => l === 'sv' || ls.includes(l))),
});
export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

export function parseSettings(json: string): TenantSettings {
  let raw: unknown = {};
  try {
    raw = JSON.parse(json);
  } catch {
    raw = {};
  }
  const parsed = tenantSettingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : tenantSettingsSchema.parse({});
}

/** The languages a municipality offers its citizens, Swedish first. */
export const offeredLocales = (settings: TenantSettings): readonly ContentLocale[] => settings.languages;
