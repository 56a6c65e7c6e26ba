// Forms of the portal settings page (short alias, start-page intro, contact routing).
import { z } from 'zod';
import { f } from '../../platform/http/forms.js';
import { CONTENT_LOCALES, TARGET_GROUPS } from '../../platform/domain/vocab.js';

const introFields = Object.fromEntries(CONTENT_LOCALES.map((l) => [`intro_${l}`, f.optionalText(600)])) as Record<string, ReturnType<typeof f.optionalText>>;

export const portalSettingsSchema = z.object({
  shortAlias: z.string().max(40, 'Högst 40 tecken').optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^[a-z0-9-]{2,40}$/.test(v), 'Använd 2–40 tecken: små bokstäver a–z, siffror och bindestreck'),
  contactPhone: z.string().max(60, 'Högst 60 tecken').default(''),
  contactEmail: z.union([z.literal(''), f.email()]).default(''),
  contactRetentionDays: f.optionalInt(0, 365).refine((v) => v !== null, 'Fyll i antal dagar'),
  ...introFields,
}).strict();
export type PortalSettingsForm = z.infer<typeof portalSettingsSchema>;

export const routingRuleFormSchema = z.object({
  targetGroup: z.union([z.literal(''), z.enum(TARGET_GROUPS)]).optional().transform((v) => (v ? v : undefined)),
  carerUnder: f.optionalInt(1, 120),
  routeToUnitId: z.string().uuid('Välj en enhet'),
  note: f.text(300),
}).strict();
export type RoutingRuleForm = z.infer<typeof routingRuleFormSchema>;

export const ruleIndexParam = z.object({ tenant: z.string(), index: z.coerce.number().int().min(0).max(99) });
