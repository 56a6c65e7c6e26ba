// The private link of a booking (/{kommun}/bokning/{token}). The token is an HMAC of the
// booking id under the server secret, so later messages (promotion, reminders) can carry the
// link again; the database stores only its SHA-256, so a copy of the database alone opens nothing.
import { createHash, createHmac } from 'node:crypto';

export function bookingToken(secret: string, bookingId: string): string {
  return createHmac('sha256', secret).update(`event-booking:${bookingId}`).digest('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function bookingLink(baseUrl: string, slug: string, token: string): string {
  return `${baseUrl.replace(/\/$/, '')}/${slug}/bokning/${token}`;
}
