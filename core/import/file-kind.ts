import { ImportError } from './import-error.ts';

/**
 * What a file is, judged from its bytes (not from its name: a .doc that is really a .docx, or a
 * .txt that is really a PDF, is common in the files clerks receive). The app's 打开 and every
 * command of the CLI ask this one function.
 *
 * - `gwdoc`: Gongwen's own document, JSON naming `"format": "gongwen/…"`, loaded and validated as
 *   a document, never imported as report text; also any text under a .gwdoc (or .json) name —
 *   a truncated or damaged document, which loading then refuses with what is wrong;
 * - `docx`: a zip archive, the container of .docx (the reader decides whether it holds a Word
 *   document);
 * - `text`: anything that looks like text (the text reader decides its encoding);
 * - every other kind is refused with its own message (see `refusal`).
 */
export type FileKind =
  | 'gwdoc'
  | 'docx'
  | 'text'
  | 'empty'
  | 'doc'
  | 'encrypted'
  | 'excel'
  | 'powerpoint'
  | 'rtf'
  | 'html'
  | 'word-xml'
  | 'pdf'
  | 'image'
  | 'archive'
  | 'binary';

export function sniffFileKind(bytes: Uint8Array, name = ''): FileKind {
  const kind = byteKind(bytes);
  if (kind !== 'text' && kind !== 'empty') return kind;
  return isGwdocName(name) || declaresGwdoc(bytes) ? 'gwdoc' : kind;
}

/** Whether a file name is Gongwen's own format: its text is loaded as a document, even when damaged. */
function isGwdocName(name: string): boolean {
  return /\.(gwdoc|json)$/i.test(name);
}

function byteKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'docx';
  if (startsWith(bytes, CFB_SIGNATURE)) return compoundFileKind(bytes);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf'; // {\rtf
  if (IMAGES.some((magic) => startsWith(bytes, magic)) || isRiff(bytes, 'WEBP')) return 'image';
  if (ARCHIVES.some((magic) => startsWith(bytes, magic))) return 'archive';
  // UTF-16 text carries NUL bytes by nature; with its byte-order mark it is still text.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text';
  if (looksBinary(bytes)) return 'binary';
  return markupKind(bytes) ?? 'text';
}

/** The Chinese one-line message for a kind that cannot be imported, undefined for docx and text. */
export function refusal(kind: FileKind): string | undefined {
  return REFUSALS[kind];
}

/**
 * Whether text is JSON whose top-level "format" starts with gongwen/: at the head, where Gongwen
 * writes it (so a truncated file is still known), or anywhere in a whole JSON object.
 */
function declaresGwdoc(bytes: Uint8Array): boolean {
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  if (bytes[i] !== 0x7b) return false; // {
  let head = '';
  for (let k = i; k < Math.min(bytes.length, i + 256); k++) head += String.fromCharCode(bytes[k]!);
  if (/^\{\s*"format"\s*:\s*"gongwen\//u.test(head)) return true;
  try {
    const data: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof data === 'object' && data !== null && 'format' in data && typeof data.format === 'string' && data.format.startsWith('gongwen/');
  } catch {
    return false;
  }
}

/** sniffFileKind, throwing an ImportError for every kind that cannot be imported. */
export function importableKind(bytes: Uint8Array): 'docx' | 'text' {
  const kind = sniffFileKind(bytes);
  if (kind === 'docx' || kind === 'text') return kind;
  throw new ImportError(REFUSALS[kind]!, `file kind ${kind}`);
}

const REFUSALS: Partial<Record<FileKind, string>> = {
  gwdoc: '这是公文写作台的文档（.gwdoc），请直接打开，不需要导入',
  empty: '文件是空的，没有可导入的内容',
  doc: '这是旧版 Word 文档（.doc），请在 Word 或 WPS 中另存为 .docx 后再导入',
  encrypted: '文档有密码保护，请先在 Word 中取消密码再导入',
  excel: '这是 Excel 表格，不是 Word 文档，无法导入',
  powerpoint: '这是 PowerPoint 演示文稿，不是 Word 文档，无法导入',
  rtf: '这是 RTF 文档，请在 Word 或 WPS 中另存为 .docx 后再导入',
  html: '这是网页（HTML）格式的文件，请在 Word 或 WPS 中打开并另存为 .docx 后再导入',
  'word-xml': '这是 Word XML 格式的文档，请在 Word 或 WPS 中另存为 .docx 后再导入',
  pdf: '这是 PDF 文件，无法直接导入；请先转换为 Word 文档（.docx）或复制其中的文字',
  image: '这是图片文件，无法导入；只能导入 Word 文档（.docx）或文本文件（.txt）',
  archive: '这是压缩包，无法导入；请先解压，再导入其中的 Word 文档（.docx）或文本文件（.txt）',
  binary: '无法识别的文件（不是 Word 文档 .docx，也不是文本文件），无法导入',
};

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const IMAGES = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x49, 0x49, 0x2a, 0x00], // TIFF, little-endian
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF, big-endian
  [0x42, 0x4d], // BMP (its header holds NUL bytes too)
];

const ARCHIVES = [
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], // Rar!
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0x50, 0x4b, 0x07, 0x08], // a spanned zip
];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

