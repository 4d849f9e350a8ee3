import { describe, expect, it } from 'vitest';
import { MAX_GWDOC_CHARS } from '../../core/limits.ts';
import { FORMAT, parseGwdoc, parseGwdocBytes, serializeGwdoc } from '../../core/gwdoc.ts';
import type { GongwenDocument } from '../../core/model.ts';
import { newDocument } from '../../core/new-document.ts';
import { BUILTIN_TEMPLATES, getTemplate } from '../../core/templates.ts';
import { blocksOf, compactOf } from './compact.ts';

const CHINESE = /[\u4e00-\u9fff]/u;

function fileOf(document: GongwenDocument): Record<string, unknown> & { meta: Record<string, unknown>; blocks: Record<string, unknown>[] } {
  return JSON.parse(serializeGwdoc(document)) as ReturnType<typeof fileOf>;
}

const sample = () => newDocument(getTemplate('report'), { organ: '市科技局', year: 2024, date: '2025年1月10日' });

function errorOf(text: string): string {
  const result = parseGwdoc(text);
  if (result.ok) throw new Error('loaded a broken file');
  expect(result.error).toMatch(CHINESE);
  return result.error;
}

const edited = (edit: (file: ReturnType<typeof fileOf>) => void): string => {
  const file = fileOf(sample());
  edit(file);
  return JSON.stringify(file);
};

describe('serializeGwdoc → parseGwdoc', () => {
  it.each(BUILTIN_TEMPLATES.map((t) => [t.id]))('is the identity for a new %s document', (id) => {
    const document = newDocument(getTemplate(id), { organ: '市科技局', year: 2024 });
    const text = serializeGwdoc(document);
    expect(JSON.parse(text)).toMatchObject({ format: FORMAT });
    expect(parseGwdoc(text)).toEqual({ ok: true, document });
    expect(parseGwdoc(text, { normalize: false })).toEqual({ ok: true, document });
    expect(serializeGwdoc((parseGwdoc(text) as { document: GongwenDocument }).document)).toBe(text);
  });

  it('accepts a leading byte-order mark', () => {
    expect(parseGwdoc('\ufeff' + serializeGwdoc(sample())).ok).toBe(true);
  });
});

describe('parseGwdoc errors (in Chinese, with the place)', () => {
  it('not JSON', () => {
    expect(errorOf('{"format":')).toContain('不是有效的 JSON');
    expect(errorOf('')).toContain('不是有效的 JSON');
  });

  it('not JSON: says truncated or where, never in the JSON parser’s English', () => {
    const text = serializeGwdoc(sample());
    expect(errorOf(text.slice(0, 200))).toBe('文件不是有效的 JSON：内容不完整，文件可能在保存或复制时被截断');
    // Cut inside a string, where the parser names the string's start rather than the end.
    expect(errorOf('{"format": "gongw')).toBe('文件不是有效的 JSON：内容不完整，文件可能在保存或复制时被截断');
    expect(errorOf('  ')).toBe('文件不是有效的 JSON：文件是空的');
    expect(errorOf('{\n "format": "gongwen/1",\n x}')).toBe('文件不是有效的 JSON：第 3 行第 2 个字符处格式错误，文件可能已损坏');
    expect(errorOf('[1,]')).toBe('文件不是有效的 JSON：格式错误，文件可能已损坏');
  });

  it('reads bytes as UTF-8 only', () => {
    expect(parseGwdocBytes(new TextEncoder().encode('\ufeff' + serializeGwdoc(sample()))).ok).toBe(true);
    expect(parseGwdocBytes(new Uint8Array([0x7b, 0xb9, 0xa4, 0x7d]))).toEqual({ ok: false, error: '文件不是 UTF-8 编码的文本（可能是 Word 文档或其他格式），不是公文文档' });
  });

  it('not an object', () => {
    expect(errorOf('[]')).toContain('文件内容无效');
    expect(errorOf('null')).toContain('文件内容无效');
    expect(errorOf('"gongwen/1"')).toContain('文件内容无效');
  });

  it('wrong format version', () => {
    expect(errorOf(edited((f) => (f.format = 'gongwen/2')))).toBe('不支持的文件格式版本「gongwen/2」，本程序读取 gongwen/1');
    expect(errorOf(edited((f) => delete f.format))).toContain('format');
  });

  it('a format value that is not a string does not crash the reader', () => {
    expect(errorOf(edited((f) => (f.format = { toString: 1 })))).toContain('不支持的文件格式版本');
    expect(errorOf(edited((f) => (f.format = 2)))).toContain('不支持的文件格式版本');
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(errorOf(`{"format":${deep}}`)).toContain('不支持的文件格式版本');
  });

  it('a block with an unknown type names the block number', () => {
    expect(errorOf(edited((f) => (f.blocks[2]!.type = 'list')))).toContain('第 3 段');
  });

  it('a heading with an invalid level names the block', () => {
    expect(errorOf(edited((f) => (f.blocks[3]!.level = 5)))).toContain('第 4 段');
  });

  it('a missing meta field', () => {
    const error = errorOf(edited((f) => delete f.meta.organ));
    expect(error).toContain('meta.organ');
    expect(error).toContain('应为文字');
  });

  it('a __proto__ key, at any depth', () => {
    const file = serializeGwdoc(sample());
    expect(errorOf(file.replace('{', '{"__proto__":{"x":1},'))).toContain('__proto__');
    expect(errorOf(file.replace('"meta": {', '"meta": {"__proto__":{"organ":"x"},'))).toContain('__proto__');
    const block = errorOf(file.replace('"blocks": [', '"blocks": [{"__proto__":{},"type":"paragraph","children":[{"text":"x"}]},'));
    expect(block).toContain('第 1 段');
    expect(block).toContain('__proto__');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('text that is not a string', () => {
    const error = errorOf(edited((f) => ((f.blocks[1]!.children as { text: unknown }[])[0]!.text = 5)));
    expect(error).toContain('第 2 段');
    expect(error).toContain('children.0.text');
  });

  it('an unknown field in a block or at the top', () => {
    expect(errorOf(edited((f) => (f.blocks[0]!.color = 'red')))).toContain('color');
    expect(errorOf(edited((f) => (f.extra = 1)))).toContain('extra');
  });

  it('oversized input is refused before parsing', () => {
    expect(errorOf(' '.repeat(MAX_GWDOC_CHARS + 1))).toContain('文件过大');
  });

  it('deeply nested JSON gives an error, not a crash', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    errorOf(deep);
    errorOf(edited((f) => (f.blocks = [])).replace('"blocks":[]', `"blocks":[${deep}]`));
    errorOf(edited((f) => (f.meta.template = 'x')).replace('"template":"x"', `"template":${deep}`));
    const deepObject = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    errorOf(deepObject);
  });

  it('reports several problems at once, at most five', () => {
    const error = errorOf(edited((f) => f.blocks.forEach((b) => (b.type = 'list'))));
    expect(error).toContain('第 1 段');
    expect(error).toMatch(/等 \d+ 处问题/u);
  });
});

describe('parseGwdoc normalizes what it loads', () => {
  const broken = () => {
    const document = sample();
    // a level jump and a missing required section
    document.blocks = blocksOf(['T:标题', 'A:市政府办公厅：', 'H1:2024年工作完成情况#done', 'H3:加强领导', 'P:正文', 'H1:2025年工作计划#plan', 'S:市科技局', 'D:2025年1月10日']);
    return serializeGwdoc(document);
  };

  it('repairs a broken structure on load', () => {
    const result = parseGwdoc(broken());
    expect(result.ok).toBe(true);
    expect(result.ok && compactOf(result.document.blocks)).toEqual([
      'T:标题', 'A:市政府办公厅：', 'H1:2024年工作完成情况#done', 'H2:加强领导', 'P:正文', 'H1:存在的问题#problems', 'H1:2025年工作计划#plan', 'S:市科技局', 'D:2025年1月10日',
    ]);
  });

  it('with {normalize: false} loads it as it is', () => {
    const result = parseGwdoc(broken(), { normalize: false });
    expect(result.ok && compactOf(result.document.blocks)).toEqual([
      'T:标题', 'A:市政府办公厅：', 'H1:2024年工作完成情况#done', 'H3:加强领导', 'P:正文', 'H1:2025年工作计划#plan', 'S:市科技局', 'D:2025年1月10日',
    ]);
  });
});

describe('serializeGwdoc', () => {
  it('writes keys in a fixed order, however the blocks were built', () => {
    const document = sample();
    document.blocks = [{ children: [{ text: 'x' }], section: 'done', level: 1, type: 'heading' }];
    document.meta = { date: '', period: '全年', year: 2024, organ: '市科技局', template: 'report' };
    const text = serializeGwdoc(document);
    expect(text.indexOf('"template"')).toBeLessThan(text.indexOf('"date"'));
    expect(Object.keys((JSON.parse(text) as { blocks: object[] }).blocks[0]!)).toEqual(['type', 'level', 'section', 'children']);
  });
});
