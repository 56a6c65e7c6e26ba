// A carer's address (e-mail or mobile number): normalised once, found by a keyed hash, kept
// sealed. Without the app's secrets a copy of the database reveals no address.
import type { Config } from '../../config.js';
import { keyedHash } from '../../platform/auth/rate-limit.js';
import { open, seal } from '../../platform/crypto/secret-box.js';
import { toE164 } from '../../platform/mail/sms.js';

export type AddressKind = 'email' | 'phone';

export interface Address {
  kind: AddressKind;
  /** normalised: lower-case e-mail, or E.164 number */
  value: string;
}

export function normalizeAddress(kind: AddressKind, raw: string): Address {
  return kind === 'email' ? { kind, value: raw.trim().toLowerCase() } : { kind, value: toE164(raw.trim()) };
}

export const addressHash = (config: Config, tenantId: string, a: Address): string =>
  keyedHash(config.sessionSecret, `carer-address:${tenantId}:${a.kind}:${a.value}`);

const context = (tenantId: string) => `carer-address:${tenantId}`;
export const sealAddress = (config: Config, tenantId: string, a: Address): string => seal(config.secretsKey, JSON.stringify(a), context(tenantId));

export function openAddress(config: Config, tenantId: string, sealed: string | null): Address | undefined {
  const text = sealed ? open(config.secretsKey, sealed, context(tenantId)) : undefined;
  return text ? (JSON.parse(text) as Address) : undefined;
}

/** How the outbox reaches the address. */
export const channelOf = (a: Address): 'email' | 'sms' => (a.kind === 'email' ? 'email' : 'sms');
