import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { heading, textBlock, type GongwenDocument, type TableBlock } from '../../core/model.ts';
import { tableProblem } from '../../core/table/table-rules.ts';
import { canEditTable, editTable, extendToCell, insertTable } from '../../renderer/editor/table-commands.ts';
import { selectedCells } from '../../renderer/editor/table-place.ts';
import { rowSpans } from '../../renderer/editor/table-spans.ts';
import type { GongwenEditor } from '../../renderer/editor/create-editor.ts';
import { cellMarks } from '../core/table-shape.ts';
import { blocksOf, openEditor } from './headless-editor.ts';

/** 合并单元格 and 拆分单元格 on the real editor without a DOM: the selection's rectangle, undo, refusals. */
const document: GongwenDocument = {
  meta: { template: '', organ: '某局', year: 2024, period: '全年', date: '2025年1月10日' },
  blocks: [textBlock('title', '某局2024年工作总结'), heading(1, '工作完成情况'), textBlock('paragraph', '表格如下：'), textBlock('paragraph'), textBlock('signature', '某局'), textBlock('date', '2025年1月10日')],
};

/** A 3 × 3 table (its first row the header) at block 3, each cell holding its row and column: 0-0 … 2-2. */
function filledTable(): { editor: GongwenEditor; notices: string[] } {
  const notices: string[] = [];
  const editor = openEditor(document, (message) => notices.push(message));
  Transforms.select(editor, Editor.start(editor, [3]));
  insertTable(editor, 3, 3);
  for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) Transforms.insertText(editor, `${r}-${c}`, { at: Editor.start(editor, [3, r, c]) });
  return { editor, notices };
}

const table = (editor: GongwenEditor) => blocksOf(editor)[3] as TableBlock;
const selectCells = (editor: GongwenEditor, [r1, c1]: [number, number], [r2, c2]: [number, number]) => Transforms.select(editor, { anchor: Editor.start(editor, [3, r1, c1]), focus: Editor.end(editor, [3, r2, c2]) });

describe('合并单元格 and 拆分单元格 in the editor', () => {
  it('merges the cells the selection spans in one undo step, the caret in the merged cell', () => {
    const { editor } = filledTable();
    const before = structuredClone(table(editor));
    // Selected from the lower right to the upper left: the same rectangle.
    selectCells(editor, [2, 2], [1, 1]);
    expect(canEditTable(editor, 'mergeCells')).toBe(true);
    editTable(editor, 'mergeCells');
    expect(cellMarks(table(editor))).toEqual([
      ['0-0', '0-1', '0-2'],
      ['1-0', '1-1\n1-2\n2-1\n2-2|2^'],
      ['2-0', '|2^^'],
    ]);
    expect(tableProblem(table(editor))).toBeNull();
    expect(editor.selection).toEqual({ anchor: Editor.end(editor, [3, 1, 1]), focus: Editor.end(editor, [3, 1, 1]) });
    expect(canEditTable(editor, 'splitCell')).toBe(true);
    editor.undo();
    expect(table(editor)).toEqual(before);
    editor.redo();
    expect(cellMarks(table(editor))[1]).toEqual(['1-0', '1-1\n1-2\n2-1\n2-2|2^']);
  });

  it('splits the caret’s merged cell in one undo step, the text in its top-left cell', () => {
    const { editor } = filledTable();
    selectCells(editor, [1, 0], [2, 1]);
    editTable(editor, 'mergeCells');
    const merged = structuredClone(table(editor));
    editTable(editor, 'splitCell');
    expect(cellMarks(table(editor))).toEqual([
      ['0-0', '0-1', '0-2'],
      ['1-0\n1-1\n2-0\n2-1', '', '1-2'],
      ['', '', '2-2'],
    ]);
    expect(editor.selection!.anchor.path.slice(0, 3)).toEqual([3, 1, 0]);
    expect(canEditTable(editor, 'splitCell')).toBe(false);
    editor.undo();
    expect(table(editor)).toEqual(merged);
  });

  it('refuses, with the reason, a merge of the header row with body rows, one cell, or a cell not merged', () => {
    const { editor, notices } = filledTable();
    const before = structuredClone(table(editor));
    const undos = editor.history.undos.length;
    selectCells(editor, [0, 0], [1, 0]);
    editTable(editor, 'mergeCells');
    expect(notices.at(-1)).toContain('表头行不能与正文行合并');
    Transforms.select(editor, Editor.end(editor, [3, 1, 1]));
    expect(canEditTable(editor, 'mergeCells')).toBe(false);
    editTable(editor, 'mergeCells');
    expect(notices.at(-1)).toContain('请先选择要合并的多个单元格');
    expect(canEditTable(editor, 'splitCell')).toBe(false);
    editTable(editor, 'splitCell');
    expect(notices.at(-1)).toContain('没有合并');
    // Refused: nothing changed, nothing to undo.
    expect(table(editor)).toEqual(before);
    expect(editor.history.undos.length).toBe(undos);
    // Outside the table neither applies.
    Transforms.select(editor, Editor.end(editor, [2]));
    expect(canEditTable(editor, 'mergeCells')).toBe(false);
    expect(canEditTable(editor, 'splitCell')).toBe(false);
  });

  it('a row added under a merged cell puts the caret in the merge’s first cell, never a covered one', () => {
    const { editor } = filledTable();
    selectCells(editor, [1, 0], [2, 0]);
    editTable(editor, 'mergeCells');
    editTable(editor, 'rowBelow');
    // The new row continues the merge; its covered cell is not drawn, so the caret stays in the merged cell.
    expect(cellMarks(table(editor)).map((row) => row[0])).toEqual(['0-0', '1-0\n2-0^', '^^', '^^']);
    expect(editor.selection!.anchor.path.slice(0, 3)).toEqual([3, 1, 0]);
  });
});

describe('selecting cells', () => {
  it('a selection ending at the very start of a cell leaves that cell out', () => {
    const { editor } = filledTable();
    // From inside 1-1 to the start of 1-2 (the browser's Shift+→ out of a cell): only 1-1.
    Transforms.select(editor, { anchor: Editor.end(editor, [3, 1, 1]), focus: Editor.start(editor, [3, 1, 2]) });
    expect(selectedCells(editor)).toMatchObject({ rect: { top: 1, bottom: 1, left: 1, right: 1 }, across: false });
    // Backwards, the start of a cell is inside the selection: 1-1 and 1-2.
    Transforms.select(editor, { anchor: Editor.end(editor, [3, 1, 2]), focus: Editor.start(editor, [3, 1, 1]) });
    expect(selectedCells(editor)).toMatchObject({ rect: { top: 1, bottom: 1, left: 1, right: 2 }, across: true });
    // Into the start of the next row's first cell: up to the row's last cell.
    Transforms.select(editor, { anchor: Editor.start(editor, [3, 1, 1]), focus: Editor.start(editor, [3, 2, 0]) });
    expect(selectedCells(editor)).toMatchObject({ rect: { top: 1, bottom: 1, left: 1, right: 2 }, across: true });
  });

  it('Shift+↓ / Shift+↑ grow the selection to the cell below / above in the same column, over a merged cell whole', () => {
    const { editor } = filledTable();
    selectCells(editor, [1, 0], [2, 0]);
    editTable(editor, 'mergeCells');
    // From 0-0 down: the merged cell of rows 1–2, then past the table's last row the browser's.
    Transforms.select(editor, Editor.end(editor, [3, 0, 0]));
    expect(extendToCell(editor, 1)).toBe(true);
    expect(editor.selection).toEqual({ anchor: Editor.end(editor, [3, 0, 0]), focus: Editor.end(editor, [3, 1, 0]) });
    expect(extendToCell(editor, 1)).toBe(false);
    // From 2-1 up: 1-1, then the header's 0-1.
    Transforms.select(editor, Editor.start(editor, [3, 2, 1]));
    expect(extendToCell(editor, -1)).toBe(true);
    expect(extendToCell(editor, -1)).toBe(true);
    expect(editor.selection!.focus).toEqual(Editor.start(editor, [3, 0, 1]));
    expect(selectedCells(editor)).toMatchObject({ rect: { top: 0, bottom: 2, left: 1, right: 1 }, across: true });
    // Not from a cell's first paragraph of two: the browser moves between its lines.
    Transforms.select(editor, Editor.start(editor, [3, 1, 0]));
    expect(extendToCell(editor, 1)).toBe(false);
  });
});

describe('rowSpans', () => {
  it('spans a merge’s first cell over the empty cells under it; a covered cell holding text is drawn', () => {
    const cell = (text: string, vMerge?: 'restart' | 'continue') => ({ type: 'table-cell' as const, ...(vMerge ? { vMerge } : {}), children: [{ type: 'cell-paragraph' as const, children: [{ text }] }] });
    const rows = [cell('甲', 'restart'), cell('', 'continue'), cell('乙', 'continue'), cell('', 'continue'), cell('丙')];
    const spans = rowSpans({ type: 'table', children: rows.map((c) => ({ type: 'table-row', children: [c] })) });
    expect(rows.map((c) => spans.get(c))).toEqual([2, 0, 2, 0, 1]);
  });
});
