// One policy for every text that comes in from a request (issue 13): form fields, query
// strings, path segments, file names. PostgreSQL refuses a NUL byte in text (a 500 before this
// policy) and SQLite stores it silently; other C0 controls have no place in what a person types;
// bidirectional override and isolate characters make `passwd‮gpj.pdf` show as `passwdfdp.jpg`.
// Form fields get a field message; a URL carrying a control character gets a 400 page.
import type { FastifyInstance } from 'fastify';

/** C0 controls and DEL; tab, line feed and carriage return are checked separately. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LINE_BREAK = /[\r\n]/;
/** Bidirectional embeddings, overrides and isolates: never needed to write right-to-left text. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- as above, for removal
const ANY_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// eslint-disable-next-line no-control-regex -- as above; file names allow no line breaks either
const FILE_NAME_CONTROL = /[\u0000-\u001F\u007F]/g;

/** The text without the control characters the policy refuses (for showing a refused value again). */
export const removeControls = (value: string): string => value.replace(ANY_CONTROL, '');

/** Left-to-right and right-to-left marks: also removed from file names. */
const BIDI_MARK = /[\u200E\u200F]/g;

/** No single form value is longer than this, whatever the schema says (it says less). */
export const MAX_FIELD_CHARS = 20_000;
/** A query-string value longer than this is ignored (search terms, filters, page numbers). */
export const MAX_QUERY_CHARS = 500;

export const MESSAGES = {
  control: 'Texten innehåller tecken som inte är tillåtna',
  lineBreak: 'Texten får inte innehålla radbrytningar',
  tooLong: `Högst ${MAX_FIELD_CHARS} tecken`,
};

/** Why a text is refused (a Swedish field message), or undefined when it may pass. */
export function textProblem(value: string, opts: { multiline?: boolean; max?: number } = {}): string | undefined {
  if (CONTROL.test(value)) return MESSAGES.control;
  if (!opts.multiline && LINE_BREAK.test(value)) return MESSAGES.lineBreak;
  if (value.length > (opts.max ?? MAX_FIELD_CHARS)) return opts.max ? `Högst ${opts.max} tecken` : MESSAGES.tooLong;
  return undefined;
}

/** Removes bidirectional override and isolate characters (every form value passes through it). */
export const stripBidi = (value: string): string => value.replace(BIDI_CONTROL, '');

/** A file name as stored and shown: no controls, no bidi characters, no path, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.replace(BIDI_CONTROL, '').replace(BIDI_MARK, '').replace(FILE_NAME_CONTROL, '').split(/[\\/]/).pop() ?? '';
  const trimmed = base.trim();
  if (trimmed.length <= 200) return trimmed;
  const dot = trimmed.lastIndexOf('.');
  const ext = dot > 0 && trimmed.length - dot <= 10 ? trimmed.slice(dot) : '';
  return trimmed.slice(0, 200 - ext.length) + ext;
}

/** A query-string value that may be used: no controls, not overlong. */
export const acceptableQueryValue = (v: unknown): boolean =>
  typeof v !== 'string' || (!CONTROL.test(v) && v.length <= MAX_QUERY_CHARS);

/** `%00`–`%1F` and `%7F` in a URL, except tab, line feed and carriage return. */
const ENCODED_CONTROL = /%(0[0-8bcef]|1[0-9a-f]|7f)/i;

/**
 * The global guard: a URL (path or query) carrying a control character is answered 400 before
 * any route, tenant lookup or session lookup can send it to the database.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (req) => {
    if (ENCODED_CONTROL.test(req.url) || CONTROL.test(req.url)) {
      // The error handler shows the ordinary "bad request" page for a 4xx status.
      throw Object.assign(new Error('control character in the URL'), { statusCode: 400 });
    }
  });
}
