// Security headers, locale, CSRF and the anonymous CSRF cookie. CSRF is a synchronizer token:
// the session's own token for staff, and for citizens an HMAC of a random cookie that is tied
// to nothing stored (so anonymity holds).
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CookieSerializeOptions } from '@fastify/cookie';
import helmet from '@fastify/helmet';
import { isLocale } from '../i18n/i18n.js';
import { randomToken } from '../auth/sessions.js';
import { registerInputGuard } from './input-policy.js';

export const CSRF_FIELD = '_csrf';

export function cookieNames(isProduction: boolean) {
  const p = isProduction ? '__Host-' : '';
  return { session: `${p}bredvid_sid`, csrf: `${p}bredvid_csrf`, lang: 'bredvid_lang' };
}

export function cookieOptions(isProduction: boolean, maxAgeSeconds?: number): CookieSerializeOptions {
  return { path: '/', httpOnly: true, sameSite: 'lax', secure: isProduction, maxAge: maxAgeSeconds };
}

const hmac = (secret: string, value: string) => createHmac('sha256', secret).update(`csrf:${value}`).digest('base64url');

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class CsrfError extends Error {}

export async function registerSecurity(app: FastifyInstance): Promise<void> {
  const { config } = app.deps;
  const names = cookieNames(config.isProduction);

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        'base-uri': ["'none'"],
        'object-src': ["'none'"],
        ...(config.isProduction ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    hsts: config.isProduction ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
  });

  registerInputGuard(app);
  app.decorateRequest('locale', 'sv');
  app.decorateRequest('csrfToken', '');

  // Locale: ?lang= sets a cookie, otherwise the cookie, otherwise Swedish.
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    const q = (req.query as Record<string, unknown> | undefined)?.lang;
    if (isLocale(q)) {
      req.locale = q;
      reply.setCookie(names.lang, q, { path: '/', sameSite: 'lax', secure: config.isProduction, maxAge: 365 * 24 * 3600 });
    } else {
      const c = req.cookies[names.lang];
      req.locale = isLocale(c) ? c : 'sv';
    }
  });

  // Anonymous CSRF token, unless a session hook has already set the session's token.
  app.addHook('preHandler', async (req, reply) => {
    if (!req.csrfToken) {
      let seed = req.cookies[names.csrf];
      if (!seed || seed.length < 20 || seed.length > 100) {
        seed = randomToken();
        reply.setCookie(names.csrf, seed, cookieOptions(config.isProduction));
      }
      req.csrfToken = hmac(config.sessionSecret, seed);
    }
    if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(req.method)) {
      const body = req.body as Record<string, unknown> | undefined;
      // Multipart uploads carry the token in the action's query string (?_csrf=…), as the
      // body is streamed to the handler; everything else in the form body or a header.
      const multipart = String(req.headers['content-type'] ?? '').startsWith('multipart/');
      const fromQuery = multipart ? (req.query as Record<string, unknown> | undefined)?.[CSRF_FIELD] : undefined;
      const sent = (typeof body?.[CSRF_FIELD] === 'string' ? body[CSRF_FIELD] : undefined)
        ?? (typeof fromQuery === 'string' ? fromQuery : undefined) ?? req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !safeEqual(sent, req.csrfToken)) throw new CsrfError('CSRF token missing or wrong');
    }
  });
}
