import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * Building .docx fixtures in tests from hand-written WordprocessingML, zipped with fflate, so
 * each test shows exactly the XML it reads (no opaque binaries). Also a minimal OLE compound
 * file (CFB) builder for the .doc and password-protected cases.
 */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const NAMESPACES =
  `xmlns:w="${W}" ` +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml"';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const documentXml = (body: string) => `${DECLARATION}<w:document ${NAMESPACES}><w:body>${body}<w:sectPr/></w:body></w:document>`;
export const stylesXml = (styles: string) => `${DECLARATION}<w:styles ${NAMESPACES}>${styles}</w:styles>`;
export const numberingXml = (definitions: string) => `${DECLARATION}<w:numbering ${NAMESPACES}>${definitions}</w:numbering>`;

/** A paragraph of one run; `pPr` is the inside of w:pPr. */
export const para = (text: string, pPr = '') =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
export const run = (text: string) => `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
export const numPr = (numId: number | string, ilvl?: number) =>
  `<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;
export const paragraphStyle = (id: string, name: string, inner = '', extra = '') =>
  `<w:style w:type="paragraph" w:styleId="${id}"${extra}><w:name w:val="${name}"/>${inner}</w:style>`;
export const level = (ilvl: number, format: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

export interface Parts {
  document: string;
  styles?: string;
  numbering?: string;
  /** Further entries, by name. */
  extra?: Record<string, string | Uint8Array>;
}

/** A .docx package: content types, package and document relationships, and the given parts. */
export function docxPackage(parts: Parts): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
        '</Relationships>',
    ),
    'word/document.xml': strToU8(parts.document),
  };
  if (parts.styles !== undefined) files['word/styles.xml'] = strToU8(parts.styles);
  if (parts.numbering !== undefined) files['word/numbering.xml'] = strToU8(parts.numbering);
  for (const [name, data] of Object.entries(parts.extra ?? {})) files[name] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(files);
}

/** A package holding just a body (no styles, no numbering). */
export const docxOf = (body: string) => docxPackage({ document: documentXml(body) });

/**
 * A minimal OLE compound file (MS-CFB version 3, 512-byte sectors): header, one FAT sector,
 * one directory sector with a root entry and up to three named entries (streams, or storages
 * for names in `storages`). Enough for a reader that walks the directory.
 */
export function compoundFile(names: string[], storages: string[] = []): Uint8Array {
  if (names.length > 3) throw new Error('one directory sector holds four entries');
  const bytes = new Uint8Array(512 * 3);
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x003e, true); // minor version
  view.setUint16(0x1a, 0x0003, true); // major version 3
  view.setUint16(0x1c, 0xfffe, true); // byte order
  view.setUint16(0x1e, 9, true); // sector shift: 512
  view.setUint16(0x20, 6, true); // mini sector shift: 64
  view.setUint32(0x2c, 1, true); // FAT sectors
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, 0x1000, true); // mini stream cutoff
  view.setUint32(0x3c, 0xfffffffe, true); // no mini FAT
  view.setUint32(0x44, 0xfffffffe, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + 4 * i, i === 0 ? 0 : 0xffffffff, true);
  // Sector 0 (file offset 512): the FAT.
  for (let i = 0; i < 128; i++) view.setUint32(512 + 4 * i, 0xffffffff, true);
  view.setUint32(512, 0xfffffffd, true); // sector 0 is a FAT sector
  view.setUint32(516, 0xfffffffe, true); // sector 1 (directory) ends its chain
  // Sector 1 (file offset 1024): the directory.
  const entry = (index: number, name: string, type: number) => {
    const at = 1024 + index * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(at + 2 * i, name.charCodeAt(i), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    bytes[at + 0x42] = type;
    view.setUint32(at + 0x44, 0xffffffff, true);
    view.setUint32(at + 0x48, 0xffffffff, true);
    view.setUint32(at + 0x4c, index === 0 && names.length ? 1 : 0xffffffff, true);
  };
  entry(0, 'Root Entry', 5);
  names.forEach((name, i) => entry(i + 1, name, storages.includes(name) ? 1 : 2));
  return bytes;
}

export interface RawEntry {
  name: string;
  /** The bytes as stored in the archive (already compressed for method 8). */
  data: Uint8Array;
  method: number;
  crc: number;
  /** The uncompressed size the archive declares (true or not). */
  size: number;
  flags?: number;
  /** Write the sizes as 0xFFFFFFFF with a zip64 extra field holding them. */
  zip64?: boolean;
}

