import { describe, expect, it } from 'vitest';
import { compoundFileNames, importableKind, refusal, sniffFileKind } from '../../core/import/file-kind.ts';
import { ImportError } from '../../core/import/import-error.ts';
import { compoundFile, docxOf, para } from './import-docx-build.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

function refusedWith(bytes: Uint8Array, message: string): void {
  let error: unknown;
  try {
    importableKind(bytes);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).message).toBe(message);
}

describe('sniffFileKind', () => {
  it('takes a zip for a .docx candidate', () => {
    expect(sniffFileKind(docxOf(para('正文')))).toBe('docx');
    expect(importableKind(docxOf(para('正文')))).toBe('docx');
  });

  it('takes UTF-8, GBK and UTF-16 with a BOM for text', () => {
    expect(sniffFileKind(utf8('关于2023年上半年工作总结\r\n一、工作完成情况'))).toBe('text');
    expect(sniffFileKind(utf8('\uFEFF正文'))).toBe('text');
    // 工作总结 in GBK
    expect(sniffFileKind(new Uint8Array([0xb9, 0xa4, 0xd7, 0xf7, 0xd7, 0xdc, 0xbd, 0xe1, 0x0d, 0x0a]))).toBe('text');
    // 工作 in UTF-16LE and BE, each with its BOM: NUL bytes are no sign of a binary here
    expect(sniffFileKind(new Uint8Array([0xff, 0xfe, 0xe5, 0x5d, 0x5c, 0x4f, 0x0a, 0x00]))).toBe('text');
    expect(sniffFileKind(new Uint8Array([0xfe, 0xff, 0x5d, 0xe5, 0x4f, 0x5c, 0x00, 0x0a]))).toBe('text');
    expect(importableKind(utf8('正文'))).toBe('text');
  });

  it('knows a .gwdoc by JSON naming gongwen/, under any name, and any text under a .gwdoc name', () => {
    const gwdoc = '{\n "format": "gongwen/1",\n "meta": {"template": "half-year"}, "blocks": []}';
    expect(sniffFileKind(utf8(gwdoc))).toBe('gwdoc');
    expect(sniffFileKind(utf8('\uFEFF' + gwdoc), '报告.txt')).toBe('gwdoc');
    // Truncated: the head still names the format; a future version is still a .gwdoc.
    expect(sniffFileKind(utf8(gwdoc.slice(0, 30)), 'x.txt')).toBe('gwdoc');
    expect(sniffFileKind(utf8('{"format": "gongwen/2"}'))).toBe('gwdoc');
    // "format" not first: a whole JSON object is read.
    expect(sniffFileKind(utf8('{"meta": {}, "format": "gongwen/1"}'))).toBe('gwdoc');
    // Under a .gwdoc (or .json) name, text that names nothing, or nothing, is a broken document.
    expect(sniffFileKind(utf8('{"for'), 'x.gwdoc')).toBe('gwdoc');
    expect(sniffFileKind(new Uint8Array(0), 'x.GWDOC')).toBe('gwdoc');
    expect(sniffFileKind(utf8('{"a": 1}'), 'x.json')).toBe('gwdoc');
    // Other JSON or braces in a report are text; a .docx under a .gwdoc name is a .docx.
    expect(sniffFileKind(utf8('{"format": "other/1"}'), 'x.txt')).toBe('text');
    expect(sniffFileKind(utf8('{一}、关于……'), 'x.txt')).toBe('text');
    expect(sniffFileKind(docxOf(para('正文')), 'x.gwdoc')).toBe('docx');
    // The importer never reads one as report text.
    refusedWith(utf8(gwdoc), '这是公文写作台的文档（.gwdoc），请直接打开，不需要导入');
  });

  it('refuses an empty file', () => {
    expect(sniffFileKind(new Uint8Array(0))).toBe('empty');
    refusedWith(new Uint8Array(0), '文件是空的，没有可导入的内容');
  });

  it('refuses random binary data', () => {
    let seed = 42;
    const random = new Uint8Array(4096).map(() => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24) & 0xff);
    expect(sniffFileKind(random)).toBe('binary');
    refusedWith(random, '无法识别的文件（不是 Word 文档 .docx，也不是文本文件），无法导入');
    // a text head followed by a NUL is binary too
    expect(sniffFileKind(new Uint8Array([...utf8('ELF'), 0, 1, 2]))).toBe('binary');
  });

  it('refuses PDF, images, RTF and other archives each with its own message', () => {
    expect(sniffFileKind(utf8('%PDF-1.7\n%âãÏÓ\n'))).toBe('pdf');
    refusedWith(utf8('%PDF-1.4\n'), '这是 PDF 文件，无法直接导入；请先转换为 Word 文档（.docx）或复制其中的文字');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(sniffFileKind(png)).toBe('image');
    expect(sniffFileKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image');
    refusedWith(png, '这是图片文件，无法导入；只能导入 Word 文档（.docx）或文本文件（.txt）');
    expect(sniffFileKind(utf8('{\\rtf1\\ansi\\ansicpg936 工作总结}'))).toBe('rtf');
    refusedWith(utf8('{\\rtf1}'), '这是 RTF 文档，请在 Word 或 WPS 中另存为 .docx 后再导入');
    expect(sniffFileKind(new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0]))).toBe('archive');
    expect(sniffFileKind(new Uint8Array([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0]))).toBe('archive');
  });

  it('refuses a web page or a Word XML file (often named .doc), but not text that merely mentions tags', () => {
    const wordHtml = '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><body>工作总结</body></html>';
    expect(sniffFileKind(utf8(wordHtml))).toBe('html');
    expect(sniffFileKind(utf8('\uFEFF\r\n<!DOCTYPE html><html><body>正文</body></html>'))).toBe('html');
    expect(sniffFileKind(utf8('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart"\r\n'))).toBe('html');
    refusedWith(utf8(wordHtml), '这是网页（HTML）格式的文件，请在 Word 或 WPS 中打开并另存为 .docx 后再导入');
    const word2003 = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"/>';
    expect(sniffFileKind(utf8(word2003))).toBe('word-xml');
    expect(sniffFileKind(utf8('<?xml version="1.0"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"/>'))).toBe('word-xml');
    refusedWith(utf8(word2003), '这是 Word XML 格式的文档，请在 Word 或 WPS 中另存为 .docx 后再导入');
    expect(sniffFileKind(utf8('关于 <html> 标签的说明'))).toBe('text');
    expect(sniffFileKind(utf8('<?xml version="1.0"?><note>普通 XML</note>'))).toBe('text');
  });

  it('tells an old .doc by its WordDocument stream', () => {
    const doc = compoundFile(['WordDocument', '1Table', '\u0005SummaryInformation']);
    expect(compoundFileNames(doc)).toEqual(['root entry', 'worddocument', '1table', '\u0005summaryinformation']);
    expect(sniffFileKind(doc)).toBe('doc');
    refusedWith(doc, '这是旧版 Word 文档（.doc），请在 Word 或 WPS 中另存为 .docx 后再导入');
  });

  it('tells a password-protected .docx by its EncryptedPackage and EncryptionInfo streams', () => {
    const encrypted = compoundFile(['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage'], ['\u0006DataSpaces']);
    expect(sniffFileKind(encrypted)).toBe('encrypted');
    refusedWith(encrypted, '文档有密码保护，请先在 Word 中取消密码再导入');
    expect(sniffFileKind(compoundFile(['EncryptedPackage']))).toBe('encrypted');
  });

  it('still tells an encrypted package whose FAT is damaged, by scanning for directory entries', () => {
    const encrypted = compoundFile(['EncryptionInfo', 'EncryptedPackage']);
    new DataView(encrypted.buffer).setUint32(0x30, 0x7fffffff, true); // directory sector outside the file
    expect(sniffFileKind(encrypted)).toBe('encrypted');
    // a CFB header alone, cut short: nothing to find, taken for an old Office file
    expect(sniffFileKind(encrypted.subarray(0, 600))).toBe('doc');
  });

  it('names Excel and PowerPoint compound files', () => {
    expect(sniffFileKind(compoundFile(['Workbook']))).toBe('excel');
    expect(sniffFileKind(compoundFile(['PowerPoint Document']))).toBe('powerpoint');
    expect(refusal('excel')).toMatch(/Excel/);
  });

  it('gives no refusal for the kinds that can be imported', () => {
    expect(refusal('docx')).toBeUndefined();
    expect(refusal('text')).toBeUndefined();
  });
});
