// The settings editor's form (SPEC §3): the fields this page knows, mapped to and from the
// tenant settings. Fields other modules add to tenantSettingsSchema are not on this form;
// saving merges over the stored JSON, so their values stay as they are.
import { z } from 'zod';
import { f, type FormValues } from '../../platform/http/forms.js';
import { CONTENT_LOCALES, DOCUMENTATION_POLICIES, TARGET_GROUPS, type TargetGroup } from '../../platform/domain/vocab.js';
import type { RoutingRule, TenantSettings } from '../../platform/tenancy/settings.js';

/** Routing rules on the form: the stored ones plus blank rows to add, up to this many. */
export const MAX_RULES = 20;
export const BLANK_RULE_ROWS = 2;

const requiredInt = (min: number, max: number) => z.string({ message: 'Fyll i ett tal' }).transform((v, ctx) => {
  if (v === '') {
    ctx.addIssue({ code: 'custom', message: 'Fyll i ett tal' });
    return z.NEVER;
  }
  if (!/^\d+$/.test(v.replace(/\s/g, ''))) {
    ctx.addIssue({ code: 'custom', message: 'Skriv ett heltal, utan decimaler' });
    return z.NEVER;
  }
  const n = Number(v.replace(/\s/g, ''));
  if (n < min || n > max) {
    ctx.addIssue({ code: 'custom', message: `Skriv ett tal mellan ${min} och ${max}` });
    return z.NEVER;
  }
  return n;
});

const optionalUuid = z.string().optional().transform((v, ctx) => {
  if (!v) return null;
  if (!/^[0-9a-f-]{36}$/i.test(v)) {
    ctx.addIssue({ code: 'custom', message: 'Välj en enhet i listan' });
    return z.NEVER;
  }
  return v;
});

const ruleFields = Object.fromEntries(Array.from({ length: MAX_RULES }, (_, i) => [
  [`rule${i}_targetGroup`, z.union([z.literal(''), z.enum(TARGET_GROUPS)], { message: 'Välj en målgrupp i listan' }).optional()],
  [`rule${i}_carerUnder`, f.optionalInt(1, 120)],
  [`rule${i}_relativeAtLeast`, f.optionalInt(1, 120)],
  [`rule${i}_unitId`, optionalUuid],
  [`rule${i}_note`, z.string().max(300, 'Högst 300 tecken').optional()],
  [`rule${i}_remove`, f.checkbox()],
]).flat()) as Record<string, z.ZodType>;

const introFields = Object.fromEntries(CONTENT_LOCALES.map((l) => [`intro_${l}`, z.string().max(2000, 'Högst 2000 tecken').optional()]));

export const settingsFormSchema = z.object({
  specialistTitle: f.text(60),
  specialistTitlePlural: f.text(60),
  carerMinAge: f.optionalInt(0, 120),
  documentationPolicy: z.enum(DOCUMENTATION_POLICIES, { message: 'Välj hur samtal dokumenteras' }),
  shortAlias: z.string().max(40, 'Högst 40 tecken').optional().transform((v, ctx) => {
    if (!v) return null;
    if (!/^[a-z0-9-]{2,40}$/.test(v)) {
      ctx.addIssue({ code: 'custom', message: 'Använd 2–40 små bokstäver a–z, siffror och bindestreck, till exempel a-stod' });
      return z.NEVER;
    }
    return v;
  }),
  population: requiredInt(0, 10_000_000),
  suppressionThreshold: requiredInt(1, 50),
  contactTargetWorkingDays: requiredInt(1, 60),
  waitlistConfirmHours: requiredInt(1, 336),
  carerRetentionMonths: requiredInt(1, 120),
  contactRetentionDays: requiredInt(0, 365),
  ambassadorTrainingMonths: requiredInt(1, 60),
  // Mina sidor (issue 18); left out of a posted form = unchanged.
  carerAccountInactivityMonths: requiredInt(1, 60).optional(),
  messageRetentionMonths: requiredInt(1, 120).optional(),
  contactPhone: z.string().max(60, 'Högst 60 tecken').default(''),
  contactEmail: z.union([z.literal(''), z.string().max(120, 'Högst 120 tecken').email('Fyll i en giltig e-postadress, till exempel anhorigstod@kommun.se')]).default(''),
  requireSecondFactor: f.checkbox(),
  /** The languages offered besides Swedish, which is always offered. */
  languages: f.many(CONTENT_LOCALES),
  /** Violence in close relationships: the unit flagged requests and referrals move to (issue 15). */
  violenceUnitId: optionalUuid,
  ...introFields,
  ...ruleFields,
}).strict().superRefine((v, ctx) => {
  const values = v as Record<string, unknown>;
  // The start page shows Swedish where a language is missing, so Swedish comes first.
  if (!values.intro_sv && CONTENT_LOCALES.some((l) => values[`intro_${l}`])) {
    ctx.addIssue({ code: 'custom', path: ['intro_sv'], message: 'Skriv texten på svenska först; den visas när ett språk saknas' });
  }
  for (let i = 0; i < MAX_RULES; i++) {
    if (values[`rule${i}_remove`] === true) continue;
    const used = values[`rule${i}_targetGroup`] || values[`rule${i}_carerUnder`] != null || values[`rule${i}_relativeAtLeast`] != null || values[`rule${i}_note`];
    if (used && !values[`rule${i}_unitId`]) {
      ctx.addIssue({ code: 'custom', path: [`rule${i}_unitId`], message: 'Välj vilken enhet som tar emot kontakterna' });
    }
  }
});
export type SettingsForm = z.infer<typeof settingsFormSchema>;

