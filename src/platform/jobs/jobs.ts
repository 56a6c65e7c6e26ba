// The platform's own jobs. Modules push theirs onto JOBS from their service files' setup.
import { deliverDue, smtpSender } from '../mail/outbox.js';
import { pruneAttempts } from '../auth/rate-limit.js';
import { JOBS } from './scheduler.js';

JOBS.push(
  {
    name: 'outbox.deliver',
    everyMs: 15_000,
    async run(deps, now) {
      const sender = smtpSender(deps.config);
      if (sender) await deliverDue(deps.db, sender, now);
    },
  },
  {
    name: 'auth.prune-login-attempts',
    everyMs: 60 * 60_000,
    run: (deps, now) => pruneAttempts(deps.db, now),
  },
);
