// Rate limit of the public form without storing addresses (issue 3 §7): the key is an HMAC of
// the client address under a random key that is replaced every day, kept only in this
// process's memory. Several instances each count on their own; the limit is per instance.
import { createHmac, randomBytes } from 'node:crypto';

export interface Limiter {
  /** Counts one attempt; false when the address has used up its attempts in the window. */
  allow(address: string, now: Date): boolean;
}

export function createLimiter(opts: { max: number; windowMs: number }): Limiter {
  let day = '';
  let key = randomBytes(32);
  const hits = new Map<string, number[]>();
  return {
    allow(address, now) {
      const today = now.toISOString().slice(0, 10);
      if (today !== day) {
        // A new day: a new key, and yesterday's hashes are forgotten with it.
        day = today;
        key = randomBytes(32);
        hits.clear();
      }
      const k = createHmac('sha256', key).update(address).digest('base64url');
      const since = now.getTime() - opts.windowMs;
      const recent = (hits.get(k) ?? []).filter((t) => t > since);
      if (recent.length >= opts.max) {
        hits.set(k, recent);
        return false;
      }
      recent.push(now.getTime());
      hits.set(k, recent);
      // Keep the map small: drop keys whose attempts have all expired.
      if (hits.size > 10_000) for (const [hk, ts] of hits) if (ts.every((t) => t <= since)) hits.delete(hk);
      return true;
    },
  };
}
