import { describe, expect, it } from 'vitest';
import { textBlock, type TableBlock } from '../../core/model.ts';
import { countCharacters } from '../../renderer/app/word-count.ts';

const cell = (...paragraphs: string[]) => ({ type: 'table-cell' as const, children: paragraphs.map((text) => ({ type: 'cell-paragraph' as const, children: [{ text }] })) });

describe('字数', () => {
  it('counts the text of every cell, each paragraph of a cell, and an attachment’s title and content', () => {
    const table: TableBlock = { type: 'table', children: [{ type: 'table-row', header: true, children: [cell('项目'), cell('金额')] }, { type: 'table-row', children: [cell('甲', '乙 丙'), cell('3.5')] }] };
    // 项目 金额 甲 乙丙 3.5: 2 + 2 + 1 + 2 + 3, the spaces between cells and lines not counted.
    expect(countCharacters([table])).toBe(10);
    expect(countCharacters([textBlock('annex', '项目清单'), textBlock('paragraph', '共十二个。'), table])).toBe(4 + 5 + 10);
  });
});
