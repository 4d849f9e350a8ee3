import { ImportError } from './import-error.ts';

/**
 * Bytes of a .txt file → its text, with line ends made \n.
 *
 * Encodings, in the order they are tried: a byte-order mark (UTF-8, UTF-16 LE/BE) decides;
 * without one, bytes that are valid UTF-8 are UTF-8, and anything else is read as GB18030 (a
 * superset of GBK and GB2312, the encoding of most Chinese .txt files Windows writes). UTF-16
 * without a mark is recognised by its zero bytes. Binary data (zero bytes, control characters) is
 * refused with an ImportError, never turned into mojibake.
 *
 * TextDecoder is a global both in Node (with full ICU, which has gb18030) and in browsers; core
 * is compiled without DOM types, so it is reached through globalThis with the few members used.
 */

interface Decoder {
  decode(input: Uint8Array): string;
}
type DecoderConstructor = new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;

/** Larger files are refused rather than risking the app's memory (a 200-page report is ~0.5 MB). */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024;

function decoder(label: string, fatal: boolean): Decoder {
  const Ctor = (globalThis as unknown as { TextDecoder?: DecoderConstructor }).TextDecoder;
  if (!Ctor) throw new ImportError('当前环境无法识别文字编码', 'TextDecoder is not available in this environment', 'encoding');
  // ignoreBOM: the mark is removed below, by its length in bytes, whatever the decoder does.
  return new Ctor(label, { fatal, ignoreBOM: true });
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return decoder(label, true).decode(bytes);
  } catch {
    return null;
  }
}

/** Which UTF-16 byte order zero bytes suggest (ASCII characters have a zero high byte), or null. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 65536) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (pairs === 0) return null;
  // Text in UTF-16 has zero bytes mostly on one side: the high byte of ASCII characters (line
  // ends, digits). The other side has a few: 一 is U+4E00.
  if (odd > pairs * 0.02 && even < odd * 0.5) return 'utf-16le';
  if (even > pairs * 0.02 && odd < even * 0.5) return 'utf-16be';
  return null;
}

function hasZeroByte(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) >= 0;
}

const BINARY = (detail: string) => new ImportError('这不是文本文件（含有二进制数据），不能作为 .txt 导入', detail, 'binary');

/** Refuses text with control characters a text file does not have (Tab, line ends and a final Ctrl-Z are fine). */
function refuseControlCharacters(text: string): void {
  let controls = 0;
  const end = text.length;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b) continue;
    if (c === 0x1a && i === end - 1) continue;
    if (c === 0) throw BINARY('NUL character in decoded text');
    controls++;
  }
  if (controls > 8 && controls > text.length / 200) throw BINARY(`${controls} control characters in ${text.length}`);
}

function refuseReplacementCharacters(text: string): void {
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) bad++;
  if (bad > 8 && bad > text.length / 100) {
    throw new ImportError('无法识别文件的文字编码（既不是 UTF-8，也不是 GBK/GB18030）', `${bad} undecodable sequences in ${text.length} characters`, 'encoding');
  }
}

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether the file started with a byte-order mark. */
  bom: boolean;
}

/** Decodes and reports which encoding was used (for the import report). See decodeText. */
export function decodeTextWithEncoding(bytes: Uint8Array): DecodedText {
  if (bytes.length > MAX_TEXT_BYTES) {
    throw new ImportError(`文件太大（${Math.round(bytes.length / 1048576)} MB），只能导入 ${MAX_TEXT_BYTES / 1048576} MB 以内的文本文件`, `text file of ${bytes.length} bytes exceeds ${MAX_TEXT_BYTES}`, 'too-large');
  }
  let encoding: TextEncodingName;
  let bom = true;
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    text = decoder('utf-8', false).decode(bytes.subarray(3));
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    if (bytes[2] === 0 && bytes[3] === 0 && bytes.length >= 4) {
      throw new ImportError('不支持 UTF-32 编码的文本文件，请另存为 UTF-8', 'UTF-32 LE byte-order mark', 'encoding');
    }
    encoding = 'utf-16le';
    text = decoder('utf-16le', false).decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = decoder('utf-16be', false).decode(bytes.subarray(2));
  } else {
    bom = false;
    if (hasZeroByte(bytes)) {
      const utf16 = utf16WithoutMark(bytes);
      if (!utf16) throw BINARY('NUL bytes and no UTF-16 pattern');
      encoding = utf16;
      text = decoder(utf16, false).decode(bytes);
    } else {
      const utf8 = tryDecode('utf-8', bytes);
      if (utf8 !== null) {
        encoding = 'utf-8';
        text = utf8;
      } else {
        encoding = 'gb18030';
        text = tryDecode('gb18030', bytes) ?? decoder('gb18030', false).decode(bytes);
      }
    }
  }
  refuseControlCharacters(text);
  refuseReplacementCharacters(text);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (!/\S/u.test(text)) throw new ImportError('文件是空的，没有可导入的文字', bytes.length === 0 ? 'empty file' : 'file has only white space', 'empty');
  return { text, encoding, bom };
}

/**
 * Bytes of a .txt file → its text: UTF-8 with or without BOM, UTF-16 with BOM (or recognisably
 * without), otherwise GBK/GB18030; CRLF and CR become LF. Throws ImportError for an empty file,
 * binary data or an undecodable encoding.
 */
export function decodeText(bytes: Uint8Array): string {
  return decodeTextWithEncoding(bytes).text;
}
