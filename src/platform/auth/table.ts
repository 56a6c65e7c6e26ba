export interface UsersTable {
  id: string;
  tenant_id: string;
  email: string;
  name: string;
  title: string;
  password_hash: string | null;
  disabled: number;
  created_at: string;
  last_sign_in_at: string | null;
  /** 1 when someone else set the password: its owner must change it at the next sign-in */
  must_change_password: number;
}

export interface UserRolesTable {
  id: string;
  tenant_id: string;
  user_id: string;
  role: string; // Role
  /** null = the whole municipality; otherwise the unit and every unit below it */
  unit_id: string | null;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie value: a stolen database does not yield live cookies */
  id_hash: string;
  user_id: string;
  tenant_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  /** AuthMethod: how this session was signed in */
  auth_method: string;
}

export interface LoginAttemptsTable {
  id: string;
  /** 'account:<tenant>:<email>' or 'address:<ip>' hashed — never the raw address */
  key_hash: string;
  at: string;
}

/** A staff member's authenticator app (RFC 6238); confirmed only once a valid code was entered. */
export interface TotpFactorsTable {
  user_id: string;
  tenant_id: string;
  /** The base32 seed sealed with config.secretsKey under 'totp:<user id>' */
  secret_sealed: string;
  confirmed_at: string | null;
  /** The last time step a code was accepted for: that code and older ones are refused */
  last_step: number | null;
  created_at: string;
}

export interface RecoveryCodesTable {
  id: string;
  tenant_id: string;
  user_id: string;
  /** HMAC-SHA256 of the normalised code under the app secret */
  code_hash: string;
  used_at: string | null;
  created_at: string;
}

/** Between a correct password and the second factor: not a session, about five minutes long. */
export interface PendingSignInsTable {
  /** SHA-256 of the token in the browser's cookie */
  id_hash: string;
  tenant_id: string;
  user_id: string;
  next: string;
  created_at: string;
}

/** A WebAuthn credential (passkey) of a staff member: only its public key, never biometrics. */
export interface PasskeysTable {
  id: string;
  tenant_id: string;
  user_id: string;
  /** base64url credential id, unique across the system */
  credential_id: string;
  /** base64url COSE public key */
  public_key: string;
  /** The authenticator's signature counter; a value going backwards is refused */
  counter: number;
  /** Comma-separated AuthenticatorTransport hints */
  transports: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
}

/** A ceremony in progress: used once, about five minutes long. */
export interface WebauthnChallengesTable {
  /** base64url challenge sent to the browser */
  challenge: string;
  tenant_id: string;
  user_id: string;
  /** 'register' | 'authenticate' */
  purpose: string;
  created_at: string;
}

export interface AuthTables {
  passkeys: PasskeysTable;
  webauthn_challenges: WebauthnChallengesTable;
  totp_factors: TotpFactorsTable;
  recovery_codes: RecoveryCodesTable;
  pending_sign_ins: PendingSignInsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
}
