// Reference codes, private status tokens and the signed fill-time stamp of the public form.
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

// Crockford's base32 without I, L, O and U: easy to read aloud and type on a phone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** e.g. 'K-7H3Q-2M': 30 random bits, unique per municipality (a unique index guards it). */
export function referenceCode(): string {
  const pick = (n: number) => Array.from({ length: n }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `K-${pick(4)}-${pick(2)}`;
}

export const REFERENCE_RE = /^K-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/;

/** 256 random bits, URL-safe (43 characters). Only its hash is stored. */
export const statusToken = (): string => randomBytes(32).toString('base64url');
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

const stampMac = (secret: string, ms: number) => createHmac('sha256', secret).update(`contact-form-started:${ms}`).digest('base64url').slice(0, 22);

/** When the form was shown, signed so a bot cannot backdate it. */
export function fillStamp(secret: string, now: Date): string {
  const ms = now.getTime();
  return `${ms}.${stampMac(secret, ms)}`;
}

/** Milliseconds since the form was shown, or undefined when the stamp is missing or forged. */
export function stampAge(secret: string, stamp: string | undefined, now: Date): number | undefined {
  const m = /^(\d{10,15})\.([A-Za-z0-9_-]{22})$/.exec(stamp ?? '');
  if (!m) return undefined;
  const expected = Buffer.from(stampMac(secret, Number(m[1])));
  const given = Buffer.from(m[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  return now.getTime() - Number(m[1]);
}
