import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseGwdoc, serializeGwdoc } from '../../core/gwdoc.ts';
import { importSource } from '../../core/import/import-source.ts';
import { blockText, type Block, type TableBlock } from '../../core/model.ts';
import { buildReport } from '../fixtures/import/tables/build-report.ts';
import { ANNEX_TABLE, MAIN_TABLE, type FixtureRow } from '../fixtures/import/tables/report-expected.ts';
import { cellMarks, headerRows } from './table-shape.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/import/tables/report-with-tables.docx', import.meta.url));

/** The rows as the builder was given them, in cellMarks' notation. */
function marksOf(rows: FixtureRow[]): string[][] {
  return rows.map((row) => row.cells.map((cell) => cell.text + (cell.span ? `|${cell.span}` : '') + (cell.merge === 'restart' ? '^' : cell.merge === 'continue' ? '^^' : '')));
}

function tables(blocks: readonly Block[]): TableBlock[] {
  return blocks.filter((b): b is TableBlock => b.type === 'table');
}

describe('a .docx report with tables and attachments (tests/fixtures/import/tables)', () => {
  const bytes = readFileSync(FIXTURE);
  const imported = importSource(bytes);
  const blocks = imported.document.blocks;

  it('is the file its builder writes (the fixture and build-report.ts agree)', () => {
    const fresh = importSource(buildReport()).document;
    expect(fresh).toEqual(imported.document);
  });

  it('reads the 34-row table with every cell’s text in place, its header row and its merges', () => {
    const [main] = tables(blocks);
    expect(main!.children).toHaveLength(34);
    expect(cellMarks(main)).toEqual(marksOf(MAIN_TABLE));
    expect(headerRows(main)).toEqual([0]);
    expect(main!.children[32]!.children[0]).toMatchObject({ colSpan: 2 });
    expect(main!.children.slice(2, 5).map((row) => row.children[2]!.vMerge)).toEqual(['restart', 'continue', 'continue']);
    // Every row spans the five grid columns.
    for (const row of main!.children) expect(row.children.reduce((n, cell) => n + (cell.colSpan ?? 1), 0)).toBe(5);
  });

  it('keeps the caption before its table and the outline around it', () => {
    const at = blocks.findIndex((b) => b.type === 'table');
    expect(blocks[at - 1]).toEqual({ type: 'caption', children: [{ text: '表1 2023年上半年重点科技项目进展情况表' }] });
    const headings = blocks.filter((b) => b.type === 'heading').map((b) => blockText(b));
    expect(headings).toEqual(['上半年工作完成情况', '重点项目建设有序推进。全市实施重点科技项目32个，完成投资12.6亿元。', '创新平台提质增效。新增省级以上创新平台6家。', '存在的问题', '下半年工作打算', '加快项目建设。确保全年完成投资25亿元。', '强化要素保障。']);
  });

  it('reads no table text as title, addressee, heading, signature or date', () => {
    const { recognised } = imported;
    expect([recognised.title, recognised.addressee, recognised.signature, recognised.date]).toEqual(['宣城市科技局2023年上半年工作总结和下半年工作打算', '市人民政府：', '宣城市科技局', '2023年7月10日']);
    const cellTexts = new Set([...MAIN_TABLE, ...ANNEX_TABLE].flatMap((row) => row.cells.flatMap((cell) => cell.text.split('\n'))).filter((t) => t !== ''));
    for (const block of blocks) if (block.type !== 'table') expect(cellTexts.has(blockText(block)), blockText(block)).toBe(false);
    expect(imported.numberingProblems).toEqual([]);
    expect(recognised.dropped).toEqual([]);
  });

  it('keeps the 附件说明 in the body and reads the two attachments after the date, each with its content', () => {
    const types = blocks.map((b) => b.type);
    const date = types.indexOf('date');
    expect(blocks.filter((b) => b.type === 'attachment').map((b) => blockText(b))).toEqual(['2023年上半年项目资金明细', '有关情况说明']);
    expect(types.indexOf('attachment')).toBeLessThan(date);
    expect(blocks.slice(date + 1).map((b) => (b.type === 'table' ? 'table' : `${b.type}:${blockText(b)}`))).toEqual([
      'annex:2023年上半年项目资金明细',
      'paragraph:资金按项目进度拨付，明细如下。',
      'caption:项目资金拨付一览表',
      'table',
      'paragraph:注：资金单位为万元。',
      'annex:有关情况说明',
      'paragraph:一、部分项目因土地手续未完成，开工推迟。',
      'paragraph:二、下半年将加强调度，确保进度。',
    ]);
    const annexTable = tables(blocks.slice(date + 1))[0];
    expect(cellMarks(annexTable)).toEqual(marksOf(ANNEX_TABLE));
    expect(headerRows(annexTable)).toEqual([0]);
  });

  it('makes a document that saves and loads as a valid .gwdoc, unchanged', () => {
    const parsed = parseGwdoc(serializeGwdoc(imported.document));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.document.blocks).toEqual(blocks);
  });
});
