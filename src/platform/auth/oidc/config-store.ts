// The municipality's OpenID Connect settings: read, map, save (admin, audited) and the
// break-glass switch that turns password sign-in back on. Every query takes the tenant.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Config } from '../../../config.js';
import { parseJson, toJson } from '../../db/helpers.js';
import { audit } from '../../audit/audit.js';
import { open, seal } from '../../crypto/secret-box.js';
import { Invalid } from '../../http/errors.js';
import type { Role } from '../../domain/vocab.js';

/** A provider group gives a role, in a unit or (unitId null) in the whole municipality. */
export interface GroupMapping {
  group: string;
  role: Role;
  unitId: string | null;
}

export interface OidcSettings {
  enabled: boolean;
  displayName: string;
  issuerUrl: string;
  clientId: string;
  hasSecret: boolean;
  emailClaim: string;
  groupsClaim: string | null;
  groupMappings: GroupMapping[];
  autoProvision: boolean;
  passwordSignInOff: boolean;
}

export const secretContext = (tenantId: string): string => `oidc:${tenantId}`;

export async function getOidcSettings(db: Kysely<DB>, tenantId: string): Promise<OidcSettings | undefined> {
  const row = await db.selectFrom('oidc_configs').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
  if (!row) return undefined;
  return {
    enabled: row.enabled === 1, displayName: row.display_name, issuerUrl: row.issuer_url, clientId: row.client_id,
    hasSecret: !!row.client_secret_sealed, emailClaim: row.email_claim, groupsClaim: row.groups_claim,
    groupMappings: parseJson<GroupMapping[]>(row.group_mappings, []), autoProvision: row.auto_provision === 1,
    passwordSignInOff: row.password_sign_in_off === 1,
  };
}

/** The client secret in clear, only for the token request; undefined when missing or unreadable. */
export async function clientSecretOf(db: Kysely<DB>, config: Config, tenantId: string): Promise<string | undefined> {
  const row = await db.selectFrom('oidc_configs').select('client_secret_sealed').where('tenant_id', '=', tenantId).executeTakeFirst();
  return row?.client_secret_sealed ? open(config.secretsKey, row.client_secret_sealed, secretContext(tenantId)) : undefined;
}

/** SSO is usable: switched on, with everything the flow needs. */
export const ssoReady = (s: OidcSettings | undefined): s is OidcSettings =>
  !!s && s.enabled && s.hasSecret && !!s.issuerUrl && !!s.clientId;

export interface OidcSettingsInput {
  enabled: boolean;
  displayName: string;
  issuerUrl: string;
  clientId: string;
  /** Empty: keep the stored secret */
  clientSecret?: string;
  emailClaim: string;
  groupsClaim?: string;
  groupMappings: GroupMapping[];
  autoProvision: boolean;
  passwordSignInOff: boolean;
}

/**
 * Saves the settings. Password sign-in may be turned off only while SSO is ready and the admin
 * doing it signed in through SSO in this very session: that proves the way in that stays works
 * for at least one admin. The CLI (`sso-password-sign-in --on`) is the break-glass way back.
 */
export async function saveOidcSettings(
  db: Kysely<DB>, config: Config, actor: { tenantId: string; userId: string; authMethod?: string }, input: OidcSettingsInput, now: Date,
): Promise<void> {
  const current = await getOidcSettings(db, actor.tenantId);
  const hasSecret = !!input.clientSecret || !!current?.hasSecret;
  const errors: Record<string, string> = {};
  if (!hasSecret) errors.clientSecret = 'Fyll i klienthemligheten';
  if (input.autoProvision && (!input.groupsClaim || input.groupMappings.length === 0)) {
    errors.autoProvision = 'Skapa konton automatiskt kräver ett gruppanspråk och minst en grupp som ger en roll';
  }
  if (input.passwordSignInOff && !current?.passwordSignInOff) {
    if (!input.enabled) errors.passwordSignInOff = 'Lösenordsinloggning kan bara stängas av när inloggning med kommunens identitetstjänst är påslagen';
    else if (actor.authMethod !== 'sso') errors.passwordSignInOff = 'Logga först in med kommunens identitetstjänst, så att du vet att den fungerar, innan du stänger av lösenordsinloggning';
  }
  if (input.passwordSignInOff && !input.enabled && current?.passwordSignInOff) {
    errors.enabled = 'Slå på lösenordsinloggning innan du stänger av inloggning med identitetstjänsten, annars kan ingen logga in';
  }
  if (Object.keys(errors).length > 0) throw new Invalid(errors);
  const values = {
    enabled: input.enabled ? 1 : 0, display_name: input.displayName, issuer_url: input.issuerUrl, client_id: input.clientId,
    email_claim: input.emailClaim, groups_claim: input.groupsClaim ?? null, group_mappings: toJson(input.groupMappings),
    auto_provision: input.autoProvision ? 1 : 0, password_sign_in_off: input.passwordSignInOff ? 1 : 0, updated_at: now.toISOString(),
    ...(input.clientSecret ? { client_secret_sealed: seal(config.secretsKey, input.clientSecret, secretContext(actor.tenantId)) } : {}),
  };
  await db.transaction().execute(async (trx) => {
    if (current) await trx.updateTable('oidc_configs').set(values).where('tenant_id', '=', actor.tenantId).execute();
    else await trx.insertInto('oidc_configs').values({ tenant_id: actor.tenantId, client_secret_sealed: null, ...values }).execute();
    await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'settings.sso_update', subjectType: 'oidc_config', subjectId: actor.tenantId, purpose: 'administration' }, now);
    if (input.clientSecret) {
      await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: 'settings.sso_secret_replaced', subjectType: 'oidc_config', subjectId: actor.tenantId, purpose: 'administration' }, now);
    }
    if (input.passwordSignInOff !== !!current?.passwordSignInOff) {
      await audit(trx, { tenantId: actor.tenantId, userId: actor.userId, action: input.passwordSignInOff ? 'settings.password_sign_in_off' : 'settings.password_sign_in_on', subjectType: 'oidc_config', subjectId: actor.tenantId, purpose: 'administration' }, now);
    }
  });
}

/** Break-glass (CLI): password sign-in on again, e.g. when the provider is gone. Returns false when it was already on. */
export async function reenablePasswordSignIn(db: Kysely<DB>, tenantId: string, now: Date): Promise<boolean> {
  const res = await db.updateTable('oidc_configs').set({ password_sign_in_off: 0, updated_at: now.toISOString() })
    .where('tenant_id', '=', tenantId).where('password_sign_in_off', '=', 1).executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) return false;
  await audit(db, { tenantId, userId: null, action: 'settings.password_sign_in_on', subjectType: 'oidc_config', subjectId: tenantId, purpose: 'break-glass (cli)' }, now);
  return true;
}
