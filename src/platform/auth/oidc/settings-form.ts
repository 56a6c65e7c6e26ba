// The admin's SSO form: its schema and the group-mapping text ("grupp = roll, enhet" per line).
import { z } from 'zod';
import { f, type FormValues } from '../../http/forms.js';
import { ROLE_LABELS, ROLES, roleLabel, type Role } from '../../domain/vocab.js';
import type { OrgUnit } from '../../tenancy/tenancy.js';
import type { GroupMapping, OidcSettings, OidcSettingsInput } from './config-store.js';

/** https, or http only to this machine (a test or development provider). */
export function acceptableIssuer(value: string): boolean {
  try {
    const u = new URL(value);
    if (u.username || u.password || u.search || u.hash) return false;
    return u.protocol === 'https:' || (u.protocol === 'http:' && isLoopback(u));
  } catch {
    return false;
  }
}

export const isLoopback = (u: URL): boolean => ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);

const claim = z.string().max(100, 'Högst 100 tecken').regex(/^[A-Za-z0-9_:./-]*$/, 'Bara bokstäver a–z, siffror och _ : . / -');

export const ssoFormSchema = z.object({
  enabled: f.checkbox(),
  displayName: f.text(60),
  issuerUrl: f.text(300).refine(acceptableIssuer, 'Skriv utfärdarens adress med https://, till exempel https://login.microsoftonline.com/<katalog-id>/v2.0'),
  clientId: f.text(200),
  clientSecret: z.string().max(500, 'Högst 500 tecken').optional(),
  emailClaim: claim.min(1, 'Fyll i vilket anspråk som innehåller e-postadressen'),
  groupsClaim: claim.optional(),
  groupMappings: z.string().max(5000, 'Högst 5000 tecken').optional(),
  autoProvision: f.checkbox(),
  passwordSignInOff: f.checkbox(),
}).strict();
export type SsoForm = z.infer<typeof ssoFormSchema>;

/** A role by its code, its label, or the municipality's own title for the specialist. */
function roleOf(word: string, specialistTitle?: string): Role | undefined {
  const w = word.trim().toLowerCase();
  return ROLES.find((r) => r === w || ROLE_LABELS[r].toLowerCase() === w || roleLabel(r, specialistTitle).toLowerCase() === w);
}

/** "grupp = roll" or "grupp = roll, enhetens namn", one per line; a field message for the first bad line. */
export function parseGroupMappings(text: string | undefined, units: OrgUnit[], specialistTitle?: string): GroupMapping[] | { error: string } {
  const out: GroupMapping[] = [];
  const lines = (text ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  for (const [i, line] of lines.entries()) {
    const m = /^(.+?)\s*=\s*([^,]+?)\s*(?:,\s*(.+))?$/.exec(line);
    if (!m) return { error: `Rad ${i + 1}: skriv grupp = roll eller grupp = roll, enhet` };
    const role = roleOf(m[2]!, specialistTitle);
    if (!role) return { error: `Rad ${i + 1}: okänd roll ”${m[2]}”` };
    let unitId: string | null = null;
    if (m[3]) {
      const unit = units.find((u) => u.name.toLowerCase() === m[3]!.trim().toLowerCase());
      if (!unit) return { error: `Rad ${i + 1}: det finns ingen enhet som heter ”${m[3]}”` };
      unitId = unit.id;
    }
    out.push({ group: m[1]!, role, unitId });
  }
  return out;
}

export function mappingsToText(mappings: GroupMapping[], units: OrgUnit[], specialistTitle?: string): string {
  return mappings.map((m) => {
    const unit = m.unitId ? units.find((u) => u.id === m.unitId)?.name : undefined;
    return `${m.group} = ${roleLabel(m.role, specialistTitle)}${unit ? `, ${unit}` : ''}`;
  }).join('\n');
}

export function settingsToValues(s: OidcSettings | undefined, units: OrgUnit[], specialistTitle?: string): FormValues {
  if (!s) return { emailClaim: 'email' };
  const on = (b: boolean) => (b ? 'on' : undefined);
  return {
    enabled: on(s.enabled), displayName: s.displayName, issuerUrl: s.issuerUrl, clientId: s.clientId, emailClaim: s.emailClaim,
    groupsClaim: s.groupsClaim ?? '', groupMappings: mappingsToText(s.groupMappings, units, specialistTitle),
    autoProvision: on(s.autoProvision), passwordSignInOff: on(s.passwordSignInOff),
  };
}

export function formToInput(form: SsoForm, mappings: GroupMapping[]): OidcSettingsInput {
  return {
    enabled: form.enabled, displayName: form.displayName, issuerUrl: form.issuerUrl, clientId: form.clientId,
    clientSecret: form.clientSecret || undefined, emailClaim: form.emailClaim, groupsClaim: form.groupsClaim || undefined,
    groupMappings: mappings, autoProvision: form.autoProvision, passwordSignInOff: form.passwordSignInOff,
  };
}
