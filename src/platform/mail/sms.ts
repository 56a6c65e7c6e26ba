// SMS through a provider adapter. One provider is implemented: a plain HTTP API that takes a
// JSON POST with a bearer token (SMS_PROVIDER_URL, SMS_PROVIDER_TOKEN). The outbox calls it
// for channel 'sms'; without the settings SMS wait in the outbox.
import type { Config } from '../../config.js';
import type { Sender } from './outbox.js';

export interface SmsMessage {
  /** E.164, e.g. +46701234567 */
  to: string;
  text: string;
  /** Stable per message (the outbox row id): the provider's idempotency key, so a retry after
   *  a lost answer cannot make it send twice. */
  reference: string;
}

/** The adapter every SMS provider implements. */
export interface SmsProvider {
  send(m: SmsMessage): Promise<void>;
}

export class SmsError extends Error {
  constructor(message: string, public readonly retryable: boolean) {
    super(message);
  }
}

export interface HttpSmsOptions {
  /** Attempts per send for 5xx answers and network errors (default 3). */
  attempts?: number;
  /** Wait before the second attempt, doubled for each next one (default 500 ms). */
  backoffMs?: number;
  timeoutMs?: number;
}

/**
 * POST {url} with `Authorization: Bearer <token>`, `Idempotency-Key: <reference>` and the body
 * {"to", "message", "reference"}. 2xx = sent. 5xx and network errors are retried; 4xx is not
 * (the request itself is wrong). Error texts never carry the number or the message.
 */
export class HttpSmsProvider implements SmsProvider {
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly timeoutMs: number;

  constructor(private readonly url: string, private readonly token: string, opts: HttpSmsOptions = {}) {
    this.attempts = opts.attempts ?? 3;
    this.backoffMs = opts.backoffMs ?? 500;
    this.timeoutMs = opts.timeoutMs ?? 10_000;
  }

  async send(m: SmsMessage): Promise<void> {
    let last: SmsError | undefined;
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      if (attempt > 1) await new Promise((r) => setTimeout(r, this.backoffMs * 2 ** (attempt - 2)));
      try {
        const res = await fetch(this.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}`, 'idempotency-key': m.reference },
          body: JSON.stringify({ to: m.to, message: m.text, reference: m.reference }),
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        await res.arrayBuffer().catch(() => undefined);
        if (res.ok) return;
        last = new SmsError(`SMS provider answered ${res.status}`, res.status >= 500);
      } catch (err) {
        last = new SmsError(`SMS provider unreachable (${err instanceof Error ? err.name : 'error'})`, true);
      }
      if (!last.retryable) break;
    }
    throw last ?? new SmsError('SMS not sent', true);
  }
}

/** Swedish numbers to E.164: 070-123 45 67 → +46701234567; +… and 00… kept international. */
export function toE164(phone: string): string {
  const p = phone.replace(/[^\d+]/g, '');
  if (p.startsWith('+')) return p;
  if (p.startsWith('00')) return `+${p.slice(2)}`;
  if (p.startsWith('0')) return `+46${p.slice(1)}`;
  return `+${p}`;
}

/** The outbox sender for channel 'sms', or undefined when no provider is configured. */
export function smsSender(config: Pick<Config, 'SMS_PROVIDER_URL' | 'SMS_PROVIDER_TOKEN'>, opts?: HttpSmsOptions): Sender | undefined {
  if (!config.SMS_PROVIDER_URL || !config.SMS_PROVIDER_TOKEN) return undefined;
  const provider = new HttpSmsProvider(config.SMS_PROVIDER_URL, config.SMS_PROVIDER_TOKEN, opts);
  return {
    async send(m) {
      if (m.channel !== 'sms') throw new Error(`no sender for channel ${m.channel}`);
      await provider.send({ to: toE164(m.to), text: m.text, reference: m.id ?? `${m.to}:${m.subject}` });
    },
  };
}
