import { deflateSync, strToU8 } from 'fflate';

/**
 * How a package's files are compressed: raw DEFLATE and the CRC-32 a zip entry records. A host
 * with a native zlib passes its own (the command line passes Node's, a tenth of the time of
 * fflate's on a cold start); by default they are fflate's DEFLATE and the table CRC below, in pure
 * JS, as the browser runs them.
 */
export interface ZipCodec {
  deflateRaw(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

/** CRC-32 (ISO-HDLC, the zip one): the reflected polynomial 0xEDB88320, a byte at a time. */
let crcTable: Int32Array | undefined;

function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  const table = crcTable;
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}

export const PORTABLE_ZIP: ZipCodec = { deflateRaw: (data) => deflateSync(data, { level: 6 }), crc32 };

/** The MS-DOS date and time a zip entry records (local time, two-second steps, from 1980). */
function dosDateTime(date: Date): number {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107) - 1980;
  return ((year << 25) | ((date.getMonth() + 1) << 21) | (date.getDate() << 16) | (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1)) >>> 0;
}

/**
 * A zip archive of `files` in the order given, each DEFLATE-compressed, its sizes and CRC in the
 * local header (no data descriptors) and no folder entries: the layout Word and LibreOffice read,
 * and fflate's zipSync wrote before. Names are ASCII in a package (UTF-8 is flagged otherwise).
 */
export function zipFiles(files: readonly (readonly [name: string, data: Uint8Array])[], codec: ZipCodec = PORTABLE_ZIP, modified = new Date()): Uint8Array {
  const time = dosDateTime(modified);
  const entries = files.map(([name, data]) => {
    const fileName = strToU8(name);
    if (fileName.length > 0xffff) throw new Error(`docx export: the part name ${name} is too long for a zip`);
    return { fileName, utf8: fileName.length !== name.length, compressed: codec.deflateRaw(data), crc: codec.crc32(data) >>> 0, size: data.length, offset: 0 };
  });
  let length = 22;
  for (const entry of entries) length += 30 + 46 + 2 * entry.fileName.length + entry.compressed.length;
  if (length > 0xffffffff || entries.length > 0xffff) throw new Error('docx export: the package is too large for a zip without ZIP64');
  const out = new Uint8Array(length);
  const view = new DataView(out.buffer);
  let at = 0;
  /** The fields local and central headers share, from "version needed" to the name's length. */
  const common = (entry: (typeof entries)[number]) => {
    view.setUint16(at, 20, true); // version needed: 2.0, DEFLATE
    view.setUint16(at + 2, entry.utf8 ? 0x800 : 0, true);
    view.setUint16(at + 4, 8, true); // DEFLATE
    view.setUint32(at + 6, time, true);
    view.setUint32(at + 10, entry.crc, true);
    view.setUint32(at + 14, entry.compressed.length, true);
    view.setUint32(at + 18, entry.size, true);
    view.setUint16(at + 22, entry.fileName.length, true);
    view.setUint16(at + 24, 0, true); // no extra field
    at += 26;
  };
  for (const entry of entries) {
    entry.offset = at;
    view.setUint32(at, 0x04034b50, true);
    at += 4;
    common(entry);
    out.set(entry.fileName, at);
    at += entry.fileName.length;
    out.set(entry.compressed, at);
    at += entry.compressed.length;
  }
  const directory = at;
  for (const entry of entries) {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // made by: 2.0, MS-DOS attributes
    at += 6;
    common(entry);
    // comment length, disk number, internal and external attributes: none
    view.setUint32(at + 10, entry.offset, true);
    at += 14;
    out.set(entry.fileName, at);
    at += entry.fileName.length;
  }
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}
