import { deflateSync, inflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../core/import/docx-reader.ts';
import { ImportError } from '../../core/import/import-error.ts';
import { crc32, openZip } from '../../core/import/zip-read.ts';
import { ZERO_UNIT_BYTES, compoundFile, docxOf, docxPackage, documentXml, numberingXml, para, rawZip, stylesXml, zerosDeflated } from './import-docx-build.ts';

const CORRUPTED = '文件已损坏，无法作为 Word 文档（.docx）读取';
const TOO_LARGE = '文档解压后过大，可能是损坏或恶意构造的文件，已拒绝导入';
const SIZE_MISMATCH = '文档解压后的大小与其声明不符，文件已损坏或是恶意构造的，已拒绝导入';
const NOT_WORD = '文件中没有 Word 正文（word/document.xml），不是 Word 文档（.docx），无法导入';
const XML_DOCTYPE = '文档含有不允许的 DTD 或实体声明（可能是恶意构造的文件），已拒绝导入';
const XML_MALFORMED = '文档内容格式有误（XML 无法解析），文件可能已损坏，无法导入';

function refusal(read: () => unknown): ImportError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('expected an ImportError, but the read succeeded');
}

const refused = (bytes: Uint8Array) => refusal(() => readDocx(bytes));

/** A package whose document.xml is the given text, everything else in order. */
const withDocumentXml = (xml: string) => docxPackage({ document: xml });

