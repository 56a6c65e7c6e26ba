import { z } from 'zod';
import { f } from '../../platform/http/forms.js';
import { isoDateField } from '../../platform/domain/dates.js';
import { NotFound } from '../../platform/http/errors.js';

import { OUTREACH_CHANNELS, type OutreachChannel } from '../campaigns/service.js';

export { OUTREACH_CHANNELS, type OutreachChannel };
export const OUTREACH_CHANNEL_LABELS: Record<OutreachChannel, string> = {
  letter: 'Brev hem',
  advert: 'Annons eller affisch',
  newspaper: 'Tidningen Anhöringen',
  fair: 'Mässa eller informationsträff',
  home_visit: 'Hembesök',
  en_bra_plats: 'En bra plats (webbforum)',
  other: 'Annat',
};

/** Whole kronor; "12 500" and "12500" both work. */
const costField = z.string().optional().transform((v, ctx) => {
  const s = (v ?? '').replace(/[\s\u00a0]/g, '').replace(/kr$/i, '');
  if (s === '') return 0;
  if (!/^\d{1,9}$/.test(s)) {
    ctx.addIssue({ code: 'custom', message: 'Skriv kostnaden i hela kronor, till exempel 12 500' });
    return z.NEVER;
  }
  return Number(s);
});

export const campaignFormSchema = z.object({
  name: f.text(120),
  target: f.text(300),
  description: f.optionalText(2000),
  channels: f.many(OUTREACH_CHANNELS),
  startsOn: isoDateField(),
  endsOn: isoDateField(),
  cost: costField,
}).strict().superRefine((v, ctx) => {
  if (v.channels.length === 0) ctx.addIssue({ code: 'custom', path: ['channels'], message: 'Välj minst en kanal' });
  if (v.startsOn && v.endsOn && v.endsOn < v.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'Slutdatum kan inte vara före startdatum' });
});
export type CampaignForm = z.infer<typeof campaignFormSchema>;

export const listQuerySchema = z.object({
  ar: z.coerce.number().int().min(2000).max(2100).optional(),
  sparad: z.string().max(20).optional(),
});

export const idParam = z.object({ tenant: z.string(), id: z.string().uuid() });

export const params = <S extends z.ZodType>(schema: S, p: unknown): z.infer<S> => {
  const r = schema.safeParse(p);
  if (!r.success) throw new NotFound();
  return r.data;
};
