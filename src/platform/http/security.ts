// Security headers, locale, CSRF and the anonymous CSRF cookie. CSRF is a synchronizer token:
// the session's own token for staff, and for citizens an HMAC of a random cookie that is tied
// to nothing stored (so anonymity holds).
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CookieSerializeOptions } from '@fastify/cookie';
import helmet, { type HelmetOptions } from 'helmet';
import { isLocale } from '../i18n/i18n.js';
import { randomToken } from '../auth/sessions.js';
import { registerInputGuard } from './input-policy.js';
import { tokenFreePage } from './render.js';

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

/** The headers helmet would set on every response, recorded once. */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const out: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: unknown) => { out[name.toLowerCase()] = String(value); },
    removeHeader: (name: string) => { delete out[name.toLowerCase()]; },
  };
  let done = false;
  helmet(options)({} as never, recorder as never, (err?: unknown) => {
    if (err) throw err;
    done = true;
  });
  if (!done) throw new Error('helmet did not finish synchronously');
  return out;
}

export async function registerSecurity(app: FastifyInstance): Promise<void> {
  const { config } = app.deps;
  const names = cookieNames(config.isProduction);

  // helmet's headers depend on nothing in the request: computed once at start (by running
  // helmet's own middleware against a recorder) and set with one call per request, instead of
  // helmet's dozen header functions on every request.
  const headers = securityHeaders({
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
  app.addHook('onRequest', (_req, reply, done) => {
    reply.headers(headers);
    done();
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

  // Anonymous CSRF token, unless a session hook has already set the session's token. The
  // public pages a browser may keep (render.ts) have no form to protect: they get no token and
  // no cookie, so their body is the same for every visitor and can be kept compressed.
  app.addHook('preHandler', async (req, reply) => {
    if (!req.csrfToken && !tokenFreePage(req)) {
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
