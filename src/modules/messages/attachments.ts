// Attachments on secure messages: the limits and the type check. The type is taken from the
// content (magic bytes), never from the file name or the type the browser declared.
import type { UploadLimits } from '../../platform/http/multipart.js';

export const MAX_FILES = 3;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The text fields of a message form: request, subject and body (the CSRF token is in the query). */
export const ATTACHMENT_LIMITS: UploadLimits = { maxFileBytes: MAX_FILE_BYTES, maxFiles: MAX_FILES, maxFields: 5, maxFieldBytes: 24_000 };

export type AttachmentType = 'application/pdf' | 'image/jpeg' | 'image/png' | 'text/plain';

const startsWith = (content: Buffer, bytes: number[]) => content.length >= bytes.length && bytes.every((b, i) => content[i] === b);

/** The type by content, or undefined when it is none of the accepted ones. */
export function sniffType(content: Buffer): AttachmentType | undefined {
  if (content.length === 0) return undefined;
  if (startsWith(content, [0x25, 0x50, 0x44, 0x46])) return 'application/pdf';
  if (startsWith(content, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47])) return 'image/png';
  if (content.includes(0)) return undefined;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return 'text/plain';
  } catch {
    return undefined;
  }
}

/** A file name safe for a Content-Disposition header: ASCII fallback plus the RFC 5987 form. */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_') || 'bilaga';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename || 'bilaga')}`;
}
