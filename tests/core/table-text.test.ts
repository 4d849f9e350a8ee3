import { describe, expect, it } from 'vitest';
import { blockText } from '../../core/model.ts';
import { coerceTable } from '../../core/table/coerce-table.ts';
import { rowWidth } from '../../core/table/grid.ts';
import { tableProblem } from '../../core/table/table-rules.ts';
import { tsvTable } from '../../core/table/tsv-table.ts';
import { prng } from './random-blocks.ts';

describe('tsvTable', () => {
  it('reads a spreadsheet’s rows, its trailing line break not a row', () => {
    const table = tsvTable('项目\t2023年\t2024年\r\n研发投入\t1.5亿元\t2.1亿元\r\n')!;
    expect(table.children.map((row) => row.children.map((cell) => blockText({ type: 'table', children: [{ type: 'table-row', children: [cell] }] })))).toEqual([
      ['项目', '2023年', '2024年'],
      ['研发投入', '1.5亿元', '2.1亿元'],
    ]);
  });
  it('a quoted cell may hold line breaks (paragraphs of the cell) and quotes', () => {
    const table = tsvTable('名称\t说明\n"甲\n乙"\t"称""优"""\n')!;
    expect(table.children[1]!.children[0]!.children.map((p) => p.children[0]!.text)).toEqual(['甲', '乙']);
    expect(table.children[1]!.children[1]!.children[0]!.children[0]!.text).toBe('称"优"');
  });
  it('is not a table: one line, one column, or lines of different lengths', () => {
    expect(tsvTable('甲\t乙')).toBeNull();
    expect(tsvTable('甲\n乙')).toBeNull();
    expect(tsvTable('甲\t乙\n丙')).toBeNull();
    expect(tsvTable('一、总体\t情况\n正文')).toBeNull();
  });
  it('keeps every character of random tab-separated text it takes as a table', () => {
    const random = prng(7);
    // No quotes here: a quoted cell is the test above's.
    const chars = ['甲', '乙', '1', ' ', '。'];
    for (let n = 0; n < 200; n++) {
      const width = 2 + Math.floor(random() * 3);
      const lines = Array.from({ length: 2 + Math.floor(random() * 3) }, () => Array.from({ length: width }, () => Array.from({ length: Math.floor(random() * 4) }, () => chars[Math.floor(random() * chars.length)]).join('')).join('\t'));
      const text = lines.join('\n');
      const table = tsvTable(text);
      if (!table) continue;
      expect(tableProblem(table)).toBeNull();
      const cells = table.children.flatMap((row) => row.children.map((cell) => cell.children.map((p) => p.children[0]!.text).join('\n')));
      expect(cells).toEqual(text.replace(/\r\n?/g, '\n').split(/[\t\n]/));
    }
  });
});

describe('coerceTable', () => {
  it('gathers stray text, paragraphs and cells into a valid table, every character kept', () => {
    const loose = { type: 'table', children: [{ text: '散' }, { type: 'table-cell', children: [{ text: '格' }] }, { type: 'table-row', children: [{ type: 'cell-paragraph', children: [{ text: '段' }] }, { type: 'table-cell', colSpan: 3, children: [] }] }] };
    const table = coerceTable(loose);
    expect(tableProblem(table)).toBeNull();
    expect(new Set(table.children.map(rowWidth)).size).toBe(1);
    expect(blockText(table).replace(/\s/g, '')).toBe('散格段');
  });
});