/** The part of TenantSettings this form edits. */
export type SettingsPatch = Pick<TenantSettings, 'specialistTitle' | 'specialistTitlePlural' | 'carerMinAge' | 'documentationPolicy' | 'shortAlias'
  | 'population' | 'suppressionThreshold' | 'contactTargetWorkingDays' | 'waitlistConfirmHours' | 'carerRetentionMonths'
  | 'contactRetentionDays' | 'ambassadorTrainingMonths' | 'contactPhone' | 'contactEmail' | 'routing' | 'intro' | 'requireSecondFactor' | 'languages'
  | 'violenceUnitId'>
  & Partial<Pick<TenantSettings, 'carerAccountInactivityMonths' | 'messageRetentionMonths'>>;

/** The settings patch, and for each routing rule the form row it came from (for messages). */
export function formToPatch(form: SettingsForm): { patch: SettingsPatch; ruleRows: number[] } {
  const v = form as Record<string, unknown>;
  const routing: RoutingRule[] = [];
  const ruleRows: number[] = [];
  for (let i = 0; i < MAX_RULES; i++) {
    const unitId = v[`rule${i}_unitId`] as string | null;
    if (v[`rule${i}_remove`] === true || !unitId) continue;
    const group = v[`rule${i}_targetGroup`] as TargetGroup | '' | undefined;
    const under = v[`rule${i}_carerUnder`] as number | null;
    const relative = v[`rule${i}_relativeAtLeast`] as number | null;
    routing.push({
      ...(group ? { targetGroup: group } : {}), ...(under != null ? { carerUnder: under } : {}), ...(relative != null ? { relativeAtLeast: relative } : {}),
      routeToUnitId: unitId, note: (v[`rule${i}_note`] as string | undefined) ?? '',
    });
    ruleRows.push(i);
  }
  const intro: Record<string, string> = {};
  for (const l of CONTENT_LOCALES) {
    const text = v[`intro_${l}`] as string | undefined;
    if (text) intro[l] = text;
  }
  const patch: SettingsPatch = {
    specialistTitle: form.specialistTitle, specialistTitlePlural: form.specialistTitlePlural, carerMinAge: form.carerMinAge,
    documentationPolicy: form.documentationPolicy, shortAlias: form.shortAlias, population: form.population,
    suppressionThreshold: form.suppressionThreshold, contactTargetWorkingDays: form.contactTargetWorkingDays,
    waitlistConfirmHours: form.waitlistConfirmHours, carerRetentionMonths: form.carerRetentionMonths,
    contactRetentionDays: form.contactRetentionDays, ambassadorTrainingMonths: form.ambassadorTrainingMonths, contactPhone: form.contactPhone, contactEmail: form.contactEmail,
    requireSecondFactor: form.requireSecondFactor, routing, intro, violenceUnitId: form.violenceUnitId,
    languages: CONTENT_LOCALES.filter((l) => l === 'sv' || form.languages.includes(l)),
    ...(form.carerAccountInactivityMonths !== undefined ? { carerAccountInactivityMonths: form.carerAccountInactivityMonths } : {}),
    ...(form.messageRetentionMonths !== undefined ? { messageRetentionMonths: form.messageRetentionMonths } : {}),
  };
  return { patch, ruleRows };
}

/** Form values from stored settings: every known field, the rules, and blank rows to add. */
export function settingsToFormValues(s: TenantSettings): FormValues {
  const v: FormValues = {
    specialistTitle: s.specialistTitle, specialistTitlePlural: s.specialistTitlePlural,
    carerMinAge: s.carerMinAge === null ? '' : String(s.carerMinAge), documentationPolicy: s.documentationPolicy,
    shortAlias: s.shortAlias ?? '', population: String(s.population), suppressionThreshold: String(s.suppressionThreshold),
    contactTargetWorkingDays: String(s.contactTargetWorkingDays), waitlistConfirmHours: String(s.waitlistConfirmHours),
    carerRetentionMonths: String(s.carerRetentionMonths), contactRetentionDays: String(s.contactRetentionDays),
    ambassadorTrainingMonths: String(s.ambassadorTrainingMonths),
    carerAccountInactivityMonths: String(s.carerAccountInactivityMonths), messageRetentionMonths: String(s.messageRetentionMonths),
    contactPhone: s.contactPhone, contactEmail: s.contactEmail, requireSecondFactor: s.requireSecondFactor ? 'on' : '',
    languages: s.languages.filter((l) => l !== 'sv'), violenceUnitId: s.violenceUnitId ?? '',
  };
  for (const l of CONTENT_LOCALES) v[`intro_${l}`] = s.intro[l] ?? '';
  s.routing.slice(0, MAX_RULES).forEach((r, i) => {
    v[`rule${i}_targetGroup`] = r.targetGroup ?? '';
    v[`rule${i}_carerUnder`] = r.carerUnder === undefined ? '' : String(r.carerUnder);
    v[`rule${i}_relativeAtLeast`] = r.relativeAtLeast === undefined ? '' : String(r.relativeAtLeast);
    v[`rule${i}_unitId`] = r.routeToUnitId;
    v[`rule${i}_note`] = r.note;
  });
  return v;
}

/** How many rule rows the form shows: the filled ones (also after a failed post) plus blanks. */
export function ruleRowCount(values: FormValues): number {
  let last = -1;
  for (let i = 0; i < MAX_RULES; i++) {
    if (['targetGroup', 'carerUnder', 'relativeAtLeast', 'unitId', 'note'].some((k) => values[`rule${i}_${k}`])) last = i;
  }
  return Math.min(MAX_RULES, last + 1 + BLANK_RULE_ROWS);
}
