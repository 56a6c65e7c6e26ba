// The zip guard counts the bytes that actually inflate, not the sizes the zip declares.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openZip, repack, ZIP_LIMITS } from './zip-guard.js';
import { manyEntries, xlsxBomb } from '../../../test/zip-bomb.js';

async function smallXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Plan').addRow(['Aktivitet', 100]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('zip guard', () => {
  it('opens a real XLSX and packs it again so exceljs reads the same cells', async () => {
    const opened = openZip(await smallXlsx());
    if (!opened.ok) return expect.fail(opened.reason);
    expect(opened.entries.has('xl/worksheets/sheet1.xml')).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(repack(opened.entries) as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getRow(1).getCell(2).value).toBe(100);
  });

  it('stops a bomb that declares 4 kB at the ceiling of actually inflated bytes, holding little memory', async () => {
    const bomb = xlsxBomb(await smallXlsx(), 60);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const before = process.memoryUsage();
    expect(openZip(bomb)).toEqual({ ok: false, reason: 'tooLarge' });
    const growth = process.memoryUsage().rss - before.rss;
    expect(growth).toBeLessThan(100 * 1024 * 1024);
  });

  it('refuses too many entries and what is not a zip', () => {
    expect(openZip(manyEntries(ZIP_LIMITS.maxEntries + 1))).toEqual({ ok: false, reason: 'tooManyEntries' });
    expect(openZip(manyEntries(3)).ok).toBe(true);
    expect(openZip(Buffer.from('PK\x03\x04 not a zip at all')).ok).toBe(false);
  });
});