function isRiff(bytes: Uint8Array, form: string): boolean {
  return startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && [...form].every((c, i) => bytes[8 + i] === c.charCodeAt(0));
}

/**
 * Text in UTF-8, GBK or GB18030 never holds a NUL byte and seldom a C0 control other than tab,
 * line feed, carriage return, form feed and escape; a binary file is full of them. Only the
 * head of the file is looked at, so a 20 MB file costs nothing here.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return controls > Math.max(2, n / 100);
}

/**
 * Office systems often hand out a web page or a Word XML file under a .doc name; read as text
 * it would be all tags. Only the head of the file is looked at.
 */
function markupKind(bytes: Uint8Array): FileKind | undefined {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 2048); i++) head += String.fromCharCode(bytes[i]!);
  head = head.replace(/^(\xef\xbb\xbf)?\s*/, '').toLowerCase();
  if (head.startsWith('<?xml') && /<\?mso-application[^>]*word\.document|<w:worddocument|<pkg:package/.test(head)) return 'word-xml';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('mime-version:')) return 'html';
  return undefined;
}

/**
 * An OLE compound file (CFB) is an old binary Office document, or — the same container — an
 * encrypted OOXML package: Word keeps a password-protected .docx as a CFB holding the streams
 * EncryptionInfo and EncryptedPackage. The stream names tell them apart.
 */
function compoundFileKind(bytes: Uint8Array): FileKind {
  const names = new Set(compoundFileNames(bytes));
  if (names.has('encryptedpackage') || names.has('encryptioninfo')) return 'encrypted';
  if (names.has('worddocument')) return 'doc';
  if (names.has('workbook') || names.has('book')) return 'excel';
  if (names.has('powerpoint document')) return 'powerpoint';
  return 'doc';
}

const NO_SECTOR = 0xfffffffe; // ENDOFCHAIN; anything ≥ 0xfffffffa ends or marks a chain

/**
 * The lower-cased names of the directory entries of a compound file: the directory's sector
 * chain is followed through the FAT (MS-CFB 2.2–2.6). Where the structure is damaged, every
 * 128-byte-aligned slot of the file is tried as a directory entry instead (directory sectors
 * always start on such a boundary), so a truncated file is still told apart.
 */
export function compoundFileNames(bytes: Uint8Array): string[] {
  try {
    return walkDirectory(bytes);
  } catch {
    const names: string[] = [];
    for (let at = 512; at + 128 <= bytes.length; at += 128) {
      const name = entryName(bytes, at);
      if (name !== undefined) names.push(name);
    }
    return names;
  }
}

function walkDirectory(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) throw new Error('bad sector shift');
  const sectorSize = 1 << shift;
  const sectorCount = Math.ceil((bytes.length - sectorSize) / sectorSize);
  const offsetOf = (sector: number) => {
    if (sector >= sectorCount) throw new Error('sector outside the file');
    return (sector + 1) * sectorSize;
  };
  // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(view.getUint32(0x4c + 4 * i, true));
  let difat = view.getUint32(0x44, true);
  for (let hops = 0; difat < 0xfffffffa; hops++) {
    if (hops > sectorCount) throw new Error('DIFAT loop');
    const at = offsetOf(difat);
    for (let i = 0; i < sectorSize / 4 - 1; i++) fatSectors.push(view.getUint32(at + 4 * i, true));
    difat = view.getUint32(at + sectorSize - 4, true);
  }
  const perFatSector = sectorSize / 4;
  const next = (sector: number): number => {
    const fat = fatSectors[Math.floor(sector / perFatSector)];
    if (fat === undefined || fat >= 0xfffffffa) throw new Error('sector not in the FAT');
    return view.getUint32(offsetOf(fat) + 4 * (sector % perFatSector), true);
  };
  const names: string[] = [];
  let sector = view.getUint32(0x30, true);
  for (let hops = 0; sector !== NO_SECTOR; hops++) {
    if (hops > sectorCount || sector >= 0xfffffffa) throw new Error('bad directory chain');
    const at = offsetOf(sector);
    for (let e = 0; e < sectorSize; e += 128) {
      const name = entryName(bytes, at + e);
      if (name !== undefined) names.push(name);
    }
    sector = next(sector);
  }
  if (names.length === 0) throw new Error('empty directory');
  return names;
}

/** A directory entry's name (UTF-16LE, length in bytes with its NUL at 0x40), if the slot holds a stream or storage. */
function entryName(bytes: Uint8Array, at: number): string | undefined {
  if (at + 128 > bytes.length) return undefined;
  const length = bytes[at + 0x40]! | (bytes[at + 0x41]! << 8);
  const type = bytes[at + 0x42];
  if (length < 4 || length > 64 || length % 2 !== 0 || (type !== 1 && type !== 2 && type !== 5)) return undefined;
  let name = '';
  for (let i = 0; i < length - 2; i += 2) {
    const code = bytes[at + i]! | (bytes[at + i + 1]! << 8);
    if (code === 0) return undefined;
    name += String.fromCharCode(code);
  }
  if (bytes[at + length - 2] !== 0 || bytes[at + length - 1] !== 0) return undefined;
  return name.toLowerCase();
}
