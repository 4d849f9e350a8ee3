import { Editor, Node, Transforms } from 'slate';
import type { TableBlock } from '../../core/model.ts';
import { deleteColumn, insertColumn } from '../../core/table/column-ops.ts';
import { cellBox, cellIndexAt, spanOf } from '../../core/table/grid.ts';
import { makeTable } from '../../core/table/make-table.ts';
import { isMergedCell, mergeCells, splitCell, type MergeResult } from '../../core/table/merge-ops.ts';
import { deleteRow, insertRow } from '../../core/table/row-ops.ts';
import { asUndoStep } from './block-transforms.ts';
import { blockAt, selectedBlockIndex } from './blocks.ts';
import type { TableEdit } from './editor-contract.ts';
import type { GongwenEditor } from './slate-types.ts';
import { caretCell, cellEnd, cellPlace, cellTabRange, selectedCells, selectedTable, tabOrder } from './table-place.ts';
import { replaceTable } from './with-tables.ts';

/**
 * The table commands: insert a table, add and delete rows and columns, merge and split cells,
 * delete the table, and Tab / Shift+Tab between cells. The shape of a table after an edit is
 * core's (core/table/); the editor puts it in place as one undo step and the caret in the cell
 * the clerk would expect.
 */
export function insertTable(editor: GongwenEditor, rows: number, columns: number): void {
  const at = selectedBlockIndex(editor);
  const notify = (message: string) => editor.gongwen.notify(message);
  if (at < 0) return notify('请先把光标放在要插入表格的位置');
  const block = blockAt(editor, at)!;
  if (block.type === 'title') return notify('标题中不能插入表格，请把光标放在正文中');
  const table = makeTable(rows, columns);
  // An empty body paragraph is replaced by the table; otherwise it goes after the caret's block.
  const replace = block.type === 'paragraph' && Node.string(block) === '';
  const where = replace ? at : at + 1;
  asUndoStep(editor, () => {
    if (replace) Transforms.removeNodes(editor, { at: [at] });
    Transforms.insertNodes(editor, table, { at: [where], select: false });
    // Text can always be written after a table: a paragraph follows it unless one is there.
    const next = blockAt(editor, where + 1);
    if (!next || next.type === 'table') Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [where + 1], select: false });
    Transforms.select(editor, Editor.start(editor, [where, 0, 0]));
  });
  notify(`已插入 ${table.children.length} 行 × ${table.children[0]!.children.length} 列的表格：Tab 到下一格，最后一格按 Tab 添加一行`);
}

/** Whether `edit` applies to the selection: the 表格 menu greys out the rest, as Word does. */
export function canEditTable(editor: GongwenEditor, edit: TableEdit): boolean {
  if (edit === 'mergeCells') return selectedCells(editor)?.across === true;
  const selected = selectedTable(editor);
  if (!selected) return false;
  if (edit === 'splitCell') return isMergedCell(selected.table, selected.place);
  return true;
}

export function editTable(editor: GongwenEditor, edit: TableEdit): void {
  if (edit === 'mergeCells') return mergeSelectedCells(editor);
  const selected = selectedTable(editor);
  if (!selected) return editor.gongwen.notify('请先把光标放在表格中');
  const { index, table, place } = selected;
  if (edit === 'deleteTable') return removeTable(editor, index);
  if (edit === 'splitCell') return applyMerge(editor, index, splitCell(table, place));
  const cell = table.children[place.row]!.children[place.cell]!;
  const next = (() => {
    switch (edit) {
      case 'rowAbove':
        return { table: insertRow(table, place.row), row: place.row, column: place.column };
      case 'rowBelow':
        return { table: insertRow(table, place.row + 1), row: place.row + 1, column: place.column };
      case 'columnLeft':
        return { table: insertColumn(table, place.column), row: place.row, column: place.column };
      case 'columnRight':
        return { table: insertColumn(table, place.column + spanOf(cell)), row: place.row, column: place.column + spanOf(cell) };
      case 'deleteRow':
        return { table: deleteRow(table, place.row), row: Math.min(place.row, table.children.length - 2), column: place.column };
      case 'deleteColumn':
        return { table: deleteColumn(table, place.column), row: place.row, column: Math.max(0, place.column - 1) };
    }
  })();
  if (!next.table) return removeTable(editor, index);
  const result = next.table;
  asUndoStep(editor, () => {
    replaceTable(editor, index, result);
    selectCell(editor, index, result, next.row, next.column);
  });
}

