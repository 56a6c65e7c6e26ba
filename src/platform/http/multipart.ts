// The one reader of multipart forms (issue 13): every upload route reads its body here, so a
// truncated body, one without a boundary, too many parts or a file over the limit becomes a
// form message (400/413), never a 500. @fastify/multipart is still registered only inside each
// upload route's encapsulated plugin (registerUploads), so no other route accepts multipart.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { cleanFileName, MAX_FIELD_CHARS } from './input-policy.js';

export interface UploadLimits {
  /** Largest accepted file in bytes. */
  maxFileBytes: number;
  /** Text fields besides the file (the CSRF token travels in the query string). */
  maxFields: number;
  /** Longest text field in bytes. */
  maxFieldBytes?: number;
}

export interface UploadedFile {
  /** The file name as the browser sent it, after the input policy (no bidi or control characters). */
  filename: string;
  content: Buffer;
}

export interface Upload {
  fields: Record<string, string>;
  file?: UploadedFile;
  /** Why the body could not be read; the form shows it at the file field. */
  problem?: { status: 400 | 413; message: string };
}

export const UPLOAD_MESSAGES = {
  noFile: 'Välj en fil att ladda upp',
  unreadable: 'Uppladdningen kom inte fram hel och gick inte att läsa. Försök igen.',
  tooMany: 'Skicka en fil åt gången.',
  tooLarge: (bytes: number) => `Filen är för stor. Den får vara högst ${Math.round(bytes / 1024 / 1024)} MB.`,
};

/** Registers multipart parsing, inside the calling (encapsulated) plugin only. */
export async function registerUploads(app: FastifyInstance, limits: UploadLimits): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: limits.maxFileBytes, files: 1, fields: limits.maxFields, parts: limits.maxFields + 1,
      fieldSize: limits.maxFieldBytes ?? 4096, fieldNameSize: 100, headerPairs: 50 },
  });
}

/**
 * Reads one file (field `fileField`) and a few text fields. Other file parts are drained and
 * ignored. Errors of the body itself are returned as `problem`; anything else is thrown on.
 */
export async function readUpload(req: FastifyRequest, limits: UploadLimits, fileField = 'file'): Promise<Upload> {
  const fields: Record<string, string> = {};
  if (!req.isMultipart()) return { fields, problem: { status: 400, message: UPLOAD_MESSAGES.noFile } };
  let file: UploadedFile | undefined;
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== fileField || file) {
          part.file.resume();
          continue;
        }
        const content = await part.toBuffer();
        // A browser sends an empty part without a name when no file was chosen.
        if (content.length > 0 || part.filename) file = { filename: cleanFileName(part.filename ?? ''), content };
      } else if (part.fieldname !== '_csrf') {
        fields[part.fieldname] = String(part.value ?? '').slice(0, MAX_FIELD_CHARS);
      }
    }
  } catch (err) {
    const problem = problemOf(err, limits);
    if (!problem) throw err;
    return { fields, problem };
  }
  if (!file) return { fields, problem: { status: 400, message: UPLOAD_MESSAGES.noFile } };
  return { fields, file };
}

function problemOf(err: unknown, limits: UploadLimits): Upload['problem'] | undefined {
  const code = (err as { code?: string }).code ?? '';
  const message = (err as { message?: string }).message ?? '';
  if (code === 'FST_REQ_FILE_TOO_LARGE') return { status: 413, message: UPLOAD_MESSAGES.tooLarge(limits.maxFileBytes) };
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') return { status: 400, message: UPLOAD_MESSAGES.tooMany };
  // Malformed bodies: busboy's own errors carry no code ("Unexpected end of form", "Multipart:
  // Boundary not found", "Malformed part header"), @fastify/multipart's do; a body that ends
  // inside a file surfaces as the file stream's premature close.
  if (code.startsWith('FST_') || code === 'ERR_STREAM_PREMATURE_CLOSE' || /unexpected end|boundary|malformed|multipart/i.test(message) || (err as { statusCode?: number }).statusCode === 400) {
    return { status: 400, message: UPLOAD_MESSAGES.unreadable };
  }
  return undefined;
}
