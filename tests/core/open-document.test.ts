import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeGwdoc } from '../../core/gwdoc.ts';
import { blockText, type GongwenDocument } from '../../core/model.ts';
import { newDocument } from '../../core/new-document.ts';
import { openDocument, type OpenResult } from '../../core/open-document.ts';
import { getTemplate } from '../../core/templates.ts';

const seed = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/import/seeds/${name}`, import.meta.url)));
// Seed 001: under 四、 the original goes (三)拓展创新平台 then (五)补齐创新链条.
const SEED_001 = '001_1546186363c61f01.txt';
const bytesOf = (text: string) => new TextEncoder().encode(text);
const sample = () => newDocument(getTemplate('half-year'), { organ: '宣城市科技局', year: 2023 });

async function opened(pending: Promise<OpenResult>) {
  const result = await pending;
  if (!result.ok) throw new Error(`not opened: ${result.message}`);
  return result;
}

async function failure(pending: Promise<OpenResult>) {
  const result = await pending;
  if (result.ok) throw new Error('opened');
  return result;
}

describe('openDocument', async () => {
  it('loads a .gwdoc by its content whatever its name, from bytes or from the host’s text', async () => {
    const document = sample();
    const text = serializeGwdoc(document);
    for (const result of [openDocument('报告.gwdoc', bytesOf(text)), openDocument('报告.txt', bytesOf(text)), openDocument('报告.gwdoc', text)]) {
      const { document: loaded, numberingProblems, imported } = await opened(result);
      expect(loaded).toEqual(document);
      expect(numberingProblems).toEqual([]);
      expect(imported).toBeUndefined();
    }
  });

  it('normalizes a .gwdoc unless asked to take it as written', async () => {
    const file = JSON.parse(serializeGwdoc(sample())) as GongwenDocument;
    const withoutSections = JSON.stringify({ ...file, blocks: file.blocks.filter((b) => b.type !== 'heading') });
    const headings = (document: GongwenDocument) => document.blocks.filter((b) => b.type === 'heading').length;
    expect(headings((await opened(openDocument('a.gwdoc', withoutSections))).document)).toBeGreaterThan(0);
    expect(headings((await opened(openDocument('a.gwdoc', withoutSections, { normalize: false }))).document)).toBe(0);
  });

  it('refuses a damaged .gwdoc as a document, never importing it as text', async () => {
    const truncated = await failure(openDocument('报告.gwdoc', bytesOf(serializeGwdoc(sample()).slice(0, 200))));
    expect(truncated).toMatchObject({ as: 'gwdoc' });
    expect(truncated.message).toContain('截断');
    const gbk = await failure(openDocument('报告.gwdoc', new Uint8Array([0x7b, 0xc4, 0xe3, 0xba, 0xc3, 0x7d])));
    expect(gbk).toMatchObject({ as: 'gwdoc' });
    expect(gbk.message).toContain('UTF-8');
  });

  it('imports anything else, with the report and the source’s numbering problems at the document’s blocks', async () => {
    const { document, numberingProblems, imported } = await opened(openDocument('去年的报告.txt', seed(SEED_001)));
    expect(numberingProblems).toHaveLength(1);
    expect(numberingProblems[0]!.message).toContain('缺少「（四）」');
    expect(blockText(document.blocks[numberingProblems[0]!.block]!)).toMatch(/^补齐创新链条/);
    const report = imported!.report;
    expect(report).toMatchObject({ fileName: '去年的报告.txt', kind: 'text', encoding: 'UTF-8', numberingProblems });
    expect(report.headings).toBe(document.blocks.filter((b) => b.type === 'heading').length);
    expect(imported!.recognised.numberingProblems).toHaveLength(1);
  });

  it('passes the importer’s options on: punctuation made full-width, the source’s headings kept as written', async () => {
    const plain = await opened(openDocument('a.txt', seed(SEED_001)));
    const fixed = await opened(openDocument('a.txt', seed(SEED_001), { punctuation: true }));
    expect(plain.imported!.report.halfWidthMarks).toBeGreaterThan(0);
    expect(fixed.imported!.report.halfWidthMarks).toBe(0);
    const text = bytesOf('上半年工作总结\n一、主要成绩\n今年完成了任务。\n');
    const headings = async (result: Promise<OpenResult>) => (await opened(result)).document.blocks.filter((b) => b.type === 'heading').map(blockText);
    expect(await headings(openDocument('a.txt', text, { sectionsAsWritten: true }))).toEqual(['主要成绩']);
    expect((await headings(openDocument('a.txt', text))).length).toBeGreaterThan(1);
  });

  it('says in Chinese why a file cannot be imported, with the particulars in English', async () => {
    const pdf = await failure(openDocument('报告.pdf', bytesOf('%PDF-1.7\n')));
    expect(pdf).toMatchObject({ as: 'import' });
    expect(pdf.message).toMatch(/^这是 PDF 文件/);
    expect(pdf.detail).toMatch(/pdf/i);
    expect((await failure(openDocument('空.txt', new Uint8Array()))).message).toBe('文件是空的，没有可导入的内容');
  });
});
