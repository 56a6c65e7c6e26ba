export interface OidcConfigsTable {
  /** One identity provider per municipality */
  tenant_id: string;
  enabled: number;
  /** Shown on the button: "Logga in med <display_name>" */
  display_name: string;
  /** Discovery: <issuer_url>/.well-known/openid-configuration */
  issuer_url: string;
  client_id: string;
  /** seal(config.secretsKey, secret, 'oidc:<tenant id>'); never shown again */
  client_secret_sealed: string | null;
  /** The ID-token claim compared (case-insensitively) with the account's e-mail address */
  email_claim: string;
  /** The claim listing the person's groups, for provisioning; null = no mapping */
  groups_claim: string | null;
  /** JSON GroupMapping[] (service.ts) */
  group_mappings: string;
  /** 1 = an unknown person with a mapped group gets an account at first sign-in */
  auto_provision: number;
  /** 1 = the municipality's staff sign in through the provider only */
  password_sign_in_off: number;
  updated_at: string;
}

export interface OidcTables {
  oidc_configs: OidcConfigsTable;
}
