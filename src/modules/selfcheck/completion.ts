// One completed check counts once, also when the browser sends the result page's POST again
// (reload, back and forward). The start page hands out a one-time completion token that the
// form carries in a hidden field; counting a completion remembers the token's SHA-256 for a
// day or two and counts only a token not seen before. The token is random and signed (so only
// tokens this server issued, for this municipality and recently, are counted); it is tied to no
// person, cookie or request, and what is remembered is its hash and the day it was issued.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DateTime } from 'luxon';

/** nonce (16 random bytes) . issue day (UTC, yyyyMMdd) . MAC (16 bytes), base64url. */
export const COMPLETION_TOKEN = /^[A-Za-z0-9_-]{22}\.\d{8}\.[A-Za-z0-9_-]{22}$/;
/** A token is counted on the day it was issued or the next; its hash is forgotten after that. */
export const COMPLETION_DAYS = 2;

const mac = (secret: string, tenantId: string, nonce: string, day: string): string =>
  createHmac('sha256', secret).update(`selfcheck-completion:${tenantId}:${nonce}:${day}`).digest().subarray(0, 16).toString('base64url');

const dayOf = (now: Date): string => DateTime.fromJSDate(now, { zone: 'utc' }).toFormat('yyyyMMdd');

export function issueCompletionToken(secret: string, tenantId: string, now: Date): string {
  const nonce = randomBytes(16).toString('base64url');
  const day = dayOf(now);
  return `${nonce}.${day}.${mac(secret, tenantId, nonce, day)}`;
}

/** The first day ('YYYY-MM-DD', UTC) whose tokens still count; older ones are forgotten. */
export function oldestCountedDay(now: Date): string {
  return DateTime.fromJSDate(now, { zone: 'utc' }).minus({ days: COMPLETION_DAYS - 1 }).toFormat('yyyy-MM-dd');
}

/** The hash to remember and the issue day, for a genuine and recent token; null otherwise. */
export function checkCompletionToken(secret: string, tenantId: string, token: string | undefined, now: Date): { hash: string; issuedOn: string } | null {
  if (!token || !COMPLETION_TOKEN.test(token)) return null;
  const [nonce, day, given] = token.split('.');
  const expected = Buffer.from(mac(secret, tenantId, nonce, day));
  if (expected.length !== Buffer.byteLength(given) || !timingSafeEqual(expected, Buffer.from(given))) return null;
  const issuedOn = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`;
  if (issuedOn < oldestCountedDay(now) || issuedOn > DateTime.fromJSDate(now, { zone: 'utc' }).toFormat('yyyy-MM-dd')) return null;
  return { hash: createHash('sha256').update(token).digest('hex'), issuedOn };
}
