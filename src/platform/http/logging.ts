import type { FastifyServerOptions } from 'fastify';

/** Where log lines go instead of standard output (tests capture them to check for personal data). */
export interface LogStream {
  write(line: string): void;
}

/** pino options: JSON lines, and request serializers that drop every identifying detail. */
export function loggerOptions(level: string, stream?: LogStream): FastifyServerOptions['logger'] {
  if (level === 'silent') return false;
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (req: { method?: string }) => ({ method: req.method }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    redact: { paths: ['req.headers', 'req.remoteAddress', 'req.remotePort', 'req.url'], remove: true },
  };
}
