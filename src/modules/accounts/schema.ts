// Forms of the carer's sign-in. Messages are keys of ACCOUNT_MESSAGES, translated when shown.
import { z } from 'zod';

const phoneRe = /^\+?[0-9][0-9 -]{6,18}$/;

export const sendCodeSchema = z.object({
  kind: z.enum(['email', 'phone'], { message: 'accounts.err.kind' }),
  email: z.string().max(254).optional(),
  phone: z.string().max(30).optional(),
}).strict().superRefine((v, ctx) => {
  if (v.kind === 'email' && !z.string().email().safeParse(v.email ?? '').success) ctx.addIssue({ code: 'custom', path: ['email'], message: 'accounts.err.email' });
  if (v.kind === 'phone' && !phoneRe.test(v.phone ?? '')) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'accounts.err.phone' });
});
export type SendCodeForm = z.infer<typeof sendCodeSchema>;

export const verifyCodeSchema = z.object({
  codeId: z.string().uuid('accounts.err.expired'),
  kind: z.enum(['email', 'phone'], { message: 'accounts.err.kind' }),
  address: z.string().min(1, 'accounts.err.expired').max(254),
  code: z.string().regex(/^\d{6}$/, 'accounts.err.code'),
}).strict();

export const signOutSchema = z.object({ everywhere: z.enum(['1']).optional() }).strict();

export const tokenParam = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });
