import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText, decodeTextWithEncoding } from '../../core/import/decode-text.ts';
import { ImportError } from '../../core/import/import-error.ts';
import { recognise } from '../../core/import/recognise.ts';
import { textToParagraphs } from '../../core/import/text-source.ts';

const fixture = (path: string) => readFileSync(fileURLToPath(new URL(`../fixtures/import/${path}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);

function refusal(input: Uint8Array): ImportError {
  try {
    decodeText(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('not refused');
}

describe('decodeText', () => {
  it('reads UTF-8 without and with a byte-order mark, dropping the mark', () => {
    expect(decodeTextWithEncoding(utf8('工作总结'))).toEqual({ text: '工作总结', encoding: 'utf-8', bom: false });
    expect(decodeTextWithEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('工作总结')]))).toEqual({ text: '工作总结', encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 with a byte-order mark, little and big endian', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('一、总体思路\r\n', 'utf16le')]);
    expect(decodeTextWithEncoding(le)).toEqual({ text: '一、总体思路\n', encoding: 'utf-16le', bom: true });
    const be = Buffer.from('总结A', 'utf16le').swap16();
    expect(decodeTextWithEncoding(new Uint8Array([0xfe, 0xff, ...be]))).toEqual({ text: '总结A', encoding: 'utf-16be', bom: true });
  });

  it('recognises UTF-16 without a mark by its zero bytes', () => {
    const le = new Uint8Array(Buffer.from('2023年工作总结\n一、工作完成情况\n', 'utf16le'));
    expect(decodeTextWithEncoding(le).encoding).toBe('utf-16le');
    expect(decodeText(le)).toBe('2023年工作总结\n一、工作完成情况\n');
  });

  it('reads GBK bytes (not valid UTF-8) as GB18030', () => {
    // 中文报告： in GBK
    expect(decodeTextWithEncoding(bytes(0xd6, 0xd0, 0xce, 0xc4, 0xb1, 0xa8, 0xb8, 0xe6, 0xa3, 0xba))).toEqual({ text: '中文报告：', encoding: 'gb18030', bom: false });
  });

  it('decodes a whole report saved as GB18030 to the same text as its UTF-8 original', () => {
    const original = fixture('seeds/000_50acbe1f2b51726a.txt').toString('utf8');
    expect(decodeText(fixture('encodings/000-gb18030.txt'))).toBe(original);
  });

  it('imports a GBK file with CRLF line ends into the same outline as the UTF-8 original', () => {
    const gbk = recognise(textToParagraphs(decodeText(fixture('encodings/002-gbk-crlf.txt'))));
    const original = recognise(textToParagraphs(decodeText(fixture('seeds/002_b13487b31118fa9a.txt'))));
    expect(gbk.blocks).toEqual(original.blocks);
    expect(gbk.title).toBe('2022年全市科技工作要点');
  });

  it('makes CRLF and lone CR line ends LF', () => {
    expect(decodeText(utf8('甲\r\n乙\r丙\n丁'))).toBe('甲\n乙\n丙\n丁');
  });

  it('refuses binary data with a Chinese message and an English detail', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52);
    const error = refusal(png);
    expect(error.message).toMatch(/不是文本文件/u);
    expect(error.detail).toMatch(/NUL/u);
    expect(error.code).toBe('binary');
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, ...utf8('word/document.xml')]);
    expect(refusal(zip).code).toBe('binary');
  });

  it('refuses text full of control characters', () => {
    const noise = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41 + (i % 26)));
    expect(refusal(noise).code).toBe('binary');
  });

  it('accepts a stray control character and a final Ctrl-Z', () => {
    expect(decodeText(utf8('工作总结\u0007正文\u001a'))).toBe('工作总结\u0007正文\u001a');
  });

  it('refuses an empty file and one with only white space', () => {
    expect(refusal(new Uint8Array(0)).message).toBe('文件是空的，没有可导入的文字');
    expect(refusal(utf8(' \r\n\u3000\n')).code).toBe('empty');
    expect(refusal(new Uint8Array([0xef, 0xbb, 0xbf])).code).toBe('empty');
  });
});

describe('textToParagraphs', () => {
  it('gives one paragraph per non-empty line, trimmed of full-width and half-width spaces', () => {
    expect(textToParagraphs('  标题\n\n\u3000\u3000一、总体要求 \u3000\n \u00a0 \n正文。')).toEqual([{ text: '标题' }, { text: '一、总体要求' }, { text: '正文。' }]);
  });
});
