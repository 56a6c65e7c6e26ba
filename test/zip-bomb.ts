// Test helper: a zip bomb made in the test (issue 13). A real XLSX whose worksheet is replaced
// by `inflatedMb` MB of rows that compress about 1000:1, with every entry declaring a small
// uncompressed size, so a guard that trusts the declared sizes lets it through.
// zipOf writes any ZIP as given; governance-files.ts builds its ordinary test archives with it.
import { crc32 } from 'node:zlib';
import { Deflate, unzipSync } from 'fflate';

export interface ZipEntry { name: string; method: 0 | 8; data: Uint8Array; crc: number; declaredSize: number }

function deflated(head: Buffer, unit: Buffer, times: number): { data: Uint8Array; crc: number } {
  const out: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => out.push(chunk));
  let crc = crc32(head);
  deflate.push(head);
  for (let i = 0; i < times; i++) {
    crc = crc32(unit, crc);
    deflate.push(unit, i === times - 1);
  }
  return { data: Buffer.concat(out), crc };
}

/** A ZIP archive of these entries, written as given (sizes and checksums are not checked). */
export function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** `xlsx` with its first worksheet inflating to `inflatedMb` MB while declaring 4 kB. */
export function xlsxBomb(xlsx: Buffer, inflatedMb: number): Buffer {
  const files = unzipSync(xlsx);
  const row = Buffer.from(`<row><c t="inlineStr"><is><t>${'A'.repeat(1000)}</t></is></c></row>`.repeat(1000));
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const entries: ZipEntry[] = Object.entries(files).map(([name, data]) => {
    if (name !== 'xl/worksheets/sheet1.xml') return { name, method: 0, data, crc: crc32(data), declaredSize: data.length };
    const times = Math.ceil((inflatedMb * 1024 * 1024) / row.length);
    const d = deflated(head, row, times);
    return { name, method: 8, data: d.data, crc: d.crc, declaredSize: 4096 };
  });
  return zipOf(entries);
}

/** A zip of `n` tiny stored entries. */
export function manyEntries(n: number): Buffer {
  return zipOf(Array.from({ length: n }, (_, i) => {
    const data = Buffer.from(`e${i}`);
    return { name: `e/${i}.txt`, method: 0 as const, data, crc: crc32(data), declaredSize: data.length };
  }));
}
