import { Inflate, strFromU8 } from 'fflate';
import { ImportError } from './import-error.ts';

/**
 * A careful zip reader for .docx packages. It reads the central directory, then inflates only
 * the entries asked for, one small compressed slice at a time, counting the bytes that really
 * come out — never trusting the sizes the archive declares — so a zip bomb is refused after at
 * most `maxEntryBytes` (plus one slice's worth) of output, in bounded memory and time.
 */
export interface ZipLimits {
  /** Entries in the central directory. A .docx has tens, a picture-heavy one a few hundred. */
  maxEntries: number;
  /** Uncompressed bytes of one entry. */
  maxEntryBytes: number;
  /** Uncompressed bytes of all entries read from one archive. */
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 48 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
};

export interface ZipArchive {
  /** Entry names as stored (normalised to forward slashes, no leading slash). */
  readonly names: readonly string[];
  /** Whether the archive has an entry of that name (ASCII case-insensitive, as OPC part names are). */
  has(name: string): boolean;
  /** The entry's bytes, or undefined when there is no such entry; throws ImportError when it cannot be read safely. */
  read(name: string): Uint8Array | undefined;
}

export const CORRUPTED = '文件已损坏，无法作为 Word 文档（.docx）读取';
export const TOO_LARGE = '文档解压后过大，可能是损坏或恶意构造的文件，已拒绝导入';
export const TOO_MANY_ENTRIES = '文档包含的文件数量异常，可能是损坏或恶意构造的文件，已拒绝导入';
export const ZIP_ENCRYPTED = '文档有密码保护，请先在 Word 中取消密码再导入';
export const SIZE_MISMATCH = '文档解压后的大小与其声明不符，文件已损坏或是恶意构造的，已拒绝导入';
export const UNSUPPORTED_COMPRESSION = '文档使用了不支持的压缩方式，请在 Word 或 WPS 中重新另存为 .docx 后再导入';

interface Entry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const corrupted = (detail: string) => new ImportError(CORRUPTED, `corrupted zip: ${detail}`);

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Slices of compressed input fed to the inflater: each can expand at most ~1032-fold. */
const SLICE = 4096;

export function openZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => u32(at) + u32(at + 4) * 2 ** 32;
  const inside = (at: number, length: number) => at >= 0 && length >= 0 && at + length <= bytes.length;

  // End of central directory: 22 bytes plus a comment of at most 65 535 bytes, at the very end.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === EOCD && at + 22 + u16(at + 20) <= bytes.length) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw corrupted('no end of central directory record');
  let count = u16(eocd + 10);
  let directorySize = u32(eocd + 12);
  let directoryOffset = u32(eocd + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (!inside(locator, 20) || u32(locator) !== EOCD64_LOCATOR) throw corrupted('zip64 locator missing');
    const at = u64(locator + 8);
    if (!inside(at, 56) || u32(at) !== EOCD64) throw corrupted('zip64 end record missing');
    count = u64(at + 32);
    directorySize = u64(at + 40);
    directoryOffset = u64(at + 48);
  }
  if (count > limits.maxEntries) throw new ImportError(TOO_MANY_ENTRIES, `zip has ${count} entries (limit ${limits.maxEntries})`);
  if (!inside(directoryOffset, directorySize)) throw corrupted('central directory outside the file');

  const entries = new Map<string, Entry>();
  const names: string[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (!inside(at, 46) || u32(at) !== CENTRAL) throw corrupted(`central directory entry ${i} malformed`);
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    if (!inside(at + 46, nameLength + extraLength + commentLength)) throw corrupted(`central directory entry ${i} truncated`);
    const entry: Entry = {
      name: normaliseName(decodeName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0)),
      flags,
      method: u16(at + 10),
      crc: u32(at + 16),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      localOffset: u32(at + 42),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) {
      readZip64Extra(entry, at + 46 + nameLength, extraLength, u16, u64);
    }
    names.push(entry.name);
    const key = entry.name.toLowerCase();
    if (!entries.has(key)) entries.set(key, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }

  let budget = limits.maxTotalBytes;
  const read = (name: string): Uint8Array | undefined => {
    const entry = entries.get(normaliseName(name).toLowerCase());
    if (!entry) return undefined;
    if (entry.flags & 0x1) throw new ImportError(ZIP_ENCRYPTED, `zip entry ${entry.name} is encrypted`);
    const cap = Math.min(limits.maxEntryBytes, budget);
    if (entry.size > cap) throw new ImportError(TOO_LARGE, `${entry.name} declares ${entry.size} bytes (limit ${cap})`);
    const local = entry.localOffset;
    if (!inside(local, 30) || u32(local) !== LOCAL) throw corrupted(`local header of ${entry.name} missing`);
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (!inside(start, entry.compressedSize)) throw corrupted(`data of ${entry.name} outside the file`);
    const compressed = bytes.subarray(start, start + entry.compressedSize);
    let data: Uint8Array;
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw corrupted(`stored ${entry.name} has two sizes`);
      data = compressed.slice();
    } else if (entry.method === 8) {
      data = inflateBounded(compressed, entry, cap);
    } else {
      throw new ImportError(UNSUPPORTED_COMPRESSION, `${entry.name} uses compression method ${entry.method}`);
    }
    if (crc32(data) !== entry.crc) throw corrupted(`CRC mismatch in ${entry.name}`);
    budget -= data.length;
    return data;
  };
  return { names, has: (name) => entries.has(normaliseName(name).toLowerCase()), read };
}

function readZip64Extra(entry: Entry, at: number, length: number, u16: (at: number) => number, u64: (at: number) => number): void {
  const end = at + length;
  while (at + 4 <= end) {
    const id = u16(at);
    const size = u16(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const take = () => {
        if (field + 8 > at + 4 + size) throw corrupted(`zip64 extra field of ${entry.name} too short`);
        const value = u64(field);
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localOffset === 0xffffffff) entry.localOffset = take();
      return;
    }
    at += 4 + size;
  }
  throw corrupted(`zip64 sizes of ${entry.name} missing`);
}

/**
 * Inflate an entry into a buffer of its declared size, refusing as soon as more comes out than
 * was declared: the declared size is already checked against the cap, so neither memory nor
 * time can grow past it whatever the compressed data holds.
 */
function inflateBounded(compressed: Uint8Array, entry: Entry, cap: number): Uint8Array {
  const out = new Uint8Array(entry.size);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > entry.size) {
      const detail = `${entry.name} inflates past its declared ${entry.size} bytes (limit ${cap})`;
      throw new ImportError(SIZE_MISMATCH, detail);
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    if (compressed.length === 0) inflater.push(compressed, true);
    for (let at = 0; at < compressed.length; at += SLICE) {
      const end = Math.min(at + SLICE, compressed.length);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw corrupted(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (written !== entry.size) throw corrupted(`${entry.name} inflates to ${written} of ${entry.size} bytes`);
  return out;
}

function decodeName(raw: Uint8Array, utf8: boolean): string {
  return utf8 || raw.every((b) => b < 0x80) ? strFromU8(raw) : strFromU8(raw, true);
}

function normaliseName(name: string): string {
  return name.replaceAll('\\', '/').replace(/^\/+/, '');
}

let CRC_TABLE: Uint32Array | undefined;

export function crc32(data: Uint8Array): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  const table = CRC_TABLE;
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
