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
  /** Files accepted in one body (readUploads); 1 unless given. */
  maxFiles?: number;
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
    // One file part more than accepted is let through, so readUploads can name "too many" and keep the fields.
    limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles ? limits.maxFiles + 1 : 1, fields: limits.maxFields,
      parts: limits.maxFields + (limits.maxFiles ? limits.maxFiles + 1 : 1),
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

export type UploadProblem = 'tooLarge' | 'tooMany' | 'unreadable';

export interface Uploads {
  fields: Record<string, string>;
  /** The non-empty files of field `fileField`, at most limits.maxFiles. */
  files: UploadedFile[];
  /** Why the files cannot be taken; the text fields read so far are still in `fields`. */
  problem?: { status: 400 | 413; kind: UploadProblem };
}

/**
 * Reads up to `limits.maxFiles` files of one field and a few text fields (for forms where the
 * files are optional, such as a message with attachments). No file is not a problem; the route
 * localizes the problem kinds itself.
 */
export async function readUploads(req: FastifyRequest, limits: UploadLimits, fileField = 'files'): Promise<Uploads> {
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  const max = limits.maxFiles ?? 1;
  let tooMany = false;
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== fileField || files.length >= max) {
          const content = await part.toBuffer();
          if (part.fieldname === fileField && (content.length > 0 || part.filename)) tooMany = true;
          continue;
        }
        const content = await part.toBuffer();
        // A browser sends an empty part without a name for each file input left empty.
        if (content.length > 0 || part.filename) files.push({ filename: cleanFileName(part.filename ?? ''), content });
      } else if (part.fieldname !== '_csrf') {
        fields[part.fieldname] = String(part.value ?? '').slice(0, MAX_FIELD_CHARS);
      }
    }
  } catch (err) {
    const problem = problemOf(err, limits);
    if (!problem) throw err;
    const kind: UploadProblem = problem.status === 413 ? 'tooLarge' : problem.message === UPLOAD_MESSAGES.tooMany ? 'tooMany' : 'unreadable';
    return { fields, files: [], problem: { status: problem.status, kind } };
  }
  if (tooMany) return { fields, files: [], problem: { status: 400, kind: 'tooMany' } };
  return { fields, files };
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
