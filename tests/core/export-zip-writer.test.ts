import { unzipSync } from 'fflate';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx.ts';
import { PORTABLE_ZIP, zipFiles, type ZipCodec } from '../../core/export/zip-writer.ts';
import { importSource } from '../../core/import/import-source.ts';
import { blockText } from '../../core/model.ts';
import { onPath } from '../env/requirements.ts';
import { benchmarkDocument } from '../bench/documents.ts';

/** The package's zip writer (core/export/zip-writer.ts), with fflate's codec and with Node's zlib. */

const NATIVE: ZipCodec = { deflateRaw: (data) => deflateRawSync(data), crc32: (data) => crc32(data) };

const encode = (text: string) => new TextEncoder().encode(text);
const FILES = [
  ['[Content_Types].xml', encode('<?xml version="1.0"?><Types/>')],
  ['word/document.xml', encode('<w:document>公文写作台 𠀀 '.repeat(2000) + '</w:document>')],
  ['word/empty.xml', new Uint8Array(0)],
  ['docProps/bytes.bin', Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 251)],
] as const;

interface Entry {
  name: string;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** The central directory, read field by field as APPNOTE.TXT 4.3.12 lays it out. */
function centralDirectory(zip: Uint8Array): Entry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

describe('zipFiles', () => {
  it.each([
    ['fflate', PORTABLE_ZIP],
    ['zlib', NATIVE],
  ])('writes each file DEFLATE-compressed, in order, with its CRC-32 and sizes (%s)', (_, codec) => {
    const zip = zipFiles(FILES, codec);
    const entries = centralDirectory(zip);
    expect(entries.map((e) => e.name)).toEqual(FILES.map(([name]) => name));
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (const [i, [, data]] of FILES.entries()) {
      const entry = entries[i]!;
      expect(entry).toMatchObject({ method: 8, crc: crc32(data), size: data.length });
      // The local header repeats them; the data after it inflates to the file.
      expect(view.getUint32(entry.offset, true)).toBe(0x04034b50);
      expect(view.getUint32(entry.offset + 14, true)).toBe(crc32(data));
      const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
      expect(new Uint8Array(inflateRawSync(zip.subarray(start, start + entry.compressed)))).toEqual(data);
    }
    // Another reader agrees.
    const read = unzipSync(zip);
    expect(Object.keys(read)).toEqual(FILES.map(([name]) => name));
    for (const [name, data] of FILES) expect(read[name]).toEqual(data);
  });

  it('computes the CRC-32 zip uses', () => {
    for (const [, data] of FILES) expect(PORTABLE_ZIP.crc32(data)).toBe(crc32(data));
    expect(PORTABLE_ZIP.crc32(encode('123456789'))).toBe(0xcbf43926);
  });

  it('records the time it is given, as MS-DOS does', () => {
    const zip = zipFiles([FILES[0]], PORTABLE_ZIP, new Date(2023, 6, 10, 14, 30, 58));
    const view = new DataView(zip.buffer);
    expect(view.getUint16(10, true)).toBe((14 << 11) | (30 << 5) | 29);
    expect(view.getUint16(12, true)).toBe(((2023 - 1980) << 9) | (7 << 5) | 10);
  });
});

const UNZIP = onPath('unzip');

describe('an exported .docx, zipped by each codec', () => {
  // About 10 pages: every heading level, run-in headings, long paragraphs; several kB of DEFLATE.
  const sample = { document: benchmarkDocument(6000) };
  const paragraphs = sample.document.blocks.filter((b) => b.type === 'paragraph').map((b) => blockText(b));

  it.each([
    ['fflate', PORTABLE_ZIP],
    ['zlib', NATIVE],
  ])('is read back by the .docx reader with every paragraph (%s)', async (_, codec) => {
    const imported = importSource(await exportDocx(sample.document, { zip: codec }));
    expect(imported.kind).toBe('docx');
    const read = imported.document.blocks.filter((b) => b.type === 'paragraph').map((b) => blockText(b));
    expect(paragraphs.length).toBeGreaterThanOrEqual(10);
    expect(read).toEqual(paragraphs);
  });

  it.skipIf(!UNZIP).each([
    ['fflate', PORTABLE_ZIP],
    ['zlib', NATIVE],
  ])(`passes Info-ZIP's unzip -t (%s)${UNZIP ? '' : ' (skipped: no unzip on PATH)'}`, async (_, codec) => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-zip-'));
    try {
      const file = join(dir, 'export.docx');
      writeFileSync(file, await exportDocx(sample.document, { zip: codec }));
      const run = spawnSync(UNZIP!, ['-t', file], { encoding: 'utf8' });
      expect(run.stdout + run.stderr).toMatch(/No errors detected/);
      expect(run.status).toBe(0);
      // A break unzip must see: one byte of the first entry's compressed data changed.
      const broken = await exportDocx(sample.document, { zip: codec });
      broken[30 + '[Content_Types].xml'.length + 5]! ^= 0xff;
      writeFileSync(file, broken);
      expect(spawnSync(UNZIP!, ['-t', file], { encoding: 'utf8' }).status).not.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
