// Unit tier: attachment types are decided by content, never by name.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanFilename, contentDisposition, detectFileType, zipEntryNames } from './files.js';
import { PNG, smallDocx, smallPdf, zip } from '../../../test/governance-files.js';

describe('detectFileType', () => {
  it('recognises a real PDF and a real DOCX', async () => {
    expect(detectFileType(await smallPdf())).toBe('pdf');
    expect(detectFileType(smallDocx())).toBe('docx');
    expect(zipEntryNames(smallDocx())).toEqual(['[Content_Types].xml', 'word/document.xml']);
  });

  it('refuses a PNG, an XLSX-like zip, a zip that only mentions word/document.xml in a file body, and empty input', () => {
    expect(detectFileType(PNG)).toBeNull();
    expect(detectFileType(zip({ 'xl/workbook.xml': '<workbook/>' }))).toBeNull();
    expect(detectFileType(zip({ 'notes.txt': 'see word/document.xml' }))).toBeNull();
    expect(detectFileType(Buffer.alloc(0))).toBeNull();
    expect(detectFileType(Buffer.from('PK\x03\x04 word/document.xml', 'latin1'))).toBeNull();
    expect(detectFileType(Buffer.from(' %PDF-1.7'))).toBeNull();
  });

  it('never throws and accepts only what starts with a PDF header or is a zip (property)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      const buf = Buffer.from(bytes);
      const t = detectFileType(buf);
      if (t === 'pdf') expect(buf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      if (t === 'docx') expect(buf.readUInt32LE(0)).toBe(0x04034b50);
    }));
  });
});

describe('download names', () => {
  it('keeps the base name, drops paths and control characters, and takes the extension from the content', () => {
    expect(cleanFilename('C:\\Users\\x\\Protokoll styrgrupp.png', 'pdf')).toBe('Protokoll styrgrupp.pdf');
    expect(cleanFilename('../../etc/passwd', 'docx')).toBe('passwd.docx');
    expect(cleanFilename('"evil"\r\nX-Header: 1.pdf', 'pdf')).toBe('evilX-Header 1.pdf');
    expect(cleanFilename('', 'pdf')).toBe('bilaga.pdf');
  });

  it('gives an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('Protokoll Anhörigrådet.pdf')).toBe(`attachment; filename="Protokoll Anhorigradet.pdf"; filename*=UTF-8''Protokoll%20Anh%C3%B6rigr%C3%A5det.pdf`);
    expect(contentDisposition("a'b(c).pdf")).toContain("filename*=UTF-8''a%27b%28c%29.pdf");
  });
});
