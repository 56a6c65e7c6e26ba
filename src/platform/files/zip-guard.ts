// Opening an uploaded zip (XLSX, DOCX) without trusting it (issue 13). The sizes a zip declares
// are the attacker's to choose: a 1.94 MB file declaring small entries inflated to 1.8 GB
// inside exceljs. Here every entry is inflated by streaming, counting the bytes that actually
// come out, and reading stops at the first byte over the ceiling or the first entry over the
// count. What passes is packed again (stored, not compressed) from exactly the bytes that were
// counted, so the library that reads it next cannot find anything this guard did not see.
import { Unzip, UnzipInflate, zipSync, type Zippable } from 'fflate';

export interface ZipLimits {
  /** Ceiling on the inflated bytes of all entries together. */
  maxBytes: number;
  maxEntries: number;
}

export const ZIP_LIMITS: ZipLimits = { maxBytes: 20 * 1024 * 1024, maxEntries: 200 };

export type ZipOpened =
  | { ok: true; entries: Map<string, Uint8Array>; inflatedBytes: number }
  | { ok: false; reason: 'unreadable' | 'tooLarge' | 'tooManyEntries' };

/** Compressed bytes handed to the inflater at a time: bounds one burst of output (≈1000:1). */
const CHUNK = 8 * 1024;

/** Inflates every entry, refusing past the limits; memory held is at most `maxBytes` plus one burst. */
export function openZip(buf: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipOpened {
  let failure: 'unreadable' | 'tooLarge' | 'tooManyEntries' | undefined;
  let total = 0;
  const parts = new Map<string, Uint8Array[]>();
  const unzip = new Unzip((file) => {
    if (failure) return;
    if (parts.size + 1 > limits.maxEntries) {
      failure = 'tooManyEntries';
      return;
    }
    if (parts.has(file.name) || (file.compression !== 0 && file.compression !== 8)) {
      failure = 'unreadable';
      return;
    }
    const chunks: Uint8Array[] = [];
    parts.set(file.name, chunks);
    file.ondata = (err, data) => {
      if (failure) return;
      if (err) {
        failure = 'unreadable';
        return;
      }
      total += data.length;
      if (total > limits.maxBytes) {
        failure = 'tooLarge';
        file.terminate();
        return;
      }
      chunks.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let i = 0; i < buf.length && !failure; i += CHUNK) unzip.push(buf.subarray(i, i + CHUNK), i + CHUNK >= buf.length);
  } catch {
    failure ??= 'unreadable';
  }
  if (failure) return { ok: false, reason: failure };
  if (parts.size === 0) return { ok: false, reason: 'unreadable' };
  const entries = new Map<string, Uint8Array>();
  for (const [name, chunks] of parts) entries.set(name, Buffer.concat(chunks));
  return { ok: true, entries, inflatedBytes: total };
}

/** The checked entries as a new zip (stored), for a reader such as exceljs. */
export function repack(entries: Map<string, Uint8Array>): Buffer {
  const files: Zippable = {};
  for (const [name, data] of entries) files[name] = [data, { level: 0 }];
  return Buffer.from(zipSync(files));
}
