// Form schemas of the admin pages: organisation units, governance bodies, users and roles.
// (The settings form has its own file, settings-form.ts.)
import { z } from 'zod';
import { f } from '../../platform/http/forms.js';
import { BODY_KINDS, ROLES, UNIT_KINDS } from '../../platform/domain/vocab.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A parent unit: '' = top level, otherwise a unit id. */
const parentField = z.string().optional().transform((v, ctx) => {
  if (v === undefined || v === '') return null;
  if (!UUID.test(v)) {
    ctx.addIssue({ code: 'custom', message: 'Välj en enhet i listan' });
    return z.NEVER;
  }
  return v;
});

/** Where a role applies: 'all' = the whole municipality, otherwise a unit id. */
export const roleUnitField = z.string({ message: 'Välj var rollen gäller' }).min(1, 'Välj var rollen gäller').transform((v, ctx) => {
  if (v === 'all') return null;
  if (!UUID.test(v)) {
    ctx.addIssue({ code: 'custom', message: 'Välj en enhet i listan' });
    return z.NEVER;
  }
  return v;
});

export const unitFormSchema = z.object({
  name: f.text(120),
  kind: z.enum(UNIT_KINDS, { message: 'Välj nivå' }),
  parentId: parentField,
  external: f.checkbox(),
  sortOrder: f.optionalInt(0, 9999),
}).strict().superRefine((v, ctx) => {
  // SPEC §2: municipality → administration → area → unit.
  if (v.kind === 'administration' && v.parentId !== null) {
    ctx.addIssue({ code: 'custom', path: ['parentId'], message: 'En förvaltning ligger på översta nivån: välj ingen överordnad enhet' });
  }
  if (v.kind !== 'administration' && v.parentId === null) {
    ctx.addIssue({ code: 'custom', path: ['parentId'], message: 'Välj vilken förvaltning eller vilket område enheten hör till' });
  }
});
export type UnitForm = z.infer<typeof unitFormSchema>;

export const bodyFormSchema = z.object({
  kind: z.enum(BODY_KINDS, { message: 'Välj typ av grupp' }),
  name: f.text(160),
  meetingsPerYear: f.optionalInt(0, 365),
  description: z.string().max(2000, 'Högst 2000 tecken').default(''),
}).strict();
export type BodyForm = z.infer<typeof bodyFormSchema>;

export const PASSWORD_MIN = 12;

export const userCreateSchema = z.object({
  name: f.text(120),
  email: f.email(),
  title: z.string().max(120, 'Högst 120 tecken').default(''),
  role: z.enum(ROLES, { message: 'Välj en roll' }),
  unitId: roleUnitField,
  passwordMode: z.enum(['generate', 'manual'], { message: 'Välj hur lösenordet ska sättas' }),
  password: z.string().max(200, 'Högst 200 tecken').optional(),
}).strict().superRefine((v, ctx) => {
  if (v.passwordMode === 'manual' && (v.password ?? '').length < PASSWORD_MIN) {
    ctx.addIssue({ code: 'custom', path: ['password'], message: `Skriv ett lösenord på minst ${PASSWORD_MIN} tecken, eller välj att skapa ett` });
  }
});
export type UserCreateForm = z.infer<typeof userCreateSchema>;

export const roleFormSchema = z.object({
  role: z.enum(ROLES, { message: 'Välj en roll' }),
  unitId: roleUnitField,
}).strict();
export type RoleForm = z.infer<typeof roleFormSchema>;

export const emptyFormSchema = z.object({}).strict();

export const idParam = z.object({ tenant: z.string(), id: z.string().uuid() });
export const roleParam = z.object({ tenant: z.string(), id: z.string().uuid(), roleId: z.string().uuid() });
