/** A carer's account on Mina sidor: a pseudonym and the least identity that lets them back in. */
export interface CarerAccountsTable {
  id: string;
  tenant_id: string;
  /** what the carer wants to be called; a first name or an invented name is enough */
  pseudonym: string;
  /** 'email' | 'phone'; null for an account reached by e-legitimation only */
  address_kind: string | null;
  /** the verified address, sealed (secret-box, context 'carer-address:<tenant>') */
  address_sealed: string | null;
  /** keyed hash of the normalised address, to find the account at sign-in */
  address_hash: string | null;
  /** keyed hash of the e-legitimation broker's subject; never the personnummer */
  eid_subject_hash: string | null;
  /** the identified carer record the carer chose to link to (carers.id) */
  carer_id: string | null;
  /** when the carer gave explicit consent to that link */
  link_consent_at: string | null;
  created_at: string;
  last_active_at: string;
  /** when the notice of coming deletion for inactivity was queued */
  expiry_notice_at: string | null;
}

export interface CarerSessionsTable {
  /** SHA-256 of the cookie's value */
  id_hash: string;
  tenant_id: string;
  account_id: string;
  auth_method: string; // 'code' | 'link' | 'eid'
  created_at: string;
  last_seen_at: string;
}

/** A one-time code (6 digits) and link sent to an address: to sign in, or to claim an item. */
export interface CarerCodesTable {
  id: string;
  tenant_id: string;
  purpose: string; // 'sign_in' | 'claim'
  address_hash: string;
  /** keyed hash of (id, code) */
  code_hash: string;
  /** SHA-256 of the link's token */
  link_hash: string;
  /** claim: the account that asked */
  account_id: string | null;
  item_kind: string | null; // 'request' | 'booking'
  item_id: string | null;
  failed_attempts: number;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

/** A request or booking that belongs to an account (the row itself stays in its module). */
export interface CarerAccountItemsTable {
  id: string;
  tenant_id: string;
  account_id: string;
  kind: string; // 'request' | 'booking'
  item_id: string;
  created_at: string;
}

/** A self-check result the carer chose to save to Mina sidor (JSON SelfcheckSummary). */
export interface CarerSavedSelfchecksTable {
  id: string;
  tenant_id: string;
  account_id: string;
  summary: string;
  saved_at: string;
}

/** The municipality's e-legitimation broker for carers (OpenID Connect). */
export interface EidBrokerConfigsTable {
  tenant_id: string;
  enabled: number;
  /** Shown on the button, e.g. "Logga in med BankID" */
  display_name: string;
  issuer_url: string;
  client_id: string;
  /** seal(config.secretsKey, secret, 'eid:<tenant id>') */
  client_secret_sealed: string | null;
  /** The ID-token claim with the personnummer (e.g. "personal_number") */
  personnummer_claim: string;
  updated_at: string;
}

export interface AccountsTables {
  eid_broker_configs: EidBrokerConfigsTable;
  carer_accounts: CarerAccountsTable;
  carer_sessions: CarerSessionsTable;
  carer_codes: CarerCodesTable;
  carer_account_items: CarerAccountItemsTable;
  carer_saved_selfchecks: CarerSavedSelfchecksTable;
}
