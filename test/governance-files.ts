// Test helpers: small real files (PDF, DOCX, ZIP, PNG) for uploads (test/upload.ts sends them).
import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { zipOf } from './zip-bomb.js';

export function smallPdf(text = 'Dagordning'): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.text(text);
    doc.end();
  });
}

/** A ZIP archive with stored (uncompressed) entries. */
export function zip(entries: Record<string, string>): Buffer {
  return zipOf(Object.entries(entries).map(([name, text]) => {
    const data = Buffer.from(text);
    return { name, method: 0, data, crc: crc32(data), declaredSize: data.length };
  }));
}

export function smallDocx(): Buffer {
  return zip({
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'word/document.xml': '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Protokoll</w:t></w:r></w:p></w:body></w:document>',
  });
}

export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(200)]);

