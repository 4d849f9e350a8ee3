import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx.ts';
import { ImportError } from '../../core/import/import-error.ts';
import { importSource, readSource } from '../../core/import/import-source.ts';
import { blockText } from '../../core/model.ts';
import { findHalfWidthPunctuation } from '../../core/half-width-marks.ts';

const seed = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/import/seeds/${name}`, import.meta.url)));
const SEED_000 = '000_50acbe1f2b51726a.txt';
const SEED_001 = '001_1546186363c61f01.txt';

describe('importSource', () => {
  it('judges the kind from the bytes: a .docx is read as Word, text as text', async () => {
    const text = readSource(seed(SEED_000));
    expect(text.kind).toBe('text');
    expect(text.encoding).toBe('utf-8');
    const docx = readSource(await exportDocx(importSource(seed(SEED_000)).document));
    expect(docx.kind).toBe('docx');
    expect(docx.paragraphs.some((p) => p.text === '一、工作完成情况')).toBe(true);
  });

  it('places the source’s numbering problems on the imported document’s headings', () => {
    // Seed 001: under 四、 the original goes (三)拓展创新平台 then (五)补齐创新链条.
    const { document, numberingProblems } = importSource(seed(SEED_001));
    expect(numberingProblems).toHaveLength(1);
    const [problem] = numberingProblems;
    expect(problem!.message).toContain('缺少「（四）」');
    const block = document.blocks[problem!.block]!;
    expect(block.type).toBe('heading');
    expect(blockText(block)).toMatch(/^补齐创新链条/);
  });

  it('still places them when the import made the punctuation full-width', () => {
    const { document, numberingProblems } = importSource(seed(SEED_001), { punctuation: true });
    expect(blockText(document.blocks[numberingProblems[0]!.block]!)).toMatch(/^补齐创新链条，打造/);
  });

  it('leaves no half-width mark in Chinese text when asked to normalise punctuation', () => {
    const plain = importSource(seed(SEED_000)).document.blocks;
    const fixed = importSource(seed(SEED_000), { punctuation: true }).document.blocks;
    expect(plain.reduce((n, b) => n + findHalfWidthPunctuation(blockText(b)).length, 0)).toBeGreaterThan(50);
    expect(fixed.reduce((n, b) => n + findHalfWidthPunctuation(blockText(b)).length, 0)).toBe(0);
    // Only marks changed: the same text otherwise.
    const squash = (blocks: typeof plain) => blocks.map(blockText).join('').replace(/[,:;()?!，：；（）？！]/gu, '');
    expect(squash(fixed)).toBe(squash(plain));
  });

  it('refuses what it cannot import with an ImportError in Chinese, before building anything', () => {
    const refused = (bytes: Uint8Array) => {
      try {
        importSource(bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(ImportError);
        return (error as Error).message;
      }
      throw new Error('imported');
    };
    expect(refused(new Uint8Array())).toBe('文件是空的，没有可导入的内容');
    expect(refused(new TextEncoder().encode('%PDF-1.7\n'))).toMatch(/PDF/);
    expect(refused(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatch(/损坏/);
  });
});