describe('readDocx refuses what is not a readable .docx, with a Chinese message', () => {
  it('an empty file and random bytes', () => {
    expect(refused(new Uint8Array(0)).message).toBe(CORRUPTED);
    let seed = 7;
    const random = new Uint8Array(10_000).map(() => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24) & 0xff);
    expect(refused(random).message).toBe(CORRUPTED);
  });

  it('an old .doc and a password-protected .docx handed to it directly', () => {
    expect(refused(compoundFile(['WordDocument'])).message).toBe(CORRUPTED);
    expect(refused(compoundFile(['EncryptionInfo', 'EncryptedPackage'])).message).toBe(CORRUPTED);
  });

  it('a truncated zip, and one whose compressed data is damaged', () => {
    const good = docxOf(para('正文'.repeat(200)));
    expect(readDocx(good)).toHaveLength(1);
    for (const cut of [10, good.length >> 1, good.length - 10]) expect(refused(good.subarray(0, cut)).message).toBe(CORRUPTED);
    // damage the deflated document.xml (its data starts after the 30-byte local header and the
    // 17-byte name): the inflater, the size check or the CRC notices
    const zip = zipSync({ 'word/document.xml': strToU8(documentXml(para('正文'.repeat(200)))) });
    for (const offset of [50, 60, 80, 100]) {
      const damaged = zip.slice();
      damaged[offset] = damaged[offset]! ^ 0x5a;
      expect([CORRUPTED, SIZE_MISMATCH], `byte ${offset}`).toContain(refused(damaged).message);
    }
  });

  it('a stored entry whose bytes no longer match its CRC', () => {
    const content = strToU8(documentXml(para('正文')));
    const bytes = rawZip([{ name: 'word/document.xml', data: content.map((b) => (b === 0x6e ? 0x4e : b)), method: 0, crc: crc32(content), size: content.length }]);
    const error = refused(bytes);
    expect(error.message).toBe(CORRUPTED);
    expect(error.detail).toMatch(/CRC/);
  });

  it('a zip without word/document.xml, and other Office packages', () => {
    expect(refused(zipSync({ 'readme.txt': strToU8('hello') })).message).toBe(NOT_WORD);
    expect(refused(zipSync({})).message).toBe(NOT_WORD);
    expect(refused(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') })).message).toBe('这是 Excel 表格，不是 Word 文档，无法导入');
    expect(refused(zipSync({ 'ppt/presentation.xml': strToU8('<p/>') })).message).toBe('这是 PowerPoint 演示文稿，不是 Word 文档，无法导入');
    expect(refused(zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<x/>') })).message).toBe(
      '这是 OpenDocument 文档（.odt），请在 WPS 或 Word 中另存为 .docx 后再导入',
    );
  });

  it('an encrypted zip entry and an unsupported compression method', () => {
    const content = strToU8(documentXml(para('x')));
    const entry = { name: 'word/document.xml', data: content, method: 0, crc: crc32(content), size: content.length };
    expect(readDocx(rawZip([entry]))).toEqual([{ text: 'x' }]);
    expect(refused(rawZip([{ ...entry, flags: 1 }])).message).toBe('文档有密码保护，请先在 Word 中取消密码再导入');
    expect(refused(rawZip([{ ...entry, method: 12 }])).message).toBe('文档使用了不支持的压缩方式，请在 Word 或 WPS 中重新另存为 .docx 后再导入');
  });

  it('too many entries, as counted or as declared', () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}.xml`, strToU8('<a/>')])));
    const error = refusal(() => openZip(many, { maxEntries: 10, maxEntryBytes: 1000, maxTotalBytes: 1000 }));
    expect(error.message).toBe('文档包含的文件数量异常，可能是损坏或恶意构造的文件，已拒绝导入');
    const content = strToU8(documentXml(para('x')));
    const lying = rawZip([{ name: 'word/document.xml', data: content, method: 0, crc: crc32(content), size: content.length }], { declaredCount: 60_000 });
    expect(refused(lying).message).toBe('文档包含的文件数量异常，可能是损坏或恶意构造的文件，已拒绝导入');
  });

  it('reads zip64 sizes from the extra field', () => {
    const content = strToU8(documentXml(para('zip64')));
    const data = deflateSync(content);
    expect(readDocx(rawZip([{ name: 'word/document.xml', data, method: 8, crc: crc32(content), size: content.length, zip64: true }]))).toEqual([{ text: 'zip64' }]);
  });
});

describe('zip bombs are refused in bounded memory and time', () => {
  const GIB_UNITS = 1024; // 1024 × 1 048 512 bytes ≈ 1 GiB of zeros
  const bomb = zerosDeflated(GIB_UNITS);
  const bombSize = 1 + GIB_UNITS * ZERO_UNIT_BYTES;

  it('the hand-made stream is what it claims (checked on a small one)', () => {
    const small = inflateSync(zerosDeflated(3));
    expect(small.length).toBe(1 + 3 * ZERO_UNIT_BYTES);
    expect(small.every((b) => b === 0)).toBe(true);
    expect(bomb.length).toBeLessThan(8 * 1024 * 1024);
  });

  const timed = (bytes: Uint8Array) => {
    const start = performance.now();
    const error = refused(bytes);
    const ms = performance.now() - start;
    return { error, ms };
  };

  it('one that declares its 1 GiB: refused before inflating anything', () => {
    const { error, ms } = timed(rawZip([{ name: 'word/document.xml', data: bomb, method: 8, crc: 0, size: bombSize }]));
    expect(error.message).toBe(TOO_LARGE);
    expect(ms).toBeLessThan(1000);
  });

  it('one that declares 2 KB: refused as soon as more comes out', () => {
    const { error, ms } = timed(rawZip([{ name: 'word/document.xml', data: bomb, method: 8, crc: 0, size: 2048 }]));
    expect(error.message).toBe(SIZE_MISMATCH);
    expect(ms).toBeLessThan(1000);
  });

  it('one that declares 40 MB (under the cap): refused after 40 MB, not 1 GiB', () => {
    const before = process.memoryUsage().arrayBuffers;
    const { error, ms } = timed(rawZip([{ name: 'word/document.xml', data: bomb, method: 8, crc: 0, size: 40 * 1024 * 1024 }]));
    expect(error.message).toBe(SIZE_MISMATCH);
    console.log(`40 MB-declared 1 GiB bomb refused in ${ms.toFixed(0)} ms; array buffers grew by ${((process.memoryUsage().arrayBuffers - before) / 2 ** 20).toFixed(0)} MB`);
    expect(ms).toBeLessThan(3000);
  });

  it('honest parts that together exceed the total budget', () => {
    const content = new Uint8Array(800);
    const zip = zipSync({ a: content, b: content });
    const archive = openZip(zip, { maxEntries: 10, maxEntryBytes: 1000, maxTotalBytes: 1500 });
    expect(archive.read('a')).toHaveLength(800);
    expect(refusal(() => archive.read('b')).message).toBe(TOO_LARGE);
    expect(refusal(() => openZip(zip, { maxEntries: 10, maxEntryBytes: 500, maxTotalBytes: 1500 }).read('a')).message).toBe(TOO_LARGE);
  });

  it('a bomb in a part the reader never needs is never inflated', () => {
    const content = strToU8(documentXml(para('正文')));
    const bytes = rawZip([
      { name: 'word/document.xml', data: content, method: 0, crc: crc32(content), size: content.length },
      { name: 'word/media/image1.png', data: bomb, method: 8, crc: 0, size: bombSize },
    ]);
    const start = performance.now();
    expect(readDocx(bytes)).toEqual([{ text: '正文' }]);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('hostile XML is refused, nothing expanded or fetched', () => {
  const LAUGHS =
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n' +
    Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n') +
    '\n]>\n';

  it('a billion laughs in document.xml', () => {
    const xml = LAUGHS + `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
    const start = performance.now();
    const error = refused(withDocumentXml(xml));
    expect(error.message).toBe(XML_DOCTYPE);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('an external entity (XXE), in any part', () => {
    const xxe = (root: string) =>
      `<?xml version="1.0"?><!DOCTYPE ${root} [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>` +
      `<w:${root} xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">&xxe;</w:${root}>`;
    expect(refused(withDocumentXml(xxe('document'))).message).toBe(XML_DOCTYPE);
    const body = documentXml(para('正文'));
    expect(refused(docxPackage({ document: body, styles: xxe('styles') })).message).toBe(XML_DOCTYPE);
    expect(refused(docxPackage({ document: body, numbering: xxe('numbering') })).message).toBe(XML_DOCTYPE);
    expect(refused(docxPackage({ document: body, extra: { 'word/_rels/document.xml.rels': '<!DOCTYPE r SYSTEM "http://example.com/r.dtd"><Relationships/>' } })).message).toBe(XML_DOCTYPE);
    // even a DOCTYPE that declares nothing
    expect(refused(withDocumentXml('<!DOCTYPE w:document><w:document xmlns:w="x"/>')).message).toBe(XML_DOCTYPE);
  });

  it('an entity that is not declared, and malformed XML', () => {
    const error = refused(withDocumentXml(documentXml('<w:p><w:r><w:t>&nbsp;&xxe;</w:t></w:r></w:p>')));
    expect(error.message).toBe(XML_MALFORMED);
    expect(error.detail).toMatch(/word\/document\.xml/);
    expect(refused(withDocumentXml(documentXml('<w:p><w:r><w:t>未闭合</w:r></w:p>'))).message).toBe(XML_MALFORMED);
    expect(refused(withDocumentXml('')).message).toBe(XML_MALFORMED);
    expect(refused(withDocumentXml('\u0000\u0001garbage')).message).toBe(XML_MALFORMED);
    expect(refused(docxPackage({ document: documentXml(para('x')), styles: stylesXml('<w:style>') })).message).toBe(XML_MALFORMED);
    expect(refused(docxPackage({ document: documentXml(para('x')), numbering: numberingXml('<w:num w:numId="1">') })).message).toBe(XML_MALFORMED);
  });

  it('keeps the predefined and numeric character references', () => {
    expect(readDocx(withDocumentXml(documentXml('<w:p><w:r><w:t>&lt;&amp;&gt;&quot;&apos;&#x4E00;&#20108;</w:t></w:r></w:p>')))).toEqual([{ text: '<&>"\'一二' }]);
  });
});

describe('amplification: output and work stay proportional to the input', () => {
  it('fifty thousand nested open fields followed by fifty thousand runs', () => {
    const begins = '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'.repeat(50_000);
    const runs = '<w:r><w:t>x</w:t></w:r>'.repeat(50_000);
    const start = performance.now();
    expect(readDocx(docxOf(`<w:p>${begins}${runs}</w:p>` + para('之后')))).toEqual([{ text: '之后' }]);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('a huge label template and start values are not multiplied into every paragraph', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0">' +
      `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1${'、'.repeat(100_000)}"/></w:lvl>` +
      '<w:lvl w:ilvl="1"><w:start w:val="2000000000"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2"/></w:lvl>' +
      `<w:lvl w:ilvl="2"><w:start w:val="7"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="${'0'.repeat(100_000)}1"/></mc:Choice></mc:AlternateContent><w:lvlText w:val="%3"/></w:lvl>` +
      '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const body = Array.from({ length: 2000 }, () => para('x', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')).join('') + para('y', '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>') + para('z', '<w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr>');
    const paragraphs = readDocx(docxPackage({ document: documentXml(body), numbering: numberingXml(numbering) }));
    expect(Math.max(...paragraphs.map((p) => p.hint?.listLabel?.length ?? 0))).toBeLessThanOrEqual(64 + 4);
    expect(paragraphs.at(-2)?.hint?.listLabel).toBe('2000000000');
    expect(paragraphs.at(-1)?.hint?.listLabel).toBe('7');
  });
});