/** A zip written byte by byte, so that its sizes, flags and counts can say anything. */
export function rawZip(entries: RawEntry[], options: { declaredCount?: number } = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const encoder = new TextEncoder();
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const extra = entry.zip64 ? new Uint8Array(4 + 16) : new Uint8Array(0);
    if (entry.zip64) {
      const view = new DataView(extra.buffer);
      view.setUint16(0, 1, true);
      view.setUint16(2, 16, true);
      view.setBigUint64(4, BigInt(entry.size), true);
      view.setBigUint64(12, BigInt(entry.data.length), true);
    }
    const sizeField = entry.zip64 ? 0xffffffff : entry.size;
    const compressedField = entry.zip64 ? 0xffffffff : entry.data.length;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, entry.flags ?? 0, true);
    lv.setUint16(8, entry.method, true);
    lv.setUint32(14, entry.crc, true);
    lv.setUint32(18, entry.data.length, true);
    lv.setUint32(22, entry.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const header = new Uint8Array(46 + name.length + extra.length);
    const cv = new DataView(header.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, entry.zip64 ? 45 : 20, true);
    cv.setUint16(8, entry.flags ?? 0, true);
    cv.setUint16(10, entry.method, true);
    cv.setUint32(16, entry.crc, true);
    cv.setUint32(20, compressedField, true);
    cv.setUint32(24, sizeField, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, extra.length, true);
    cv.setUint32(42, offset, true);
    header.set(name, 46);
    header.set(extra, 46 + name.length);
    chunks.push(local, entry.data);
    central.push(header);
    offset += local.length + entry.data.length;
  }
  const directorySize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, options.declaredCount ?? entries.length, true);
  ev.setUint16(10, options.declaredCount ?? entries.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * A raw DEFLATE stream of `units` × 1 048 512 zero bytes (plus one), written by hand with
 * fixed Huffman codes: each unit is a block of 4064 copies of (length 258, distance 1) ended by
 * an empty stored block, so it is byte-aligned and can simply be repeated. 1 GiB costs 6.8 MB
 * of compressed bytes and no compression work.
 */
export const ZERO_UNIT_BYTES = 4064 * 258;

export function zerosDeflated(units: number): Uint8Array {
  const bits = new BitWriter();
  const code = (value: number, length: number) => {
    let reversed = 0;
    for (let i = 0; i < length; i++) reversed |= ((value >> i) & 1) << (length - 1 - i);
    bits.write(reversed, length);
  };
  const sync = () => {
    code(0, 7); // end of block (256)
    bits.write(0, 3); // a stored block, not final…
    bits.align();
    bits.bytes(0x00, 0x00, 0xff, 0xff); // …of length 0
  };
  bits.write(0, 1);
  bits.write(1, 2); // fixed Huffman
  code(0x30, 8); // literal 0
  sync();
  const head = bits.take();
  bits.write(0, 1);
  bits.write(1, 2);
  for (let i = 0; i < 4064; i++) {
    code(0xc5, 8); // length 258 (symbol 285)
    code(0, 5); // distance 1
  }
  sync();
  const unit = bits.take();
  bits.write(1, 1); // final
  bits.write(1, 2);
  code(0, 7);
  bits.align();
  const tail = bits.take();
  const out = new Uint8Array(head.length + unit.length * units + tail.length);
  out.set(head, 0);
  for (let i = 0; i < units; i++) out.set(unit, head.length + i * unit.length);
  out.set(tail, head.length + unit.length * units);
  return out;
}

class BitWriter {
  private out: number[] = [];
  private current = 0;
  private filled = 0;

  write(value: number, length: number): void {
    for (let i = 0; i < length; i++) {
      this.current |= ((value >> i) & 1) << this.filled;
      if (++this.filled === 8) this.flush();
    }
  }

  align(): void {
    if (this.filled) this.flush();
  }

  bytes(...values: number[]): void {
    this.out.push(...values);
  }

  take(): Uint8Array {
    if (this.filled) throw new Error('not byte-aligned');
    const bytes = Uint8Array.from(this.out);
    this.out = [];
    return bytes;
  }

  private flush(): void {
    this.out.push(this.current);
    this.current = 0;
    this.filled = 0;
  }
}
