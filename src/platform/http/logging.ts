import type { FastifyServerOptions } from 'fastify';

/** pino options: JSON lines, and request serializers that drop every identifying detail. */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  if (level === 'silent') return false;
  return {
    level,
    serializers: {
      req: (req: { method?: string }) => ({ method: req.method }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    redact: { paths: ['req.headers', 'req.remoteAddress', 'req.remotePort', 'req.url'], remove: true },
  };
}
