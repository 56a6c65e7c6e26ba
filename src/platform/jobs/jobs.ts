// The platform's own jobs. Modules push theirs onto JOBS from their service files' setup.
import { channelSender, deliverDue, smtpSender } from '../mail/outbox.js';
import { smsSender } from '../mail/sms.js';
import { pruneAttempts } from '../auth/rate-limit.js';
import { prunePendingSignIns } from '../auth/second-factor.js';
import { JOBS } from './scheduler.js';

JOBS.push(
  {
    name: 'outbox.deliver',
    everyMs: 15_000,
    async run(deps, now) {
      // E-mail over SMTP, SMS through the provider adapter; a channel without one waits.
      const { sender, channels } = channelSender({ email: smtpSender(deps.config), sms: smsSender(deps.config) });
      await deliverDue(deps.db, sender, now, 20, channels);
    },
  },
  {
    name: 'auth.prune-login-attempts',
    everyMs: 60 * 60_000,
    run: (deps, now) => pruneAttempts(deps.db, now),
  },
  {
    name: 'auth.prune-pending-sign-ins',
    everyMs: 60 * 60_000,
    run: (deps, now) => prunePendingSignIns(deps.db, now),
  },
);
