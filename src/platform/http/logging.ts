import type { FastifyServerOptions } from 'fastify';
import pino from 'pino';

/** Where log lines go instead of standard output (tests capture them to check for personal data). */
export interface LogStream {
  write(line: string): void;
}

/** pino options: JSON lines, and request serializers that drop every identifying detail. */
export function loggerOptions(level: string, stream?: LogStream): FastifyServerOptions['logger'] {
  if (level === 'silent') return false;
  return {
    level,
    // Standard output written asynchronously: pino's default writes every line with a blocking
    // write(2) on the request's path; this way lines written while one write is under way go out
    // together, and pino flushes what is left when the process exits.
    stream: stream ?? pino.destination({ dest: 1, sync: false }),
    serializers: {
      req: (req: { method?: string }) => ({ method: req.method }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    redact: { paths: ['req.headers', 'req.remoteAddress', 'req.remotePort', 'req.url'], remove: true },
  };
}
