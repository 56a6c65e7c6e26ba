import { z } from 'zod';
import { f } from '../../platform/http/forms.js';
import { isoDateField } from '../../platform/domain/dates.js';
import { NotFound } from '../../platform/http/errors.js';

export const MEMBER_KINDS = ['user', 'partner', 'person'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

/** A member: a user, a partner's representative, or a named person without an account. */
export const memberFormSchema = z.object({
  kind: z.enum(MEMBER_KINDS, { message: 'Välj vilken sorts medlem det är' }),
  userId: z.string().max(60).optional().transform((v) => v || undefined),
  partnerId: z.string().max(60).optional().transform((v) => v || undefined),
  name: f.optionalText(120),
  roleInBody: f.optionalText(120),
}).strict().superRefine((v, ctx) => {
  if (v.kind === 'user' && !v.userId) ctx.addIssue({ code: 'custom', path: ['userId'], message: 'Välj en medarbetare' });
  if (v.kind === 'partner' && !v.partnerId) ctx.addIssue({ code: 'custom', path: ['partnerId'], message: 'Välj en samarbetspartner' });
  if (v.kind !== 'user' && !v.name) ctx.addIssue({ code: 'custom', path: ['name'], message: v.kind === 'partner' ? 'Skriv namnet på partnerns representant' : 'Skriv personens namn' });
});
export type MemberForm = z.infer<typeof memberFormSchema>;

export const frequencyFormSchema = z.object({
  meetingsPerYear: f.optionalInt(0, 52),
}).strict();
export type FrequencyForm = z.infer<typeof frequencyFormSchema>;

export const meetingFormSchema = z.object({
  date: isoDateField(),
  startTime: z.string().max(5).optional().transform((v) => v || undefined)
    .refine((v) => v === undefined || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), 'Skriv en tid som TT:MM, till exempel 13:30'),
  place: f.optionalText(200),
  topic: f.optionalText(300),
}).strict();
export type MeetingForm = z.infer<typeof meetingFormSchema>;

export const ATTACHMENT_KINDS = ['agenda', 'minutes'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, string> = { agenda: 'Dagordning', minutes: 'Protokoll' };

/** The text fields of the multipart upload form (the file is checked separately). */
export const uploadFieldsSchema = z.object({
  kind: z.enum(ATTACHMENT_KINDS, { message: 'Välj om filen är dagordning eller protokoll' }),
}).strict();

export const wheelQuerySchema = z.object({
  ar: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const idParam = z.object({ tenant: z.string(), id: z.string().uuid() });
export const memberParam = z.object({ tenant: z.string(), id: z.string().uuid(), memberId: z.string().uuid() });

/** Path parameters, or not found (a malformed id is as unknown as a missing one). */
export const params = <S extends z.ZodType>(schema: S, p: unknown): z.infer<S> => {
  const r = schema.safeParse(p);
  if (!r.success) throw new NotFound();
  return r.data;
};