/** 合并单元格: the cells the selection spans become one, the caret at the end of its text. */
function mergeSelectedCells(editor: GongwenEditor): void {
  const selected = selectedCells(editor);
  if (!selected) return editor.gongwen.notify(selectedTable(editor) ? '请在同一个表格中选择要合并的单元格' : '请先在表格中选择要合并的单元格');
  if (!selected.across) return editor.gongwen.notify('请先选择要合并的多个单元格：在表格中拖动，或按住 Shift 用方向键选择');
  applyMerge(editor, selected.index, mergeCells(selected.table, selected.rect));
}

/** Puts a merge's or split's table in place as one undo step, or reports why it was refused. */
function applyMerge(editor: GongwenEditor, index: number, result: MergeResult): void {
  if (!result.ok) return editor.gongwen.notify(result.reason);
  const { table, at } = result;
  asUndoStep(editor, () => {
    if (table !== blockAt(editor, index)) replaceTable(editor, index, table);
    Transforms.select(editor, cellEnd(editor, { table: index, ...at }));
  });
}

/**
 * Shift+↓ / Shift+↑ from a cell's last (first) paragraph: the selection grows to the cell below
 * (above) in the same column, as in Word, so cells can be selected by keyboard for 合并单元格
 * (the browser's own would go to the next cell in reading order). Whether it was handled: at the
 * table's edge or inside a cell's lines the browser moves as usual.
 */
export function extendToCell(editor: GongwenEditor, direction: 1 | -1): boolean {
  const { selection } = editor;
  const place = selection ? cellPlace(editor, selection.focus) : null;
  if (!selection || !place) return false;
  const table = blockAt(editor, place.table) as TableBlock;
  const cell = table.children[place.row]!.children[place.cell]!;
  if (place.paragraph !== (direction === 1 ? cell.children.length - 1 : 0)) return false;
  const box = cellBox(table, place.row, place.cell);
  const row = table.children[direction === 1 ? box.bottom + 1 : box.top - 1];
  if (!row) return false;
  const target = cellBox(table, direction === 1 ? box.bottom + 1 : box.top - 1, cellIndexAt(row, box.left));
  const path = [place.table, target.row, target.cell];
  Transforms.select(editor, { anchor: selection.anchor, focus: direction === 1 ? Editor.end(editor, path) : Editor.start(editor, path) });
  return true;
}

/**
 * Tab / Shift+Tab in a table: the next or previous cell, its text selected (typing replaces it);
 * Tab in the last cell adds a row. Whether the caret was in a table.
 */
export function moveToCell(editor: GongwenEditor, direction: 1 | -1): boolean {
  const place = caretCell(editor) ?? selectedTable(editor)?.place;
  if (!place) return false;
  const table = blockAt(editor, place.table) as TableBlock;
  const order = tabOrder(table);
  let i = order.findIndex((c) => c.row === place.row && c.cell === place.cell);
  // A covered cell of a merge is not in the order: go from the cell before it.
  if (i < 0) i = order.findLastIndex((c) => c.row < place.row || (c.row === place.row && c.cell < place.cell));
  const target = order[i + direction];
  if (target) {
    Transforms.select(editor, cellTabRange(editor, { table: place.table, ...target }));
    return true;
  }
  if (direction === 1) {
    const grown = insertRow(table, table.children.length);
    asUndoStep(editor, () => {
      replaceTable(editor, place.table, grown);
      Transforms.select(editor, Editor.start(editor, [place.table, table.children.length, 0]));
    });
  }
  return true;
}

function removeTable(editor: GongwenEditor, index: number): void {
  asUndoStep(editor, () => {
    Transforms.removeNodes(editor, { at: [index] });
    const after = blockAt(editor, index);
    Transforms.select(editor, after ? Editor.start(editor, [index]) : Editor.end(editor, [index - 1]));
  });
  editor.gongwen.notify('已删除表格（可撤销）');
}

/**
 * Puts the caret at the end of the cell covering grid column `column` of row `row`; in a cell
 * merged down, the merge's first cell, which holds its text (the ones it covers are not shown).
 */
function selectCell(editor: GongwenEditor, index: number, table: TableBlock, row: number, column: number): void {
  const r = Math.max(0, Math.min(row, table.children.length - 1));
  const tableRow = table.children[r]!;
  const c = Math.max(0, cellIndexAt(tableRow, column) >= 0 ? cellIndexAt(tableRow, column) : tableRow.children.length - 1);
  const box = cellBox(table, r, c);
  Transforms.select(editor, cellEnd(editor, { table: index, row: box.row, cell: box.cell }));
}
