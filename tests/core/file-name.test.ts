import { describe, expect, it } from 'vitest';
import { documentFileName } from '../../core/file-name.ts';

describe('documentFileName', () => {
  it('names a document after its title, with .gwdoc or the extension asked for', () => {
    expect(documentFileName('宣城市科技局2023年上半年工作总结')).toBe('宣城市科技局2023年上半年工作总结.gwdoc');
    expect(documentFileName('报告.gwdoc')).toBe('报告.gwdoc');
    expect(documentFileName('宣城市科技局2023年工作要点.GWDOC', '.docx')).toBe('宣城市科技局2023年工作要点.docx');
  });

  it('drops what file systems refuse, and loose dots and spaces at the ends', () => {
    expect(documentFileName('某某县/区:发改委2023年工作要点')).toBe('某某县区发改委2023年工作要点.gwdoc');
    expect(documentFileName('a/b\\c:d*e?"f"<g>|h\u0000')).toBe('abcdefgh.gwdoc');
    expect(documentFileName('/:*?')).toBe('未命名公文.gwdoc');
    expect(documentFileName('第一行\n第二行\t 末尾')).toBe('第一行 第二行 末尾.gwdoc');
    expect(documentFileName('  .隐藏. ')).toBe('隐藏.gwdoc');
  });

  it('falls back to 未命名公文 when nothing usable is left', () => {
    expect(documentFileName(' .. ')).toBe('未命名公文.gwdoc');
    expect(documentFileName('', '.docx')).toBe('未命名公文.docx');
  });

  it('stays within 255 UTF-8 bytes, never cutting a character in half', () => {
    expect(documentFileName('长'.repeat(200))).toBe(`${'长'.repeat(80)}.gwdoc`);
    const emoji = documentFileName(`长${'😀'.repeat(100)}`);
    expect(emoji).toBe(`长${'😀'.repeat(39)}.gwdoc`);
    for (const name of [documentFileName('长'.repeat(200)), emoji, documentFileName('😀'.repeat(100))]) {
      expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
      expect(name).toBe(new TextDecoder().decode(new TextEncoder().encode(name)));
    }
    expect(documentFileName(`${'长'.repeat(79)}.尾`)).toBe(`${'长'.repeat(79)}.gwdoc`);
  });
});
