// Libraries that only a few requests need (exports, PDFs, QR codes, passkeys, password
// strength, outgoing mail) are loaded on first use, not at start: together they are over a
// thousand files, most of the start-to-ready time (issue 17; docs/performance.md).
// Types are imported with `import type`, which costs nothing at run time.

/** A module loaded once, on first call. */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load());
}

export const loadPdfKit = lazy(async () => (await import('pdfkit')).default);
export const loadExcel = lazy(async () => (await import('exceljs')).default);
export const loadQr = lazy(() => import('qrcode'));
export const loadWebAuthn = lazy(async () => ({ ...(await import('@simplewebauthn/server')), ...(await import('@simplewebauthn/server/helpers')) }));
